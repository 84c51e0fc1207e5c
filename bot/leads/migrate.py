"""Bringing a lead database made by an earlier version up to the current tables.

`create_all` adds missing tables (such as `safety_updates`) but never changes a
table that exists. The first release's `deliveries` had no `update_id` and
allowed one row per lead and channel, so a safety update could not be queued
next to its lead. `upgrade` rebuilds that table once, keeping every row and id,
inside one transaction that also holds off any other process doing the same.
"""

from __future__ import annotations

import logging

from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from bot.leads.models import Delivery

log = logging.getLogger(__name__)

#: Columns the first release's deliveries had, copied as they are.
_V1_COLUMNS = ("id, lead_id, channel, state, attempts, next_attempt_at, last_error, sent_at, "
               "lease_until, claimed_by")
#: Any number, the same in every process: PostgreSQL's lock for this upgrade.
_ADVISORY_LOCK = 7_250_311


def _needs_upgrade(connection: Connection) -> bool:
    columns = {column["name"] for column in inspect(connection).get_columns("deliveries")}
    return "update_id" not in columns


def _rebuild(connection: Connection) -> None:
    """SQLite cannot drop a constraint: copy the rows into a new table."""
    connection.exec_driver_sql("ALTER TABLE deliveries RENAME TO deliveries_v1")
    connection.exec_driver_sql("DROP INDEX ix_deliveries_due")
    Delivery.__table__.create(connection)
    connection.exec_driver_sql(
        f"INSERT INTO deliveries ({_V1_COLUMNS}) SELECT {_V1_COLUMNS} FROM deliveries_v1")
    connection.exec_driver_sql("DROP TABLE deliveries_v1")


def _alter_in_place(connection: Connection) -> None:
    """PostgreSQL changes the table where it stands."""
    for statement in (
        "ALTER TABLE deliveries ADD COLUMN update_id INTEGER "
        "REFERENCES safety_updates (id) ON DELETE CASCADE",
        "ALTER TABLE deliveries DROP CONSTRAINT deliveries_lead_id_channel_key",
        "CREATE UNIQUE INDEX uq_deliveries_lead ON deliveries (lead_id, channel) "
        "WHERE update_id IS NULL",
        "ALTER TABLE deliveries ADD UNIQUE (update_id, channel)",
    ):
        connection.exec_driver_sql(statement)


def upgrade(engine: Engine) -> None:
    """Brings a first-release `deliveries` table to the current shape; else does nothing."""
    with engine.connect() as connection:
        if not _needs_upgrade(connection):
            return
    postgres = engine.dialect.name == "postgresql"
    with engine.begin() as connection:  # on SQLite this is BEGIN IMMEDIATE: one writer
        if postgres:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_ADVISORY_LOCK})")
        if not _needs_upgrade(connection):
            return
        (_alter_in_place if postgres else _rebuild)(connection)
    log.info("lead database upgraded: deliveries can now carry safety updates")
