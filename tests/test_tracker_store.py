"""The tracker store the Rasa server builds from `endpoints.yml`: conversations
are kept in the database (Rasa silently keeps them in memory when it cannot
import a custom store), and an SQLite file is written with a write-ahead log."""

from __future__ import annotations

import asyncio
import sqlite3

from rasa.core.tracker_store import TrackerStore
from rasa.core.utils import read_endpoints_from_path
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.leads.tracker import delete_conversations
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


def turn(tracker: DialogueStateTracker, text: str, slot: str, value) -> DialogueStateTracker:
    tracker.update(UserUttered(text))
    tracker.update(SlotSet(slot, value))
    return tracker


def test_a_conversation_read_from_memory_is_the_one_the_database_holds(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    store, domain = store_from_endpoints(monkeypatch, url)
    tracker = DialogueStateTracker.from_events("visitor-2", [SessionStarted()], domain.slots)
    asyncio.run(store.save(turn(tracker, "my neck", "pain_location", "neck")))
    for text, slot, value in (("about 4 months", "pain_duration_category", "chronic"),
                              ("around a 5", "pain_severity", 5.0)):
        tracker = asyncio.run(store.retrieve("visitor-2"))
        asyncio.run(store.save(turn(tracker, text, slot, value)))

    remembered = asyncio.run(store.retrieve("visitor-2"))
    from_disk = asyncio.run(store_from_endpoints(monkeypatch, url)[0].retrieve("visitor-2"))
    assert [e.as_dict() for e in remembered.events] == [e.as_dict() for e in from_disk.events]
    assert remembered.current_slot_values() == from_disk.current_slot_values()
    assert remembered.get_slot("pain_severity") == 5.0


def test_instances_sharing_the_database_see_each_others_turns_and_erasures(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    first, domain = store_from_endpoints(monkeypatch, url)
    second, _ = store_from_endpoints(monkeypatch, url)
    tracker = DialogueStateTracker.from_events("visitor-3", [SessionStarted()], domain.slots)
    asyncio.run(first.save(turn(tracker, "lower back", "pain_location", "lower_back")))
    asyncio.run(first.save(turn(asyncio.run(first.retrieve("visitor-3")), "no", "pain_radiates", False)))

    asyncio.run(second.save(turn(asyncio.run(second.retrieve("visitor-3")), "6", "pain_severity", 6.0)))
    seen = asyncio.run(first.retrieve("visitor-3"))
    assert seen.get_slot("pain_severity") == 6.0
    assert seen.get_slot("pain_radiates") is False

    assert delete_conversations(url, ["visitor-3"]) > 0
    assert asyncio.run(first.retrieve("visitor-3")) is None
