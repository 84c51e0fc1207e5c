"""Signed, stateless conversation tokens for the website widget.

The server hands each new visitor a token naming a random conversation and the
time it was issued, signed with HMAC-SHA256. Any Rasa instance that knows the
secret can check a token without shared state, so instances need no sticky
sessions, and a visitor cannot reach someone else's conversation by guessing
an id: the id alone is useless without the server's signature.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

#: Tokens carry a version so the format can change without accepting old ones.
VERSION = "w1"
#: Signed along with the body, so a signature made with the same secret for
#: another purpose (the secret may be RASA_API_TOKEN) never verifies here.
PURPOSE = b"clinic-widget-conversation"
#: Instances' clocks may differ a little; a token from the near future is fine.
CLOCK_SKEW_SECONDS = 60
MAX_TOKEN_CHARS = 200


class InvalidToken(Exception):
    """The token is missing, malformed, forged, or too old."""


@dataclass(frozen=True)
class Conversation:
    """What a valid token proves: this conversation was issued by the server."""

    sender_id: str
    issued_at: int


def _sign(secret: str, body: str) -> str:
    mac = hmac.new(secret.encode(), PURPOSE + b"|" + body.encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()


def issue(secret: str, now: float | None = None) -> str:
    """A token for a new conversation with a random, unguessable sender id."""
    sender_id = f"widget-{secrets.token_urlsafe(18)}"
    body = f"{VERSION}.{sender_id}.{int(time.time() if now is None else now)}"
    return f"{body}.{_sign(secret, body)}"


def verify(token: object, secret: str, max_age_seconds: float,
           now: float | None = None) -> Conversation:
    """The conversation a token names; `InvalidToken` unless signed and fresh.

    Tokens the server issues are ASCII; anything else (a lone surrogate from an
    escaped JSON string, say) is refused before it is encoded or split.
    """
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_CHARS:
        raise InvalidToken("no token")
    if not token.isascii():
        raise InvalidToken("not ascii")
    body, _, signature = token.rpartition(".")
    if not hmac.compare_digest(signature.encode(), _sign(secret, body).encode()):
        raise InvalidToken("bad signature")
    parts = body.split(".")
    if len(parts) != 3 or parts[0] != VERSION or not parts[2].isdigit():
        raise InvalidToken("unknown version")
    _, sender_id, issued = parts
    issued_at = int(issued)
    age = (time.time() if now is None else now) - issued_at
    if not -CLOCK_SKEW_SECONDS <= age <= max_age_seconds:
        raise InvalidToken("expired")
    return Conversation(sender_id=sender_id, issued_at=issued_at)
