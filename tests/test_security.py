"""Every attack of issue 15, replayed against the running servers.

The shipped assistant (`assistant`) shows the doors as `make run` opens them.
Two more Rasa servers (`pair`) run as a scaled-out production would: one Redis
for locks and limits, nginx's address (127.0.0.1) as the trusted proxy, a REST
token, small limits and the guarded Socket.IO channel turned on. The second of
them calls an action server that never answers and gives up on a request after
a few seconds, so a message can time out.

Requests "from another machine" leave from 127.0.0.2: still loopback to Linux,
but not the address the servers trust as a proxy or treat as local.
"""

from __future__ import annotations

import http.client
import itertools
import json
import logging
import socket
import threading
import time
import uuid

import pytest
import requests
import socketio
import yaml

from bot.launcher import running
from bot.leads.outbox import deliver_due
from bot.leads.store import create_lead
from bot.leads.validation import InvalidValue, check_email, plain_words
from bot.settings import PROJECT_ROOT, load
from bot.web import addresses, log_privacy, tokens
from bot.web.payload_guard import NEUTRAL_PREFIX
from scripts.servers import free_port
from tests.leads_support import lead_fields
from tests.support import BUTTON_ANSWERS, Chat, RasaOnly, answer_until_done

pytest_plugins = ["tests.leads_support"]

REST_TOKEN = "rest-integration-secret"
ALLOWED_ORIGIN = "https://clinic.example"
FOREIGN_ORIGIN = "https://evil.example"
SMALL = {"conversation_burst": 2, "conversation_per_minute": 1, "ip_burst": 3, "ip_per_minute": 1}
REMOTE = "127.0.0.2"
_addresses = (f"198.51.100.{n}" for n in itertools.count(1))


# --- Servers -----------------------------------------------------------------------


class SilentServer:
    """Accepts TCP connections and never answers: an action server that hangs."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                self.held.append(self.sock.accept()[0])
            except OSError:
                return

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/webhook"

    def close(self) -> None:
        self.sock.close()
        for connection in self.held:
            connection.close()


@pytest.fixture(scope="module")
def pair(assistant, assistant_env, redis_server, tmp_path_factory):
    """Two Rasa servers sharing the assistant's conversations and one Redis."""
    folder = tmp_path_factory.mktemp("pair")
    credentials = folder / "credentials.yml"
    credentials.write_text(yaml.safe_dump({
        "bot.web.channel.WidgetInput": SMALL,
        "bot.web.rest_channel.GuardedRestInput": SMALL,
        "bot.web.socketio_channel.GuardedSocketIOInput": {
            **SMALL, "max_message_chars": 500, "ip_burst": 30, "ip_per_minute": 30},
    }))
    silent = SilentServer()
    shared = {**assistant_env, "LOCK_STORE_TYPE": "redis", "REDIS_HOST": "127.0.0.1",
              "REDIS_PORT": str(redis_server.port), "REDIS_DB": "0",
              "TRUSTED_PROXIES": "127.0.0.1",
              "REST_CHANNEL_TOKEN": REST_TOKEN, "WIDGET_ALLOWED_ORIGINS": ALLOWED_ORIGIN}
    stacks = []
    for name, extra in (("a", {}), ("b", {"ACTION_ENDPOINT_URL": silent.url})):
        env = {**shared, **extra, "RASA_PORT": str(free_port())}
        stacks.append(RasaOnly(
            load(environ=env), assistant.model, extra_env=env, log_dir=folder / name,
            credentials=credentials, extra_args=("--response-timeout", "3"),
        ))
    try:
        with running(*stacks, timeout=600):
            yield stacks
    finally:
        silent.close()


