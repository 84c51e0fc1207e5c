"""Answer first: while a question is pending, the message goes to that question's parser.

Modelled on financial-demo's `CustomFormValidationAction`: one validation base
class for every form holds the rule, so no form decides differently. The rule:

1. a message that answers the pending question (`bot.answers.read_answer`)
   fills it, whatever intent the classifier gave it ("Email" is not a request
   to be contacted, "mornings" is not a greeting);
2. any other message is an aside when it asks or requests something
   (`latest_is_aside`): the form steps back so the rules answer it, keeping
   any facts it gave, and then asks again;
3. anything else is an unclear answer; the form steps back the same way and
   the question is asked again, differently (see `actions.asking`);
4. an unclear answer to a question already asked `LEAVE_AFTER` times leaves it
   for the clinic to ask (`bot.intake.QUESTION_TOPICS` says which may be left):
   a visitor whose words the assistant cannot read is not held in a loop.

A free-text question (name, email, phone, best time) is never filled with the
whole message unless the message reads as such an answer.
"""

from __future__ import annotations

import re
from abc import ABC
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.asking import LEAVE_AFTER
from actions.danger_check import DangerCheckValidation, raises_a_new_hint
from actions.tracker_facts import (
    asks_what_a_precaution_means, changes_precautions, clear_faq, faq_selected, handled_as_aside, latest_intent,
    latest_is_aside, latest_message, reply_to_question, times_asked,
)
from bot.answers import (
    YES_NO_FACTS, Choice, asks_how_a_score_compares, buttons_of, choices_from_buttons, read_answer,
)
from bot.consent import CONSENT_BUTTONS
from bot.intake import LEFT_FOR_CLINIC, QUESTION_TOPICS

#: Questions answered with a yes or a no, which a possible danger sign never answers.
YES_NO_QUESTIONS = frozenset({*YES_NO_FACTS, "consent_given"})
#: Questions whose slot Rasa would otherwise fill with the whole message.
FREE_TEXT_SLOTS = frozenset({"contact_name", "contact_email", "contact_phone", "preferred_time"})


def question_choices(slot: Text, tracker: Tracker, domain: DomainDict) -> List[Choice]:
    """The choices (button titles and values) offered with the question for `slot`."""
    if slot == "consent_given":
        return choices_from_buttons(CONSENT_BUTTONS)
    if slot == "danger_check":
        name = f"utter_ask_danger_check_{tracker.get_slot('flag_to_clarify') or 'retry'}"
    else:
        name = f"utter_ask_{slot}"
    return choices_from_buttons(buttons_of(domain.get("responses") or {}, name))


def pending_answer(tracker: Tracker, domain: DomainDict) -> Optional[Dict[Text, Any]]:
    """What the latest message answers to the pending question, or None.

    A stated danger sign is never read as an answer, so that it interrupts the
    form. A possible sign is no yes or no to another question ("my calf goes a
    bit numb" at "Has a doctor seen it?" is no "yes"): it gets its own question.
    But it may well answer a question that asks for a value: "upper" at "Where
    is the pain?" is the answer, and its possible sign is asked about next;
    dropping it would ask where the pain is again and again. A hint already
    asked about is no interruption: "left leg" at "does it spread?", after "is
    a leg getting weaker?" got a no, is the answer.
    """
    requested = tracker.get_slot("requested_slot")
    danger = latest_intent(tracker) == "red_flag" or (
        requested in YES_NO_QUESTIONS and raises_a_new_hint(tracker))
    if not requested or not tracker.active_loop.get("name") or danger or handled_as_aside(tracker):
        return None
    return read_answer(requested, latest_message(tracker), question_choices(requested, tracker, domain))


