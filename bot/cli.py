"""`python -m bot`: the one command line for developers and clinic staff.

Each concern registers its own sub-commands, so this module only wires them.
"""

from __future__ import annotations

import argparse
import sys

from bot import deploy, launcher
from bot.language import cli as language_cli
from bot.leads import cli as leads_cli


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for module in (launcher, language_cli, leads_cli, deploy):
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    return int(args.handler(args) or 0)
