"""The website widget's Rasa input channel, over plain HTTP.

Enable it in `credentials.yml` as `bot.web.channel.WidgetInput:`; its routes live
under `/webhooks/widget/`:

- `GET  /widget.js`, `/widget.css`: the files a clinic embeds with one script tag;
- `GET  /demo`: a sample clinic page with that tag;
- `POST /session`: a new signed conversation token and the clinic's display info;
- `POST /message` with `{token, message}` (typed) or `{token, payload}` (a button
  tap): the bot's replies as `[{text, buttons: [{title, payload}]}]`.

Every call is stateless apart from the shared tracker store, so any number of
instances can serve the widget without sticky sessions. Refusals are JSON
`{error, message}` with a message meant for the visitor: 400 empty or unreadable,
401 bad or expired token, 403 origin not allowed, 409 button not on offer,
413 too long, 429 too fast (with Retry-After), 500 Rasa failed, 503 no model loaded.

Options (all optional) under the channel's key in `credentials.yml`:
`max_message_chars` (2000), `conversation_burst` (20) and
`conversation_per_minute` (30), `ip_burst` (60) and `ip_per_minute` (120),
`token_max_age_hours` (24). The rate limits are per instance (see
`bot.web.rate_limit`). Behind a reverse proxy, set SANIC_PROXIES_COUNT (or
SANIC_REAL_IP_HEADER) so the per-address limit sees visitors, not the proxy.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import asdict, dataclass, fields
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.settings import Settings, get_settings
from bot.web import cors, tokens
from bot.web.pages import CONTENT_TYPES, Pages
from bot.web.payload_guard import as_plain_text, offered_payloads
from bot.web.rate_limit import RateLimiter

logger = logging.getLogger(__name__)

#: A JSON body may spell one character in up to 6 bytes (\uXXXX) plus the token;
#: anything bigger is refused before it is parsed.
BODY_BYTES_PER_CHAR = 8
BODY_OVERHEAD_BYTES = 1024
REFUSALS = {
    "bad_request": "Sorry, I couldn't read that message. Please try again.",
    "empty_message": "Please type a message first.",
    "invalid_token": (
        "This chat had expired, so a new one has started. Please send your message again."
    ),
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
class WidgetOptions:
    """The channel's options from `credentials.yml`, with defaults for one clinic."""

    max_message_chars: int = 2000
    conversation_burst: int = 20
    conversation_per_minute: float = 30
    ip_burst: int = 60
    ip_per_minute: float = 120
    token_max_age_hours: float = 24

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> WidgetOptions:
        """Typed options; a misspelt or non-positive option stops the server."""
        credentials = credentials or {}
        types = {f.name: int if f.type == "int" else float for f in fields(cls)}
        unknown = sorted(set(credentials) - set(types))
        if unknown:
            raise RasaException(f"Unknown option(s) for the widget channel: {', '.join(unknown)}")
        values = {name: types[name](value) for name, value in credentials.items()}
        if any(value <= 0 for value in values.values()):
            raise RasaException("The widget channel's options must all be positive numbers.")
        return cls(**values)


class Refused(Exception):
    """A request the widget answers with a friendly JSON refusal instead of Rasa."""

    def __init__(self, status: int, error: str, retry_after: float = 0) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.retry_after = retry_after


def _client_address(request: Request) -> str:
    """The proxied client address when Sanic is told to trust a proxy, else the peer."""
    return request.remote_addr or request.ip


