"""A lead database made by the first release keeps its leads and takes safety updates."""

from __future__ import annotations

import sqlite3

from bot.leads.db import dispose_engines
from bot.leads.models import SENT
from bot.leads.outbox import deliver_due
from bot.leads.store import add_safety_update, create_lead, get_lead
from tests.leads_support import lead_fields, make_settings

pytest_plugins = ["tests.leads_support"]

#: The first release's tables, as its `create_all` made them (leads is unchanged since).
V1_DELIVERIES = """
CREATE TABLE deliveries (
    id {serial} NOT NULL,
    lead_id VARCHAR(32) NOT NULL,
    channel VARCHAR(10) NOT NULL,
    state VARCHAR(10) NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at {time},
    last_error VARCHAR(200),
    sent_at {time},
    lease_until {time},
    claimed_by VARCHAR(100),
    PRIMARY KEY (id),
    UNIQUE (lead_id, channel),
    FOREIGN KEY(lead_id) REFERENCES leads (id) ON DELETE CASCADE
);
CREATE INDEX ix_deliveries_due ON deliveries (state, next_attempt_at);
"""


def _make_first_release_database(settings, run_sql) -> str:
    """A lead stored and sent by the first release; returns its id."""
    lead_id = create_lead(lead_fields(), settings=settings)
    dispose_engines()
    run_sql("DROP TABLE deliveries")
    run_sql("DROP TABLE safety_updates")
    run_sql(V1_DELIVERIES)
    run_sql(f"INSERT INTO deliveries (lead_id, channel, state, attempts, sent_at) "
            f"VALUES ('{lead_id}', 'email', 'sent', 1, '2026-11-01 10:00:00')")
    return lead_id


def _assert_upgraded(settings, lead_id) -> None:
    assert add_safety_update(lead_id, "emergency", ["trauma"], settings=settings)
    newer = create_lead(lead_fields(conversation_id="conv-2"), settings=settings)
    lead = get_lead(lead_id, settings=settings)
    old, update = lead.deliveries
    assert (old.state, old.attempts, old.update) == (SENT, 1, None), "the old row is kept"
    assert update.update.triage_level == "emergency" and update.id > old.id
    assert deliver_due(settings) == 2, "the update and the newer lead; not the old lead again"
    assert get_lead(newer, settings=settings).deliveries[0].state == SENT


def test_a_first_release_sqlite_database_is_upgraded(tmp_path):
    settings = make_settings(tmp_path)
    database = tmp_path / "leads.db"

    def run_sql(sql: str) -> None:
        with sqlite3.connect(database) as connection:
            connection.executescript(sql.format(serial="INTEGER", time="DATETIME"))

    lead_id = _make_first_release_database(settings, run_sql)
    _assert_upgraded(settings, lead_id)


def test_a_first_release_postgres_database_is_upgraded(tmp_path, postgres_server):
    postgres_server.create_databases("leads_v1")
    settings = make_settings(tmp_path, DATABASE_URL=postgres_server.url("leads_v1"))

    def run_sql(sql: str) -> None:
        postgres_server.execute(
            "leads_v1", sql.format(serial="SERIAL", time="TIMESTAMP WITHOUT TIME ZONE"))

    lead_id = _make_first_release_database(settings, run_sql)
    _assert_upgraded(settings, lead_id)
    dispose_engines()