def post(url: str, body, headers: dict | None = None, source: str | None = None):
    """POST raw JSON text (or an object) from `source`, as another machine would."""
    split = requests.utils.urlparse(url)
    connection = http.client.HTTPConnection(split.hostname, split.port, timeout=60,
                                            source_address=(source, 0) if source else None)
    data = body if isinstance(body, str) else json.dumps(body)
    try:
        connection.request("POST", split.path, body=data.encode("utf-8", "surrogatepass"),
                           headers={"Content-Type": "application/json", **(headers or {})})
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def session(instance, source: str | None = None, forwarded: str | None = None) -> int:
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    return post(f"{instance.rasa_url}/webhooks/widget/session", {}, headers, source)[0]


def widget_token(instance) -> str:
    return requests.post(f"{instance.rasa_url}/webhooks/widget/session", json={},
                         timeout=30).json()["token"]


def user_texts(chat: Chat) -> list[str]:
    return [e["text"] for e in chat.tracker()["events"] if e["event"] == "user"]


def rest(instance, sender: str, message: str, token: str | None = REST_TOKEN,
         source: str | None = None, **headers: str):
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return post(f"{instance.rasa_url}/webhooks/rest/webhook",
                {"sender": sender, "message": message}, headers, source)


# --- The parts on their own ---------------------------------------------------------------


def test_only_trusted_proxies_name_the_visitor():
    nginx = addresses.trusted_networks(["127.0.0.1", "10.0.0.0/8"])
    assert addresses.client_address("198.51.100.7", "1.2.3.4", nginx) == "198.51.100.7"
    assert addresses.client_address("127.0.0.1", "1.2.3.4, 198.51.100.7", nginx) == "198.51.100.7"
    assert addresses.client_address("127.0.0.1", "198.51.100.7, 10.1.2.3", nginx) == "198.51.100.7"
    assert addresses.client_address("127.0.0.1", "nonsense", nginx) == "127.0.0.1"
    assert addresses.client_address("127.0.0.1", "1.2.3.4", ()) == "127.0.0.1"


def test_a_structured_log_line_loses_the_visitors_words():
    record = logging.LogRecord("rasa", logging.ERROR, __file__, 1, json.dumps({
        "event": "rest.message.received.failure", "text": "my name is Dana",
        "exception": [{"frames": [{"line": "x", "locals": {"text": "'my name is Dana'"}}]}],
    }), None, None)
    assert log_privacy.VisitorTextFilter().filter(record)
    assert "Dana" not in record.getMessage()
    assert "rest.message.received.failure" in record.getMessage()


# --- 1. Socket.IO ----------------------------------------------------------------------


def test_socketio_is_not_a_door_of_the_shipped_assistant(assistant):
    response = requests.get(f"{assistant.rasa_url}/socket.io/",
                            params={"EIO": "4", "transport": "polling"}, timeout=10)
    assert response.status_code == 404
    doors = yaml.safe_load((PROJECT_ROOT / "credentials.yml").read_text())
    assert not {"socketio", "bot.web.socketio_channel.GuardedSocketIOInput"} & set(doors)
    assert "/socket.io/" not in (PROJECT_ROOT / "deploy" / "nginx.conf").read_text()


class SocketVisitor:
    """A rasa-webchat style client of the guarded Socket.IO channel."""

    def __init__(self, instance, origin: str = ALLOWED_ORIGIN) -> None:
        self.replies: list[str] = []
        self.confirmed = threading.Event()
        self.answered = threading.Event()
        self.session_id: str | None = None
        self.client = socketio.Client(reconnection=False)
        self.client.on("session_confirm", self._confirm)
        self.client.on("bot_uttered", self._reply)
        self.client.connect(instance.rasa_url, headers={"Origin": origin},
                            transports=["polling"], wait_timeout=30)

    def _confirm(self, session_id) -> None:
        self.session_id = session_id
        self.confirmed.set()

    def _reply(self, message) -> None:
        self.replies.append(message.get("text") or "")
        self.answered.set()

    def start(self, session_id: str | None = None) -> str:
        self.client.emit("session_request", {"session_id": session_id})
        assert self.confirmed.wait(30)
        return self.session_id

    def say(self, text: str) -> list[str]:
        self.replies.clear()
        self.answered.clear()
        self.client.emit("user_uttered", {"message": text, "session_id": self.session_id})
        assert self.answered.wait(60), "no reply"
        seen = -1
        while seen != len(self.replies):  # a turn may bring several messages
            seen = len(self.replies)
            time.sleep(1.5)
        return list(self.replies)

    def close(self) -> None:
        self.client.disconnect()


