"""After the intake: advice, the visitor's choice, consent, contact details and the lead."""

from __future__ import annotations

import logging
import re
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answer_first import AnswerFirstValidation, left_for_clinic
from actions.asking import LEAVE_AFTER, AskForSlot
from actions.tracker_facts import (
    handled_as_aside, latest_intent, latest_is_aside, latest_message, times_asked, values_before_latest_message,
)
from bot.answers import corrected_details, declines_detail, letters_for_digits, method_named, read_answer
from bot.consent import CONSENT_BUTTONS, consent_text
from bot.intake import FACT_SLOTS, describe_facts, missing_intake_slots
from bot.leads.booking import booking_link
from bot.leads.store import create_lead, lead_id_for
from bot.leads.transcript import first_description
from bot.leads.validation import (
    InvalidValue, check_email, check_name, check_phone, likely_meant, plain_words,
)
from bot.settings import get_settings
from bot.triage import (
    DOCTOR_FIRST_LEVELS, NO_HANDOFF_LEVELS, WORST_CASE, doctor_may_be_needed, final_level, see_doctor_reasons,
)

log = logging.getLogger(__name__)

#: After this many unclear answers the visitor may skip to the clinic directly.
STUCK_AFTER = 2


def _facts(tracker: Tracker) -> Dict[Text, Any]:
    return {slot: tracker.get_slot(slot) for slot in (*FACT_SLOTS, "pain_radiates_to")}


def _triage_facts(tracker: Tracker) -> Dict[Text, Any]:
    """The facts the see-a-doctor rules read, None where the visitor has not given one."""
    return {slot: tracker.get_slot(slot) for slot in WORST_CASE}


def _known_triage_facts(tracker: Tracker) -> Dict[Text, Any]:
    """The same facts as the see-a-doctor rules read them once the intake is over."""
    return {**_triage_facts(tracker), "precautions": tracker.get_slot("precautions") or []}


def _doctor_reasons(tracker: Tracker) -> List[str]:
    return see_doctor_reasons(**_known_triage_facts(tracker))


def _contact_first(tracker: Tracker, level: Optional[Text]) -> bool:
    """No booking link while an unknown fact might call for a doctor first (see
    `bot.triage.doctor_may_be_needed`): the clinic talks with the visitor before."""
    return level not in DOCTOR_FIRST_LEVELS and doctor_may_be_needed(**_triage_facts(tracker))


class ActionAssessIntake(Action):
    """Sums up the intake, gives the advice its triage level calls for, and offers the next step."""

    def name(self) -> Text:
        return "action_assess_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        current = tracker.get_slot("triage_level")
        if current in NO_HANDOFF_LEVELS:
            dispatcher.utter_message(response="utter_no_handoff_after_emergency")
            return [SlotSet("next_step", "none")]
        reasons = _doctor_reasons(tracker)
        level = final_level(current, tracker.get_slot("red_flags") or [], **_known_triage_facts(tracker))
        dispatcher.utter_message(response="utter_intake_summary", summary=describe_facts(_facts(tracker)))
        events: List[EventType] = [SlotSet("triage_level", level)]
        if tracker.get_slot("lead_id"):
            dispatcher.utter_message(response="utter_lead_already_sent")
            return events + [SlotSet("next_step", "none")]
        if level == "see_doctor":
            dispatcher.utter_message(response="utter_triage_see_doctor", reasons="; ".join(reasons))
        route = tracker.get_slot("handoff_route")
        contact_first = _contact_first(tracker, level)
        if route:
            if level in DOCTOR_FIRST_LEVELS or contact_first:
                if route == "booking" and contact_first:
                    dispatcher.utter_message(response="utter_contact_first_instead")
                events.append(SlotSet("handoff_route", "contact"))
            return events + [SlotSet("next_step", "handoff")]
        if level in DOCTOR_FIRST_LEVELS:
            offer = "utter_offer_for_later"
        else:
            offer = "utter_offer_contact_first" if contact_first else "utter_offer_handoff"
        dispatcher.utter_message(response=offer)
        return events + [SlotSet("next_step", "none")]


