"""Erasing a visitor's conversations from Rasa's SQL tracker store.

The right to erasure covers what the visitor said in the chat, not only the
lead. Rasa keeps every event of a conversation as a row of its `events` table
keyed by `sender_id`, which is the conversation id the lead recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import bindparam, create_engine, inspect, text
from sqlalchemy.engine import make_url

EVENTS_TABLE = "events"


def delete_conversations(tracker_store_url: str, conversation_ids: Iterable[str]) -> int:
    """Deletes the tracker events of these conversations; returns how many rows went.

    A tracker store that does not exist yet, or has no `events` table (Rasa has
    not run, or the clinic uses another kind of tracker store), holds nothing to
    erase, so that counts as zero rather than an error.
    """
    ids = sorted({c for c in conversation_ids if c})
    if not ids or not tracker_store_url:
        return 0
    url = make_url(tracker_store_url)
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).exists()):
        return 0
    engine = create_engine(url, future=True)
    try:
        if not inspect(engine).has_table(EVENTS_TABLE):
            return 0
        statement = text(f"DELETE FROM {EVENTS_TABLE} WHERE sender_id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        with engine.begin() as connection:
            return connection.execute(statement, {"ids": ids}).rowcount
    finally:
        engine.dispose()
