"""A conversation as staff read it, from the tracker store's events.

Works on Rasa's event dicts (`event`, `timestamp`, `text`, `parse_data`), the
same shape the action server sees in `tracker.events`, so the lead's quoted
first description and the transcript of `leads show` read the chat alike.
A button tap reaches Rasa as its payload ("/affirm"); the transcript shows the
button's title instead, as the visitor saw it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from bot import clinic_time
from bot.settings import Settings

#: Intents of a message that tells something about the pain (not a greeting, a yes, a question).
DESCRIBING_INTENTS = frozenset({"inform", "red_flag"})
#: Entities the language layer finds in a description of back pain.
PAIN_ENTITIES = frozenset({
    "pain_location", "pain_radiates", "pain_radiates_to", "pain_duration_days",
    "pain_duration_category", "seen_doctor", "pain_severity", "precaution", "red_flag",
})

Event = Mapping[str, Any]


def is_typed(event: Event) -> bool:
    """A user message the visitor wrote, as opposed to a button they tapped."""
    return event.get("event") == "user" and not (event.get("text") or "").startswith("/")


def is_tapped(event: Event) -> bool:
    return event.get("event") == "user" and (event.get("text") or "").startswith("/")


def first_description(events: Iterable[Event]) -> str | None:
    """The visitor's first message in their own words about their back pain, if any."""
    for event in events:
        if not is_typed(event):
            continue
        parse = event.get("parse_data") or {}
        intent = (parse.get("intent") or {}).get("name")
        entities = {entity.get("entity") for entity in parse.get("entities") or []}
        if intent in DESCRIBING_INTENTS or entities & PAIN_ENTITIES:
            return event.get("text")
    return None


def _moment(event: Event) -> datetime | None:
    stamp = event.get("timestamp")
    return datetime.fromtimestamp(stamp, timezone.utc) if isinstance(stamp, (int, float)) else None


def transcript(events: Iterable[Event], settings: Settings) -> list[str]:
    """One line per message, `HH:MM Visitor: ...`, headed by the day and the clinic's zone."""
    lines: list[str] = []
    buttons: dict[str, str] = {}
    for event in events:
        kind, text = event.get("event"), event.get("text") or ""
        if kind not in ("user", "bot") or not text:
            continue
        moment = _moment(event)
        if not lines and moment:
            lines.append(f"Conversation of {clinic_time.long(moment, settings)}")
        clock = f"{clinic_time.local(moment, settings):%H:%M}" if moment else "--:--"
        if kind == "bot":
            buttons = {b.get("payload"): b.get("title") for b in
                       (event.get("data") or {}).get("buttons") or []}
            lines.append(f"{clock}  Assistant: {text}")
        elif is_tapped(event):
            lines.append(f"{clock}  Visitor tapped: {buttons.get(text, text)}")
        else:
            lines.append(f"{clock}  Visitor: {text}")
    return lines
