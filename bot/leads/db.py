"""One engine per database URL, with the tables created (or upgraded) on first use.

`bot.leads.schema` does the creating and upgrading, with Alembic.

SQLite is the default for a single clinic machine; PostgreSQL is used when
DATABASE_URL says so. On SQLite every transaction starts with BEGIN IMMEDIATE:
the action server, the worker and the CLI write from several processes, and a
deferred transaction that reads first and writes later fails at once with
"database is locked" instead of waiting its turn.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session

from bot.leads.schema import prepare
from bot.settings import Settings

#: How long a writer waits for another process's transaction on SQLite.
SQLITE_BUSY_SECONDS = 30

_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def _sqlite_engine(url: str) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        future=True,
        connect_args={"timeout": SQLITE_BUSY_SECONDS, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def engine_for(url: str) -> Engine:
    """The shared engine for `url`, creating the lead tables the first time."""
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            if make_url(url).get_backend_name() == "sqlite":
                engine = _sqlite_engine(url)
            else:
                engine = create_engine(url, future=True, pool_pre_ping=True)
            prepare(engine)
            _engines[url] = engine
        return engine


def dispose_engines() -> None:
    """Close every pooled connection, for tests that throw their databases away."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


@contextmanager
def transaction(settings: Settings) -> Iterator[Session]:
    """A session in one transaction: committed on success, rolled back on error.

    Objects stay readable after the block so callers can use what they loaded.
    """
    engine = engine_for(settings.database_url)
    with Session(engine, future=True, expire_on_commit=False) as session, session.begin():
        yield session
