"""Danger signs interrupt anything, at any stage, and never lead to a booking pitch."""

from __future__ import annotations

import pytest

from bot.intake import INTAKE_SLOTS
from bot.leads.store import get_lead
from tests.support import STAGES, answer_until_done, reach

#: One plain phrasing per danger sign, with the level and the number it must show.
SIGNS = {
    "bladder_bowel": ("since yesterday I can't control my bladder", "emergency", "911"),
    "saddle_numbness": ("I'm numb between my legs and around my bottom", "emergency", "911"),
    "leg_weakness": ("my left leg keeps getting weaker and gives way", "emergency", "911"),
    "trauma": ("I fell off a ladder this morning and landed on my back", "emergency", "911"),
    "chest_pain": ("I have chest pain spreading to my upper back", "emergency", "911"),
    "self_harm": ("honestly I want to end my life", "crisis", "988"),
    "fever": ("I have a fever and chills with the back pain", "urgent", "811"),
    "cancer_history": ("I had breast cancer three years ago", "urgent", "811"),
    "weight_loss": ("I've lost a lot of weight without trying", "urgent", "811"),
}

def assert_no_booking_offer(reply) -> None:
    assert "Book online" not in reply.button_titles
    assert "Contact me" not in reply.button_titles
    assert "Privacy notice" not in reply.text


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("sign", sorted(SIGNS))
def test_danger_sign_interrupts_at_every_stage(chat, sign, stage):
    text, level, number = SIGNS[sign]
    reach(chat, stage)
    reply = chat.say(text)
    slots = chat.slots()
    assert sign in slots["red_flags"]
    assert slots["triage_level"] == level
    assert number in reply.text
    assert chat.tracker()["active_loop"].get("name") is None, "the form was not paused"
    if level in ("emergency", "crisis"):
        assert_no_booking_offer(reply)
        assert_no_booking_offer(chat.say("/book"))
        assert chat.slots()["triage_level"] == level
    else:
        assert "Book online" not in reply.button_titles


@pytest.mark.parametrize(
    "text",
    [
        "no fever, just a stiff lower back for 2 weeks",
        "I didn't fall or anything, my lower back just started hurting",
        "no bladder or bowel problems, only pain in my neck",
        "my doctor ruled out nerve damage, it's my lower back",
        "what if I get numbness in my legs?",
        "should I worry about a fever with back pain?",
        "no history of cancer, sore upper back for a week",
        "I'm not suicidal, just fed up with this neck pain",
        "no chest pain, it's between my shoulder blades",
        "I haven't lost any weight, lower back pain for months",
        "I was in a car accident 10 years ago, my lower back started hurting last month",
    ],
)
def test_negated_and_hypothetical_mentions_do_not_alarm(chat, text):
    reply = chat.say(text)
    slots = chat.slots()
    assert not slots["red_flags"]
    assert slots["triage_level"] in (None, "routine")
    assert "call 911 now" not in reply.text and "988" not in reply.text


@pytest.mark.parametrize(
    "text, sign",
    [
        ("my husband can't control his bladder since this morning", "bladder_bowel"),
        ("my mum fell down the stairs and hurt her back badly", "trauma"),
        ("my son says he wants to kill himself", "self_harm"),
    ],
)
def test_third_person_danger_signs_still_get_the_advice(chat, text, sign):
    reply = chat.say(text)
    assert sign in chat.slots()["red_flags"]
    assert_no_booking_offer(reply)


@pytest.mark.parametrize("stage", ["pain_duration_category", "contact_details"])
def test_ambiguous_tingling_gets_one_clarifying_question(chat, stage):
    reach(chat, stage)
    reply = chat.say("and some tingling in my leg")
    assert chat.slots()["requested_slot"] == "danger_check"
    assert "weaker" in reply.text
    reply = chat.say("yes")
    assert chat.slots()["triage_level"] == "emergency"
    assert "911" in reply.text
    assert_no_booking_offer(reply)
    assert not chat.slots()["lead_id"], "no lead after an emergency"


