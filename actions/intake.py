"""The intake form: validate what the visitor said, ask for what is still missing."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answer_first import AnswerFirstValidation, left_for_clinic, question_choices
from actions.asking import AskForSlot
from actions.known_facts import take_back_precautions
from actions.tracker_facts import (
    asks_what_a_precaution_means,
    bot_has_spoken,
    ever_requested,
    latest_intent,
    latest_message,
    merge_unique,
    reply_to_question,
    slot_before_latest_message,
    slots_set_since_latest_message,
)
from bot.answers import (
    asks_what_scores_mean, asks_whether_it_matters, clearly_a_score, corrected_score, is_correction, may_change_known_fact,
    precautions_asked_about,
    retracted_facts,
)
from bot.answers import severity as stated_severity
from bot.intake import (
    INTAKE_SLOTS, LOCATION_LABELS, PRECAUTION_LABELS, describe_duration, describe_facts, describe_list,
)
from bot.triage import NO_HANDOFF_LEVELS

_YES_NO_LABELS = {
    "pain_radiates": {True: "spreading into a limb", False: "not spreading"},
    "seen_doctor": {True: "seen a doctor", False: "not seen a doctor"},
}


#: A question's answer and the detail that goes with it.
_DETAILS = {"pain_duration_category": "pain_duration_days", "pain_radiates": "pain_radiates_to"}


class ValidateIntakeForm(AnswerFirstValidation):
    """Keeps every fact given, announces corrections, and pauses for safety questions.

    A fact already known changes only when the message is about the pain or
    says it corrects something (`may_change_known_fact`): the seven months of
    "I'm pregnant, 7 months along" are not the pain's duration.
    """

    def name(self) -> Text:
        return "validate_intake_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        events = await super().run(dispatcher, tracker, domain)
        if any(e.get("name") in INTAKE_SLOTS and e.get("value") is not None for e in events):
            events.append(SlotSet("reask_count", None))
        return events

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        # Before the next question is chosen, so that a fact taken back is asked again.
        events = await super().get_validation_events(dispatcher, tracker, domain)
        # The days go with their range and the limb with the spreading (the SDK drops
        # slots that are not questions).
        answered = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
        events += [SlotSet(detail, tracker.get_slot(detail) if answered[question] is not False else None)
                   for question, detail in _DETAILS.items() if question in answered]
        tracker.add_slots(events)
        return events + _retractions(dispatcher, tracker) + take_back_precautions(dispatcher, tracker, events)

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        events = await super().get_extraction_events(dispatcher, tracker, domain)
        corrected = corrected_score(latest_message(tracker).text, slot_before_latest_message(tracker, "pain_severity"))
        if corrected is not None:  # "I meant 6, not 9" at the next question
            events.append(SlotSet("pain_severity", corrected))
        return events

    def form_questions(self, tracker: Tracker) -> List[Text]:
        if tracker.get_slot("triage_level") in NO_HANDOFF_LEVELS:
            return []
        left = left_for_clinic(tracker)
        return [slot for slot in INTAKE_SLOTS if slot not in left]

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Optional[EventType]:
        """Precautions mentioned before their question are no answer to it: the
        question is still asked once, naming them, for any others."""
        event = await super().next_requested_slot(dispatcher, tracker, domain)
        done = event is not None and event.get("value") is None
        if done and "precautions" in self.form_questions(tracker) and (
                not ever_requested(tracker, "precautions") or asks_what_a_precaution_means(tracker)):
            return SlotSet("requested_slot", "precautions")
        return event

    def validate_pain_location(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        """Where it spreads is not where it is: "it shoots into my shoulder" keeps "neck"."""
        old = slot_before_latest_message(tracker, "pain_location")
        spreading = tracker.get_slot("requested_slot") == "pain_radiates" and not is_correction(
            latest_message(tracker).text)
        if _keeps_known_fact(tracker, "pain_location", old, value) or (old and spreading):
            return {"pain_location": old}
        if old and old != value:
            _say_changed(dispatcher, LOCATION_LABELS.get(value, value), LOCATION_LABELS.get(old, old))
        return {"pain_location": value}

    def validate_pain_duration_category(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        old_category = slot_before_latest_message(tracker, "pain_duration_category")
        old_days = slot_before_latest_message(tracker, "pain_duration_days")
        if "pain_duration_days" in slots_set_since_latest_message(tracker):
            days = tracker.get_slot("pain_duration_days")
        else:  # a range without days keeps the days only if the range is the same
            days = old_days if old_category == value else None
        # Known as a range only ("for years and years") is known all the same: "I had
        # the pacemaker fitted two years ago" at a later question does not make it 2 years.
        known = (old_category, old_days) if old_category else None
        if _keeps_known_fact(tracker, "pain_duration_category", known, (value, days)):
            return {"pain_duration_category": old_category, "pain_duration_days": old_days}
        old_text = describe_duration(old_days, old_category)
        new_text = describe_duration(days, value)
        if old_category and old_text != new_text:
            _say_changed(dispatcher, new_text, old_text)
        return {"pain_duration_category": value, "pain_duration_days": days}

    def validate_pain_radiates(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return _yes_no(dispatcher, tracker, "pain_radiates", value)

    def validate_seen_doctor(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return _yes_no(dispatcher, tracker, "seen_doctor", value)

    def validate_pain_severity(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        """Only a number the visitor gave: "my back has been bad" is not a 6/10."""
        old = slot_before_latest_message(tracker, "pain_severity")
        corrected = corrected_score(latest_message(tracker).text, old)
        if corrected is not None:
            _say_changed(dispatcher, f"{corrected:g}/10", f"{float(old):g}/10")
            return {"pain_severity": corrected}
        stated = stated_severity(latest_message(tracker), question_choices("pain_severity", tracker, domain)
                          if tracker.get_slot("requested_slot") == "pain_severity" else ())
        try:
            score = min(10.0, max(0.0, float(stated)))
        except (TypeError, ValueError):
            return {"pain_severity": old}
        if tracker.get_slot("requested_slot") not in ("pain_severity", None) and not clearly_a_score(
                latest_message(tracker).text):
            return {"pain_severity": old}
        if _keeps_known_fact(tracker, "pain_severity", old, score):
            return {"pain_severity": old}
        if old is not None and float(old) != score:
            _say_changed(dispatcher, f"{score:g}/10", f"{float(old):g}/10")
        return {"pain_severity": score}

    def validate_precautions(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        """Adds the precautions said; one only asked about ("what is a bleeding disorder?",
        "what if I'm pregnant?") is explained instead, and the question asked again."""
        old = slot_before_latest_message(tracker, "precautions") or []
        asked = precautions_asked_about(latest_message(tracker))
        if asked and asks_whether_it_matters(latest_message(tracker).text):
            dispatcher.utter_message(response="utter_precaution_matters")  # "what if I'm pregnant?"
        else:
            for code in asked:
                dispatcher.utter_message(response=f"utter_explain_precaution_{code}")
        said = [code for code in value or [] if code not in asked]
        if asked and not said and not old:
            return {"precautions": None}  # asked again, after the explanation
        merged = merge_unique(old, said)
        for code in merged:
            if code not in old:
                dispatcher.utter_message(response=f"utter_precaution_{code}")
        return {"precautions": merged}


def _say_changed(dispatcher: CollectingDispatcher, new: Optional[str], old: Optional[str]) -> None:
    dispatcher.utter_message(response="utter_changed", change=f"{new} instead of {old}")


def _keeps_known_fact(tracker: Tracker, slot: Text, old: Any, new: Any) -> bool:
    """Whether a known fact stays as it was: the message answered another question and
    neither speaks of the pain nor corrects anything."""
    if old is None or old == new or tracker.get_slot("requested_slot") in (slot, None):
        return False
    return not may_change_known_fact(latest_message(tracker).text)


def _retractions(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """Yes/no facts taken back as someone else's ("the doctor visit was for my son, not
    me"): the visitor's own answer is then no, as a receptionist would note it."""
    taken_back: List[EventType] = []
    for slot in retracted_facts(latest_message(tracker).text):
        if tracker.get_slot(slot) is True:
            taken_back.append(SlotSet(slot, False))
            tracker.slots[slot] = False
            labels = _YES_NO_LABELS[slot]
            dispatcher.utter_message(response="utter_changed",
                                     change=f"{labels[False]} instead of {labels[True]}, as that was someone else's")
    return taken_back


