"""What every public door checks before a message reaches Rasa.

The widget, the REST channel and (if a clinic turns it on) Socket.IO share one
set of guards, so a door added later cannot forget one:

- a size budget: at most `max_message_chars` characters, counted after the
  JSON is decoded (an emoji is one character however it is spelt), and a body
  small enough to decode that never reaches the parser otherwise; the NLU never
  sees a message that could hold the event loop;
- rate limits per conversation and per visitor address (`bot.web.rate_limit`),
  the address read through the trusted proxies only (`bot.web.addresses`);
- refusals with a message meant for the visitor, as JSON `{error, message}`.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from rasa.shared.exceptions import RasaException
from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.settings import Settings
from bot.web import addresses
from bot.web.payload_guard import offered_payloads
from bot.web.rate_limit import RateLimiter, shared_storage

#: One character may be spelt as an escaped surrogate pair (12 bytes, an emoji as
#: "\ud83d\ude00"); the rest of the body (token, sender) fits in the overhead.
BODY_BYTES_PER_CHAR = 12
BODY_OVERHEAD_BYTES = 1024
REFUSALS = {
    "bad_request": "Sorry, I couldn't read that message. Please try again.",
    "empty_message": "Please type a message first.",
    "invalid_token": (
        "This chat had expired, so a new one has started. Please send your message again."
    ),
    "unauthorised": "This chat address needs the clinic's access key.",
    "origin_refused": "This website isn't set up to use the clinic's chat.",
    "stale_choice": (
        "That choice is no longer open. Please answer the latest question, "
        "or type your answer."
    ),
    "too_long": (
        "That message is longer than I can read ({max_message_chars} characters at "
        "most). Could you send a shorter version?"
    ),
    "rate_limited": (
        "You're sending messages faster than I can answer. Please wait a few "
        "seconds and try again."
    ),
    "unavailable": (
        "Sorry, the assistant isn't available right now. Please try again later, "
        "or call the clinic at {clinic_phone}."
    ),
    "failure": (
        "Sorry, something went wrong on our side. Please try again, or call the "
        "clinic at {clinic_phone}."
    ),
}


@dataclass(frozen=True)
class DoorOptions:
    """A door's options from `credentials.yml`, with defaults for one clinic."""

    max_message_chars: int = 2000
    conversation_burst: int = 20
    conversation_per_minute: float = 30
    ip_burst: int = 60
    ip_per_minute: float = 120

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None, door: str = "the channel"):
        """Typed options; a misspelt or non-positive option stops the server."""
        credentials = credentials or {}
        types = {f.name: int if f.type == "int" else float for f in fields(cls)}
        unknown = sorted(set(credentials) - set(types))
        if unknown:
            raise RasaException(f"Unknown option(s) for {door}: {', '.join(unknown)}")
        values = {name: types[name](value) for name, value in credentials.items()}
        if any(value <= 0 for value in values.values()):
            raise RasaException(f"The options of {door} must all be positive numbers.")
        return cls(**values)

    @property
    def max_body_bytes(self) -> int:
        return BODY_BYTES_PER_CHAR * self.max_message_chars + BODY_OVERHEAD_BYTES


class Refused(Exception):
    """A request answered with a friendly refusal instead of Rasa."""

    def __init__(self, status: int, error: str, retry_after: float = 0) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.retry_after = retry_after


class Guards:
    """One door's size budget, limits and view of visitor addresses."""

    def __init__(self, door: str, options: DoorOptions, settings: Settings) -> None:
        self.options = options
        self.settings = settings
        try:
            self.trusted_proxies = addresses.trusted_networks(settings.trusted_proxies)
        except ValueError as problem:
            raise RasaException(f"TRUSTED_PROXIES: {problem}") from None
        storage = shared_storage(settings)
        self.per_conversation = RateLimiter(
            f"{door}-conversation", options.conversation_burst,
            options.conversation_per_minute, storage,
        )
        self.per_address = RateLimiter(
            f"{door}-address", options.ip_burst, options.ip_per_minute, storage
        )

    def client_address(self, request: Request) -> str:
        return addresses.client_address(
            request.ip, request.headers.get("x-forwarded-for"), self.trusted_proxies
        )

    async def take(self, limiter: RateLimiter, key: str) -> None:
        wait = await limiter.hit(key)
        if wait:
            raise Refused(429, "rate_limited", retry_after=wait)

    async def take_address(self, address: str) -> None:
        await self.take(self.per_address, address)

    async def take_conversation(self, sender_id: str) -> None:
        await self.take(self.per_conversation, sender_id)

    def check_body_size(self, body: bytes | None) -> None:
        if len(body or b"") > self.options.max_body_bytes:
            raise Refused(413, "too_long")

    def check_text(self, message: object) -> str:
        """The typed text, stripped; refused when empty, not text, or too long."""
        text = message.strip() if isinstance(message, str) else ""
        if not text:
            raise Refused(400, "empty_message")
        if len(text) > self.options.max_message_chars:
            raise Refused(413, "too_long")
        return text

    def refusal_text(self, error: str) -> str:
        return REFUSALS[error].format(clinic_phone=self.settings.clinic_phone,
                                      **asdict(self.options))

    def refusal(self, refused: Refused) -> HTTPResponse:
        headers = {}
        if refused.retry_after:
            headers["Retry-After"] = str(math.ceil(refused.retry_after))
        return response.json(
            {"error": refused.error, "message": self.refusal_text(refused.error)},
            status=refused.status, headers=headers,
        )


async def offered_payloads_of(app, sender_id: str) -> set[str]:
    """The button payloads the bot offered last in a conversation, from the shared
    tracker store (so any instance can check a tap); 503 while no model is loaded."""
    agent = getattr(app.ctx, "agent", None)
    if agent is None or not agent.is_ready():
        raise Refused(503, "unavailable")
    tracker = await agent.tracker_store.retrieve(sender_id)
    return offered_payloads(tracker.events if tracker else [])
