"""`python -m bot`: the one command line for developers and clinic staff.

Each concern registers its own sub-commands, so this module only wires them.
Only the module owning the command asked for is imported: staff running
`leads list` must not wait for spaCy, which loads TensorFlow and its warnings.
"""

from __future__ import annotations

import argparse
import importlib
import sys

#: The module that registers each top-level command (a test checks they agree).
COMMAND_MODULES = {
    "run": "bot.launcher",
    "train": "bot.launcher",
    "parse": "bot.language.cli",
    "leads": "bot.leads.cli",
    "worker": "bot.leads.cli",
    "report": "bot.report",
    "secrets": "bot.deploy",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for `command` alone, or for every command when it is unknown (help)."""
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    owner = COMMAND_MODULES.get(command or "")
    for module in [owner] if owner else dict.fromkeys(COMMAND_MODULES.values()):
        importlib.import_module(module).register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv[0] if argv else None).parse_args(argv)
    return int(args.handler(args) or 0)