class ActionChooseRoute(Action):
    """'Book' or 'contact me': straight to the handoff if the intake is done, else finish it first."""

    def name(self) -> Text:
        return "action_choose_route"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        level = tracker.get_slot("triage_level")
        if level in NO_HANDOFF_LEVELS:
            dispatcher.utter_message(response="utter_no_handoff_after_emergency")
            return [SlotSet("next_step", "none")]
        if tracker.get_slot("lead_id"):
            dispatcher.utter_message(response="utter_lead_already_sent")
            return [SlotSet("next_step", "none")]
        wants_booking = latest_intent(tracker) == "book" and level not in DOCTOR_FIRST_LEVELS
        stuck = (tracker.get_slot("reask_count") or 0) >= STUCK_AFTER
        intake_first = bool(missing_intake_slots(_facts(tracker), left_for_clinic(tracker))) and not stuck
        if wants_booking and not intake_first and _contact_first(tracker, level):
            dispatcher.utter_message(response="utter_contact_first_instead")
            wants_booking = False
        events = route_chosen("booking" if wants_booking else "contact", latest_message(tracker).text)
        if intake_first:
            dispatcher.utter_message(response="utter_intake_first")
            return events + [SlotSet("next_step", "intake")]
        if tracker.active_loop.get("name"):
            events += [ActiveLoop(None), SlotSet("requested_slot", None)]
        return events + [SlotSet("next_step", "handoff")]


class AskConsent(AskForSlot):
    """The consent question, worded by `bot.consent` so the lead stores exactly what was asked."""

    slot = "consent_given"

    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, times: int) -> None:
        dispatcher.utter_message(text=consent_text(get_settings()), buttons=list(CONSENT_BUTTONS))


#: The contact questions' ask actions (kept referenced: the SDK finds actions as subclasses).
ASK_CONTACT_ACTIONS = tuple(
    type(f"AskFor_{slot}", (AskForSlot,), {"slot": slot})
    for slot in ("contact_name", "preferred_contact", "contact_email", "contact_phone", "preferred_time")
)


#: The details each way to be reached needs.
_DETAILS_FOR = {"email": ("contact_email",), "phone": ("contact_phone",), "either": ("contact_email", "contact_phone")}


