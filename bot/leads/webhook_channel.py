"""Delivers a lead as a signed JSON POST, following Standard Webhooks.

`webhook-id` is the lead id, so a receiver that sees the same id twice (after a
retry whose first response got lost) can drop the copy. A safety update of a
lead is its own event, `{"type": "lead.safety_update", ...}` with the webhook-id
`<lead id>-update-<n>`; the lead's own body stays exactly the lead's fields. The signature covers
id, timestamp and body, so a receiver can reject forged or replayed requests.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

from bot.leads.errors import DeliveryError
from bot.leads.models import Lead, SafetyUpdate, delivery_key
from bot.settings import Settings

TIMEOUT_SECONDS = 10
SECRET_PREFIX = "whsec_"


def secret_bytes(secret: str) -> bytes:
    """`whsec_` secrets carry base64 key bytes; any other secret is used as UTF-8."""
    if secret.startswith(SECRET_PREFIX):
        return base64.b64decode(secret[len(SECRET_PREFIX) :])
    return secret.encode("utf-8")


def sign(secret: str, webhook_id: str, timestamp: int, body: str) -> str:
    digest = hmac.new(
        secret_bytes(secret), f"{webhook_id}.{timestamp}.{body}".encode(), hashlib.sha256
    ).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def body(lead: Lead, update: SafetyUpdate | None = None) -> str:
    if update is None:
        data = lead.as_dict()
    else:
        data = {
            "type": "lead.safety_update",
            "lead_id": lead.id,
            "triage_level": update.triage_level,
            "red_flags": update.red_flags,
            "reported_at": update.created_at.isoformat(),
        }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def send(lead: Lead, settings: Settings, update: SafetyUpdate | None = None) -> None:
    """POSTs the lead or its update; anything but a 2xx answer raises so the outbox retries."""
    if not settings.webhook_url:
        raise DeliveryError("WEBHOOK_URL is not set")
    payload = body(lead, update)
    webhook_id = delivery_key(lead.id, update)
    timestamp = int(time.time())
    headers = {
        "content-type": "application/json",
        "webhook-id": webhook_id,
        "webhook-timestamp": str(timestamp),
    }
    if settings.webhook_secret:
        headers["webhook-signature"] = sign(settings.webhook_secret, webhook_id, timestamp, payload)
    import requests  # here, not at the top: staff commands import this module and never POST

    try:
        response = requests.post(
            settings.webhook_url,
            data=payload.encode("utf-8"),
            headers=headers,
            timeout=TIMEOUT_SECONDS,
            allow_redirects=False,
        )
    except requests.RequestException as exc:
        raise DeliveryError(type(exc).__name__) from None
    if not 200 <= response.status_code < 300:
        raise DeliveryError(f"HTTP {response.status_code}")
