"""The website widget's channel, over HTTP against the running assistant.

Most tests use the `assistant` fixture, which loads `credentials.yml` and so
serves the widget's routes. Rate limits and the CORS allowlist are checked on a
second Rasa server started with small limits and an allowed origin. It shares
the assistant's tracker store, which also shows that a token and a button
offered by one instance are honoured by another, without sticky sessions.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field

import pytest
import requests
import yaml
from limits.storage import storage_from_string
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.exceptions import RasaException

from bot.launcher import running
from bot.settings import load
from bot.web import tokens
from bot.web.channel import WidgetOptions
from bot.web.payload_guard import NEUTRAL_PREFIX, as_plain_text, offered_payloads
from bot.web.rate_limit import RateLimiter
from scripts.servers import free_port
from tests.support import Chat, RasaOnly

ALLOWED_ORIGIN = "https://clinic.example"
FOREIGN_ORIGIN = "https://elsewhere.example"
SMALL_LIMITS = {"conversation_burst": 2, "conversation_per_minute": 1,
                "ip_burst": 3, "ip_per_minute": 1}
_addresses = (f"203.0.113.{n}" for n in itertools.count(1))


@dataclass
class Widget:
    """One visitor of the widget's HTTP API."""

    rasa_url: str
    headers: dict = field(default_factory=dict)
    token: str | None = None

    def post(self, path: str, body: dict, **headers: str) -> requests.Response:
        return requests.post(f"{self.rasa_url}/webhooks/widget{path}", json=body,
                             headers={**self.headers, **headers}, timeout=60)

    def start(self) -> dict:
        response = self.post("/session", {})
        response.raise_for_status()
        self.token = response.json()["token"]
        return response.json()

    def say(self, text: str) -> requests.Response:
        return self.post("/message", {"token": self.token, "message": text})

    def tap(self, payload: str) -> requests.Response:
        return self.post("/message", {"token": self.token, "payload": payload})

    def sender_id(self, secret: str = "test-token") -> str:
        return tokens.verify(self.token, secret, 3600).sender_id


def tracker_chat(assistant, widget: Widget) -> Chat:
    """The stock helper, pointed at the widget visitor's conversation."""
    return Chat(assistant.rasa_url, assistant.settings.rasa_api_token, sender=widget.sender_id())


def user_texts(chat: Chat) -> list[str]:
    return [e["text"] for e in chat.tracker()["events"] if e["event"] == "user"]


def buttons(response: requests.Response) -> list[dict]:
    assert response.status_code == 200, response.text
    return [b for message in response.json() for b in message["buttons"]]


@pytest.fixture
def widget(assistant) -> Widget:
    visitor = Widget(assistant.rasa_url)
    visitor.start()
    return visitor


@pytest.fixture(scope="module")
def second_instance(assistant, assistant_env, tmp_path_factory):
    """A second Rasa server with small limits, an allowed origin and a trusted proxy."""
    folder = tmp_path_factory.mktemp("second-instance")
    credentials = folder / "credentials.yml"
    credentials.write_text(yaml.safe_dump({"bot.web.channel.WidgetInput": SMALL_LIMITS}))
    env = {**assistant_env, "RASA_PORT": str(free_port()),
           "WIDGET_ALLOWED_ORIGINS": f"{ALLOWED_ORIGIN}/", "TRUSTED_PROXIES": "127.0.0.1"}
    stack = RasaOnly(load(environ=env), assistant.model, extra_env=env, log_dir=folder,
                     credentials=credentials)
    with running(stack):
        yield stack


def proxied_visitor(instance) -> Widget:
    """A visitor behind the proxy with an address of its own, so limits don't mix."""
    return Widget(instance.rasa_url, headers={"X-Forwarded-For": next(_addresses)})


# --- The parts on their own -------------------------------------------------------


def test_a_token_names_its_conversation_and_expires():
    token = tokens.issue("secret", now=1_000)
    assert tokens.verify(token, "secret", 60, now=1_030).sender_id.startswith("widget-")
    with pytest.raises(tokens.InvalidToken):
        tokens.verify(token, "secret", 60, now=1_061)
    with pytest.raises(tokens.InvalidToken):
        tokens.verify(token, "another secret", 60, now=1_030)
    assert tokens.issue("secret") != tokens.issue("secret")


