"""Storing leads: one transaction, idempotent ids, erasure and retention."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.leads.db import transaction
from bot.leads.models import PENDING, Delivery, Lead, utcnow
from bot.leads.store import (
    create_lead,
    erase_by_email,
    get_lead,
    lead_id_for,
    list_leads,
    purge_older_than,
)
from bot.leads.validation import InvalidValue
from tests.leads_support import lead_fields, make_settings, postgres_settings

pytest_plugins = ["tests.leads_support"]


@pytest.fixture
def settings(tmp_path):
    return make_settings(tmp_path)


def _count(settings, model) -> int:
    with transaction(settings) as session:
        return session.scalar(select(func.count()).select_from(model))


def test_create_lead_stores_lead_and_a_pending_email_delivery(settings, tmp_path):
    lead_id = create_lead(lead_fields(), settings=settings)
    lead = get_lead(lead_id, settings=settings)
    assert len(lead_id) == 32 and lead.contact_phone == "+14165550142"
    assert lead.created_at.tzinfo is not None
    assert [(d.channel, d.state, d.attempts) for d in lead.deliveries] == [("email", PENDING, 0)]
    assert (tmp_path / "leads.db").exists()


def test_create_lead_queues_the_webhook_only_when_configured(tmp_path):
    settings = make_settings(tmp_path, WEBHOOK_URL="http://127.0.0.1:9/leads")
    lead = get_lead(create_lead(lead_fields(), settings=settings), settings=settings)
    assert sorted(d.channel for d in lead.deliveries) == ["email", "webhook"]


def test_create_lead_creates_the_database_directory(tmp_path):
    settings = make_settings(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'a' / 'b' / 'l.db'}")
    create_lead(lead_fields(), settings=settings)
    assert (tmp_path / "a" / "b" / "l.db").exists()


def test_invalid_lead_stores_nothing(settings):
    with pytest.raises(InvalidValue):
        create_lead(lead_fields(contact_email="nope@", contact_phone=""), settings=settings)
    assert _count(settings, Lead) == 0 and _count(settings, Delivery) == 0


def test_same_lead_id_stores_once(settings):
    lead_id = lead_id_for("conv-1", 1)
    assert lead_id == lead_id_for("conv-1", 1) != lead_id_for("conv-1", 2)
    assert create_lead(lead_fields(), settings=settings, lead_id=lead_id) == lead_id
    assert (
        create_lead(lead_fields(contact_name="Retry"), settings=settings, lead_id=lead_id)
        == lead_id
    )
    assert _count(settings, Lead) == 1 and _count(settings, Delivery) == 1
    assert get_lead(lead_id, settings=settings).contact_name == "Ana Diaz"


def _race_same_lead_id(settings) -> None:
    lead_id = lead_id_for("conv-race", 1)
    results = []

    def store() -> None:
        results.append(create_lead(lead_fields(), settings=settings, lead_id=lead_id))

    threads = [threading.Thread(target=store) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [lead_id] * 8
    assert _count(settings, Lead) == 1 and _count(settings, Delivery) == 1


def test_same_lead_id_from_concurrent_threads_stores_once(settings):
    _race_same_lead_id(settings)


def test_same_lead_id_from_concurrent_threads_stores_once_postgres(tmp_path, leads_postgres):
    _race_same_lead_id(postgres_settings(tmp_path, leads_postgres))


def test_lead_id_must_be_hex(settings):
    with pytest.raises(ValueError):
        create_lead(lead_fields(), settings=settings, lead_id="../../etc/passwd")


def test_list_leads_is_chronological_and_limit_keeps_the_newest(settings):
    ids = [
        create_lead(lead_fields(contact_name=f"Person {n}"), settings=settings) for n in range(3)
    ]
    assert [lead.id for lead in list_leads(settings=settings)] == ids
    assert [lead.id for lead in list_leads(settings=settings, limit=2)] == ids[1:]
    assert get_lead("0" * 32, settings=settings) is None


def _tracker_with_events(path, rows):
    """Rasa's SQLTrackerStore schema for `events` (rasa/core/tracker_store.py)."""
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL,"
            " type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255),"
            " action_name VARCHAR(255), data TEXT)"
        )
        db.executemany(
            "INSERT INTO events (sender_id, type_name, data) VALUES (?, 'user', ?)", rows
        )


def test_erase_by_email_removes_leads_files_and_conversations(settings, tmp_path):
    _tracker_with_events(
        tmp_path / "tracker.db",
        [("conv-ana", "my back hurts"), ("conv-ana", "ana@example.com"), ("conv-bo", "hi")],
    )
    ana = create_lead(
        lead_fields(conversation_id="conv-ana", contact_email="Ana@Example.com"), settings=settings
    )
    bo = create_lead(
        lead_fields(conversation_id="conv-bo", contact_email="bo@example.com"), settings=settings
    )
    eml = tmp_path / "outbox" / f"{ana}.eml"
    eml.parent.mkdir()
    eml.write_text("copy")

    erased = erase_by_email("ANA@example.com", settings=settings)

    assert (erased.leads, erased.tracker_events) == (1, 2)
    assert get_lead(ana, settings=settings) is None and get_lead(bo, settings=settings) is not None
    assert not eml.exists()
    assert _count(settings, Delivery) == 1
    with sqlite3.connect(tmp_path / "tracker.db") as db:
        assert db.execute("SELECT sender_id FROM events").fetchall() == [("conv-bo",)]


def test_erase_tolerates_a_missing_tracker_store(settings, tmp_path):
    create_lead(lead_fields(), settings=settings)
    sqlite3.connect(tmp_path / "tracker.db").close()  # exists, but Rasa never created `events`
    assert erase_by_email("ana.diaz@example.com", settings=settings).leads == 1
    other = make_settings(tmp_path, TRACKER_STORE_URL=f"sqlite:///{tmp_path / 'never.db'}")
    assert erase_by_email("ana.diaz@example.com", settings=other).leads == 0
    assert not (tmp_path / "never.db").exists()


def test_purge_older_than_deletes_only_old_leads(settings):
    old = create_lead(lead_fields(), settings=settings)
    with transaction(settings) as session:
        session.get(Lead, old).created_at = utcnow() - timedelta(days=91)
    recent = create_lead(lead_fields(), settings=settings)
    assert purge_older_than(90, settings=settings) == 1
    assert [lead.id for lead in list_leads(settings=settings)] == [recent]
    assert _count(settings, Delivery) == 1
    assert purge_older_than(0, settings=settings, now=utcnow() + timedelta(seconds=1)) == 1