class ValidateHandoffForm(AnswerFirstValidation):
    """Asks only what the chosen route needs, and re-asks invalid details specifically."""

    def name(self) -> Text:
        return "validate_handoff_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        route = tracker.get_slot("handoff_route")
        events = await super().run(dispatcher, tracker, domain)
        if tracker.get_slot("handoff_route") != route:  # not a question, so the SDK would drop it
            events.append(SlotSet("handoff_route", tracker.get_slot("handoff_route")))
        return events

    def form_questions(self, tracker: Tracker) -> List[Text]:
        if tracker.get_slot("triage_level") in NO_HANDOFF_LEVELS or tracker.get_slot(NOT_REACHED):
            return []
        if tracker.get_slot("consent_given") is False:
            return ["consent_given"]  # filled, so the form ends; listed, so the SDK keeps the "no"
        if tracker.get_slot("handoff_route") == "booking":
            return ["consent_given", "contact_name", "contact_email"]
        wanted = _DETAILS_FOR.get(tracker.get_slot("preferred_contact"), ())
        # A detail typed before its question ("Nina Kaur, nina.k@example.net") is listed
        # too: the SDK drops the value of a slot that is not required.
        details = [slot for slot in ("contact_email", "contact_phone") if slot in wanted or tracker.get_slot(slot)]
        time = [] if "preferred_time" in left_for_clinic(tracker) else ["preferred_time"]
        return ["consent_given", "contact_name", "preferred_contact", *details, *time]

    def corrections(self, tracker: Tracker) -> Dict[Text, Any]:
        """A contact detail given again at another question, valid and new."""
        requested = self._pending(tracker)
        if not requested or handled_as_aside(tracker):
            return {}
        typed = corrected_details(latest_message(tracker).text, requested)
        checked = {slot: _valid_detail(slot, value) for slot, value in typed.items() if tracker.get_slot(slot)}
        return {slot: value for slot, value in checked.items() if value and value != tracker.get_slot(slot)}

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        """A contact detail given again at another question replaces the one noted."""
        events = await super().get_extraction_events(dispatcher, tracker, domain)
        if tracker.get_slot("handoff_route") == "booking" and any(
                e.get("name") == "preferred_contact" and e.get("value") == "phone" for e in events):
            # "phone" (or a number) where the booking link's address was asked: the
            # clinic phones to book instead, and the form asks what that needs.
            dispatcher.utter_message(response="utter_phone_instead_of_link")
            tracker.slots["handoff_route"] = "contact"
        if (self._pending(tracker) == "consent_given" and tracker.get_slot("consent_given") is None
                and times_asked(tracker, "consent_given") >= LEAVE_AFTER and not latest_is_aside(tracker, False)):
            # Still unclear after the hint: nothing is passed on without a clear yes, and the
            # visitor is not asked on and on (`ActionSubmitLead` says so).
            tracker.slots["consent_given"] = False
            events.append(SlotSet("consent_given", False))
        changed = self.corrections(tracker)
        for slot, value in changed.items():
            dispatcher.utter_message(response="utter_changed", change=f"{_DETAIL_NAMES[slot]} {value}")
        tracker.slots.update(changed)
        return events + [SlotSet(slot, value) for slot, value in changed.items()]

    # A value of None is a message that was not such an answer (see AnswerFirstValidation).
    def validate_contact_name(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return _checked(dispatcher, "contact_name", lambda: check_name(value)) if value else {}

    def validate_contact_email(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if not value:
            return (_one_way_is_enough(dispatcher, tracker, "contact_phone", "phone")
                    or _the_other_way(dispatcher, tracker, "contact_email"))
        checked = _checked(dispatcher, "contact_email", lambda: check_email(value))
        if not checked["contact_email"]:
            return _the_other_way(dispatcher, tracker, "contact_email") or checked
        meant = likely_meant(checked["contact_email"])
        if meant and not _typed_before(tracker, "contact_email", checked["contact_email"],
                                       lambda address: address.strip().lower()):  # sent again as it was: meant so
            dispatcher.utter_message(response="utter_email_did_you_mean", meant=meant, typed=checked["contact_email"])
            return {"contact_email": None}
        return checked

    def validate_contact_phone(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if not value:
            return (_one_way_is_enough(dispatcher, tracker, "contact_email", "email")
                    or _the_other_way(dispatcher, tracker, "contact_phone"))
        region = get_settings().default_phone_region
        strict = not _typed_before(tracker, "contact_phone", value)
        checked = _checked(dispatcher, "contact_phone", lambda: check_phone(value, region, strict=strict))
        return checked if checked["contact_phone"] else _the_other_way(dispatcher, tracker, "contact_phone") or checked

    def validate_preferred_time(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return {"preferred_time": plain_words(value, 200) or "any time"} if value else {}


_DETAIL_NAMES = {"contact_email": "your email is now", "contact_phone": "your phone number is now"}


def _valid_detail(slot: Text, value: Text) -> Optional[Text]:
    """The detail as the lead stores it, or None when it is no valid one."""
    try:
        if slot == "contact_email":
            return check_email(value)
        return check_phone(value, get_settings().default_phone_region)
    except InvalidValue:
        return None


def route_chosen(route: Text, text: Text) -> List[EventType]:
    """The route, and for "contact" the way to be reached when the words name it."""
    method = method_named(text) if route == "contact" else None
    return [SlotSet("handoff_route", route)] + ([SlotSet("preferred_contact", method)] if method else [])


def _one_way_is_enough(dispatcher: CollectingDispatcher, tracker: Tracker, given: Text, method: Text) -> Dict[Text, Any]:
    """With "either", a visitor who gave one way to be reached and declines the other
    ("not sure", "skip"), or misses it twice, is reached the way they gave: the
    clinic needs one, and asking on would trap them in the question."""
    if tracker.get_slot("preferred_contact") != "either" or not tracker.get_slot(given):
        return {}
    if declines_detail(latest_message(tracker).text) or times_asked(tracker, tracker.get_slot("requested_slot")) >= 2:
        dispatcher.utter_message(response="utter_contact_one_way", method=method)
        return {"preferred_contact": method}
    return {}


#: Set when neither way of reaching the visitor could be had: the handoff ends without a lead.
NOT_REACHED = "contact_not_reached"
#: A detail that cannot be had, and the way to reach the visitor instead.
_OTHER_WAY = {"contact_email": ("phone", "contact_phone", "utter_no_email_phone_instead"),
              "contact_phone": ("email", "contact_email", "utter_phone_unusable_email_instead")}


def _the_other_way(dispatcher: CollectingDispatcher, tracker: Tracker, slot: Text) -> Dict[Text, Any]:
    """After the hint was shown, a detail still missing or unusable ("I'm not sure",
    a number that cannot be dialled from here) turns to the other way of reaching
    the visitor, once, rather than asking for it on and on."""
    method, other, response = _OTHER_WAY[slot]
    if times_asked(tracker, slot) < LEAVE_AFTER or latest_is_aside(tracker, False):
        return {}
    if times_asked(tracker, other) >= LEAVE_AFTER:  # both ways tried: no trap, and nothing sent
        dispatcher.utter_message(response="utter_contact_not_reached")
        tracker.slots[NOT_REACHED] = True
        return {slot: None, NOT_REACHED: True}
    dispatcher.utter_message(response=response)
    tracker.slots["handoff_route"] = "contact"  # said by `ValidateHandoffForm.run`, as it is no question
    return {slot: None, "preferred_contact": method}


def _digits(value: Text) -> Text:
    """The digits of a number as typed, letters typed for digits read as them ("9OO123")."""
    return re.sub(r"\D", "", letters_for_digits(value))


def _typed_before(tracker: Tracker, slot: Text, value: Text, same: Callable[[Text], Text] = _digits) -> bool:
    """Whether the same detail was given for `slot` in an earlier message (and refused or
    queried): the same digits of a number, or (`same`) the same address."""
    key = same(value)
    return bool(key) and any(same(str(earlier)) == key for earlier in values_before_latest_message(tracker, slot))


def _checked(dispatcher: CollectingDispatcher, slot: Text, check) -> Dict[Text, Any]:
    """The checked value, or None and the reason said back ("missing the @")."""
    try:
        return {slot: check()}
    except InvalidValue as problem:
        dispatcher.utter_message(response="utter_invalid_contact", problem=problem.message)
        return {slot: None}


def _consent_time(tracker: Tracker) -> Optional[str]:
    for event in reversed(tracker.events):
        if event.get("event") == "slot" and event.get("name") == "consent_given" and event.get("value"):
            return datetime.fromtimestamp(event["timestamp"], timezone.utc).isoformat()
    return None


class ActionSubmitLead(Action):
    """Stores the lead (delivery follows from the outbox) and tells the visitor what happens next."""

    def name(self) -> Text:
        return "action_submit_lead"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        done = [SlotSet("next_step", "none")]
        level = tracker.get_slot("triage_level") or "routine"
        if level in NO_HANDOFF_LEVELS:
            dispatcher.utter_message(response="utter_no_handoff_after_emergency")
            return done
        if tracker.get_slot("consent_given") is not True:
            unclear = read_answer("consent_given", latest_message(tracker), ()) is None
            dispatcher.utter_message(response="utter_consent_unclear" if unclear else "utter_consent_declined")
            return done
        if tracker.get_slot(NOT_REACHED):  # told already how to reach the clinic
            return done
        settings = get_settings()
        route = tracker.get_slot("handoff_route") or "contact"
        earlier_leads = sum(1 for e in tracker.events if e.get("event") == "slot"
                            and e.get("name") == "lead_id" and e.get("value"))
        lead_id = lead_id_for(tracker.sender_id, earlier_leads)
        fields = {
            **_facts(tracker),
            "conversation_id": tracker.sender_id,
            "triage_level": level,
            "red_flags": tracker.get_slot("red_flags") or [],
            "contact_name": tracker.get_slot("contact_name"),
            "contact_email": tracker.get_slot("contact_email"),
            "contact_phone": tracker.get_slot("contact_phone"),
            "preferred_contact": tracker.get_slot("preferred_contact") or "email",
            "preferred_time": tracker.get_slot("preferred_time"),
            "consent_text": consent_text(settings),
            "consent_at": _consent_time(tracker),
            "route": route,
            "for_later": level in DOCTOR_FIRST_LEVELS,
            "pain_radiates_to": tracker.get_slot("pain_radiates_to"),
            "first_description": first_description(tracker.events),
            "unanswered": missing_intake_slots(_facts(tracker)),
        }
        try:
            create_lead(fields, settings=settings, lead_id=lead_id)
        except Exception:
            log.exception("lead %s could not be stored", lead_id)
            dispatcher.utter_message(response="utter_lead_failed")
            return done
        _confirm(dispatcher, tracker, route, level, settings)
        return [SlotSet("lead_id", lead_id), *done]


def _confirm(dispatcher, tracker: Tracker, route: str, level: str, settings) -> None:
    if route == "booking":
        link = booking_link(settings.booking_url, tracker.get_slot("contact_name"),
                            tracker.get_slot("contact_email"))
        dispatcher.utter_message(response="utter_lead_sent_booking", link=link)
        return
    how = {
        "email": f"by email at {tracker.get_slot('contact_email')}",
        "phone": f"by phone at {tracker.get_slot('contact_phone')}",
    }.get(tracker.get_slot("preferred_contact"), "by email or phone")
    if tracker.get_slot("preferred_time"):
        how += f", {tracker.get_slot('preferred_time')}"
    response = "utter_lead_sent_for_later" if level in DOCTOR_FIRST_LEVELS else "utter_lead_sent_contact"
    dispatcher.utter_message(response=response, how=how)
