"""One yes/no question about an ambiguous danger hint, in whichever form it comes up.

"Some tingling in my leg" can be ordinary sciatica or the start of nerve
damage. The visitor is asked once per sign, whether the hint comes at the opening,
during the intake, during the contact details or after the lead (outside the
forms the intake form starts to ask it); a "yes" gets the advice at once, and
after a lead the clinic is told too.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Dict, List, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.tracker_facts import (
    entity_values, latest_intent, new_facts_in_latest_message, slot_before_latest_message,
    slots_set_since_latest_message,
)
from actions.triage import escalate, tell_clinic


def _hints_and_answers(tracker: Tracker) -> tuple[List[Text], set]:
    """(possible signs mentioned, in order; those whose question got a yes or no) this session."""
    mentioned: List[Text] = []
    answered: set = set()
    flag = None
    for event in tracker.events:
        kind = event.get("event")
        if kind in ("restart", "session_started"):
            mentioned, answered, flag = [], set(), None
        elif kind == "user":
            for entity in (event.get("parse_data") or {}).get("entities", []):
                if entity.get("entity") == "unclear_flag" and entity.get("value") not in mentioned:
                    mentioned.append(entity.get("value"))
        elif kind == "slot" and event.get("name") == "flag_to_clarify":
            flag = event.get("value")
        elif kind == "slot" and event.get("name") == "danger_check" and event.get("value") and flag:
            answered.add(flag)
    return mentioned, answered


def next_hint(tracker: Tracker, just_answered: Text | None = None) -> Text | None:
    """The possible sign whose question is owed next, if any: one the latest
    message raised first, then the earliest still unanswered.

    Several can come up before the first is answered ("my calf goes numb",
    then "I get puffed out on the stairs"): the newest is asked at once, as it
    is what the visitor is talking about, and every other one after it.
    """
    mentioned, answered = _hints_and_answers(tracker)
    known = set(tracker.get_slot("red_flags") or []) | answered | {just_answered}
    latest = [code for code in entity_values(tracker, "unclear_flag") if code not in known]
    if just_answered is None and latest:
        return latest[0]
    return next((code for code in mentioned if code not in known), None)


def raises_a_new_hint(tracker: Tracker) -> bool:
    """Whether the latest message raises a possible sign not asked about yet."""
    return latest_intent(tracker) == "danger_hint" and next_hint(tracker) in entity_values(tracker, "unclear_flag")


def clarification_events(tracker: Tracker) -> List[EventType]:
    """Ask about a possible danger sign whose question is owed, one at a time.

    Not when the same message states a sign outright: its advice comes first
    (the form steps aside for the triage rule), and a question about a lesser
    hint in it ("numb between my legs", also a hint of leg weakness) must not
    take its place. Not when the message answers the safety question: its
    validation moves on to the next one.
    """
    if latest_intent(tracker) == "red_flag" or entity_values(tracker, "red_flag"):
        return []
    if slots_set_since_latest_message(tracker).get("danger_check") is not None:
        return []
    code = next_hint(tracker)
    if code is None or (code == tracker.get_slot("flag_to_clarify") and tracker.get_slot("danger_check") is None):
        return []
    return [SlotSet("flag_to_clarify", code), SlotSet("danger_check", None)]


class DangerCheckValidation(FormValidationAction, ABC):
    """A form's validation that puts `danger_check` first while a hint awaits its answer.

    Abstract, so the action server registers only the forms' own subclasses.
    """

    @abstractmethod
    def form_questions(self, tracker: Tracker) -> List[Text]:
        """The form's own slots, in the order it asks them."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        events = clarification_events(tracker)
        if latest_intent(tracker) == "danger_hint":
            # Slot mappings skip danger-sign messages; their facts only fill gaps.
            events += [SlotSet(slot, value) for slot, value in new_facts_in_latest_message(tracker).items()]
        tracker.add_slots(events)
        return events + await super().run(dispatcher, tracker, domain)

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        questions = self.form_questions(tracker)
        if questions and tracker.get_slot("flag_to_clarify"):
            return ["danger_check", *questions]
        return questions

    def validate_danger_check(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if value is None:
            return {}
        if slot_before_latest_message(tracker, "danger_check") == value:
            # Answered earlier: a form that starts later validates it again, in
            # silence, and asks only about a sign still owed.
            owed = next_hint(tracker)
            return {"flag_to_clarify": owed, "danger_check": None} if owed else {}
        flag = tracker.get_slot("flag_to_clarify")
        if value == "yes" and flag:
            result = {"danger_check": "yes", **escalate(dispatcher, tracker, [flag])}
            lead_id = tracker.get_slot("lead_id")
            if lead_id and tell_clinic(lead_id, result["triage_level"], result["red_flags"]):
                dispatcher.utter_message(response="utter_clinic_told_of_danger_signs")
        else:
            dispatcher.utter_message(response="utter_danger_check_reassured")
            result = {"danger_check": "no"}
        owed = next_hint(tracker, just_answered=flag)
        if owed:
            result.update(flag_to_clarify=owed, danger_check=None)
        return result
