"""Reading the tracker: the latest message's entities and earlier slot values."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker

from bot.intake import FACT_SLOTS

#: Entities whose value is a slot's value as is.
_SCALAR_FACTS = tuple(slot for slot in FACT_SLOTS if slot != "precautions")


def entity_values(tracker: Tracker, entity: Text) -> List[Any]:
    """Values of one entity type in the latest message, in order, without repeats."""
    values: List[Any] = []
    for found in tracker.latest_message.get("entities", []):
        if found.get("entity") == entity and found.get("value") not in values:
            values.append(found.get("value"))
    return values


def latest_intent(tracker: Tracker) -> Optional[Text]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def facts_in_latest_message(tracker: Tracker) -> Dict[Text, Any]:
    """The intake facts of the latest message as slot values.

    Slot mappings skip danger-sign messages so that the form pauses; the triage
    action records their facts with this instead.
    """
    facts: Dict[Text, Any] = {}
    for slot in _SCALAR_FACTS:
        values = entity_values(tracker, slot)
        if values:
            facts[slot] = values[-1]
    precautions = entity_values(tracker, "precaution")
    if precautions:
        facts["precautions"] = merge_unique(tracker.get_slot("precautions"), precautions)
    return facts


def merge_unique(old: Optional[List[Any]], new: List[Any]) -> List[Any]:
    merged = list(old or [])
    merged.extend(value for value in new if value not in merged)
    return merged


def _latest_user_index(events: List[Dict[Text, Any]]) -> int:
    for index in range(len(events) - 1, -1, -1):
        if events[index].get("event") == "user":
            return index
    return len(events)


def slot_before_latest_message(tracker: Tracker, slot: Text) -> Any:
    """The slot's value before the latest user message, to notice corrections."""
    value = None
    events = tracker.events
    for event in events[: _latest_user_index(events)]:
        if event.get("event") == "slot" and event.get("name") == slot:
            value = event.get("value")
        elif event.get("event") in ("restart", "session_started"):
            value = None
    return value


def slots_set_since_latest_message(tracker: Tracker) -> Dict[Text, Any]:
    """Slots set after the latest user message, as the form's ask actions see them."""
    events = tracker.events
    return {
        event["name"]: event.get("value")
        for event in events[_latest_user_index(events):]
        if event.get("event") == "slot"
    }


def bot_has_spoken(tracker: Tracker) -> bool:
    return any(event.get("event") == "bot" for event in tracker.events)
