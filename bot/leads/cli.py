"""`python -m bot leads ...` for clinic staff, and `python -m bot worker`.

This output is for staff at the clinic, so it shows personal data; the log
lines the commands produce still name leads by id only. Times are the clinic's
(CLINIC_TIMEZONE), with the zone named. Nothing here loads Rasa or spaCy, so
the commands answer at once and print nothing but their own output.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import signal
import sys
import threading
from datetime import datetime
from typing import Any

from bot import clinic_time
from bot.leads import outbox, store
from bot.leads.models import LEAD_FIELDS, Delivery, Lead
from bot.leads.summary import text_summary, update_subject
from bot.leads.tracker import read_events
from bot.leads.transcript import transcript
from bot.leads.validation import InvalidValue
from bot.settings import Settings, get_settings

#: Spreadsheet programs run a cell starting with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: The exported columns: the lead's own, then the zone its times are given in.
EXPORT_FIELDS = (*LEAD_FIELDS, "time_zone")


def _age(text: str) -> int:
    match = re.fullmatch(r"(\d+)d?", text.strip())
    if not match:
        raise argparse.ArgumentTypeError("expected a number of days, like 90d")
    return int(match.group(1))


def _delivery_name(delivery: Delivery) -> str:
    if delivery.update is None:
        return delivery.channel
    return f"{delivery.channel}({delivery.update.triage_level} update)"


def _deliveries(lead: Lead) -> str:
    return " ".join(f"{_delivery_name(d)}:{d.state}" for d in lead.deliveries) or "-"


def _list(args: argparse.Namespace) -> int:
    settings = get_settings()
    leads = store.list_leads(settings=settings, limit=args.limit)
    for lead in leads:
        print(
            "\t".join(
                [
                    lead.id,
                    clinic_time.short(lead.created_at, settings),
                    lead.contact_name,
                    lead.route,
                    lead.triage_level or "-",
                    "for-later" if lead.for_later else "now",
                    _deliveries(lead),
                ]
            )
        )
    print(f"{len(leads)} lead(s)", file=sys.stderr)
    return 0


def _show(args: argparse.Namespace) -> int:
    settings = get_settings()
    lead = store.get_lead(args.id, settings=settings)
    if lead is None:
        print(f"no lead {args.id}", file=sys.stderr)
        return 1
    print(text_summary(lead, settings), end="")
    for update in lead.safety_updates:
        print(f"\n{update_subject(lead, update)}\n{text_summary(lead, settings, update)}", end="")
    for d in lead.deliveries:
        sent = f", sent {clinic_time.short(d.sent_at, settings)}" if d.sent_at else ""
        retry = (f", next try {clinic_time.short(d.next_attempt_at, settings)}"
                 if d.next_attempt_at else "")
        error = f", last error: {d.last_error}" if d.last_error else ""
        print(f"Delivery {_delivery_name(d)}: {d.state}, {d.attempts} attempt(s){sent}{retry}{error}")
    if args.transcript:
        _print_transcript(lead, settings)
    return 0


def _print_transcript(lead: Lead, settings: Settings) -> None:
    events = (read_events(settings.tracker_store_url, conversation_id=lead.conversation_id)
              if lead.conversation_id else ())
    lines = transcript(events, settings)
    print("\nTranscript:" if lines else "\nTranscript: none in the tracker store")
    for line in lines:
        print(f"  {line}")


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        value = "; ".join(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        value = "'" + value
    return value


def _export_row(lead: Lead, settings: Settings) -> dict[str, Any]:
    """The lead's columns, its times in the clinic's zone (with their offset) and that zone."""
    row = lead.as_dict()
    for name in LEAD_FIELDS:
        value = getattr(lead, name)
        if isinstance(value, datetime):
            row[name] = clinic_time.iso(value, settings)
    row["time_zone"] = settings.clinic_timezone
    return row


def _export(args: argparse.Namespace) -> int:
    settings = get_settings()
    rows = [_export_row(lead, settings) for lead in store.list_leads(settings=settings)]
    if args.format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    writer = csv.DictWriter(sys.stdout, fieldnames=EXPORT_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({name: _csv_cell(value) for name, value in row.items()})
    return 0


def _retry(args: argparse.Namespace) -> int:
    count = outbox.retry_failed(get_settings())
    print(f"{count} failed deliver{'y' if count == 1 else 'ies'} queued again")
    return 0


def _erase(args: argparse.Namespace) -> int:
    try:
        erased = store.erase_by_email(args.email, settings=get_settings())
    except InvalidValue as exc:
        print(exc.message, file=sys.stderr)
        return 2
    print(f"erased {erased.leads} lead(s) and {erased.tracker_events} conversation event(s)")
    return 0


def _purge(args: argparse.Namespace) -> int:
    count = store.purge_older_than(args.older_than, settings=get_settings())
    print(f"purged {count} lead(s) older than {args.older_than} days")
    return 0


def _worker(args: argparse.Namespace) -> int:
    if not logging.getLogger().handlers:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s"
        )
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    outbox.run_worker(stop, get_settings(), poll_seconds=args.poll_seconds)
    return 0


def register(subparsers: Any) -> None:
    """Adds `leads` (with its sub-commands) and `worker` to the top-level parser."""
    leads = subparsers.add_parser("leads", help="list, export, retry, erase and purge leads")
    commands = leads.add_subparsers(dest="leads_command", required=True)

    listing = commands.add_parser("list", help="recent leads, one a line, oldest first")
    listing.add_argument("--limit", type=int, default=50, help="how many recent leads (default 50)")
    listing.set_defaults(handler=_list)

    show = commands.add_parser("show", help="everything about one lead and its deliveries")
    show.add_argument("id")
    show.add_argument("--transcript", action="store_true",
                      help="also the conversation, from the tracker store")
    show.set_defaults(handler=_show)

    export = commands.add_parser("export", help="all leads to standard output")
    export.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    export.set_defaults(handler=_export)

    retry = commands.add_parser("retry", help="send failed deliveries again, now")
    retry.set_defaults(handler=_retry)

    erase = commands.add_parser("erase", help="right to erasure: a visitor's leads and chats")
    erase.add_argument("--email", required=True)
    erase.set_defaults(handler=_erase)

    purge = commands.add_parser("purge", help="retention: delete leads older than an age")
    purge.add_argument(
        "--older-than", required=True, type=_age, metavar="DAYS", help="an age such as 90d"
    )
    purge.set_defaults(handler=_purge)

    worker = subparsers.add_parser("worker", help="deliver leads until stopped (SIGINT/SIGTERM)")
    worker.add_argument("--poll-seconds", type=float, default=2.0)
    worker.set_defaults(handler=_worker)
