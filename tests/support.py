"""Helpers for talking to the running assistant over HTTP, as a website would."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

import requests
import yaml

from bot.intake import INTAKE_SLOTS
from bot.launcher import Stack
from bot.settings import PROJECT_ROOT
from scripts.loadgen import TAPPED_ANSWERS


@dataclass
class Reply:
    """What the visitor sees after one message: texts and the buttons offered."""

    messages: list[dict]

    @property
    def texts(self) -> list[str]:
        return [m["text"] for m in self.messages if m.get("text")]

    @property
    def text(self) -> str:
        return "\n".join(self.texts)

    @property
    def buttons(self) -> list[dict]:
        return [b for m in self.messages for b in m.get("buttons", [])]

    @property
    def button_titles(self) -> list[str]:
        return [b["title"] for b in self.buttons]


@dataclass
class Chat:
    """One visitor's conversation through the stock REST channel."""

    rasa_url: str
    api_token: str
    sender: str = field(default_factory=lambda: f"test-{uuid.uuid4().hex[:12]}")

    def say(self, text: str) -> Reply:
        response = requests.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": self.sender, "message": text},
            timeout=60,
        )
        response.raise_for_status()
        return Reply(response.json())

    def tracker(self) -> dict:
        response = requests.get(
            f"{self.rasa_url}/conversations/{self.sender}/tracker",
            params={"token": self.api_token},
            timeout=30,
        )
        response.raise_for_status()
        return response.json()

    def slots(self) -> dict:
        return self.tracker()["slots"]


#: A plausible tap or answer for each question, keyed by the slot being asked for
#: (the load generator's taps: one table for both).
BUTTON_ANSWERS = TAPPED_ANSWERS


def answer_until_done(chat: Chat, answers: dict | None = None, limit: int = 20) -> list[Reply]:
    """Answer whatever the active form asks until no form is active; the replies seen."""
    answers = {**BUTTON_ANSWERS, **(answers or {})}
    replies = []
    for _ in range(limit):
        tracker = chat.tracker()
        if not (tracker.get("active_loop") or {}).get("name"):
            return replies
        replies.append(chat.say(answers[tracker["slots"]["requested_slot"]]))
    raise AssertionError("the form never finished")


#: Where a conversation can be when a message arrives: before anything, at each
#: intake question, during the contact details, and after the lead was sent.
STAGES = ("opening", *INTAKE_SLOTS, "contact_details", "after_handoff")


def reach(chat: Chat, stage: str) -> None:
    """Drive a new conversation to the point where `stage` is being asked."""
    if stage == "opening":
        return
    chat.say("my back hurts")
    if stage in INTAKE_SLOTS:
        while chat.slots()["requested_slot"] != stage:
            chat.say(BUTTON_ANSWERS[chat.slots()["requested_slot"]])
        return
    answer_until_done(chat)
    chat.say("/contact_me")
    chat.say("/affirm")
    if stage == "after_handoff":
        answer_until_done(chat)
        assert chat.slots()["lead_id"]


@dataclass
class OwnCredentials(Stack):
    """A stack whose Rasa server reads its channels from another credentials file."""

    credentials: Path = Path("credentials.yml")
    extra_args: tuple[str, ...] = ()

    def _commands(self) -> dict[str, list[str]]:
        commands = super()._commands()
        rasa = commands["rasa"]
        rasa[rasa.index("credentials.yml")] = str(self.credentials)
        rasa.extend(self.extra_args)
        return commands


@dataclass
class RasaOnly(OwnCredentials):
    """One more Rasa server beside the assistant, with its own credentials file."""

    services: tuple[str, ...] = ("rasa",)


def suite_credentials(folder: Path, per_address: int = 10_000) -> Path:
    """The shipped credentials with a per-address budget no test run reaches.

    Every visitor of the test suite is 127.0.0.1, so the shipped budget (60
    requests per 30 s) would count the whole suite as one visitor. The limits
    themselves are tested on instances of their own with small budgets.
    """
    shipped = yaml.safe_load((PROJECT_ROOT / "credentials.yml").read_text())
    for options in shipped.values():
        if isinstance(options, dict) and "ip_burst" in options:
            options.update(ip_burst=per_address, ip_per_minute=per_address)
    path = folder / "credentials.yml"
    path.write_text(yaml.safe_dump(shipped))
    return path