def _yes_no(dispatcher: CollectingDispatcher, tracker: Tracker, slot: Text, value: Any) -> Dict[Text, Any]:
    old = slot_before_latest_message(tracker, slot)
    if _keeps_known_fact(tracker, slot, old, value):
        return {slot: old}
    if old is not None and old != value:
        labels = _YES_NO_LABELS[slot]
        _say_changed(dispatcher, labels[bool(value)], labels[bool(old)])
    return {slot: bool(value)}


class AskForIntakeSlot(AskForSlot):
    """Asks for one intake fact, first acknowledging the facts just given."""

    def before_question(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        if not bot_has_spoken(tracker):
            dispatcher.utter_message(response="utter_intro_short")
        acknowledgement = _new_facts_summary(tracker)
        if acknowledgement:
            dispatcher.utter_message(text=f"Thanks, noted: {acknowledgement}.")
        _answer_question_in_opening(dispatcher, tracker)


def _answer_question_in_opening(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """An opening that tells of the pain and asks something ("my lower back has hurt for
    3 weeks, do you take insurance?") gets its answer before the first question. A
    message classified as a question was answered by its rule already."""
    if slot_before_latest_message(tracker, "requested_slot") is None and latest_intent(tracker) != "faq":
        action = reply_to_question(tracker)
        if action:
            dispatcher.utter_message(response=action)


class AskDangerCheck(AskForIntakeSlot):
    slot = "danger_check"

    def times_asked(self, tracker: Tracker) -> int:
        """A new sign's question is a first asking, whatever was asked before it."""
        if "flag_to_clarify" in slots_set_since_latest_message(tracker):
            return 0
        return super().times_asked(tracker)

    def question(self, tracker: Tracker, domain: DomainDict, times: int) -> Text:
        if times or (tracker.get_slot("reask_count") and
                     "flag_to_clarify" not in slots_set_since_latest_message(tracker)):
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
    new.update({detail: tracker.get_slot(detail) for question, detail in _DETAILS.items() if question in new})
    return describe_facts(new)


class AskPainSeverity(AskForIntakeSlot):
    """The 0-10 question; asked again after "what does 0 to 10 mean?", it first
    says what the numbers mean."""

    slot = "pain_severity"

    def before_question(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        super().before_question(dispatcher, tracker)
        if asks_what_scores_mean(latest_message(tracker).text):
            dispatcher.utter_message(response="utter_explain_pain_scale")


class AskPrecautions(AskForIntakeSlot):
    """The precautions question; one already mentioned ("I'm 24 weeks along") is
    named, and the question asks what else applies: a pregnant visitor on blood
    thinners must still be asked about them."""

    slot = "precautions"

    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, times: int) -> None:
        noted = tracker.get_slot("precautions")
        # Once one asked about is explained, the question comes again for the others, as
        # that one may apply ("on warfarin. what counts as a bleeding disorder?").
        if noted and (not times or asks_what_a_precaution_means(tracker)):
            dispatcher.utter_message(response="utter_ask_precautions_others",
                                     noted=describe_list(noted, PRECAUTION_LABELS))
            return
        super().ask(dispatcher, tracker, domain, times)


#: One ask action per intake slot (kept referenced: the SDK finds actions as subclasses).
ASK_ACTIONS = tuple(
    type(f"AskFor_{slot}", (AskForIntakeSlot,), {"slot": slot}) for slot in INTAKE_SLOTS
    if slot not in ("pain_severity", "precautions")
) + (AskPainSeverity, AskPrecautions)
