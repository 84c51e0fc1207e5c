"""The outbox under faults: servers down, workers killed, workers racing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import timedelta

import pytest

from bot.leads.db import transaction
from bot.leads.models import FAILED, PENDING, SENDING, SENT, Delivery, utcnow
from bot.leads.outbox import RetryPolicy, _claim, deliver_due, retry_failed, run_worker
from bot.leads.store import create_lead, get_lead
from scripts.servers import free_port
from tests.leads_support import (
    PROJECT_ROOT,
    environment,
    lead_fields,
    make_settings,
    postgres_settings,
    wait_for,
)
from tests.smtp_sink import SmtpSink

pytest_plugins = ["tests.leads_support"]


FAST = RetryPolicy(base_seconds=0.01, cap_seconds=0.05, lease_seconds=60)


def _delivery(settings, lead_id) -> Delivery:
    [delivery] = get_lead(lead_id, settings=settings).deliveries
    return delivery


def test_backoff_doubles_from_two_seconds_up_to_ten_minutes_with_jitter():
    policy = RetryPolicy()
    assert [policy.delay(n, rand=lambda: 0).total_seconds() for n in (1, 2, 3, 9, 10)] == [
        2,
        4,
        8,
        512,
        600,
    ]
    assert policy.delay(1, rand=lambda: 1).total_seconds() == pytest.approx(1.5)
    assert 450 <= policy.delay(12).total_seconds() <= 600


def test_smtp_down_keeps_the_lead_queued_then_delivers_it_once(tmp_path):
    port = free_port()
    settings = make_settings(tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT=str(port))
    lead_id = create_lead(lead_fields(), settings=settings)
    now = utcnow()

    assert deliver_due(settings, now=now) == 0
    delivery = _delivery(settings, lead_id)
    assert (delivery.state, delivery.attempts) == (FAILED, 1)
    assert now < delivery.next_attempt_at <= now + timedelta(seconds=2)
    assert delivery.last_error.startswith("ConnectionRefusedError")
    assert deliver_due(settings, now=now) == 0, "not due again before the backoff"

    with SmtpSink(port) as sink:
        later = now + timedelta(seconds=3)
        assert deliver_due(settings, now=later) == 1
        assert deliver_due(settings, now=later + timedelta(hours=1)) == 0
        assert len(sink.messages) == 1
    delivery = _delivery(settings, lead_id)
    assert (delivery.state, delivery.attempts, delivery.sent_at) == (SENT, 2, later)
    assert delivery.last_error is None


def test_last_error_holds_no_personal_data(tmp_path):
    settings = make_settings(tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT=str(free_port()))
    lead_id = create_lead(lead_fields(), settings=settings)
    deliver_due(settings)
    error = _delivery(settings, lead_id).last_error
    assert "Ana" not in error and "example.com" not in error and "416" not in error


def test_gives_up_after_the_attempt_cap_until_leads_retry(tmp_path, leads_smtp):
    dead = make_settings(tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT=str(free_port()))
    policy = RetryPolicy(max_attempts=3)
    lead_id = create_lead(lead_fields(), settings=dead)
    now = utcnow()
    for step in range(5):
        deliver_due(dead, now=now + timedelta(hours=step), policy=policy)
    delivery = _delivery(dead, lead_id)
    assert (delivery.state, delivery.attempts, delivery.next_attempt_at) == (FAILED, 3, None)

    alive = make_settings(tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT=str(leads_smtp.port))
    assert deliver_due(alive, policy=policy) == 0
    assert retry_failed(alive) == 1
    assert _delivery(alive, lead_id).state == PENDING
    assert deliver_due(alive, policy=policy) == 1
    assert len(leads_smtp.messages) == 1


def test_a_claim_abandoned_mid_send_is_delivered_once_after_its_lease(leads_settings, leads_smtp):
    lead_id = create_lead(lead_fields(), settings=leads_settings)
    now = utcnow()
    crashed = _claim(leads_settings, "crashed-worker/1", now, FAST)
    assert crashed.lead_id == lead_id and crashed.lead.contact_name == "Ana Diaz"

    assert deliver_due(leads_settings, now=now + timedelta(seconds=30), policy=FAST) == 0
    assert _delivery(leads_settings, lead_id).state == SENDING, "a live lease is respected"

    assert deliver_due(leads_settings, now=now + timedelta(seconds=61), policy=FAST) == 1
    assert len(leads_smtp.messages) == 1
    delivery = _delivery(leads_settings, lead_id)
    assert (delivery.state, delivery.attempts, delivery.claimed_by) == (SENT, 2, None)


def test_a_claim_abandoned_too_often_gives_up(leads_settings):
    lead_id = create_lead(lead_fields(), settings=leads_settings)
    policy = RetryPolicy(max_attempts=1, lease_seconds=60)
    now = utcnow()
    _claim(leads_settings, "crashed-worker/1", now, policy)
    assert deliver_due(leads_settings, now=now + timedelta(minutes=5), policy=policy) == 0
    delivery = _delivery(leads_settings, lead_id)
    assert (delivery.state, delivery.next_attempt_at) == (FAILED, None)
    assert delivery.last_error.startswith("LeaseExpired")


WORKER_SCRIPT = """
import sys
from pathlib import Path
from bot.settings import load
from bot.leads.outbox import deliver_due
deliver_due(load(env_file=Path(sys.argv[1])))
"""


def test_a_worker_killed_mid_delivery_is_replaced_and_the_lead_arrives_once(tmp_path):
    with SmtpSink() as sink:
        env = environment(tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT=str(sink.port))
        settings = make_settings(tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT=str(sink.port))
        lead_id = create_lead(lead_fields(), settings=settings)
        sink.holding.set()
        worker = subprocess.Popen(
            [sys.executable, "-c", WORKER_SCRIPT, str(tmp_path / "absent.env")],
            cwd=PROJECT_ROOT,
            env={**os.environ, **env},
        )
        assert sink.arrived.wait(30), "the worker never reached the SMTP server"
        worker.send_signal(signal.SIGKILL)
        worker.wait(10)
        sink.holding.clear()
        sink.released.set()

        assert _delivery(settings, lead_id).state == SENDING
        assert deliver_due(settings) == 0, "the dead worker's lease has not run out yet"
        later = utcnow() + timedelta(seconds=RetryPolicy().lease_seconds + 1)
        assert deliver_due(settings, now=later) == 1
        assert sink.message_ids() == [f"<lead-{lead_id}@clinic.example.com>"]


def _many_leads_through_two_workers(settings, sink, count=50):
    ids: list[str] = []
    lock = threading.Lock()

    def add(n: int) -> None:
        lead_id = create_lead(
            lead_fields(contact_name=f"Visitor {n}", conversation_id=f"c{n}"), settings=settings
        )
        with lock:
            ids.append(lead_id)

    stop = threading.Event()
    workers = [
        threading.Thread(
            target=run_worker,
            args=(stop, settings, 0.01),
            kwargs={"worker_id": f"w{n}", "policy": FAST},
        )
        for n in range(2)
    ]
    creators = [threading.Thread(target=add, args=(n,)) for n in range(count)]
    for thread in workers + creators:
        thread.start()
    for thread in creators:
        thread.join()
    try:
        assert wait_for(lambda: len(sink.messages) >= count, timeout=60)
        assert not wait_for(lambda: len(sink.messages) > count, timeout=0.3)
    finally:
        stop.set()
        for thread in workers:
            thread.join(10)
    assert len(set(ids)) == count
    expected = sorted(f"<lead-{lead_id}@clinic.example.com>" for lead_id in ids)
    assert sorted(sink.message_ids()) == expected
    with transaction(settings) as session:
        states = [d.state for d in session.query(Delivery).all()]
        claimed_by = {d.claimed_by for d in session.query(Delivery).all()}
    assert states == [SENT] * count and claimed_by == {None}


def test_fifty_concurrent_leads_two_workers_no_duplicates_sqlite(leads_settings, leads_smtp):
    _many_leads_through_two_workers(leads_settings, leads_smtp)


def test_fifty_concurrent_leads_two_workers_no_duplicates_postgres(
    tmp_path, leads_smtp, leads_postgres
):
    settings = postgres_settings(
        tmp_path, leads_postgres, SMTP_HOST="127.0.0.1", SMTP_PORT=str(leads_smtp.port)
    )
    _many_leads_through_two_workers(settings, leads_smtp)
