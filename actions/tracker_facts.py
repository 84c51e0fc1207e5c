"""Reading the tracker: the latest message's entities and earlier slot values."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker

from bot.answers import (
    QUESTION_SELECTOR, Message, asks_for_advice, asks_for_handoff, asks_what_scores_mean, precautions_asked_about,
    question_part, tells_facts_only,
)
from bot.intake import FACT_SLOTS, INTAKE_SLOTS

#: The questions of the intake, before any handoff: its facts and a danger sign's question.
INTAKE_QUESTIONS = (*INTAKE_SLOTS, "danger_check")

#: Entities whose value is a slot's value as is.
_SCALAR_FACTS = tuple(slot for slot in FACT_SLOTS if slot != "precautions")


def writes_for_someone_else(tracker: Tracker) -> bool:
    """The pain of this intake is another person's: the latest message that said where the
    pain is was about someone else ("I'm writing for my mother, her lower back...")."""
    for event in reversed(tracker.events):
        if event.get("event") in ("restart", "session_started"):
            return False
        found = {item.get("entity") for item in (event.get("parse_data") or {}).get("entities") or []} \
            if event.get("event") == "user" else set()
        if "pain_location" in found:
            return "about_someone_else" in found
    return False


def _patient_entities(tracker: Tracker) -> List[Dict[Text, Any]]:
    """The latest message's entities, with the precautions said of another person ("she
    takes Eliquis") as the patient's when the visitor writes for that person."""
    entities = tracker.latest_message.get("entities") or []
    others = {item.get("value") for item in entities if item.get("entity") == "precaution_of_other"}
    if not others or not writes_for_someone_else(tracker):
        return entities
    return [{**item, "entity": "precaution"} if item.get("entity") == "precaution_of_other" else item
            for item in entities
            if not (item.get("entity") == "precaution_denied" and item.get("value") in others)]


def entity_values(tracker: Tracker, entity: Text) -> List[Any]:
    """Values of one entity type in the latest message, in order, without repeats."""
    values: List[Any] = []
    for found in _patient_entities(tracker):
        if found.get("entity") == entity and found.get("value") not in values:
            values.append(found.get("value"))
    return values


def latest_intent(tracker: Tracker) -> Optional[Text]:
    return (tracker.latest_message.get("intent") or {}).get("name")


#: Intents that ask or request something instead of answering.
ASIDE_INTENTS = frozenset(
    {"faq", "chitchat", "why_ask", "out_of_scope", "human_handoff", "start_over",
     "goodbye", "book", "contact_me"}
)


#: Aside intents that only guess a topic from the words, unlike a request ("call me", "start over").
GUESSED_TOPICS = frozenset({"faq", "chitchat", "out_of_scope"})


def faq_selected(tracker: Tracker) -> Dict[Text, Any]:
    """What the FAQ selector chose for the latest message: its "response" (with the
    utter_action) and the "ranking" of the topics."""
    selectors = (tracker.latest_message or {}).get("response_selector") or {}
    return selectors.get("faq") or selectors.get("default") or {}


#: How far ahead of the next topic the FAQ selector's choice must be, for a question
#: asked beside other words (which blur the topic), and how sure it must be at least.
FAQ_LEAD = 2.0
FAQ_LEAST = 0.3


def clear_faq(selected: Dict[Text, Any], least: float = 0.0) -> Optional[Text]:
    """The FAQ response of a selection whose topic is clearly ahead of the next one."""
    response = selected.get("response") or {}
    action = response.get("utter_action") or ""
    ranking = [item.get("confidence") or 0 for item in selected.get("ranking") or []]
    confidence = response.get("confidence") or 0
    runner_up = ranking[1] if len(ranking) > 1 else 0
    return action if action.startswith("utter_faq/") and confidence >= max(least, FAQ_LEAD * runner_up) else None


def faq_of_question(tracker: Tracker) -> Optional[Text]:
    """The FAQ response for the visitor's own question inside a longer message ("lower
    back 3 weeks, do you take insurance?"), chosen on the question's words alone."""
    selectors = (tracker.latest_message or {}).get("response_selector") or {}
    return clear_faq(selectors.get(QUESTION_SELECTOR) or {}, FAQ_LEAST)


def reply_to_question(tracker: Tracker) -> Optional[Text]:
    """The reply to the visitor's own question inside a longer message: its FAQ answer
    or, when its topic is none the assistant knows ("3 weeks. can I bring my dog?"),
    who can answer it, so a question asked beside an answer is never passed over."""
    selectors = (tracker.latest_message or {}).get("response_selector") or {}
    if QUESTION_SELECTOR not in selectors:
        return None
    question = question_part(latest_message(tracker).text) or ""
    if asks_for_handoff(question):  # "none. can someone call me?": the handoff comes after the intake
        return "utter_intake_first" if tracker.get_slot("requested_slot") in INTAKE_QUESTIONS else None
    answer = faq_of_question(tracker)
    if answer or asks_for_advice(question):
        return answer
    return "utter_question_for_clinic"


