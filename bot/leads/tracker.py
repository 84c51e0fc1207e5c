"""Reading and erasing conversations in Rasa's SQL tracker store, without Rasa.

Rasa keeps every event of a conversation as a row of its `events` table keyed
by `sender_id`, which is the conversation id the lead recorded, with the event
itself as JSON in `data`. Staff commands and the report read those rows with
plain SQL, so they never load Rasa (and TensorFlow with it). The right to
erasure covers what the visitor said in the chat, not only the lead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, create_engine, inspect, text
from sqlalchemy.engine import Engine, make_url

EVENTS_TABLE = "events"


@contextmanager
def _events_engine(tracker_store_url: str) -> Iterator[Engine | None]:
    """An engine on the tracker store, or None when it holds no events table yet."""
    if not tracker_store_url:
        yield None
        return
    url = make_url(tracker_store_url)
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).exists()):
        yield None
        return
    engine = create_engine(url, future=True)
    try:
        yield engine if inspect(engine).has_table(EVENTS_TABLE) else None
    finally:
        engine.dispose()


def read_events(
    tracker_store_url: str,
    *,
    conversation_id: str | None = None,
    since: datetime | None = None,
) -> Iterator[dict[str, Any]]:
    """Events as Rasa stored them (`event`, `timestamp`, `text`...), plus `sender_id`,
    conversation by conversation in the order they happened: of one conversation,
    or of every conversation that started at or after `since`."""
    query = f"SELECT sender_id, data FROM {EVENTS_TABLE} WHERE 1 = 1"
    params: dict[str, Any] = {}
    if conversation_id is not None:
        query += " AND sender_id = :sender"
        params["sender"] = conversation_id
    if since is not None:
        query += (f" AND sender_id IN (SELECT sender_id FROM {EVENTS_TABLE}"
                  " GROUP BY sender_id HAVING MIN(timestamp) >= :since)")
        params["since"] = since.timestamp()
    with _events_engine(tracker_store_url) as engine:
        if engine is None:
            return
        with engine.connect() as connection:
            rows = connection.execute(text(query + " ORDER BY sender_id, id"), params)
            for sender_id, data in rows:
                event = json.loads(data or "{}")
                event["sender_id"] = sender_id
                yield event


def delete_conversations(tracker_store_url: str, conversation_ids: Iterable[str]) -> int:
    """Deletes the tracker events of these conversations; returns how many rows went.

    A tracker store that does not exist yet, or has no `events` table (Rasa has
    not run, or the clinic uses another kind of tracker store), holds nothing to
    erase, so that counts as zero rather than an error.
    """
    ids = sorted({c for c in conversation_ids if c})
    if not ids:
        return 0
    with _events_engine(tracker_store_url) as engine:
        if engine is None:
            return 0
        statement = text(f"DELETE FROM {EVENTS_TABLE} WHERE sender_id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        with engine.begin() as connection:
            return connection.execute(statement, {"ids": ids}).rowcount