def test_a_foreign_page_cannot_open_socketio(pair):
    with pytest.raises(socketio.exceptions.ConnectionError):
        SocketVisitor(pair[0], origin=FOREIGN_ORIGIN)


def test_socketio_conversations_are_the_servers_to_give(assistant, pair):
    victim = Chat(assistant.rasa_url, assistant.settings.rasa_api_token)
    victim.say("hello")
    visitor = SocketVisitor(pair[0])
    try:
        given = visitor.start(session_id=victim.sender)
        assert given != victim.sender
        assert visitor.start(session_id=given) == given
        visitor.say("/restart")
        visitor.say('/inform{"triage_level":"routine"}')
    finally:
        visitor.close()
    assert user_texts(victim) == ["hello"]
    assert not [e for e in victim.tracker()["events"] if e["event"] == "restart"]


def test_socketio_typed_shortcuts_are_words_and_long_text_is_refused(assistant, pair):
    visitor = SocketVisitor(pair[0])
    try:
        visitor.start()
        visitor.say('/inform{"triage_level":"routine"}')
        too_long = visitor.say("my back " * 100)
    finally:
        visitor.close()
    assert any("longer than I can read (500 characters" in text for text in too_long)
    sender = tokens.verify(visitor.session_id, assistant.settings.widget_token_secret, 60).sender_id
    chat = Chat(assistant.rasa_url, assistant.settings.rasa_api_token, sender=sender)
    assert user_texts(chat) == [NEUTRAL_PREFIX + 'inform{"triage_level":"routine"}']
    assert chat.slots()["triage_level"] is None


# --- 2. REST ---------------------------------------------------------------------------


def test_rest_refuses_huge_messages_before_the_nlu(assistant):
    chat = Chat(assistant.rasa_url, assistant.settings.rasa_api_token)
    status, body = rest(assistant, chat.sender, "my back hurts " * 1_500, token=None)
    assert status == 200
    assert "longer than I can read (2000 characters" in json.loads(body)[0]["text"]
    status, body = rest(assistant, chat.sender, "my back hurts " * 7_500, token=None)
    assert status == 413
    assert json.loads(body)["error"] == "too_long"
    assert user_texts(chat) == []
    assert chat.say("hello").texts


def test_rest_wants_the_token_when_one_is_set(pair):
    sender = f"integration-{uuid.uuid4().hex[:8]}"
    for token in (None, "wrong", REST_TOKEN + "x"):
        assert rest(pair[0], sender, "hello", token=token)[0] == 401
    status, body = rest(pair[0], sender, "hello")
    assert status == 200 and json.loads(body)


def test_rest_without_a_token_answers_no_one_a_proxy_sends(assistant):
    status, body = rest(assistant, "via-proxy", "hello", token=None,
                        **{"X-Forwarded-For": "203.0.113.9"})
    assert status == 401
    assert json.loads(body)["error"] == "unauthorised"
    assert rest(assistant, "from-another-machine", "hello", token=None, source=REMOTE)[0] == 401


def test_rest_callers_from_elsewhere_are_rate_limited(pair):
    sender = f"integration-{uuid.uuid4().hex[:8]}"
    statuses = [rest(pair[0], sender, "hello", source=REMOTE)[0] for _ in range(3)]
    assert statuses == [200, 200, 429]


# --- 3. Proxies and shared limits -------------------------------------------------------


