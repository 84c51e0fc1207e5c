"""One yes/no question about an ambiguous danger hint, in whichever form it comes up.

"Some tingling in my leg" can be ordinary sciatica or the start of nerve
damage. The visitor is asked once, whether the hint comes during the intake or
during the contact details; a "yes" gets the advice at once.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Dict, List, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.tracker_facts import entity_values
from actions.triage import escalate


def clarification_events(tracker: Tracker) -> List[EventType]:
    """Ask once about an ambiguous danger hint that is not already a known sign."""
    known = set(tracker.get_slot("red_flags") or [])
    for code in entity_values(tracker, "unclear_flag"):
        already_asked = code == tracker.get_slot("flag_to_clarify")
        if code not in known and not already_asked:
            return [SlotSet("flag_to_clarify", code), SlotSet("danger_check", None)]
    return []


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
        clarification = clarification_events(tracker)
        tracker.add_slots(clarification)
        return clarification + await super().run(dispatcher, tracker, domain)

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
        flag = tracker.get_slot("flag_to_clarify")
        if value == "yes" and flag:
            return {"danger_check": "yes", **escalate(dispatcher, tracker, [flag])}
        dispatcher.utter_message(response="utter_danger_check_reassured")
        return {"danger_check": "no"}
