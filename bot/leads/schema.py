"""The lead tables, created or upgraded with Alembic when a process first opens the database.

A new database gets today's tables and is stamped as current. A database that
Alembic has not seen yet was made by an earlier release: the first release's
lacks `deliveries.update_id` and starts below revision 0001; the second
release's (upgraded by its own hand-written step) is stamped at 0001. Then
every revision still missing runs, in one transaction that also holds off any
other process doing the same (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
advisory lock). A database already at `HEAD` costs one small query, and Alembic
is not even imported, so staff commands stay quick.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from bot.leads.models import Base

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest revision in `migrations/versions` (a test checks it against Alembic's own view).
HEAD = "0004"
#: What the second release's hand-written upgrade produced.
SECOND_RELEASE = "0001"
VERSION_TABLE = "alembic_version"
#: Any number, the same in every process: PostgreSQL's lock for schema changes.
_ADVISORY_LOCK = 7_250_311


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar()


def _earlier_release(connection: Connection) -> str | None:
    """The revision an unversioned database already has; None for the first release's."""
    columns = {column["name"] for column in inspect(connection).get_columns("deliveries")}
    return SECOND_RELEASE if "update_id" in columns else None


def _migrate(connection: Connection) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    if current_revision(connection) is None:
        if not inspect(connection).has_table("leads"):
            Base.metadata.create_all(connection)
            command.stamp(config, "head")
            return
        known = _earlier_release(connection)
        if known:
            command.stamp(config, known)
    command.upgrade(config, "head")
    log.info("lead database upgraded to revision %s", HEAD)


def prepare(engine: Engine) -> None:
    """Brings the lead database to `HEAD`, creating it if it is empty."""
    with engine.connect() as connection:
        if current_revision(connection) == HEAD:
            return
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_ADVISORY_LOCK})")
        if current_revision(connection) != HEAD:
            _migrate(connection)
