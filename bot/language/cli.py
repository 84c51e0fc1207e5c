"""`python -m bot parse "text"`: show what the language layer reads in a message."""

from __future__ import annotations

import argparse
import json
from datetime import date

from bot.language.parse import parse


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from error


def run(args: argparse.Namespace) -> int:
    """Print the message's facts as JSON."""
    print(json.dumps(parse(args.text, args.today).to_dict(), indent=2))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``parse`` sub-command."""
    command = subparsers.add_parser("parse", help="show the facts the assistant reads in a message",
                                    description=__doc__)
    command.add_argument("text", help="the visitor's message")
    command.add_argument("--today", type=_day, default=None,
                         help="date that relative phrases count from (default: today)")
    command.set_defaults(handler=run)
