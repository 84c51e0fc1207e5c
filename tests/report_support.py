"""A generated clinic: a few hundred conversations in a Rasa SQL tracker store, and their leads.

Each conversation follows one of the paths a real visitor takes (leaves before
answering, stops at a question, meets a danger sign, declines consent, leaves a
lead by booking or contact, ...), answering by typing or by tapping at random.
The events have the shape Rasa's SQLTrackerStore writes. While generating, the
`Tally` records what was made, so a test compares the report with the truth of
the data rather than with numbers written by hand.
"""

from __future__ import annotations

import json
import random
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine

from bot import clinic_time
from bot.intake import INTAKE_SLOTS
from bot.leads.db import transaction
from bot.leads.models import Lead
from bot.leads.store import create_lead
from bot.report import metrics
from bot.settings import Settings
from tests.leads_support import lead_fields

#: Rasa 3.6's `events` table (rasa.core.tracker_store.SQLTrackerStore.SQLEvent).
EVENTS = Table(
    "events", MetaData(),
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)
ANSWERS = {
    "pain_location": ("lower_back", "my lower back hurts"),
    "pain_duration_category": ("acute", "about three weeks"),
    "pain_radiates": (True, "yes down my leg"),
    "pain_severity": (6, "a six"),
    "seen_doctor": (True, "yes my GP saw it"),
    "precautions": ([], "none of those"),
}
PATHS = ("silent", "stopped", "danger", "declined", "no_handoff", "booking", "contact",
         "for_later")
WEIGHTS = (2, 5, 1, 1, 1, 2, 2, 1)
HOUR = 3600


@dataclass
class Tally:
    """What was generated inside the report's window, counted as the report should."""

    funnel: Counter = field(default_factory=Counter)
    stops: Counter = field(default_factory=Counter)
    levels: Counter = field(default_factory=Counter)
    routes: Counter = field(default_factory=Counter)
    weeks: Counter = field(default_factory=Counter)
    minutes: list[float] = field(default_factory=list)
    booking_links: int = 0
    typed: int = 0
    tapped: int = 0
    typing_visitors: int = 0
    tapping_only_visitors: int = 0

    @property
    def median_minutes(self) -> float | None:
        return statistics.median(self.minutes) if self.minutes else None


class _Chat:
    def __init__(self, rng: random.Random, start: float) -> None:
        self.rng, self.clock, self.events = rng, start, []
        self.typed = self.tapped = 0

    def add(self, kind: str, **data) -> None:
        self.clock += self.rng.uniform(2, 40)
        self.events.append({"event": kind, "timestamp": self.clock, **data})

    def slot(self, name: str, value) -> None:
        self.add("slot", name=name, value=value)

    def user(self, typed_text: str, payload: str, intent: str = "inform") -> None:
        typed = self.rng.random() < 0.6
        self.typed, self.tapped = self.typed + typed, self.tapped + (not typed)
        self.add("user", text=typed_text if typed else payload,
                 parse_data={"intent": {"name": intent}, "entities": []})

    def ask(self, slot: str) -> None:
        self.slot("requested_slot", slot)
        self.add("bot", text=f"(question about {slot})", data={})

    def answer(self, slot: str) -> None:
        value, words = ANSWERS[slot]
        self.ask(slot)
        self.user(words, f"/inform{json.dumps({slot: value})}")
        self.slot(slot, value)


def _conversation(rng: random.Random, path: str, start: float, booking_url: str) -> _Chat:
    chat = _Chat(rng, start)
    chat.add("action", name="action_session_start")
    chat.add("bot", text="Hi! I can help with questions about back pain.", data={})
    if path == "silent":
        return chat
    chat.user("hello", "/greet", intent="greet")
    if path == "stopped":
        stop = rng.randrange(len(INTAKE_SLOTS))
        for slot in INTAKE_SLOTS[:stop]:
            chat.answer(slot)
        chat.ask(INTAKE_SLOTS[stop])
        return chat
    if path == "danger":
        chat.answer("pain_location")
        chat.user("I can't control my bladder", "/red_flag", intent="red_flag")
        chat.slot("triage_level", "emergency")
        chat.slot("requested_slot", None)
        return chat
    for slot in INTAKE_SLOTS:
        chat.answer(slot)
    chat.slot("requested_slot", None)
    chat.slot("triage_level", "see_doctor" if path == "for_later" else "routine")
    if path == "no_handoff":
        return chat
    chat.ask("consent_given")
    chat.user("no thanks" if path == "declined" else "yes that's fine",
              "/deny" if path == "declined" else "/affirm")
    chat.slot("consent_given", path != "declined")
    chat.slot("requested_slot", None)
    if path == "booking":
        chat.add("bot", text=f"Choose a time here: {booking_url}?name=A", data={})
    return chat