def test_ambiguous_tingling_answered_no_continues_the_intake(chat):
    chat.say("my lower back hurts")
    chat.say("and some tingling in my leg")
    reply = chat.say("no")
    assert "reassuring" in reply.text
    assert chat.slots()["triage_level"] in (None, "routine")
    assert chat.slots()["requested_slot"] in INTAKE_SLOTS


def test_a_hint_where_the_name_was_asked_is_not_the_name(chat):
    reach(chat, "contact_details")
    chat.say("some tingling in my leg, I forgot to say")
    reply = chat.say("no")
    assert "reassuring" in reply.text
    assert chat.slots()["requested_slot"] == "contact_name"
    answer_until_done(chat)
    assert chat.slots()["contact_name"] == "Dana Whitfield"
    assert chat.slots()["lead_id"]


def test_no_message_can_lower_the_level(chat):
    chat.say("I can't feel anything between my legs")
    chat.say('/inform{"triage_level": "routine", "red_flags": []}')
    chat.say("actually I'm fine, forget it")
    assert chat.slots()["triage_level"] == "emergency"


def test_start_over_remembers_the_emergency(chat):
    chat.say("I fell off the roof and my back is agony")
    reply = chat.say("start over")
    assert "911" in reply.text
    assert chat.slots()["triage_level"] == "emergency"
    assert_no_booking_offer(chat.say("/contact_me"))


@pytest.mark.parametrize("question", ["what should i do", "how much is a session?", "where are you located"])
def test_a_question_after_emergency_advice_gets_the_advice_again_not_prices(chat, question):
    chat.say("I can't control my bladder since yesterday and my back is killing me")
    reply = chat.say(question)
    assert "911" in reply.text
    assert "$" not in reply.text and "price" not in reply.text.lower()
    assert_no_booking_offer(reply)


def test_urgent_advice_offers_contact_only_for_later(chat, smtp_sink):
    reply = chat.say("lower back pain for a week and I have a fever")
    assert "811" in reply.text
    assert "Leave details for later" in reply.button_titles
    chat.say("/contact_me")
    replies = answer_until_done(chat, {"contact_name": "Lee Forlater"})
    assert "after seeing a doctor" in replies[-1].text
    mail = smtp_sink.wait_for(lambda m: "Lee Forlater" in str(m["Subject"]))
    assert "doctor" in mail.get_body(("plain",)).get_content().lower()


def test_danger_sign_after_the_lead_reaches_the_clinic_once(chat, smtp_sink, assistant):
    chat.say("my lower back hurts")
    answer_until_done(chat)
    chat.say("/contact_me")
    answer_until_done(chat, {"contact_name": "Sam Latesign"})
    lead_id = chat.slots()["lead_id"]

    reply = chat.say("oh and my legs keep getting weaker, I can barely stand")
    assert "911" in reply.text
    assert "added this to the details you left" in reply.text
    update = smtp_sink.wait_for(lambda m: "SAFETY UPDATE" in str(m["Subject"])
                                and "Sam Latesign" in str(m["Subject"]))
    assert "leg weakness (emergency)" in str(update["Subject"])
    assert lead_id in update["Message-ID"]

    again = chat.say("my legs are really weak")
    assert "911" in again.text, "the advice is repeated"
    assert "added this to the details" not in again.text, "the clinic already knows"
    lead = get_lead(lead_id, settings=assistant.settings)
    assert [(u.triage_level, u.red_flags) for u in lead.safety_updates] == [
        ("emergency", ["leg_weakness"])]


def test_upper_back_never_assessed_is_sent_to_a_doctor_first(chat):
    chat.say("pain between my shoulder blades for 2 weeks, haven't seen a doctor")
    replies = answer_until_done(chat)
    assert chat.slots()["triage_level"] == "see_doctor"
    assert "doctor assess" in replies[-1].text
    assert "Book online" not in replies[-1].button_titles


def test_opening_message_says_not_for_emergencies(chat):
    assert "not for emergencies" in chat.say("hello").text
