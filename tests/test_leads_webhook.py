"""The signed webhook, delivered to a real HTTP server on loopback."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import threading
from datetime import timedelta

from bot.leads.models import FAILED, SENT, utcnow
from bot.leads.outbox import deliver_due, run_worker
from bot.leads.store import create_lead, get_lead
from bot.leads.webhook_channel import secret_bytes
from scripts.servers import free_port
from tests.leads_support import lead_fields, make_settings

pytest_plugins = ["tests.leads_support"]


KEY = b"0123456789abcdef0123456789abcdef"
SECRET = "whsec_" + base64.b64encode(KEY).decode()


def _expected_signature(key: bytes, headers: dict, body: bytes) -> str:
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.{body.decode()}"
    return (
        "v1," + base64.b64encode(hmac.new(key, signed.encode(), hashlib.sha256).digest()).decode()
    )


def _channels(settings, lead_id):
    return {d.channel: d for d in get_lead(lead_id, settings=settings).deliveries}


def test_webhook_failing_then_answering_is_delivered_once_and_signed(
    tmp_path, leads_smtp, leads_webhook
):
    leads_webhook.statuses = [500]
    settings = make_settings(
        tmp_path,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(leads_smtp.port),
        WEBHOOK_URL=leads_webhook.url,
        WEBHOOK_SECRET=SECRET,
    )
    lead_id = create_lead(lead_fields(), settings=settings)
    now = utcnow()

    assert deliver_due(settings, now=now) == 1, "the email goes; the webhook gets a 500"
    webhook = _channels(settings, lead_id)["webhook"]
    assert (webhook.state, webhook.last_error) == (FAILED, "DeliveryError: HTTP 500")

    assert deliver_due(settings, now=now + timedelta(seconds=5)) == 1
    assert deliver_due(settings, now=now + timedelta(hours=1)) == 0
    assert {d.state for d in _channels(settings, lead_id).values()} == {SENT}
    assert len(leads_smtp.messages) == 1

    assert len(leads_webhook.requests) == 2
    for headers, body in leads_webhook.requests:
        assert headers["webhook-id"] == lead_id
        assert headers["content-type"] == "application/json"
        assert abs(int(headers["webhook-timestamp"]) - now.timestamp()) < 60
        assert headers["webhook-signature"] == _expected_signature(KEY, headers, body)
    payload = json.loads(leads_webhook.requests[-1][1])
    assert payload["id"] == lead_id
    assert payload["contact_phone"] == "+14165550142"
    assert payload["red_flags"] == [] and payload["precautions"] == ["pregnancy", "needle_phobia"]
    assert payload["created_at"].endswith("+00:00")
    assert "deliveries" not in payload


def test_a_plain_secret_is_used_as_utf8_bytes(tmp_path, leads_smtp, leads_webhook):
    settings = make_settings(
        tmp_path,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(leads_smtp.port),
        WEBHOOK_URL=leads_webhook.url,
        WEBHOOK_SECRET="clinic-shared-secret",
    )
    create_lead(lead_fields(), settings=settings)
    assert deliver_due(settings) == 2
    [(headers, body)] = leads_webhook.requests
    assert secret_bytes("clinic-shared-secret") == b"clinic-shared-secret"
    assert headers["webhook-signature"] == _expected_signature(
        b"clinic-shared-secret", headers, body
    )


def test_webhook_receiver_down_is_retried_without_touching_the_email(tmp_path, leads_smtp):
    settings = make_settings(
        tmp_path,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(leads_smtp.port),
        WEBHOOK_URL=f"http://127.0.0.1:{free_port()}/leads",
        WEBHOOK_SECRET=SECRET,
    )
    lead_id = create_lead(lead_fields(), settings=settings)
    deliver_due(settings)
    channels = _channels(settings, lead_id)
    assert channels["email"].state == SENT
    assert channels["webhook"].state == FAILED
    assert channels["webhook"].last_error == "DeliveryError: ConnectionError"
    assert channels["webhook"].next_attempt_at is not None


def test_the_worker_warns_when_webhooks_would_go_unsigned(tmp_path, caplog):
    stopped = threading.Event()
    stopped.set()
    with caplog.at_level(logging.WARNING, logger="bot.leads.outbox"):
        run_worker(stopped, make_settings(tmp_path, WEBHOOK_URL="https://crm.example/leads"))
        run_worker(stopped, make_settings(tmp_path, WEBHOOK_URL="https://crm.example/leads",
                                          WEBHOOK_SECRET=SECRET))
    assert [r.message for r in caplog.records if "unsigned" in r.message] == [
        "WEBHOOK_URL is set without WEBHOOK_SECRET: webhooks go unsigned, "
        "so the receiver cannot tell them from forged ones"]
