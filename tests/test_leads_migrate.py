"""Lead databases made by earlier releases are brought up to date by Alembic at start.

The first release's tables are written out here as its `create_all` made them;
its lead and its sent delivery must survive, safety updates and the new lead
fields must work afterwards, and the upgraded schema must be exactly what the
models describe (Alembic's own comparison finds no difference).
"""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from bot.leads import schema
from bot.leads.db import dispose_engines, engine_for
from bot.leads.models import SENT, Base
from bot.leads.outbox import deliver_due
from bot.leads.store import add_safety_update, create_lead, get_lead
from tests.leads_support import lead_fields, make_settings

pytest_plugins = ["tests.leads_support"]

V1_LEAD_ID = "0123456789abcdef0123456789abcdef"
#: The first release's tables and one lead it stored and sent.
V1_SCHEMA = [
    """CREATE TABLE leads (
        id VARCHAR(32) NOT NULL, created_at {time} NOT NULL, conversation_id VARCHAR(255),
        triage_level VARCHAR(40), red_flags JSON NOT NULL, pain_location VARCHAR(200),
        pain_radiates BOOLEAN, pain_duration_days INTEGER, pain_duration_category VARCHAR(40),
        seen_doctor BOOLEAN, pain_severity INTEGER, precautions JSON NOT NULL,
        contact_name VARCHAR(100) NOT NULL, contact_email VARCHAR(254),
        contact_phone VARCHAR(20), preferred_contact VARCHAR(10) NOT NULL,
        preferred_time VARCHAR(200), consent_text TEXT NOT NULL, consent_at {time} NOT NULL,
        route VARCHAR(10) NOT NULL, for_later BOOLEAN NOT NULL, PRIMARY KEY (id))""",
    "CREATE INDEX ix_leads_created_at ON leads (created_at)",
    "CREATE INDEX ix_leads_conversation_id ON leads (conversation_id)",
    "CREATE INDEX ix_leads_contact_email ON leads (contact_email)",
    """CREATE TABLE deliveries (
        id {serial} NOT NULL, lead_id VARCHAR(32) NOT NULL, channel VARCHAR(10) NOT NULL,
        state VARCHAR(10) NOT NULL, attempts INTEGER NOT NULL, next_attempt_at {time},
        last_error VARCHAR(200), sent_at {time}, lease_until {time}, claimed_by VARCHAR(100),
        PRIMARY KEY (id), UNIQUE (lead_id, channel),
        FOREIGN KEY(lead_id) REFERENCES leads (id) ON DELETE CASCADE)""",
    "CREATE INDEX ix_deliveries_due ON deliveries (state, next_attempt_at)",
    f"""INSERT INTO leads VALUES ('{V1_LEAD_ID}', '2026-11-01 09:55:00', 'conv-1', 'routine',
        '[]', 'lower_back', FALSE, 21, 'acute', TRUE, 6, '[]', 'Ana Diaz',
        'ana.diaz@example.com', '+14165550142', 'phone', 'weekday mornings', 'I agree.',
        '2026-11-01 09:54:00', 'contact', FALSE)""",
    f"""INSERT INTO deliveries (lead_id, channel, state, attempts, sent_at)
        VALUES ('{V1_LEAD_ID}', 'email', 'sent', 1, '2026-11-01 10:00:00')""",
]
SQLITE_TYPES = {"serial": "INTEGER", "time": "DATETIME"}
POSTGRES_TYPES = {"serial": "SERIAL", "time": "TIMESTAMP WITHOUT TIME ZONE"}


def _schema_differences(url: str) -> list:
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            return compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()


def _revision(settings) -> str | None:
    with engine_for(settings.database_url).connect() as connection:
        return schema.current_revision(connection)


def _assert_upgraded(settings) -> None:
    assert _revision(settings) == schema.HEAD
    assert _schema_differences(settings.database_url) == []
    assert add_safety_update(V1_LEAD_ID, "emergency", ["trauma"], settings=settings)
    newer = create_lead(lead_fields(conversation_id="conv-2", pain_radiates=True, pain_radiates_to="leg",
                                    contact_phone="+1 250-555-0104 extension 213"), settings=settings)
    lead = get_lead(V1_LEAD_ID, settings=settings)
    assert lead.contact_name == "Ana Diaz" and lead.pain_radiates_to is None
    old, update = lead.deliveries
    assert (old.state, old.attempts, old.update) == (SENT, 1, None), "the old row is kept"
    assert update.update.triage_level == "emergency" and update.id > old.id
    assert deliver_due(settings) == 2, "the update and the newer lead; not the old lead again"
    assert get_lead(newer, settings=settings).deliveries[0].state == SENT
    assert get_lead(newer, settings=settings).pain_radiates_to == "leg"
    assert (get_lead(newer, settings=settings).contact_phone,
            get_lead(newer, settings=settings).contact_phone_extension) == ("+12505550104", "213")


def _sqlite_first_release(tmp_path):
    with sqlite3.connect(tmp_path / "leads.db") as connection:
        for statement in V1_SCHEMA:
            connection.execute(statement.format(**SQLITE_TYPES))
    return make_settings(tmp_path)


def test_head_is_alembics_newest_revision():
    script = ScriptDirectory.from_config(_config())
    assert schema.HEAD == script.get_current_head()
    assert [r.revision for r in script.walk_revisions()][-1] == schema.SECOND_RELEASE


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS))
    return config


def test_a_new_database_is_created_at_the_newest_revision(tmp_path):
    settings = make_settings(tmp_path)
    create_lead(lead_fields(), settings=settings)
    assert _revision(settings) == schema.HEAD
    assert _schema_differences(settings.database_url) == []
    dispose_engines()


def test_a_first_release_sqlite_database_is_upgraded(tmp_path):
    settings = _sqlite_first_release(tmp_path)
    _assert_upgraded(settings)
    dispose_engines()


def test_a_second_release_database_is_recognised_and_upgraded(tmp_path):
    """The second release upgraded the first one's tables itself and kept no version."""
    settings = _sqlite_first_release(tmp_path)
    engine = create_engine(settings.database_url, future=True)
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, schema.SECOND_RELEASE)
        connection.exec_driver_sql(f"DROP TABLE {schema.VERSION_TABLE}")
    engine.dispose()
    _assert_upgraded(settings)
    dispose_engines()


def test_a_first_release_postgres_database_is_upgraded(tmp_path, postgres_server):
    postgres_server.create_databases("leads_v1")
    for statement in V1_SCHEMA:
        postgres_server.execute("leads_v1", statement.format(**POSTGRES_TYPES))
    settings = make_settings(tmp_path, DATABASE_URL=postgres_server.url("leads_v1"))
    _assert_upgraded(settings)
    dispose_engines()
