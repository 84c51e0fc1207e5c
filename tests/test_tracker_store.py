"""The tracker store the Rasa server builds from `endpoints.yml`: conversations
are kept in the database (Rasa silently keeps them in memory when it cannot
import a custom store), and an SQLite file is written with a write-ahead log."""

from __future__ import annotations

import asyncio
import sqlite3

from rasa.core.tracker_store import TrackerStore
from rasa.core.utils import read_endpoints_from_path
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.settings import PROJECT_ROOT, load
from bot.tracker_store import SqlTrackerStore


def store_from_endpoints(monkeypatch, tracker_store_url: str):
    settings = load(environ={"ENV_FILE": "/dev/null", "TRACKER_STORE_URL": tracker_store_url})
    for name, value in settings.as_environment().items():
        monkeypatch.setenv(name, value)
    endpoints = read_endpoints_from_path(PROJECT_ROOT / "endpoints.yml")
    domain = Domain.load(PROJECT_ROOT / "domain.yml")
    return TrackerStore.create(endpoints.tracker_store, domain), domain


def test_conversations_survive_in_the_sqlite_file_with_a_write_ahead_log(monkeypatch, tmp_path):
    database = tmp_path / "tracker.db"
    store, domain = store_from_endpoints(monkeypatch, f"sqlite:///{database}")
    assert isinstance(store, SqlTrackerStore)

    tracker = DialogueStateTracker.from_events("visitor-1", [
        UserUttered("my lower back, 3 weeks"), SlotSet("pain_location", "lower_back")], domain.slots)
    asyncio.run(store.save(tracker))

    reopened, _ = store_from_endpoints(monkeypatch, f"sqlite:///{database}")
    kept = asyncio.run(reopened.retrieve("visitor-1"))
    assert kept.get_slot("pain_location") == "lower_back"
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
