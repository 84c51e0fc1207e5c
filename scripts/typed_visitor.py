"""A visitor who only types: answers whatever question is pending, in their own words.

Used by the held-out dialogue bench (scripts/bench_dialogues.py) and the typing
persona tests. A visitor is a mapping (see tests/data/heldout3_dialogues.yml):
`opening` messages, `opening_extra` typed if no question follows the opening,
`answers` per requested slot (a list is what they type on each asking, the
last one repeated), `handoff` typed after the intake summary.

The visitor reads `requested_slot` from the tracker API after every reply, the
way a person reads the question on screen. Nothing here taps a button.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Mapping

import requests

#: What a visitor types to a danger-sign check they were not expecting.
UNEXPECTED_ANSWERS = {"danger_check": "no"}


@dataclass
class Transcript:
    """What happened: the messages typed, how often each question was asked, the final slots."""

    sent: list[str] = field(default_factory=list)
    asked: Counter = field(default_factory=Counter)
    slots: dict = field(default_factory=dict)
    replies: list[list[dict]] = field(default_factory=list)

    @property
    def completed(self) -> bool:
        return bool(self.slots.get("lead_id"))

    @property
    def most_asked(self) -> int:
        return max(self.asked.values(), default=0)


def _typed(value) -> str:
    """What was written in YAML, as typed: an unquoted no / yes is read by YAML as a bool."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _as_list(value) -> list[str]:
    return [_typed(v) for v in value] if isinstance(value, list) else [_typed(value)]


class RestChat:
    """One conversation over Rasa's REST channel and the tracker API."""

    def __init__(self, url: str, token: str, sender: str):
        self.url, self.token, self.sender = url.rstrip("/"), token, sender

    def say(self, text: str) -> list[dict]:
        response = requests.post(f"{self.url}/webhooks/rest/webhook",
                                 json={"sender": self.sender, "message": text}, timeout=120)
        response.raise_for_status()
        return response.json()

    def tracker(self) -> dict:
        response = requests.get(f"{self.url}/conversations/{self.sender}/tracker",
                                params={"token": self.token}, timeout=60)
        response.raise_for_status()
        return response.json()


def converse(chat: RestChat, visitor: Mapping, limit: int = 40,
             on_turn: Callable[[str, list[dict]], None] | None = None) -> Transcript:
    """Type through the whole conversation; stop at the lead, a dead end or `limit` messages."""
    transcript = Transcript()
    answers = {slot: _as_list(text) for slot, text in (visitor.get("answers") or {}).items()}

    def say(text: str) -> dict:
        reply = chat.say(text)
        transcript.sent.append(text)
        transcript.replies.append(reply)
        if on_turn:
            on_turn(text, reply)
        return chat.tracker()

    tracker = {}
    for text in _as_list(visitor.get("opening") or []):
        tracker = say(text)
    if not _pending(tracker):
        for text in _as_list(visitor.get("opening_extra") or []):
            tracker = say(text)
    handoff_tries = 0
    while len(transcript.sent) < limit:
        slot = _pending(tracker)
        if slot:
            transcript.asked[slot] += 1
            said = answers.get(slot) or [UNEXPECTED_ANSWERS.get(slot, "I'm not sure")]
            tracker = say(said[min(transcript.asked[slot], len(said)) - 1])
        elif tracker.get("slots", {}).get("lead_id") or handoff_tries >= 2 or not visitor.get("handoff"):
            break
        else:
            handoff_tries += 1
            tracker = say(str(visitor["handoff"]))
    transcript.slots = tracker.get("slots", {})
    return transcript


def _pending(tracker: dict) -> str | None:
    if not (tracker.get("active_loop") or {}).get("name"):
        return None
    return (tracker.get("slots") or {}).get("requested_slot")


def slot_matches(slot: str, expected, actual) -> bool:
    """Whether a final slot holds what the visitor said (phones by digits, times by a word)."""
    if expected is None:
        return actual is None
    if actual is None:
        return False
    if slot == "contact_phone":
        digits = re.sub(r"\D", "", str(actual))
        return digits.endswith(re.sub(r"\D", "", str(expected))[-10:])
    if slot == "preferred_time":
        return str(expected).lower() in str(actual).lower()
    if slot in ("contact_name", "contact_email"):
        # The clinic capitalises a name typed in lower case; an address is kept as typed,
        # and mail reaches it whatever the case.
        return str(expected).lower() == str(actual).lower()
    if isinstance(expected, list):
        return sorted(map(str, expected)) == sorted(map(str, actual or []))
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if isinstance(expected, (int, float)):
        try:
            return float(actual) == float(expected)
        except (TypeError, ValueError):
            return False
    return str(expected) == str(actual)