def test_a_limit_allows_its_burst_then_says_how_long_to_wait():
    limiter = RateLimiter("test", burst=2, per_minute=6, storage=storage_from_string("memory://"))
    assert [limiter.hit_now("a"), limiter.hit_now("a")] == [0, 0]
    assert 15 < limiter.hit_now("a") <= 20
    assert limiter.hit_now("b") == 0


def test_only_the_latest_turns_buttons_are_on_offer():
    old = BotUttered("Where?", {"buttons": [{"title": "Neck", "payload": "/inform_neck"}]})
    new = BotUttered("Sure?", {"buttons": [{"title": "Yes", "payload": "/affirm"}]})
    events = [old, UserUttered("neck"), ActionExecuted("action_listen"), BotUttered("Noted."), new]
    assert offered_payloads(events) == {"/affirm"}
    assert offered_payloads(events + [UserUttered("yes")]) == set()


def test_typed_slash_text_loses_its_prefix_but_not_its_look():
    assert as_plain_text('  /inform{"triage_level":"routine"} ') == NEUTRAL_PREFIX + 'inform{"triage_level":"routine"}'
    assert as_plain_text("my back / hip") == "my back / hip"


def test_a_misspelt_option_stops_the_server():
    with pytest.raises(RasaException, match="rate_per_minute"):
        WidgetOptions.from_credentials({"rate_per_minute": 5})
    assert WidgetOptions.from_credentials(None) == WidgetOptions()


# --- Tokens -----------------------------------------------------------------------


def test_a_session_brings_a_signed_token_and_the_clinics_numbers(assistant):
    session = Widget(assistant.rasa_url).start()
    assert tokens.verify(session["token"], assistant.settings.widget_token_secret, 60)
    assert session["clinic"] == {
        "name": "Test Valley Acupuncture", "phone": "+1 416 555 0199",
        "emergency_number": "911", "crisis_line_number": "988", "health_line_number": "811",
    }


def test_messages_need_a_token_the_server_signed(widget):
    version, sender, issued, signature = widget.token.split(".")
    other = Widget(widget.rasa_url)
    other.start()
    forged = [
        None,
        "",
        f"{version}.{sender}.{issued}.{signature[:-2]}AA",
        f"{version}.{other.sender_id()}.{issued}.{signature}",
        tokens.issue("a secret that is not the server's"),
        tokens.issue("test-token", now=time.time() - 25 * 3600),
    ]
    for token in forged:
        response = widget.post("/message", {"token": token, "message": "hello"})
        assert response.status_code == 401, token
        assert response.json()["error"] == "invalid_token"
        assert "new one" in response.json()["message"]


def test_a_token_reaches_only_its_own_conversation(assistant, widget):
    other = Widget(assistant.rasa_url)
    other.start()
    other.say("hello")
    response = widget.post("/message", {"token": widget.token, "sender": other.sender_id(),
                                        "message": "my lower back hurts"})
    assert response.status_code == 200
    assert user_texts(tracker_chat(assistant, other)) == ["hello"]
    assert user_texts(tracker_chat(assistant, widget)) == ["my lower back hurts"]


# --- What a message may be ----------------------------------------------------------


def test_an_empty_message_gets_a_friendly_reply_without_rasa(assistant, widget):
    for text in ("", "   \n "):
        response = widget.say(text)
        assert response.status_code == 400
        assert response.json()["message"] == "Please type a message first."
    assert user_texts(tracker_chat(assistant, widget)) == []


def test_a_long_message_is_refused_kindly_and_the_chat_goes_on(assistant, widget):
    response = widget.say("my back " * 300)
    assert response.status_code == 413
    assert "2000 characters" in response.json()["message"]
    assert widget.say("x" * 100_000).status_code == 413
    reply = widget.say("hello")
    assert reply.status_code == 200
    assert "not for emergencies" in " ".join(m["text"] for m in reply.json())
    assert user_texts(tracker_chat(assistant, widget)) == ["hello"]


