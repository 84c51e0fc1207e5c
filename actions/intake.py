"""The intake form: validate what the visitor said, ask for what is still missing."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.danger_check import DangerCheckValidation
from actions.tracker_facts import (
    bot_has_spoken,
    latest_intent,
    latest_is_aside,
    merge_unique,
    slot_before_latest_message,
    slots_set_since_latest_message,
)
from bot.intake import INTAKE_SLOTS, LOCATION_LABELS, describe_duration, describe_facts
from bot.short_answers import location_answer
from bot.triage import NO_HANDOFF_LEVELS

_YES_NO_LABELS = {
    "pain_radiates": {True: "spreading into a limb", False: "not spreading"},
    "seen_doctor": {True: "seen a doctor", False: "not seen a doctor"},
}


class ValidateIntakeForm(DangerCheckValidation):
    """Keeps every fact given, announces corrections, and pauses for safety questions."""

    def name(self) -> Text:
        return "validate_intake_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        events = await super().run(dispatcher, tracker, domain)
        if any(e.get("name") in INTAKE_SLOTS and e.get("value") is not None for e in events):
            events.append(SlotSet("reask_count", None))
        if tracker.active_loop.get("name") == self.form_name() and latest_is_aside(tracker):
            # Keep the facts, but let the question ("does it hurt, for lower
            # back pain?") be answered before the form asks again.
            events.append(ActionExecutionRejected(self.form_name()))
        return events

    def form_questions(self, tracker: Tracker) -> List[Text]:
        if tracker.get_slot("triage_level") in NO_HANDOFF_LEVELS:
            return []
        return list(INTAKE_SLOTS)

    def extract_precautions(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        """'No' / 'none of these' to the precautions question is an empty list."""
        if tracker.get_slot("requested_slot") == "precautions" and latest_intent(tracker) == "deny":
            return {"precautions": tracker.get_slot("precautions") or []}
        return {}

    def extract_pain_location(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        """'Lower', 'the top part' and the like, as the answer to the location question."""
        if tracker.get_slot("requested_slot") != "pain_location":
            return {}
        region = location_answer(tracker.latest_message.get("text") or "")
        return {"pain_location": region} if region else {}

    def validate_pain_location(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        old = slot_before_latest_message(tracker, "pain_location")
        if old and old != value:
            _say_changed(dispatcher, LOCATION_LABELS.get(value, value), LOCATION_LABELS.get(old, old))
        return {"pain_location": value}

    def validate_pain_duration_category(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        old_category = slot_before_latest_message(tracker, "pain_duration_category")
        old_days = slot_before_latest_message(tracker, "pain_duration_days")
        days = tracker.get_slot("pain_duration_days")
        result: Dict[Text, Any] = {"pain_duration_category": value}
        if "pain_duration_days" not in slots_set_since_latest_message(tracker) and old_category != value:
            days = None
            result["pain_duration_days"] = None
        old_text = describe_duration(old_days, old_category)
        new_text = describe_duration(days, value)
        if old_category and old_text != new_text:
            _say_changed(dispatcher, new_text, old_text)
        return result

    def validate_pain_radiates(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return _yes_no(dispatcher, tracker, "pain_radiates", value)

    def validate_seen_doctor(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return _yes_no(dispatcher, tracker, "seen_doctor", value)

    def validate_pain_severity(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        try:
            severity = min(10.0, max(0.0, float(value)))
        except (TypeError, ValueError):
            return {"pain_severity": None}
        old = slot_before_latest_message(tracker, "pain_severity")
        if old is not None and float(old) != severity:
            _say_changed(dispatcher, f"{severity:g}/10", f"{float(old):g}/10")
        return {"pain_severity": severity}

    def validate_precautions(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        old = slot_before_latest_message(tracker, "precautions") or []
        merged = merge_unique(old, value or [])
        for code in merged:
            if code not in old:
                dispatcher.utter_message(response=f"utter_precaution_{code}")
        return {"precautions": merged}


def _say_changed(dispatcher: CollectingDispatcher, new: Optional[str], old: Optional[str]) -> None:
    dispatcher.utter_message(response="utter_changed", change=f"{new} instead of {old}")


def _yes_no(dispatcher: CollectingDispatcher, tracker: Tracker, slot: Text, value: Any) -> Dict[Text, Any]:
    old = slot_before_latest_message(tracker, slot)
    if old is not None and old != value:
        labels = _YES_NO_LABELS[slot]
        _say_changed(dispatcher, labels[bool(value)], labels[bool(old)])
    return {slot: bool(value)}


class AskForIntakeSlot(Action):
    """Asks for one intake fact: acknowledges new facts, and rephrases after an unclear answer."""

    slot: Text = ""

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        if not bot_has_spoken(tracker):
            dispatcher.utter_message(response="utter_intro_short")
        acknowledgement = _new_facts_summary(tracker)
        if acknowledgement:
            dispatcher.utter_message(text=f"Thanks, noted: {acknowledgement}.")
        dispatcher.utter_message(response=self.question(tracker))
        return []

    def question(self, tracker: Tracker) -> Text:
        retry = "_retry" if tracker.get_slot("reask_count") else ""
        return f"utter_ask_{self.slot}{retry}"


class AskDangerCheck(AskForIntakeSlot):
    slot = "danger_check"

    def question(self, tracker: Tracker) -> Text:
        if tracker.get_slot("reask_count"):
            return "utter_ask_danger_check_retry"
        return f"utter_ask_danger_check_{tracker.get_slot('flag_to_clarify') or 'leg_weakness'}"


def _new_facts_summary(tracker: Tracker) -> Text:
    """Facts first given in the latest message (corrections are announced on their own)."""
    new = {
        slot: value
        for slot, value in slots_set_since_latest_message(tracker).items()
        if slot in INTAKE_SLOTS and slot != "precautions" and value is not None
        and slot_before_latest_message(tracker, slot) is None
    }
    if "pain_duration_category" in new:
        new["pain_duration_days"] = tracker.get_slot("pain_duration_days")
    return describe_facts(new)


#: One ask action per intake slot (kept referenced: the SDK finds actions as subclasses).
ASK_ACTIONS = tuple(
    type(f"AskFor_{slot}", (AskForIntakeSlot,), {"slot": slot}) for slot in INTAKE_SLOTS
)
