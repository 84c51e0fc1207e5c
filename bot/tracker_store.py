"""Rasa's SQL tracker store, with SQLite's journal set up for a server.

Every turn saves its new events in one transaction. In SQLite's default
rollback-journal mode each commit syncs the database and its journal to disk:
under a typed load that was about a tenth of the Rasa server's CPU per turn
(py-spy, issue 17). With write-ahead logging and ``synchronous=NORMAL`` a
commit survives a crash of the server (a power cut may lose the last turns,
never corrupt the file), and the worker and the CLI read while Rasa writes.
Any other database (PostgreSQL in production) is Rasa's store unchanged.

`endpoints.yml` names this class as the tracker store's type; Rasa would fall
back to keeping conversations in memory if it could not import it, which a
test guards against. Being the module of ours the server always imports, it
also installs the caches of bot/rasa_speedups.py.
"""

from __future__ import annotations

from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import SingletonThreadPool

from bot import rasa_speedups

rasa_speedups.install()


class SqlTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` whose SQLite connection uses write-ahead logging and stays open."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            # SQLAlchemy opens a new SQLite connection per session by default
            # (NullPool): every turn paid for opening the file, and closing the
            # last connection checkpoints and deletes the log. One connection
            # per thread (the server's event loop) stays open instead.
            url = self.engine.url
            self.engine.dispose()
            self.engine = create_engine(url, poolclass=SingletonThreadPool)
            event.listen(self.engine, "connect", _server_journal)
            self.sessionmaker = sessionmaker(bind=self.engine)


def _server_journal(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