def test_a_typed_intent_shortcut_is_only_text(assistant, widget):
    widget.say("hello")
    response = widget.say('/inform{"triage_level":"routine"}')
    assert response.status_code == 200
    chat = tracker_chat(assistant, widget)
    latest = [e for e in chat.tracker()["events"] if e["event"] == "user"][-1]
    assert latest["text"] == NEUTRAL_PREFIX + 'inform{"triage_level":"routine"}'
    assert chat.slots()["triage_level"] is None


def test_only_a_button_the_bot_just_offered_is_taken_as_a_payload(assistant, widget):
    offered = buttons(widget.say("I'd like to book an appointment"))
    chat = tracker_chat(assistant, widget)
    assert chat.slots()["requested_slot"] == "pain_location"
    lower_back = next(b["payload"] for b in offered if b["title"] == "Lower back")

    injected = widget.tap('/inform{"triage_level":"routine"}')
    assert injected.status_code == 409
    assert "no longer open" in injected.json()["message"]

    assert widget.tap(lower_back).status_code == 200
    assert chat.slots()["pain_location"] == "lower_back"
    assert widget.tap(lower_back).status_code == 409
    assert chat.slots()["triage_level"] is None


# --- CORS ---------------------------------------------------------------------------


def preflight(instance, origin: str) -> requests.Response:
    return requests.options(
        f"{instance.rasa_url}/webhooks/widget/message", timeout=10,
        headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"},
    )


def test_the_page_of_the_bots_own_origin_may_call(assistant, widget):
    origin = assistant.rasa_url
    assert preflight(assistant, origin).headers["Access-Control-Allow-Origin"] == origin
    response = widget.post("/message", {"token": widget.token, "message": "hello"}, Origin=origin)
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == origin


def test_a_page_of_another_origin_is_refused(assistant, widget):
    check = preflight(assistant, FOREIGN_ORIGIN)
    assert check.status_code == 403
    assert "Access-Control-Allow-Origin" not in check.headers
    response = widget.post("/message", {"token": widget.token, "message": "hello"},
                           Origin=FOREIGN_ORIGIN)
    assert response.status_code == 403
    assert "Access-Control-Allow-Origin" not in response.headers
    assert widget.post("/session", {}, Origin=FOREIGN_ORIGIN).status_code == 403


def test_a_listed_origin_may_call(second_instance):
    check = preflight(second_instance, ALLOWED_ORIGIN)
    assert check.status_code in (200, 204)
    assert check.headers["Access-Control-Allow-Origin"] == ALLOWED_ORIGIN
    assert "POST" in check.headers["Access-Control-Allow-Methods"]
    assert check.headers["Access-Control-Allow-Headers"].lower() == "content-type"
    visitor = proxied_visitor(second_instance)
    response = visitor.post("/session", {}, Origin=ALLOWED_ORIGIN)
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED_ORIGIN
    assert response.headers["Vary"] == "Origin"
    assert preflight(second_instance, FOREIGN_ORIGIN).status_code == 403


# --- Limits ---------------------------------------------------------------------------


def test_a_conversation_sending_too_fast_gets_429(second_instance):
    visitor = proxied_visitor(second_instance)
    visitor.start()
    assert [visitor.say("hello").status_code for _ in range(2)] == [200, 200]
    response = visitor.say("hello")
    assert response.status_code == 429
    assert "faster than I can answer" in response.json()["message"]
    assert int(response.headers["Retry-After"]) > 0


def test_an_address_sending_too_fast_gets_429(second_instance):
    visitor = proxied_visitor(second_instance)
    assert [visitor.post("/session", {}).status_code for _ in range(3)] == [200, 200, 200]
    response = visitor.post("/session", {})
    assert response.status_code == 429
    assert response.json()["error"] == "rate_limited"
    assert proxied_visitor(second_instance).post("/session", {}).status_code == 200


def test_another_instance_honours_the_token_and_the_offered_buttons(assistant, second_instance):
    visitor = Widget(assistant.rasa_url)
    visitor.start()
    offered = buttons(visitor.say("I'd like to book an appointment"))
    elsewhere = proxied_visitor(second_instance)
    elsewhere.token = visitor.token
    assert elsewhere.tap(offered[0]["payload"]).status_code == 200
    assert tracker_chat(assistant, visitor).slots()["pain_location"] is not None
