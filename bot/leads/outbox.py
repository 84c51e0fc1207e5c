"""The outbox worker: delivers stored leads and their safety updates, retrying until each
channel succeeds.

A delivery row is claimed by setting it to `sending` with a lease and a
per-claim token, in its own short transaction, before anything is sent. A
second worker skips it (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: writers
are serialised and the guarded UPDATE re-checks the state). A worker that dies
mid-send leaves its lease behind; once the lease runs out, the row becomes due
again, so the lead is never lost. Only the claim holder may record the outcome.

The one window no outbox can close is a crash after the server accepted the
message but before `sent` was written: the lead is then sent again, with the
same Message-ID / webhook-id so the receiver can recognise the copy.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, select, update
from sqlalchemy.orm import joinedload

from bot.leads import email_channel, webhook_channel
from bot.leads.db import transaction
from bot.leads.errors import describe_error
from bot.leads.models import (
    EMAIL,
    FAILED,
    PENDING,
    SENDING,
    SENT,
    WEBHOOK,
    Delivery,
    Lead,
    SafetyUpdate,
    utcnow,
)
from bot.settings import Settings, check_ready, get_settings

log = logging.getLogger(__name__)

#: Each channel sends a lead, or with a `SafetyUpdate` the update of that lead.
CHANNELS: dict[str, Callable[[Lead, Settings, SafetyUpdate | None], None]] = {
    EMAIL: email_channel.send,
    WEBHOOK: webhook_channel.send,
}
LEASE_LOST = "LeaseExpired: worker stopped during delivery"
#: Rows looked at per claim; more than one so a row another worker just took is skipped.
CLAIM_CANDIDATES = 5


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try. The defaults give up after about two hours of failures."""

    base_seconds: float = 2.0
    cap_seconds: float = 600.0
    jitter: float = 0.25
    max_attempts: int = 20
    #: Longer than the slowest send (SMTP times out after 30 s), so a live worker keeps its claim.
    lease_seconds: float = 300.0
    #: Upper bound on deliveries per pass, so one pass always ends.
    batch: int = 100

    def delay(self, attempts: int, rand: Callable[[], float] = random.random) -> timedelta:
        """Wait after the `attempts`-th failure: 2 s doubling, capped, minus up to 25 %."""
        seconds = min(self.cap_seconds, self.base_seconds * 2 ** max(attempts - 1, 0))
        return timedelta(seconds=seconds * (1 - self.jitter * rand()))


DEFAULT_POLICY = RetryPolicy()


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _recover_expired(settings: Settings, now: datetime, policy: RetryPolicy) -> None:
    """Makes deliveries whose worker died mid-send due again, or gives up on them."""
    expired = and_(Delivery.state == SENDING, Delivery.lease_until < now)
    exhausted = Delivery.attempts >= policy.max_attempts
    released = {"state": FAILED, "lease_until": None, "claimed_by": None, "last_error": LEASE_LOST}
    with transaction(settings) as session:
        session.execute(
            update(Delivery).where(expired, ~exhausted).values(next_attempt_at=now, **released)
        )
        session.execute(
            update(Delivery).where(expired, exhausted).values(next_attempt_at=None, **released)
        )


def _claim(settings: Settings, token: str, now: datetime, policy: RetryPolicy) -> Delivery | None:
    """Takes one due delivery for this claim token and returns it with its lead, or None."""
    due = and_(
        Delivery.state.in_((PENDING, FAILED)),
        Delivery.next_attempt_at.is_not(None),
        Delivery.next_attempt_at <= now,
    )
    with transaction(settings) as session:
        candidates = session.scalars(
            select(Delivery.id)
            .where(due)
            .order_by(Delivery.next_attempt_at, Delivery.id)
            .limit(CLAIM_CANDIDATES)
            .with_for_update(skip_locked=True)
        ).all()
        for delivery_id in candidates:
            claimed = session.execute(
                update(Delivery)
                .where(Delivery.id == delivery_id, due)
                .values(
                    state=SENDING,
                    claimed_by=token,
                    lease_until=now + timedelta(seconds=policy.lease_seconds),
                    attempts=Delivery.attempts + 1,
                )
            )
            if claimed.rowcount == 1:
                return session.get(
                    Delivery,
                    delivery_id,
                    options=[joinedload(Delivery.lead), joinedload(Delivery.update)],
                )
    return None


def _finish(settings: Settings, delivery: Delivery, token: str, values: dict) -> bool:
    """Records the outcome if this claim still holds the delivery; False if it lost it."""
    with transaction(settings) as session:
        result = session.execute(
            update(Delivery)
            .where(
                Delivery.id == delivery.id,
                Delivery.state == SENDING,
                Delivery.claimed_by == token,
            )
            .values(lease_until=None, claimed_by=None, **values)
        )
    return result.rowcount == 1


