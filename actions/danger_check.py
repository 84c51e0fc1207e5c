"""One yes/no question about an ambiguous danger hint, in whichever form it comes up.

"Some tingling in my leg" can be ordinary sciatica or the start of nerve
damage. The visitor is asked once, whether the hint comes at the opening,
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

from actions.tracker_facts import entity_values, latest_intent, new_facts_in_latest_message
from actions.triage import escalate, tell_clinic


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
        flag = tracker.get_slot("flag_to_clarify")
        if value == "yes" and flag:
            raised = escalate(dispatcher, tracker, [flag])
            lead_id = tracker.get_slot("lead_id")
            if lead_id and tell_clinic(lead_id, raised["triage_level"], raised["red_flags"]):
                dispatcher.utter_message(response="utter_clinic_told_of_danger_signs")
            return {"danger_check": "yes", **raised}
        dispatcher.utter_message(response="utter_danger_check_reassured")
        return {"danger_check": "no"}
