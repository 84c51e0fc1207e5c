"""A question whose typed answers cannot be read is left for the clinic, not asked forever.

After the question was asked twice and once more with a hint and the clinic's
phone, an answer still unclear leaves it: the visitor is told the clinic will go
through it, the form asks the next question, and the lead tells the
receptionist what is still to ask. While such a gap might call for a doctor
first, no booking link is offered. Tracker fixtures, no servers (see
tests/test_answer_first.py).
"""

from __future__ import annotations

import inspect
from datetime import datetime, timezone

import pytest

from actions.handoff import ActionAssessIntake, ActionChooseRoute, ValidateHandoffForm
from actions.intake import ValidateIntakeForm
from bot.intake import INTAKE_SLOTS, QUESTION_TOPICS
from bot.leads.models import Lead
from bot.leads.summary import lead_card
from bot.settings import get_settings
from bot.triage import WORST_CASE, doctor_may_be_needed, see_doctor_reasons
from tests.test_answer_first import DOMAIN, HANDOFF, rejected, run, slot_events, tracker

FACTS = {"pain_location": "lower_back", "pain_duration_category": "acute", "pain_duration_days": 21.0,
         "pain_radiates": False, "pain_severity": 4.0, "seen_doctor": True, "precautions": []}


def asked_before(slot, times, text="hmm dunno what u mean", intent="nlu_fallback", slots=None, form="intake_form",
                 earlier=None):
    """A tracker where the question for `slot` was on screen `times` times, the last one now;
    the earlier answers were `earlier` (by default the same words)."""
    before = []
    for _ in range(times - 1):
        before += [{"event": "slot", "name": "requested_slot", "value": slot}, {"event": "bot", "text": "q"},
                   {"event": "user", "text": earlier or text}]
    return tracker(slot, text, intent, before=before, slots=slots, form=form)


def _before(slot):
    """The facts of the questions asked before `slot`."""
    earlier = INTAKE_SLOTS[:INTAKE_SLOTS.index(slot)]
    facts = {name: FACTS[name] for name in earlier}
    if "pain_duration_category" in earlier:
        facts["pain_duration_days"] = FACTS["pain_duration_days"]
    return facts


@pytest.mark.parametrize("slot", INTAKE_SLOTS)
def test_an_unclear_answer_at_the_third_asking_leaves_the_question_and_the_form_goes_on(slot):
    events, messages = run(ValidateIntakeForm(), asked_before(slot, 3, slots=_before(slot)))
    slots = slot_events(events)
    assert slots["left_for_clinic"] == [slot]
    assert slots.get("requested_slot") != slot and not rejected(events)
    left = [m for m in messages if m.get("response") == "utter_left_for_clinic"]
    assert left and left[0]["topic"] == QUESTION_TOPICS[slot]


@pytest.mark.parametrize("slot", INTAKE_SLOTS)
def test_the_first_two_unclear_answers_leave_nothing(slot):
    for times in (1, 2):
        events, messages = run(ValidateIntakeForm(), asked_before(slot, times, slots=_before(slot)))
        assert "left_for_clinic" not in slot_events(events)
        assert not any(m.get("response") == "utter_left_for_clinic" for m in messages)


@pytest.mark.parametrize("text,intent,entities", [
    ("how much does a session cost?", "ask_price", ()),
    ("my legs have gone weak", "red_flag", [("red_flag", "leg_weakness")]),
])
def test_a_question_or_a_danger_sign_at_the_third_asking_leaves_nothing(text, intent, entities):
    fixture = asked_before("pain_severity", 3, text, intent, slots=_before("pain_severity"), earlier="hmm")
    fixture.latest_message["entities"] = [{"entity": e, "value": v} for e, v in entities]
    events, messages = run(ValidateIntakeForm(), fixture)
    assert "left_for_clinic" not in slot_events(events)
    assert not any(m.get("response") == "utter_left_for_clinic" for m in messages)


def test_the_same_question_sent_again_after_its_answer_is_no_new_aside():
    """The visitor's words were answered as an aside once; sent again at the same question,
    they are taken as an answer that could not be read, so the question is not asked on and on."""
    fixture = asked_before("precautions", 3, "is it safe tho?", "faq", slots=_before("precautions"))
    events, messages = run(ValidateIntakeForm(), fixture)
    assert "precautions" in slot_events(events)["left_for_clinic"]
    assert any(m.get("response") == "utter_left_for_clinic" for m in messages)


def test_an_answer_at_the_third_asking_is_taken_not_left():
    events, _ = run(ValidateIntakeForm(), asked_before("pain_severity", 3, "about a 6", "inform",
                                                       slots=_before("pain_severity")))
    slots = slot_events(events)
    assert slots["pain_severity"] == 6 and "left_for_clinic" not in slots


@pytest.mark.parametrize("slot", ["consent_given", "contact_name", "contact_email"])
def test_consent_and_contact_details_are_never_left(slot):
    slots = {**HANDOFF, "preferred_contact": "email"} if slot == "contact_email" else dict(HANDOFF)
    slots = {name: value for name, value in slots.items() if name != slot}
    events, messages = run(ValidateHandoffForm(), asked_before(slot, 4, slots=slots, form="handoff_form"))
    assert "left_for_clinic" not in slot_events(events)
    assert not any(m.get("response") == "utter_left_for_clinic" for m in messages)


def test_the_best_time_left_ends_the_handoff_questions():
    slots = {**HANDOFF, "preferred_contact": "email", "contact_email": "dana@example.org"}
    events, _ = run(ValidateHandoffForm(), asked_before("preferred_time", 3, "wat", slots=slots,
                                                        form="handoff_form"))
    found = slot_events(events)
    assert found["left_for_clinic"] == ["preferred_time"] and found["requested_slot"] is None
    assert found.get("preferred_time") is None