class AnswerFirstValidation(DangerCheckValidation, ABC):
    """A form validation that reads the pending question's answer before anything else."""

    def _pending(self, tracker: Tracker) -> Optional[Text]:
        if tracker.active_loop.get("name") != self.form_name():
            return None
        return tracker.get_slot("requested_slot")

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        events = await super().get_extraction_events(dispatcher, tracker, domain)
        requested = self._pending(tracker)
        if not requested or handled_as_aside(tracker):
            return events
        answer = pending_answer(tracker, domain) or {}
        if not answer and requested in FREE_TEXT_SLOTS:
            answer = {requested: None}
        events += [SlotSet(slot, value) for slot, value in answer.items()]
        tracker.slots.update(answer)
        return events

    def corrections(self, tracker: Tracker) -> Dict[Text, Any]:
        """Details the message corrects besides the pending question (none here): such a
        message is no aside, and the question is simply asked again."""
        return {}

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        requested = self._pending(tracker)
        answer = (pending_answer(tracker, domain) or {}) if requested else {}
        # A message that corrects a detail or a precaution is no aside: the question is asked again.
        precautions_changed = bool(requested) and changes_precautions(tracker)
        answered = bool(answer) or bool(requested and self.corrections(tracker)) or precautions_changed
        left = None if answered else _leave_for_clinic(dispatcher, tracker, requested)
        if answer:
            answer_their_question(dispatcher, tracker, requested, domain)
        events = await super().run(dispatcher, tracker, domain)
        if left:
            events.insert(0, SlotSet(LEFT_FOR_CLINIC, left))
        if precautions_changed:  # a slot event, or Rasa rejects the form as if nothing were said
            events.append(SlotSet("precautions", tracker.get_slot("precautions")))
        # A detail the answer clears ("email instead" at the phone question) stays
        # cleared: the SDK drops events of slots no longer required, which left
        # Rasa's raw copy of the message in the slot.
        kept = {e.get("name") for e in events if e.get("event") == "slot"}
        events += [SlotSet(slot, None) for slot, value in answer.items() if value is None and slot not in kept]
        if not requested or answered or left or handled_as_aside(tracker):
            return events
        asks_about_danger = any(e.get("name") == "flag_to_clarify" for e in events)
        if latest_is_aside(tracker, answered) or (requested in FREE_TEXT_SLOTS and not asks_about_danger):
            events.append(ActionExecutionRejected(self.form_name()))
        return events


#: A question asked after an answer: "not yet. how much is a session btw", "no, why?".
_ASKS_TOO = re.compile(r"\?|(?:^|[.!,;]\s*)(?:how|what|what's|whats|is|are|does|do|can|could|will|would|"
                       r"when|where|why|which)\b", re.I)


def answer_their_question(dispatcher: CollectingDispatcher, tracker: Tracker, requested: Text,
                          domain: DomainDict) -> None:
    """An answer that also asks something ("4 I guess, does it hurt?", "no, why?") gets
    both: the answer is taken and the question answered, instead of it being lost."""
    if not _ASKS_TOO.search(latest_message(tracker).text) or asks_what_a_precaution_means(tracker):
        return  # "what counts as a bleeding disorder?" is explained by the precautions question itself
    if requested == "pain_severity" and asks_how_a_score_compares(latest_message(tracker).text):
        dispatcher.utter_message(response="utter_explain_pain_scale")  # "a 7, is that high?"
        return
    if latest_intent(tracker) == "why_ask":
        response = f"utter_why_{requested}"
        if response in (domain.get("responses") or {}):
            dispatcher.utter_message(response=response)
        return
    action = reply_to_question(tracker) or (clear_faq(faq_selected(tracker)) if latest_intent(tracker) == "faq" else None)
    if action:
        dispatcher.utter_message(response=action)


def left_for_clinic(tracker: Tracker) -> List[Text]:
    """The questions left for the clinic so far, which the forms no longer ask."""
    return list(tracker.get_slot(LEFT_FOR_CLINIC) or [])


def _leave_for_clinic(dispatcher: CollectingDispatcher, tracker: Tracker, requested: Optional[Text]) -> Optional[List[Text]]:
    """After `LEAVE_AFTER` askings, an unclear answer leaves the question for the clinic.

    Returns the questions left so far, or None. Set on the tracker at once, so the
    form's next question is chosen without it. Never for an aside, a danger sign
    or a question that may not be left (consent, contact details, danger checks).
    """
    if (requested not in QUESTION_TOPICS or times_asked(tracker, requested) < LEAVE_AFTER
            or latest_intent(tracker) in ("red_flag", "danger_hint") or raises_a_new_hint(tracker)
            or handled_as_aside(tracker) or latest_is_aside(tracker, False)):
        return None
    left = [*left_for_clinic(tracker), requested]
    tracker.slots[LEFT_FOR_CLINIC] = left
    dispatcher.utter_message(response="utter_left_for_clinic", topic=QUESTION_TOPICS[requested])
    return left
