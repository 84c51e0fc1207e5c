"""`python -m bot report --since 30d`: what the assistant did, for the clinic's owner.

Reads the tracker store (SQLite or PostgreSQL, with plain SQL) and the lead
store, prints a table and writes a self-contained HTML page with charts. The
figures are counts only, never anything that identifies a visitor.
"""

from __future__ import annotations

import argparse
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from bot.report.metrics import Report, build_report
from bot.report.page import as_html
from bot.report.table import as_text
from bot.settings import VAR_DIR, get_settings

__all__ = ["Report", "as_html", "as_text", "build_report", "register"]

REPORT_DIR = VAR_DIR / "report"
_UNITS = {"d": 1, "w": 7}


def _period(text: str) -> timedelta:
    match = re.fullmatch(r"(\d+)\s*([dw])", text.strip().lower())
    if not match or int(match.group(1)) == 0:
        raise argparse.ArgumentTypeError("expected a period such as 30d or 12w")
    return timedelta(days=int(match.group(1)) * _UNITS[match.group(2)])


def _run(args: argparse.Namespace) -> int:
    settings = get_settings()
    until = datetime.now(timezone.utc)
    report = build_report(settings, until - args.since, until)
    print(as_text(report), end="")
    path = args.html or REPORT_DIR / f"report-{until:%Y-%m-%d}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(as_html(report), encoding="utf-8")
    print(f"\nCharts: {path}")
    return 0


def register(subparsers: Any) -> None:
    report = subparsers.add_parser("report", help="what the assistant did: a table and an HTML page")
    report.add_argument("--since", type=_period, default=_period("30d"), metavar="PERIOD",
                        help="how far back, such as 30d or 12w (default 30d)")
    report.add_argument("--html", type=Path, default=None,
                        help=f"where to write the page (default {REPORT_DIR}/report-DATE.html)")
    report.set_defaults(handler=_run)
