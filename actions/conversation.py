"""Moves that work at any point: start over, why do you ask, unclear answers, a person, questions."""

from __future__ import annotations

from typing import List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.handoff import route_chosen
from actions.tracker_facts import entity_values, faq_of_question, faq_selected, latest_intent, latest_message
from bot.answers import (
    FOR_LATER_OFFER, ROUTE_OFFERS, asks_for_help, asks_to_start_over, offer_answer, offer_pending, route_choice,
    tells_facts_only,
)
from bot.language.severity import asks_about_pain_scale
from bot.triage import NO_HANDOFF_LEVELS

#: Everything the visitor told us; "start over" forgets it (danger signs aside).
VISITOR_SLOTS = (
    "pain_location", "pain_radiates", "pain_duration_days", "pain_duration_category",
    "seen_doctor", "pain_severity", "precautions", "flag_to_clarify", "danger_check",
    "handoff_route", "consent_given", "contact_name", "preferred_contact",
    "contact_email", "contact_phone", "preferred_time", "lead_id", "reask_count", "left_for_clinic",
)


class ActionStartOver(Action):
    """"Start over" (and `/restart`): forget the answers, but never an emergency.

    Replaces Rasa's default restart, which would also forget that the visitor
    described a danger sign in this session.
    """

    def name(self) -> Text:
        return "action_restart"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        text = latest_message(tracker).text
        if not asks_to_start_over(text):
            loop = tracker.active_loop.get("name")
            if loop:  # the pending question reads the message instead
                return [FollowupAction(loop)]
            if asks_for_help(text):  # "Merhaba, neck is very hurt, 8 from 10"
                return [FollowupAction("action_lead_into_intake")]
            dispatcher.utter_message(response="utter_default")
            return [SlotSet("next_step", "none")]
        events: List[EventType] = []
        if tracker.active_loop.get("name"):
            events.append(ActiveLoop(None))
        events += [SlotSet(slot, None) for slot in (*VISITOR_SLOTS, "requested_slot")]
        level = tracker.get_slot("triage_level")
        if level in NO_HANDOFF_LEVELS:
            dispatcher.utter_message(response=f"utter_triage_{level}")
        else:
            events += [SlotSet("triage_level", None), SlotSet("red_flags", None)]
        dispatcher.utter_message(response="utter_start_over")
        return events + [SlotSet("next_step", "none")]


class ActionExplainQuestion(Action):
    """A one-line reason for the question being asked."""

    def name(self) -> Text:
        return "action_explain_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        requested = tracker.get_slot("requested_slot") if tracker.active_loop.get("name") else None
        if _explains_the_scale(dispatcher, tracker):
            return []
        if not requested and asks_for_help(latest_message(tracker).text):
            return []  # an opening, not a "why?": the intake that follows is the answer
        response = f"utter_why_{requested}"
        known = domain.get("responses", {})
        dispatcher.utter_message(response=response if response in known else "utter_why_general")
        return []


class ActionUnclearAnswer(Action):
    """Counts unclear answers; the form's ask action then rephrases (see `actions.asking`)."""

    def name(self) -> Text:
        return "action_unclear_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        if not tracker.active_loop.get("name"):
            dispatcher.utter_message(response="utter_default")
            return []
        return [SlotSet("reask_count", int(tracker.get_slot("reask_count") or 0) + 1)]


class ActionLeadIntoIntake(Action):
    """After an opening was answered (a greeting, a question, small talk): start the intake
    if the visitor asked for help and it has not begun yet; an unclear opening gets a hint.
    """

    def name(self) -> Text:
        return "action_lead_into_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        text = latest_message(tracker).text
        begun = any(e.get("event") == "active_loop" and e.get("name") for e in tracker.events)
        # Where it hurts, as the language layer read it, tells of the visitor's own pain in
        # any words ("my lumbar region has troubled me for weeks. is there parking?").
        own_pain = asks_for_help(text) or bool(entity_values(tracker, "pain_location"))
        if (own_pain and not begun and not tracker.get_slot("lead_id")
                and tracker.get_slot("triage_level") not in NO_HANDOFF_LEVELS):
            return [SlotSet("next_step", "intake")]
        level = tracker.get_slot("triage_level")
        intent = latest_intent(tracker)
        if intent in ("affirm", "nlu_fallback", "out_of_scope"):
            offer = _offer_on_screen(tracker)
            if level in NO_HANDOFF_LEVELS:  # "is that serious??" after "call 911": the advice again
                _repeat_advice(dispatcher, level)
            elif offer in ROUTE_OFFERS:  # an answer to the offer that bot.offer_policy did not read
                dispatcher.utter_message(response="utter_offer_handoff_which")
            elif offer:
                dispatcher.utter_message(response=offer)
            elif intent != "out_of_scope":
                dispatcher.utter_message(response="utter_default")
        return [SlotSet("next_step", "none")]