def _deliver(
    settings: Settings, delivery: Delivery, token: str, now: datetime, policy: RetryPolicy
) -> bool:
    lead_id, channel = delivery.lead_id, delivery.channel
    if delivery.update is not None:
        channel = f"{channel} safety update"
    try:
        CHANNELS[delivery.channel](delivery.lead, settings, delivery.update)
    except Exception as exc:  # any failure of a channel is retried, never fatal to the worker
        error = describe_error(exc)
        log.debug("lead %s: %s failure", lead_id, channel, exc_info=True)
        gave_up = delivery.attempts >= policy.max_attempts
        retry_at = None if gave_up else now + policy.delay(delivery.attempts)
        _finish(
            settings,
            delivery,
            token,
            {"state": FAILED, "last_error": error, "next_attempt_at": retry_at},
        )
        log.warning(
            "lead %s: %s delivery attempt %d failed (%s); %s",
            lead_id,
            channel,
            delivery.attempts,
            error,
            "giving up until `leads retry`" if gave_up else f"next try at {retry_at:%H:%M:%S}",
        )
        return False
    if not _finish(
        settings,
        delivery,
        token,
        {"state": SENT, "sent_at": now, "last_error": None, "next_attempt_at": None},
    ):
        log.warning("lead %s: %s sent after this worker's lease ran out", lead_id, channel)
    log.info("lead %s: %s delivered by %s", lead_id, channel, token)
    return True


def deliver_due(
    settings: Settings | None = None,
    *,
    worker_id: str | None = None,
    now: datetime | None = None,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> int:
    """One pass: delivers everything due now (at most `policy.batch`); returns how many were sent.

    `now` fixes the clock for the whole pass, which lets tests step over backoff
    waits and lease expiry; without it the real time is read at every step.
    """
    settings = settings or get_settings()
    clock = (lambda: now) if now is not None else utcnow
    worker_id = worker_id or default_worker_id()
    _recover_expired(settings, clock(), policy)
    sent = 0
    for _ in range(policy.batch):
        token = f"{worker_id}/{uuid.uuid4().hex[:12]}"
        delivery = _claim(settings, token, clock(), policy)
        if delivery is None:
            break
        sent += _deliver(settings, delivery, token, clock(), policy)
    return sent


def eml_fallback_notice(settings: Settings) -> str:
    """Said loudly wherever a worker starts without SMTP: the emails reach nobody."""
    return (f"No SMTP_HOST: lead emails are NOT sent; they are written as .eml files to "
            f"{settings.outbox_dir.resolve()} and count as delivered. Set SMTP_HOST in .env "
            f"to send them to {settings.clinic_inbox_email}.")


def run_worker(
    stop_event: threading.Event,
    settings: Settings | None = None,
    poll_seconds: float = 2.0,
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    worker_id: str | None = None,
) -> None:
    """Delivers until `stop_event` is set, polling every `poll_seconds`.

    In production it refuses to start without a delivery target (SettingsError
    naming the setting); elsewhere it says where the `.eml` fallback writes.

    A database that is briefly unreachable must not end the worker, so errors
    of a pass are logged and the next pass tries again. Tracebacks, which may
    quote personal data, go to DEBUG only.
    """
    settings = check_ready(settings or get_settings())
    worker_id = worker_id or default_worker_id()
    log.info("outbox worker %s started", worker_id)
    if not settings.smtp_host:
        log.warning("%s", eml_fallback_notice(settings))
    if settings.webhook_url and not settings.webhook_secret:
        log.warning("WEBHOOK_URL is set without WEBHOOK_SECRET: webhooks go unsigned, "
                    "so the receiver cannot tell them from forged ones")
    while not stop_event.is_set():
        try:
            deliver_due(settings, worker_id=worker_id, policy=policy)
        except Exception as exc:
            log.error(
                "outbox pass failed (%s); retrying in %.1f s", describe_error(exc), poll_seconds
            )
            log.debug("outbox pass failure", exc_info=True)
        stop_event.wait(poll_seconds)
    log.info("outbox worker %s stopped", worker_id)


def retry_failed(settings: Settings | None = None, *, now: datetime | None = None) -> int:
    """Makes every failed delivery due now with a fresh attempt budget; returns how many."""
    with transaction(settings or get_settings()) as session:
        result = session.execute(
            update(Delivery)
            .where(Delivery.state == FAILED)
            .values(state=PENDING, attempts=0, next_attempt_at=now or utcnow())
        )
    return result.rowcount
