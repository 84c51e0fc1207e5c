"""Known facts outside the intake form: a message about something else never overwrites one.

Rasa fills the fact slots from the language layer's entities on every message
(the opening's facts come that way). Inside the intake form its validation
decides (`actions.intake`); after it, at the offer, the contact questions or
once the lead is sent, nothing did: "Between two and four in the afternoon"
as the best time to call turned a 8/10 into 3/10, "I'm on Eliquis" replaced
the pregnancy noted before. Rasa runs `action_validate_slot_mappings` after
every extraction; this one keeps a known fact unless the message speaks of
the pain or says it corrects something, takes a score only when it is clearly
one, and adds precautions to those known instead of replacing them.
"""

from __future__ import annotations

from typing import Any, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.tracker_facts import latest_message, merge_unique, precautions_taken_back, slot_before_latest_message
from bot.answers import clearly_a_score, may_change_known_fact
from bot.intake import FACT_SLOTS, PRECAUTION_LABELS, describe_list

#: The facts of the pain that a later message may change only by speaking of it
#: (precautions are added to instead, below).
_GUARDED = (frozenset(FACT_SLOTS) - {"precautions"}) | {"pain_radiates_to"}
#: The form whose own validation decides every fact while it asks.
_FORM_DECIDES = "intake_form"


class ValidateSlotMappings(Action):
    """Rasa's hook for slots filled outside a form's own validation."""

    def name(self) -> Text:
        return "action_validate_slot_mappings"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        if tracker.active_loop.get("name") == _FORM_DECIDES:
            return []
        text = latest_message(tracker).text
        about_the_pain = may_change_known_fact(text)
        events: List[EventType] = []
        for slot in tracker.slots_to_validate():
            old = slot_before_latest_message(tracker, slot)
            if slot == "precautions" and old:
                events.append(SlotSet(slot, merge_unique(old, tracker.get_slot(slot) or [])))
            elif slot in _GUARDED and _kept(slot, old, tracker.get_slot(slot), about_the_pain, text):
                events.append(SlotSet(slot, old))
        return events + take_back_precautions(dispatcher, tracker, events)


def take_back_precautions(dispatcher: CollectingDispatcher, tracker: Tracker,
                          events: List[EventType] = ()) -> List[EventType]:
    """Noted precautions the message says do not apply are taken out, and said so."""
    taken_back = precautions_taken_back(tracker)
    if not taken_back:
        return []
    noted = next((e["value"] for e in reversed(events) if e.get("name") == "precautions"),
                 tracker.get_slot("precautions")) or []
    # Inside the intake an empty list would answer its question with "none": unknown instead.
    kept = [code for code in noted if code not in taken_back] or (
        None if tracker.active_loop.get("name") == _FORM_DECIDES else [])
    tracker.slots["precautions"] = kept
    dispatcher.utter_message(response="utter_changed",
                             change=f"{describe_list(taken_back, PRECAUTION_LABELS)} taken out")
    return [SlotSet("precautions", kept)]


def _kept(slot: Text, old: Any, new: Any, about_the_pain: bool, text: Text) -> bool:
    if old is None or old == new:
        return False
    if slot == "pain_severity" and not clearly_a_score(text):
        return True
    return not about_the_pain
