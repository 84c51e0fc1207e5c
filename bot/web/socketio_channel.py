"""Socket.IO with the widget's guards, for clinics that already run rasa-webchat.

Off by default: the website widget (`bot.web.channel`) is the public door. A
clinic that needs Socket.IO enables it in `credentials.yml` as
`bot.web.socketio_channel.GuardedSocketIOInput:` (never as `socketio:`, Rasa's
own, which turns origin checks off and lets a client pick any conversation),
with `user_message_evt`, `bot_message_evt`, `namespace`, `socketio_path` and
the size and limit options of the other doors. It then gets:

- origins: the bot's own and WIDGET_ALLOWED_ORIGINS only, checked by the
  engine on every request and connection;
- conversations the server issues: `session_request` answers with a signed
  widget token (`bot.web.tokens`), which the client sends back as
  `session_id`; a session id the server did not sign starts a new
  conversation, so nobody can join someone else's;
- typed text is text: a `/intent{...}` message is taken as a payload only when
  the bot has just offered that button, otherwise the NLU reads it as words;
- the size budget and rate limits of `bot.web.guards`; refusals arrive as a bot
  message with the same kind wording as the widget's.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot.settings import Settings, get_settings
from bot.web import cors, log_privacy, tokens
from bot.web.channel import WidgetOptions
from bot.web.guards import Guards, Refused, offered_payloads_of
from bot.web.payload_guard import as_plain_text

EVENT_OPTIONS = ("user_message_evt", "bot_message_evt", "namespace", "socketio_path")


class GuardedSocketIOInput(SocketIOInput):
    """Rasa's Socket.IO channel with origin, conversation, payload and size guards."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> GuardedSocketIOInput:
        credentials = dict(credentials or {})
        events = {name: credentials.pop(name) for name in EVENT_OPTIONS if name in credentials}
        options = WidgetOptions.from_credentials(credentials, "the Socket.IO channel")
        return cls(options, get_settings(), **events)

    def __init__(self, options: WidgetOptions, settings: Settings, **events: Any) -> None:
        if not settings.widget_token_secret:
            raise RasaException("Socket.IO conversations are signed: set WIDGET_TOKEN_SECRET "
                                "or RASA_API_TOKEN.")
        super().__init__(**events, session_persistence=True)
        self.options = options
        self.settings = settings
        self.guards = Guards(self.name(), options, settings)
        self.allowed_origins = frozenset(
            cors.normalise_origin(o) for o in settings.widget_allowed_origins
        )

    def _origin_allowed(self, origin: str | None, environ: dict) -> bool:
        return cors.allowed_origin(origin, environ.get("HTTP_HOST", ""), self.allowed_origins)

    def _conversation(self, token: object) -> tokens.Conversation:
        try:
            return tokens.verify(token, self.settings.widget_token_secret,
                                 self.options.token_max_age_hours * 3600)
        except tokens.InvalidToken:
            raise Refused(401, "invalid_token") from None

    async def _text_for_rasa(self, request: Request, sender_id: str, message: object) -> str:
        text = self.guards.check_text(message)
        if text.startswith(INTENT_MESSAGE_PREFIX):
            if text in await offered_payloads_of(request.app, sender_id):
                return text
        return as_plain_text(text)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        log_privacy.install()
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=self._origin_allowed)
        blueprint = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio
        namespace = self.namespace

        def request_of(sid: str) -> Request:
            return sio.get_environ(sid, namespace=namespace)["sanic.request"]

        async def refuse(sid: str, refused: Refused) -> None:
            await sio.emit(self.bot_message_evt, {"text": self.guards.refusal_text(refused.error)},
                           room=sid, namespace=namespace)

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=namespace)
        async def connect(sid: str, environ: dict, auth: Any = None) -> bool:
            try:
                request = environ["sanic.request"]
                await self.guards.take_address(self.guards.client_address(request))
            except Refused:
                return False
            return True

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: str, data: Any) -> None:
            data = data if isinstance(data, dict) else {}
            try:
                self._conversation(data.get("session_id"))
                token = data["session_id"]
            except Refused:
                token = tokens.issue(self.settings.widget_token_secret)
            sio.enter_room(sid, self._conversation(token).sender_id, namespace=namespace)
            await sio.emit("session_confirm", token, room=sid, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: str, data: Any) -> None:
            data = data if isinstance(data, dict) else {}
            try:
                request = request_of(sid)
                await self.guards.take_address(self.guards.client_address(request))
                conversation = self._conversation(data.get("session_id"))
                await self.guards.take_conversation(conversation.sender_id)
                text = await self._text_for_rasa(request, conversation.sender_id,
                                                 data.get("message"))
            except Refused as refused:
                await refuse(sid, refused)
                return
            output = SocketIOOutput(sio, self.bot_message_evt)
            await on_new_message(UserMessage(text, output, conversation.sender_id,
                                             input_channel=self.name()))

        return blueprint