def test_forwarded_for_from_an_untrusted_peer_is_ignored(pair):
    statuses = [session(pair[0], source=REMOTE, forwarded=next(_addresses)) for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_forwarded_for_from_the_trusted_proxy_names_the_visitor(pair):
    visitor, other = next(_addresses), next(_addresses)
    assert [session(pair[0], forwarded=visitor) for _ in range(4)] == [200, 200, 200, 429]
    assert session(pair[0], forwarded=other) == 200
    assert session(pair[0], forwarded=f"{visitor}, 127.0.0.1") == 429


def test_all_instances_share_one_budget_through_redis(pair):
    visitor = next(_addresses)
    first, second = pair
    statuses = [session(instance, forwarded=visitor) for instance in (first, second, first, second)]
    assert statuses == [200, 200, 200, 429]


# --- 4. Addresses --------------------------------------------------------------------


def test_an_international_domain_reaches_the_reply_to_in_punycode(leads_settings, leads_smtp):
    create_lead(lead_fields(contact_email="a@münchen.de"), settings=leads_settings)
    assert deliver_due(leads_settings) == 1
    [message] = leads_smtp.messages
    assert message["Reply-To"] == "a@xn--mnchen-3ya.de"


def test_an_accented_name_before_the_at_is_refused_kindly():
    with pytest.raises(InvalidValue) as refused:
        check_email("josé@example.com")
    assert "another address" in refused.value.message
    assert "=?utf-8" not in refused.value.message


def reach_contact_details(chat: Chat) -> None:
    chat.say("my lower back has hurt for 3 months, my family doctor checked it")
    answer_until_done(chat)
    chat.say("/contact_me")


def test_the_chat_asks_again_for_an_address_it_cannot_answer(chat):
    reach_contact_details(chat)
    for _ in range(5):
        slot = chat.slots()["requested_slot"]
        if slot == "contact_email":
            break
        chat.say(BUTTON_ANSWERS[slot])
    reply = chat.say("josé@example.com")
    assert "another address" in reply.text
    assert chat.slots()["contact_email"] is None
    assert chat.slots()["requested_slot"] == "contact_email"


# --- 5. Logs ----------------------------------------------------------------------------


def test_no_visitor_text_in_the_logs_after_a_failure_and_a_timeout(pair, redis_server):
    slow = pair[1]
    failing = f"poisoned-{uuid.uuid4().hex[:8]}"
    redis_server.client(0).rpush(f"lock:{failing}", "not a lock")
    secrets = ("Failing Zanzibar Quokka", "Timeout Xylophone Walrus")
    assert rest(slow, failing, f"hello, I am {secrets[0]}")[0] == 200
    status, _ = rest(slow, f"slow-{uuid.uuid4().hex[:8]}",
                     f"I'd like to book an appointment, {secrets[1]}")
    assert status in (200, 503)
    log = (slow.log_dir / "rasa.log").read_text(errors="replace")
    assert "rest.message.received.failure" in log
    assert "rest.message.received.timeout" in log
    for secret in secrets:
        assert secret not in log


# --- 6. The smaller ones --------------------------------------------------------------


def test_a_token_with_a_lone_surrogate_is_just_invalid(assistant):
    status, body = post(f"{assistant.rasa_url}/webhooks/widget/message",
                        '{"token": "w1.\\ud800.1.x", "message": "hello"}')
    assert status == 401
    assert json.loads(body)["error"] == "invalid_token"


def test_1500_emoji_spelt_as_escaped_json_fit_the_budget(assistant):
    token = widget_token(assistant)
    body = json.dumps({"token": token, "message": "\U0001F600" * 1500})
    assert "\\ud83d" in body
    status, _ = post(f"{assistant.rasa_url}/webhooks/widget/message", body)
    assert status == 200


def test_links_come_only_from_the_assistant(chat):
    reach_contact_details(chat)
    hostile = "[tap here](https://evil.example/pay) **now** evenings https://evil.example/x"
    replies = answer_until_done(chat, {"preferred_time": hostile})
    confirmation = replies[-1].text
    assert "tap here" in confirmation
    assert "](" not in confirmation and "https://evil" not in confirmation
    assert plain_words("**now** [x](tel:+1555)") == "now x"