def generate(settings: Settings, *, count: int, now: datetime, since: datetime,
             seed: int = 16) -> Tally:
    """Writes `count` conversations over twice the window before `now`, and their leads."""
    rng = random.Random(seed)
    tally = Tally()
    engine = create_engine(settings.tracker_store_url, future=True)
    EVENTS.create(engine, checkfirst=True)
    window = (now - since).total_seconds()
    rows = []
    for number in range(count):
        start = since.timestamp()
        while abs(start - since.timestamp()) < HOUR:  # leads fall in the window with their chats
            start = now.timestamp() - rng.uniform(HOUR, 2 * window)
        path = rng.choices(PATHS, WEIGHTS)[0]
        chat = _conversation(rng, path, start, settings.booking_url)
        conversation_id = f"visitor-{number:04d}"
        rows += [{"sender_id": conversation_id, "type_name": e["event"],
                  "timestamp": e["timestamp"], "data": json.dumps(e)} for e in chat.events]
        lead_at = None
        if path in ("booking", "contact", "for_later"):
            lead_at = datetime.fromtimestamp(chat.clock + 60, timezone.utc)
            _store_lead(settings, conversation_id, path, lead_at)
        first = chat.events[0]["timestamp"]
        if first >= since.timestamp() and path != "silent":
            _count(tally, chat, path, first, lead_at, settings)
    with engine.begin() as connection:
        connection.execute(EVENTS.insert(), rows)
    engine.dispose()
    return tally


def _store_lead(settings: Settings, conversation_id: str, path: str, at: datetime) -> None:
    lead_id = create_lead(lead_fields(
        conversation_id=conversation_id, route="booking" if path == "booking" else "contact",
        for_later=path == "for_later",
        triage_level="see_doctor" if path == "for_later" else "routine"), settings=settings)
    with transaction(settings) as session:
        session.get(Lead, lead_id).created_at = at


def _monday(moment: datetime, settings: Settings) -> date:
    day = clinic_time.local(moment, settings).date()
    return day - timedelta(days=day.weekday())


def _count(tally: Tally, chat: _Chat, path: str, start: float, lead_at: datetime | None,
           settings: Settings) -> None:
    answered = [e["name"] for e in chat.events if e.get("name") in ANSWERS]
    tally.funnel["conversations started"] += 1
    tally.funnel["answered a question"] += bool(answered)
    tally.funnel["completed the intake"] += len(answered) == len(INTAKE_SLOTS)
    tally.funnel["agreed to share details"] += path in ("booking", "contact", "for_later")
    tally.levels[{"danger": "emergency", "for_later": "see_doctor"}.get(path, "routine")] += 1
    tally.typed += chat.typed
    tally.tapped += chat.tapped
    tally.typing_visitors += chat.typed > 0
    tally.tapping_only_visitors += chat.typed == 0
    tally.booking_links += path == "booking"
    if lead_at:
        tally.funnel["leads stored"] += 1
        tally.routes["for later (doctor first)" if path == "for_later" else path] += 1
        tally.weeks[_monday(lead_at, settings)] += 1
        tally.minutes.append((lead_at.timestamp() - start) / 60)
        return
    requested = [e["value"] for e in chat.events if e.get("name") == "requested_slot"]
    stop = {
        "danger": metrics.AFTER_DANGER,
        "declined": metrics.DECLINED,
        "no_handoff": metrics.AFTER_INTAKE,
    }.get(path) or metrics.question_label(requested[-1])
    tally.stops[stop] += 1
