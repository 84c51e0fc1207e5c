"""Times as the clinic reads them: in its own zone (CLINIC_TIMEZONE), with the zone named.

Everything is stored in UTC; only what is shown to the clinic (the lead email,
the staff commands, the exports, the report) passes through here, so a Toronto
receptionist reads "04:55 EST" for a lead that came at 09:55 UTC.
"""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from bot.settings import Settings


def zone(settings: Settings) -> ZoneInfo:
    return ZoneInfo(settings.clinic_timezone)


def local(moment: datetime, settings: Settings) -> datetime:
    """`moment` in the clinic's zone; a naive value is taken as UTC, as it is stored."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(zone(settings))


def short(moment: datetime | None, settings: Settings) -> str:
    """`2026-11-26 04:55 EST`: for one-line listings."""
    return f"{local(moment, settings):%Y-%m-%d %H:%M %Z}" if moment else "unknown"


def long(moment: datetime | None, settings: Settings) -> str:
    """`Thu 26 Nov 2026, 04:55 EST (America/Toronto)`: for the email a person reads."""
    if not moment:
        return "unknown"
    shown = local(moment, settings)
    return f"{shown:%a} {shown.day} {shown:%b %Y, %H:%M %Z} ({settings.clinic_timezone})"


def iso(moment: datetime | None, settings: Settings) -> str | None:
    """ISO 8601 with the clinic's offset, `2026-11-26T04:55:00-05:00`, for exports."""
    return local(moment, settings).isoformat() if moment else None
