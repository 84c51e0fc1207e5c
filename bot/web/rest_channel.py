"""The REST channel for the clinic's own integrations, with the doors' guards.

The contract stays Rasa's: `POST /webhooks/rest/webhook` with
`{"sender": "...", "message": "..."}`, answered with the bot's messages. Enable
it in `credentials.yml` as `bot.web.rest_channel.GuardedRestInput:` (in place
of `rest:`), with the same size and limit options as the widget.

It is a door for trusted software, not for visitors' browsers: the caller
chooses the conversation and may send button payloads (`/intent{...}`). So:

- with REST_CHANNEL_TOKEN set, every call needs `Authorization: Bearer <token>`
  (production; docs/deploy.md);
- without it, only calls from 127.0.0.1 (or ::1) that no proxy forwarded are
  answered: `make run` and the tests;
- either way a message is refused (413) past `max_message_chars` characters
  before Rasa sees it, and callers from other machines are rate-limited per
  conversation and per address; a local call is not (the test suite talks to
  one server from one address at full speed).

An empty or too long message is answered like any other, in Rasa's format
(`[{"recipient_id", "text"}]`), with the kind text the widget shows: every
message gets a visible reply. Other refusals are JSON `{error, message}`:
400 unreadable, 401 no or wrong token, 413 a body too big to read at all,
429 too fast (with Retry-After).
"""

from __future__ import annotations

import hmac
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.settings import Settings, get_settings
from bot.web import addresses, log_privacy
from bot.web.guards import DoorOptions, Guards, Refused


class GuardedRestInput(RestInput):
    """Rasa's REST channel behind a token, a size budget and rate limits."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> GuardedRestInput:
        return cls(DoorOptions.from_credentials(credentials, "the REST channel"), get_settings())

    def __init__(self, options: DoorOptions, settings: Settings) -> None:
        self.options = options
        self.token = settings.rest_channel_token
        self.guards = Guards(self.name(), options, settings)

    def _authorised(self, request: Request) -> bool:
        if not self.token:
            return addresses.is_local(request.ip, request.headers)
        offered = request.headers.get("authorization", "").encode("utf-8", "replace")
        return hmac.compare_digest(offered, f"Bearer {self.token}".encode())

    async def _check(self, request: Request) -> str:
        """The caller's sender id once the call may go on; `Refused` otherwise."""
        if not self._authorised(request):
            raise Refused(401, "unauthorised")
        self.guards.check_body_size(request.body)
        try:
            body = request.json
        except Exception:  # Sanic raises its own InvalidUsage for unreadable JSON
            raise Refused(400, "bad_request") from None
        sender = body.get("sender") if isinstance(body, dict) else None
        if not isinstance(sender, str) or not sender.strip():
            raise Refused(400, "bad_request")
        if not addresses.is_local(request.ip, request.headers):
            await self.guards.take_address(self.guards.client_address(request))
            await self.guards.take_conversation(sender)
        return sender

    def _extract_input_channel(self, request: Request) -> str:
        """Always this channel: a caller may not pass itself off as another."""
        return self.name()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        log_privacy.install()
        rest = super().blueprint(on_new_message)

        @rest.middleware("request")
        async def guard(request: Request) -> HTTPResponse | None:
            if request.method != "POST":
                return None
            try:
                sender = await self._check(request)
            except Refused as refused:
                return self.guards.refusal(refused)
            try:
                self.guards.check_text(request.json.get("message"))
            except Refused as refused:
                return response.json([{"recipient_id": sender,
                                       "text": self.guards.refusal_text(refused.error)}])
            return None

        return rest
