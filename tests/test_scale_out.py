"""Two Rasa instances behind no proxy, sharing PostgreSQL and Redis, as in docs/deploy.md.

A real PostgreSQL (tracker store and lead store) and a real Redis (lock store)
run on loopback; two Rasa servers, one action server and one lead worker run
against them. One visitor's conversation alternates between the two Rasa
instances message by message: the intake must complete with its facts intact
as both instances see them, and the lead must reach the clinic inbox once.
"""

from __future__ import annotations

import time
import uuid

import pytest

from bot.launcher import Stack, running
from bot.settings import load
from scripts.servers import free_port, shared_stores_env
from tests.support import BUTTON_ANSWERS, Chat, Reply

pytestmark = pytest.mark.scale

TOKEN = "scale-test-token"


@pytest.fixture(scope="module")
def scaled_out(model, smtp_sink, postgres_server, redis_server, tmp_path_factory):
    """Instance A runs Rasa, the action server and the worker; instance B runs Rasa only."""
    var = tmp_path_factory.mktemp("scale-var")
    action_port = free_port()
    common = {**shared_stores_env(postgres_server, redis_server, smtp_sink.port, var / "outbox",
                                  action_port, TOKEN),
              "SAFETY_REGION": "north_america"}
    stacks = []
    for name, services in (("a", ("actions", "rasa", "worker")), ("b", ("rasa",))):
        env = {**common, "RASA_PORT": str(free_port())}
        stacks.append(Stack(load(environ=env), model, extra_env=env, services=services,
                            log_dir=tmp_path_factory.mktemp(f"scale-logs-{name}")))
    with running(*stacks, timeout=300):
        yield stacks


class AlternatingChat:
    """One visitor whose consecutive messages and tracker reads go to alternate instances."""

    def __init__(self, stacks):
        sender = f"scale-{uuid.uuid4().hex[:12]}"
        self.chats = [Chat(s.rasa_url, s.settings.rasa_api_token, sender=sender) for s in stacks]
        self.turn = 0
        self.served_by: list[str] = []

    @property
    def current(self) -> Chat:
        return self.chats[self.turn % len(self.chats)]

    def say(self, text: str) -> Reply:
        chat = self.current
        self.served_by.append(chat.rasa_url)
        self.turn += 1
        return chat.say(text)

    def answer_until_done(self, answers: dict, limit: int = 20) -> list[Reply]:
        replies = []
        for _ in range(limit):
            tracker = self.current.tracker()  # the instance that gets the next message
            if not (tracker.get("active_loop") or {}).get("name"):
                return replies
            replies.append(self.say(answers[tracker["slots"]["requested_slot"]]))
        raise AssertionError("the form never finished")


def _redis_commands(redis_server) -> dict[str, int]:
    stats = redis_server.client().info("commandstats")
    return {name.removeprefix("cmdstat_"): value["calls"] for name, value in stats.items()}


def test_conversation_alternating_between_instances_completes_once(
    scaled_out, smtp_sink, postgres_server, redis_server
):
    before = _redis_commands(redis_server)
    visitor = AlternatingChat(scaled_out)
    email = f"robin.{uuid.uuid4().hex[:8]}@example.org"
    answers = {**BUTTON_ANSWERS, "contact_name": "Robin Scaleout", "contact_email": email}

    visitor.say("my lower back has hurt for 3 months, my family doctor checked it")
    visitor.answer_until_done(answers)
    visitor.say("/contact_me")
    replies = visitor.answer_until_done(answers)

    assert len(set(visitor.served_by)) == 2, "both instances must have served messages"
    assert "Thank you, Robin Scaleout" in replies[-1].text

    # Both instances see the same conversation with every fact intact.
    trackers = [chat.tracker() for chat in visitor.chats]
    assert len(trackers[0]["events"]) == len(trackers[1]["events"])
    for tracker in trackers:
        slots = tracker["slots"]
        assert not (tracker.get("active_loop") or {}).get("name")
        assert slots["pain_location"] == "lower_back"
        assert slots["pain_duration_category"] == "chronic"
        assert slots["pain_duration_days"] == pytest.approx(90, abs=2)
        assert slots["seen_doctor"] is True
        assert slots["pain_radiates"] is False
        assert slots["pain_severity"] == 5
        assert slots["precautions"] == []
        assert slots["contact_email"] == email
        assert slots["lead_id"]
    assert trackers[0]["slots"]["lead_id"] == trackers[1]["slots"]["lead_id"]
    lead_id = trackers[0]["slots"]["lead_id"]

    # The conversation lives in PostgreSQL, and the instances locked it in Redis.
    sender = visitor.chats[0].sender
    rows = postgres_server.execute("rasa", "SELECT count(*) FROM events WHERE sender_id = %s",
                                 (sender,))
    assert rows[0][0] == len(trackers[0]["events"])
    after = _redis_commands(redis_server)
    lock_calls = sum(after.get(c, 0) - before.get(c, 0) for c in ("set", "get", "del", "exists"))
    assert lock_calls >= 2 * visitor.turn, f"Redis saw {lock_calls} lock commands"

    # One lead in the shared lead store, and exactly one email for it.
    from bot.leads.store import list_leads

    leads = [lead for lead in list_leads(settings=scaled_out[0].settings) if lead.id == lead_id]
    assert len(leads) == 1

    def for_this_lead(message) -> bool:
        return email in message.get_body(("plain",)).get_content()

    smtp_sink.wait_for(for_this_lead, timeout=60)
    time.sleep(5)  # a second delivery, if there were one, would have arrived by now
    assert sum(1 for m in list(smtp_sink.messages) if for_this_lead(m)) == 1
