"""Rasa's SQL tracker store, with SQLite's journal set up for a server and the
latest session of recent conversations kept in memory.

Every turn saves its new events in one transaction. In SQLite's default
rollback-journal mode each commit syncs the database and its journal to disk:
under a typed load that was about a tenth of the Rasa server's CPU per turn
(py-spy, issue 17). With write-ahead logging and ``synchronous=NORMAL`` a
commit survives a crash of the server (a power cut may lose the last turns,
never corrupt the file), and the worker and the CLI read while Rasa writes.

Every turn also read the whole latest session back from the database (a
hundred and more rows by the end of an intake, each turned into an ORM object
first): a sixth of the server's CPU. The store now remembers, for the
conversations it saved last, the stored text of those rows, and reads them
again only when the conversation's rows in the database are no longer the ones
it remembers (their number and latest timestamp: another instance behind a
proxy wrote a turn, or `python -m bot leads erase` deleted them). The tracker is
rebuilt from the same text in the same way, so a turn sees what the database
holds.

`endpoints.yml` names this class as the tracker store's type; Rasa would fall
back to keeping conversations in memory if it could not import it, which a
test guards against. Being the module of ours the server always imports, it
also installs the caches of bot/rasa_speedups.py.
"""

from __future__ import annotations

import itertools
import json
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, event, func
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import SingletonThreadPool

from bot import rasa_speedups

rasa_speedups.install()

#: How many conversations' latest sessions are kept in memory (the most recently saved).
RECENT_CONVERSATIONS = 200


@dataclass
class _Stored:
    """What the database held for a conversation when it was last read or written."""

    #: Number and latest timestamp of all the conversation's rows.
    stamp: tuple
    #: The stored text of its latest session's rows, in order.
    rows: list[str]


class SqlTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` whose SQLite connection uses write-ahead logging and stays open,
    and that reads a recent conversation's rows again only when they changed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._recent: OrderedDict[str, _Stored] = OrderedDict()
        self._writing: dict[str, tuple[int, list[Event]]] = {}
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

    def _stamp(self, session: Session, sender_id: str) -> tuple:
        return tuple(session.query(func.count(self.SQLEvent.id), func.max(self.SQLEvent.timestamp))
                     .filter(self.SQLEvent.sender_id == sender_id).one())

    def _remember(self, sender_id: str, stored: _Stored) -> None:
        self._recent[sender_id] = stored
        self._recent.move_to_end(sender_id)
        while len(self._recent) > RECENT_CONVERSATIONS:
            self._recent.popitem(last=False)

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        """The latest session, as Rasa's store rebuilds it, from memory when unchanged."""
        with self.session_scope() as session:
            stamp = self._stamp(session, sender_id)
            stored = self._recent.get(sender_id)
            if stored is None or stored.stamp != stamp:
                query = self._event_query(session, sender_id, fetch_events_from_all_sessions=False)
                stored = _Stored(stamp, [row.data for row in query.with_entities(self.SQLEvent.data)])
            self._remember(sender_id, stored)
        if not (self.domain and stored.rows):
            return None
        return DialogueStateTracker.from_dict(
            sender_id, [json.loads(data) for data in stored.rows], self.domain.slots)

    def _additional_events(self, session: Session, tracker: DialogueStateTracker) -> Iterator:
        """Rasa's choice of the events to insert, noted for `save`."""
        stored = self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False).count()
        new = list(itertools.islice(tracker.events, stored, len(tracker.events)))
        self._writing[tracker.sender_id] = (stored, new)
        return iter(new)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's save; the remembered rows grow by the ones it inserted.

        Only when the rows Rasa found stored were the remembered ones (nothing
        else wrote or erased in between) and no new session began; otherwise
        the next turn reads the conversation from the database.
        """
        await super().save(tracker)
        sender_id = tracker.sender_id
        stored_before, new = self._writing.pop(sender_id, (None, []))
        known = self._recent.pop(sender_id, None)
        if known is None or stored_before != len(known.rows) or any(
                isinstance(e, SessionStarted) for e in new):
            return
        count, latest = known.stamp
        stamp = (count + len(new), max([latest, *(e.timestamp for e in new)], key=_or_zero))
        self._remember(sender_id, _Stored(stamp, known.rows + [json.dumps(e.as_dict()) for e in new]))


def _or_zero(timestamp: Optional[float]) -> float:
    return timestamp or 0.0


def _server_journal(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
