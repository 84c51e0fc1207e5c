"""The website widget's Rasa input channel, over plain HTTP.

Enable it in `credentials.yml` as `bot.web.channel.WidgetInput:`; its routes live
under `/webhooks/widget/`:

- `GET  /widget.js`, `/widget.css`: the files a clinic embeds with one script tag;
- `GET  /demo`: a sample clinic page with that tag;
- `POST /session`: a new signed conversation token and the clinic's display info;
- `POST /message` with `{token, message}` (typed) or `{token, payload}` (a button
  tap): the bot's replies as `[{text, buttons: [{title, payload}]}]`; the last
  one has `ends_conversation: true` when this turn stored the visitor's lead.

Every call is stateless apart from the shared tracker store, so any number of
instances can serve the widget without sticky sessions. Refusals are JSON
`{error, message}` with a message meant for the visitor: 400 empty or unreadable,
401 bad or expired token, 403 origin not allowed, 409 button not on offer,
413 too long, 429 too fast (with Retry-After), 500 Rasa failed, 503 no model loaded.

Options (all optional) under the channel's key in `credentials.yml`:
`max_message_chars` (2000), `conversation_burst` (20) and
`conversation_per_minute` (30), `ip_burst` (60) and `ip_per_minute` (120),
`token_max_age_hours` (24). The guards it shares with the other doors (size
budget, limits shared through Redis when configured, visitor addresses read
through TRUSTED_PROXIES only) are in `bot.web.guards`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.settings import Settings, get_settings
from bot.web import cors, log_privacy, tokens
from bot.web.guards import DoorOptions, Guards, Refused, offered_payloads_of
from bot.web.pages import CONTENT_TYPES, Pages
from bot.web.payload_guard import as_plain_text

logger = logging.getLogger(__name__)
#: The slot the handoff sets once the lead is stored (domain.yml).
LEAD_SLOT = "lead_id"


@dataclass(frozen=True)
class WidgetOptions(DoorOptions):
    """The shared door options plus how long a conversation token stays valid."""

    token_max_age_hours: float = 24

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None,
                         door: str = "the widget channel") -> WidgetOptions:
        return super().from_credentials(credentials, door)


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
        self.guards = Guards(self.name(), options, settings)
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
        return self.guards.refusal(refused)

    async def _text_for_rasa(self, request: Request, sender_id: str, body: dict) -> str:
        """A tap's payload if the bot offered it, else the typed text as plain text."""
        if "payload" in body:
            payload = body["payload"]
            offered = await offered_payloads_of(request.app, sender_id)
            if not isinstance(payload, str) or payload not in offered:
                raise Refused(409, "stale_choice")
            return payload
        return as_plain_text(self.guards.check_text(body.get("message")))

    async def _handle_message(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        await self.guards.take_address(self.guards.client_address(request))
        self.guards.check_body_size(request.body)
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
        await self.guards.take_conversation(conversation.sender_id)
        text = await self._text_for_rasa(request, conversation.sender_id, body)
        collector = CollectingOutputChannel()
        try:
            await on_new_message(UserMessage(
                text, collector, conversation.sender_id, input_channel=self.name()
            ))
        except Exception:
            logger.exception("widget.message.failed sender=%s", conversation.sender_id)
            raise Refused(500, "failure") from None
        visible = _visible(collector.messages)
        if visible and await self._lead_stored(request, conversation.sender_id):
            visible[-1]["ends_conversation"] = True
        return response.json(visible)

    async def _lead_stored(self, request: Request, sender_id: str) -> bool:
        """Whether this turn stored a lead: the widget then forgets its copy of the
        transcript, which holds the visitor's contact details."""
        agent = getattr(request.app.ctx, "agent", None)
        tracker = await agent.tracker_store.retrieve(sender_id) if agent else None
        for event in reversed(tracker.events if tracker else []):
            if isinstance(event, UserUttered):
                return False
            if isinstance(event, SlotSet) and event.key == LEAD_SLOT and event.value:
                return True
        return False

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        log_privacy.install()
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
                await self.guards.take_address(self.guards.client_address(request))
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