def test_a_question_left_earlier_is_not_asked_again():
    known = {**_before("pain_severity"), "left_for_clinic": ["pain_radiates"]}
    fixture = tracker("pain_severity", "7", "inform", slots={**known, "pain_radiates": None},
                      candidates={"pain_severity": 7.0})
    events, _ = run(ValidateIntakeForm(), fixture)
    assert slot_events(events)["requested_slot"] == "seen_doctor"


def test_the_worst_case_covers_every_fact_the_see_a_doctor_rules_read():
    assert set(WORST_CASE) == set(inspect.signature(see_doctor_reasons).parameters)


@pytest.mark.parametrize("facts,needed", [
    ({"pain_location": "lower_back", "seen_doctor": None, "pain_severity": 4, "precautions": []}, False),
    ({"pain_location": "upper_back", "seen_doctor": None, "pain_severity": 4, "precautions": []}, True),
    ({"pain_location": "lower_back", "seen_doctor": False, "pain_severity": None, "precautions": []}, True),
    ({"pain_location": None, "seen_doctor": True, "pain_severity": None, "precautions": None}, False),
    ({"pain_location": "neck", "seen_doctor": False, "pain_severity": 3, "precautions": None}, True),
    ({"pain_location": "neck", "seen_doctor": False, "pain_severity": 3, "precautions": []}, False),
])
def test_a_doctor_may_be_needed_only_when_an_unknown_fact_could_call_for_one(facts, needed):
    # Lower back, 4/10, not seen: an unknown doctor visit could only be a no, which needs no doctor first.
    assert doctor_may_be_needed(**facts) is needed


def _assessed(**changes):
    slots = {**FACTS, **changes}
    fixture = tracker(None, "hmm", "nlu_fallback", slots=slots, form=None)
    fixture.active_loop = {}
    return run(ActionAssessIntake(), fixture)


def test_without_knowing_whether_a_doctor_saw_upper_back_pain_the_clinic_calls_first():
    events, messages = _assessed(pain_location="upper_back", seen_doctor=None, left_for_clinic=["seen_doctor"])
    responses = [m.get("response") for m in messages]
    assert "utter_offer_contact_first" in responses and "utter_offer_handoff" not in responses
    assert slot_events(events)["triage_level"] == "routine"


def test_a_left_question_that_cannot_call_for_a_doctor_keeps_the_usual_offer():
    _, messages = _assessed(pain_radiates=None, left_for_clinic=["pain_radiates"])
    assert "utter_offer_handoff" in [m.get("response") for m in messages]


def test_a_booking_chosen_earlier_becomes_contact_while_a_doctor_may_be_needed():
    events, messages = _assessed(handoff_route="booking", seen_doctor=None, pain_severity=None,
                                 left_for_clinic=["pain_severity", "seen_doctor"])
    assert slot_events(events)["handoff_route"] == "contact"
    assert "utter_contact_first_instead" in [m.get("response") for m in messages]


def test_book_typed_after_a_left_question_that_may_need_a_doctor_is_contact():
    slots = {**FACTS, "seen_doctor": None, "pain_location": "upper_back", "left_for_clinic": ["seen_doctor"],
             "triage_level": "routine"}
    fixture = tracker(None, "book online please", "book", slots=slots, form=None)
    fixture.active_loop = {}
    events, messages = run(ActionChooseRoute(), fixture)
    assert slot_events(events)["handoff_route"] == "contact"
    assert slot_events(events)["next_step"] == "handoff"
    assert "utter_contact_first_instead" in [m.get("response") for m in messages]


def _lead(**fields):
    values = dict(id="a" * 32, contact_name="Dana Lee", contact_email="dana@example.org", preferred_contact="email",
                  route="contact", consent_text="ok", red_flags=[], precautions=[], unanswered=[],
                  pain_location="lower_back", triage_level="routine", for_later=False)
    values.update(fields)
    now = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)
    return Lead(created_at=now, consent_at=now, **values)


def test_the_clinic_email_says_what_is_still_to_ask_and_never_none_for_unanswered_precautions():
    card = lead_card(_lead(unanswered=["pain_severity", "precautions"]), get_settings())
    facts = dict(card.facts)
    assert facts["Still to ask"] == "how strong it is, health precautions"
    assert card.precautions != "none" and "please ask" in card.precautions


def test_a_lead_that_answered_everything_has_no_still_to_ask_line_and_none_means_none():
    card = lead_card(_lead(), get_settings())
    assert "Still to ask" not in dict(card.facts) and card.precautions == "none"



@pytest.mark.parametrize("text,intent,phone", [("phone", "contact_me", None), ("can you just call me", "contact_me", None),
                                               ("416 555 0142", "inform", "416 555 0142")])
def test_phone_typed_where_the_booking_links_address_is_asked_switches_to_a_call(text, intent, phone):
    slots = {**HANDOFF, "handoff_route": "booking"}
    events, messages = run(ValidateHandoffForm(), tracker("contact_email", text, intent, slots=slots, form="handoff_form"))
    found = slot_events(events)
    assert found["handoff_route"] == "contact" and found["preferred_contact"] == "phone"
    assert (found.get("contact_phone") or "").endswith("4165550142") if phone else "contact_phone" not in found
    assert found["requested_slot"] == ("preferred_time" if phone else "contact_phone")
    assert "utter_phone_instead_of_link" in [m.get("response") for m in messages]