def latest_message(tracker: Tracker) -> Message:
    """The latest visitor message as the answer parsers read it."""
    message = tracker.latest_message or {}
    return Message(message.get("text") or "", latest_intent(tracker), _patient_entities(tracker))


def handled_as_aside(tracker: Tracker) -> bool:
    """The form is back after answering the latest message as an aside."""
    return any(e.get("event") == "action_execution_rejected" for e in events_since_latest_message(tracker))


def latest_is_aside(tracker: Tracker, answered: bool) -> bool:
    """Whether the latest message, sent while a question is pending, steps aside from it.

    The one rule: a message that answers the pending question (``answered``,
    from `bot.answers`) is an answer, whatever its intent; any other message
    is an aside when it asks or requests something: a question mark, or an
    intent of asking (FAQ, why, a person, booking, start over, goodbye).
    """
    requested = tracker.get_slot("requested_slot")
    if not requested or answered or handled_as_aside(tracker):
        return False
    message = latest_message(tracker)
    if requested == "pain_severity" and asks_what_scores_mean(message.text):
        return False  # asked again, explained (actions.intake.AskPainSeverity)
    if asks_what_a_precaution_means(tracker):
        return False  # the words explained, then asked again (ValidateIntakeForm.validate_precautions)
    if says_it_again(tracker):
        return False  # its aside was answered last time: the same words again are meant as the answer
    if latest_intent(tracker) in GUESSED_TOPICS and tells_facts_only(message):
        return False  # "pretty much stays put": a fact for a later question, noted, no FAQ answer
    return latest_intent(tracker) in ASIDE_INTENTS or "?" in message.text


def asks_what_a_precaution_means(tracker: Tracker) -> bool:
    """At the precautions question, the latest message asks what one of them means or whether
    it matters ("what counts as a bleeding disorder?"): it is explained there and the
    question asked again, never answered as an aside."""
    return tracker.get_slot("requested_slot") == "precautions" and bool(precautions_asked_about(latest_message(tracker)))


def says_it_again(tracker: Tracker) -> bool:
    """The visitor sent the same words as in the turn before, at the same question."""
    said: List[tuple] = []
    requested = None
    for event in tracker.events:
        if event.get("event") == "slot" and event.get("name") == "requested_slot":
            requested = event.get("value")
        elif event.get("event") == "user":
            said.append((" ".join((event.get("text") or "").lower().split()), requested))
    return len(said) >= 2 and bool(said[-1][0]) and said[-1] == said[-2]


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


def precautions_taken_back(tracker: Tracker) -> List[Text]:
    """Precautions noted before that the latest message says do not apply ("sorry, I
    don't have a pacemaker, that's my dad")."""
    denied = entity_values(tracker, "precaution_denied")
    return [code for code in slot_before_latest_message(tracker, "precautions") or [] if code in denied]


def changes_precautions(tracker: Tracker) -> bool:
    """The latest message takes back a precaution noted before or names a new one."""
    noted = slot_before_latest_message(tracker, "precautions") or []
    return bool(precautions_taken_back(tracker)) or any(
        code not in noted for code in entity_values(tracker, "precaution"))


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


def values_before_latest_message(tracker: Tracker, slot: Text) -> List[Any]:
    """Every value the slot was given before the latest user message, refused ones too."""
    events = tracker.events
    return [event.get("value") for event in events[: _latest_user_index(events)]
            if event.get("event") == "slot" and event.get("name") == slot and event.get("value") is not None]


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


def ever_requested(tracker: Tracker, slot: Text) -> bool:
    """Whether the question for `slot` was put since the conversation (re)started."""
    asked = False
    for event in tracker.events:
        if event.get("event") in ("restart", "session_started"):
            asked = False
        elif event.get("event") == "slot" and event.get("name") == "requested_slot" and event.get("value") == slot:
            asked = True
    return asked


def times_asked(tracker: Tracker, slot: Text) -> int:
    """How many earlier turns ended with the question for `slot` on screen, still unanswered.

    Counted from the tracker (the forms' ask actions leave no event of their
    own): a turn counts when a bot message followed while `slot` was requested.
    A turn that ends with the slot filled, a restart or a new session starts the
    count again; a value the validation then took back (a phone number that does
    not check out) fills nothing.
    """
    events = tracker.events
    count, asked_in_turn, filled, requested = 0, False, False, None
    for event in events[: _latest_user_index(events)]:
        kind = event.get("event")
        if kind in ("restart", "session_started"):
            count, asked_in_turn, filled = 0, False, False
        elif kind == "user":
            count = 0 if filled else count + asked_in_turn
            asked_in_turn, filled = False, False
        elif kind == "slot" and event.get("name") == slot:
            filled = event.get("value") is not None
        elif kind == "slot" and event.get("name") == "requested_slot":
            requested = event.get("value")
        elif kind == "bot" and requested == slot:
            asked_in_turn = True
    return 0 if filled else count + asked_in_turn
