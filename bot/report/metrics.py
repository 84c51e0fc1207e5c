"""What the assistant did over a period, counted from the tracker store and the lead store.

Only counts leave this module: no names, no contact details, no conversation
ids and nothing a visitor wrote, so the report can be shared with anyone at
the clinic. A conversation is counted when the visitor sent at least one
message in it and it started within the period; a lead when it was stored
within the period.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from itertools import groupby
from pathlib import Path
from typing import Any

import yaml

from bot import clinic_time
from bot.intake import INTAKE_SLOTS, LEFT_FOR_CLINIC, missing_intake_slots
from bot.leads.store import list_leads
from bot.leads.tracker import read_events
from bot.leads.transcript import is_tapped, is_typed
from bot.settings import PROJECT_ROOT, Settings
from bot.triage import LEVELS, NO_HANDOFF_LEVELS, rank

#: How staff read each question the forms ask (by the slot it fills).
QUESTION_LABELS = {
    "danger_check": "danger-sign check",
    "pain_location": "where the pain is",
    "pain_duration_category": "how long it has hurt",
    "pain_radiates": "whether it spreads",
    "pain_severity": "how strong (0-10)",
    "seen_doctor": "seen a doctor",
    "precautions": "precautions",
    "consent_given": "consent to share",
    "contact_name": "name",
    "preferred_contact": "email or phone",
    "contact_email": "email address",
    "contact_phone": "phone number",
    "preferred_time": "best time to reach",
}
#: Where a conversation without a lead ended when no question was open.
BEFORE_QUESTIONS = "before the first question"
AFTER_DANGER = "after a danger sign"
DECLINED = "declined consent"
AFTER_INTAKE = "after the intake, no handoff"


def form_questions(domain_file: Path = PROJECT_ROOT / "domain.yml") -> list[str]:
    """The slots the forms ask, in the order they ask them (read from the domain)."""
    forms = yaml.safe_load(domain_file.read_text(encoding="utf-8"))["forms"]
    slots = [slot for form in forms.values() for slot in form["required_slots"]]
    return list(dict.fromkeys(slots))


def question_label(slot: str) -> str:
    return QUESTION_LABELS.get(slot, slot.replace("_", " "))


@dataclass
class Conversation:
    """What one conversation did, with nothing the visitor said."""

    conversation_id: str
    started_at: datetime
    typed: int = 0
    tapped: int = 0
    answered: bool = False
    intake_completed: bool = False
    consent: bool | None = None
    level: str = "routine"
    open_question: str | None = None
    booking_link: bool = False

    @property
    def started(self) -> bool:
        return self.typed + self.tapped > 0


def _conversation(conversation_id: str, events: list[Mapping[str, Any]],
                  booking_url: str) -> Conversation:
    first = min((e["timestamp"] for e in events if isinstance(e.get("timestamp"), (int, float))),
                default=0.0)
    seen = Conversation(conversation_id, datetime.fromtimestamp(first, timezone.utc))
    values: dict[str, Any] = {}
    for event in events:
        seen.typed += is_typed(event)
        seen.tapped += is_tapped(event)
        if event.get("event") == "bot" and booking_url and booking_url in (event.get("text") or ""):
            seen.booking_link = True
        if event.get("event") != "slot":
            continue
        name, value = event.get("name"), event.get("value")
        values[name] = value
        if name == "requested_slot":
            seen.open_question = value
        elif name == "triage_level" and rank(value) > rank(seen.level):
            seen.level = value
        elif name == "consent_given":
            seen.consent = value
        elif name in INTAKE_SLOTS and value is not None:
            seen.answered = True
        # A question left for the clinic to ask counts as gone through.
        if not missing_intake_slots(values, values.get(LEFT_FOR_CLINIC) or ()):
            seen.intake_completed = True
    return seen


def conversations(settings: Settings, since: datetime) -> Iterator[Conversation]:
    """Every conversation that started at or after `since`, one at a time."""
    events = read_events(settings.tracker_store_url, since=since)
    for conversation_id, group in groupby(events, key=lambda e: e["sender_id"]):
        yield _conversation(conversation_id, list(group), settings.booking_url)


def stop_point(conversation: Conversation) -> str:
    """Where a visitor who left no lead stopped."""
    if conversation.level in NO_HANDOFF_LEVELS:
        return AFTER_DANGER
    if conversation.consent is False:
        return DECLINED
    if conversation.open_question:
        return question_label(conversation.open_question)
    return AFTER_INTAKE if conversation.intake_completed else BEFORE_QUESTIONS


@dataclass
class Report:
    """The figures of one period; every one a count or a duration."""

    since: datetime
    until: datetime
    time_zone: str
    funnel: list[tuple[str, int]] = field(default_factory=list)
    stops: list[tuple[str, int]] = field(default_factory=list)
    levels: list[tuple[str, int]] = field(default_factory=list)
    routes: list[tuple[str, int]] = field(default_factory=list)
    leads_per_week: list[tuple[date, int]] = field(default_factory=list)
    booking_links: int = 0
    median_minutes_to_lead: float | None = None
    typed_messages: int = 0
    tapped_messages: int = 0
    visitors_who_typed: int = 0
    visitors_who_only_tapped: int = 0


def _ordered_stops(stops: Counter, questions: list[str]) -> list[tuple[str, int]]:
    order = [BEFORE_QUESTIONS, *(question_label(q) for q in questions), AFTER_INTAKE,
             DECLINED, AFTER_DANGER]
    order += sorted(set(stops) - set(order))
    return [(label, stops[label]) for label in order if stops[label]]


def _weeks(since: datetime, until: datetime, moments: Iterable[datetime],
           settings: Settings) -> list[tuple[date, int]]:
    """Leads per week (weeks start on Monday, in the clinic's zone), empty weeks included."""
    def monday(moment: datetime) -> date:
        day = clinic_time.local(moment, settings).date()
        return day - timedelta(days=day.weekday())

    counts = Counter(monday(moment) for moment in moments)
    week, last, weeks = monday(since), monday(until), []
    while week <= last:
        weeks.append((week, counts[week]))
        week += timedelta(days=7)
    return weeks


def build_report(settings: Settings, since: datetime, until: datetime | None = None) -> Report:
    until = until or datetime.now(timezone.utc)
    started = [c for c in conversations(settings, since) if c.started]
    by_id = {c.conversation_id: c for c in started}
    leads = [lead for lead in list_leads(settings=settings) if since <= lead.created_at <= until]
    with_lead = {lead.conversation_id for lead in leads}
    minutes = [(lead.created_at - by_id[lead.conversation_id].started_at).total_seconds() / 60
               for lead in leads if lead.conversation_id in by_id]
    routes = Counter("for later (doctor first)" if lead.for_later else lead.route for lead in leads)
    stops = Counter(stop_point(c) for c in started if c.conversation_id not in with_lead)
    levels = Counter(c.level for c in started)
    return Report(
        since=since,
        until=until,
        time_zone=settings.clinic_timezone,
        funnel=[
            ("conversations started", len(started)),
            ("answered a question", sum(c.answered for c in started)),
            ("completed the intake", sum(c.intake_completed for c in started)),
            ("agreed to share details", sum(c.consent is True for c in started)),
            ("leads stored", len(leads)),
        ],
        stops=_ordered_stops(stops, form_questions()),
        levels=[(level, levels[level]) for level in LEVELS],
        routes=sorted(routes.items()),
        leads_per_week=_weeks(since, until, (lead.created_at for lead in leads), settings),
        booking_links=sum(c.booking_link for c in started),
        median_minutes_to_lead=statistics.median(minutes) if minutes else None,
        typed_messages=sum(c.typed for c in started),
        tapped_messages=sum(c.tapped for c in started),
        visitors_who_typed=sum(c.typed > 0 for c in started),
        visitors_who_only_tapped=sum(c.typed == 0 for c in started),
    )