class ActionAnswerOffer(Action):
    """A typed answer to the offer on screen, read by its words (see bot.offer_policy):
    the route chosen goes on to the details, a plain yes is asked which, a no is fine."""

    def name(self) -> Text:
        return "action_answer_offer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        message = latest_message(tracker)
        offer = _offer_on_screen(tracker) or ""
        answer = offer_answer(message, offer, domain.get("responses") or {})
        if answer == "contact" and offer in _BOOKING_WAITS and route_choice(message.text) == "booking":
            dispatcher.utter_message(response=_BOOKING_WAITS[offer])  # "book online" where only contact is offered
        if answer in ("booking", "contact"):
            return route_chosen(answer, message.text) + [
                SlotSet("next_step", "handoff"), FollowupAction("handoff_form")]
        dispatcher.utter_message(response="utter_offer_handoff_which" if answer == "which" else "utter_no_problem")
        return [SlotSet("next_step", "none")]


#: Why a contact-only offer answered with "book online" leads to being contacted.
_BOOKING_WAITS = {FOR_LATER_OFFER: "utter_booking_after_doctor", "utter_offer_contact_first": "utter_contact_first_instead"}


def _explains_the_scale(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A question about the pain scale, at any point ("wait what does 7 mean on your
    scale?"), gets the scale explained, whatever the classifier took it for."""
    if not asks_about_pain_scale(latest_message(tracker).text):
        return False
    dispatcher.utter_message(response="utter_explain_pain_scale")
    return True


def _offer_on_screen(tracker: Tracker) -> Optional[Text]:
    """The offer the visitor's message answers (see `bot.answers.offer_pending`)."""
    return offer_pending((event.get("metadata") or {}).get("utter_action") or ""
                         for event in reversed(tracker.events) if event.get("event") == "bot")


class ActionHumanHandoff(Action):
    """How to reach a person at the clinic; after a danger sign, the urgent advice again."""

    def name(self) -> Text:
        return "action_human_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        level = tracker.get_slot("triage_level")
        _repeat_advice(dispatcher, level)
        if level not in NO_HANDOFF_LEVELS and not tracker.get_slot("lead_id"):
            dispatcher.utter_message(response="utter_human_handoff_offer")
        return []


def _repeat_advice(dispatcher: CollectingDispatcher, level: Text) -> None:
    """After emergency or crisis advice, that advice again, then how to reach a person."""
    if level in NO_HANDOFF_LEVELS:
        dispatcher.utter_message(response=f"utter_triage_{level}")
    dispatcher.utter_message(response="utter_human_handoff")


class ActionAnswerFaq(Action):
    """The answer the response selector chose, except after emergency or crisis advice.

    "What should I do?" after "call 911" must not get the first visit and its
    prices: in that state every question gets the advice again and how to
    reach a person, never a booking pitch.
    """

    def name(self) -> Text:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        level = tracker.get_slot("triage_level")
        if level in NO_HANDOFF_LEVELS:
            _repeat_advice(dispatcher, level)
            return []
        if _explains_the_scale(dispatcher, tracker):
            return []
        if latest_intent(tracker) == "faq" and tells_facts_only(latest_message(tracker)):
            return []  # "I am seeking treatment for my lower back": facts, noted next, no topic's answer
        chosen = faq_selected(tracker).get("response") or {}
        dispatcher.utter_message(response=faq_of_question(tracker) or chosen.get("utter_action") or "utter_default")
        return []