def _visible(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The parts of Rasa's messages the widget shows: text and buttons."""
    return [
        {
            "text": message.get("text") or "",
            "buttons": [
                {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
                for b in message.get("buttons") or []
            ],
        }
        for message in messages
        if message.get("text") or message.get("buttons")
    ]


class WidgetInput(InputChannel):
    """Signed conversation tokens, limits and a button guard in front of Rasa."""

    @classmethod
    def name(cls) -> str:
        return "widget"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> WidgetInput:
        return cls(WidgetOptions.from_credentials(credentials), get_settings())

    def __init__(self, options: WidgetOptions, settings: Settings) -> None:
        if not settings.widget_token_secret:
            raise RasaException(
                "The widget channel signs conversation tokens: set WIDGET_TOKEN_SECRET "
                "or RASA_API_TOKEN."
            )
        self.options = options
        self.settings = settings
        self.allowed_origins = frozenset(
            cors.normalise_origin(o) for o in settings.widget_allowed_origins
        )
        self.per_conversation = RateLimiter(
            options.conversation_burst, options.conversation_per_minute
        )
        self.per_address = RateLimiter(options.ip_burst, options.ip_per_minute)
        self.pages = Pages(settings)

    @property
    def clinic(self) -> dict[str, str]:
        """What the widget shows about the clinic, numbers as tap-to-call links."""
        s = self.settings
        return {
            "name": s.clinic_name,
            "phone": s.clinic_phone,
            "emergency_number": s.emergency_number,
            "crisis_line_number": s.crisis_line_number,
            "health_line_number": s.health_line_number,
        }

    def refusal(self, refused: Refused) -> HTTPResponse:
        logger.debug("widget.refused error=%s", refused.error)
        text = REFUSALS[refused.error].format(
            clinic_phone=self.settings.clinic_phone, **asdict(self.options)
        )
        headers = {}
        if refused.retry_after:
            headers["Retry-After"] = str(math.ceil(refused.retry_after))
        return response.json(
            {"error": refused.error, "message": text}, status=refused.status, headers=headers
        )

    def _take(self, limiter: RateLimiter, key: str) -> None:
        wait = limiter.hit(key)
        if wait:
            raise Refused(429, "rate_limited", retry_after=wait)

    async def _offered(self, request: Request, sender_id: str) -> set[str]:
        agent = getattr(request.app.ctx, "agent", None)
        if agent is None or not agent.is_ready():
            raise Refused(503, "unavailable")
        tracker = await agent.tracker_store.retrieve(sender_id)
        return offered_payloads(tracker.events if tracker else [])

    async def _text_for_rasa(self, request: Request, sender_id: str, body: dict) -> str:
        """A tap's payload if the bot offered it, else the typed text as plain text."""
        if "payload" in body:
            payload = body["payload"]
            if not isinstance(payload, str) or payload not in await self._offered(request, sender_id):
                raise Refused(409, "stale_choice")
            return payload
        message = body.get("message")
        text = message.strip() if isinstance(message, str) else ""
        if not text:
            raise Refused(400, "empty_message")
        if len(text) > self.options.max_message_chars:
            raise Refused(413, "too_long")
        return as_plain_text(text)

    async def _handle_message(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        self._take(self.per_address, _client_address(request))
        max_bytes = BODY_BYTES_PER_CHAR * self.options.max_message_chars + BODY_OVERHEAD_BYTES
        if len(request.body or b"") > max_bytes:
            raise Refused(413, "too_long")
        try:
            body = json.loads(request.body or b"")
        except ValueError:
            raise Refused(400, "bad_request") from None
        if not isinstance(body, dict):
            raise Refused(400, "bad_request")
        try:
            conversation = tokens.verify(
                body.get("token"), self.settings.widget_token_secret,
                self.options.token_max_age_hours * 3600,
            )
        except tokens.InvalidToken:
            raise Refused(401, "invalid_token") from None
        self._take(self.per_conversation, conversation.sender_id)
        text = await self._text_for_rasa(request, conversation.sender_id, body)
        collector = CollectingOutputChannel()
        try:
            await on_new_message(UserMessage(
                text, collector, conversation.sender_id, input_channel=self.name()
            ))
        except Exception:
            logger.exception("widget.message.failed sender=%s", conversation.sender_id)
            raise Refused(500, "failure") from None
        return response.json(_visible(collector.messages))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        widget = Blueprint("widget_channel", __name__)

        @widget.middleware("request")
        async def refuse_foreign_origins(request: Request) -> HTTPResponse | None:
            if request.method == "POST" and not cors.origin_allowed(request, self.allowed_origins):
                return self.refusal(Refused(403, "origin_refused"))
            return None

        @widget.middleware("response")
        async def cors_headers(request: Request, resp: HTTPResponse) -> None:
            cors.apply(request, resp, self.allowed_origins)

        @widget.get("/")
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        def serve(name: str) -> Callable[[Request], Awaitable[HTTPResponse]]:
            async def static_file(request: Request) -> HTTPResponse:
                return self.pages.file(name)
            return static_file

        for name in CONTENT_TYPES:
            widget.add_route(serve(name), f"/{name}", methods=["GET"],
                             name=f"static_{name.replace('.', '_')}")

        @widget.get("/demo")
        async def demo(request: Request) -> HTTPResponse:
            return self.pages.demo_page()

        @widget.route("/session", methods=["POST", "OPTIONS"])
        async def session(request: Request) -> HTTPResponse:
            if request.method == "OPTIONS":
                return response.empty()
            try:
                self._take(self.per_address, _client_address(request))
            except Refused as refused:
                return self.refusal(refused)
            return response.json({
                "token": tokens.issue(self.settings.widget_token_secret),
                "clinic": self.clinic,
            })

        @widget.route("/message", methods=["POST", "OPTIONS"])
        async def message(request: Request) -> HTTPResponse:
            if request.method == "OPTIONS":
                return response.empty()
            try:
                return await self._handle_message(request, on_new_message)
            except Refused as refused:
                return self.refusal(refused)

        return widget
