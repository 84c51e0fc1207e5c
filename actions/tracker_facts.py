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


#: Intents that step aside from the question asked: answer them, then ask again.
ASIDE_INTENTS = frozenset(
    {"faq", "chitchat", "why_ask", "out_of_scope", "human_handoff", "start_over",
     "goodbye", "book", "contact_me"}
)
#: Asides that a short free-text answer (a name) is never mistaken for.
_COMMAND_INTENTS = frozenset({"why_ask", "human_handoff", "start_over"})
CONFIDENT = 0.8


def latest_is_aside(tracker: Tracker, free_text_answer: bool = False) -> bool:
    """Whether the latest message, sent while a form waits for an answer, is a
    question or request instead.

    Names and other free-text answers are classified unpredictably ("Dana
    Whitfield" may look like an FAQ), so for them only a question mark, an
    unmistakable command, or nothing that looks like an email or phone counts.
    """
    intent = tracker.latest_message.get("intent") or {}
    if not tracker.get_slot("requested_slot") or intent.get("name") not in ASIDE_INTENTS:
        return False
    if any(e.get("event") == "action_execution_rejected" for e in events_since_latest_message(tracker)):
        return False  # already answered as an aside; the form now resumes
    text = tracker.latest_message.get("text") or ""
    confident = (intent.get("confidence") or 0) >= CONFIDENT
    if not free_text_answer:
        return confident or "?" in text
    if "@" in text or sum(ch.isdigit() for ch in text) >= 5:
        return False
    return "?" in text or (confident and intent["name"] in _COMMAND_INTENTS)


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


def new_facts_in_latest_message(tracker: Tracker) -> Dict[Text, Any]:
    """The facts of a danger-sign message that fill a gap, never one already known.

    "I've had a temperature of 39 since yesterday" is about the fever: its
    "since yesterday" must not replace how long the back pain has lasted.
    Precautions only ever add up, so they are kept.
    """
    return {slot: value for slot, value in facts_in_latest_message(tracker).items()
            if slot == "precautions" or tracker.get_slot(slot) is None}


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


def events_since_latest_message(tracker: Tracker) -> List[Dict[Text, Any]]:
    return tracker.events[_latest_user_index(tracker.events):]


def slots_set_since_latest_message(tracker: Tracker) -> Dict[Text, Any]:
    """Slots set after the latest user message, as the form's ask actions see them."""
    return {
        event["name"]: event.get("value")
        for event in events_since_latest_message(tracker)
        if event.get("event") == "slot"
    }


def bot_has_spoken(tracker: Tracker) -> bool:
    return any(event.get("event") == "bot" for event in tracker.events)
