"""A possible danger sign gets its one yes/no question at every stage, never silence.

The wording here is the team's own and was not given to whoever wrote the
patterns: each is a possible sign of its code, said in passing, that deserves
a question rather than a guess. On their first run two were missed ("down
below", "puffed out"); the vocabulary was widened for those words, so those
two are regression cases now, the other eight still blind. Whatever the stage, the visitor sees a reply,
the question is about the right sign (or, if the layer reads it as stated
outright, the advice is given), nothing starts over and no fact given before
is changed (a gap may be filled).
"""

from __future__ import annotations

import pytest

from bot.danger_signs import CODES
from bot.intake import FACT_SLOTS, INTAKE_SLOTS
from tests.support import STAGES, answer_until_done, reach

HINTS = {
    "bladder_bowel": "peeing feels a bit different since the pain started",
    "saddle_numbness": "there's a strange feeling down below when I sit",
    "leg_weakness": "my right calf goes a bit numb sometimes",
    "trauma": "I took a tumble in the garden",
    "chest_pain": "I get a bit puffed out climbing stairs",
    "self_harm": "honestly I can't cope with it anymore",
    "fever": "I've been feeling a bit clammy and shivery",
    "cancer_history": "I had a lump removed a couple of years back",
    "weight_loss": "I've dropped a few pounds lately",
    "night_pain": "it wakes me up most nights",
}


def test_every_code_has_a_hint_here():
    assert sorted(HINTS) == sorted(CODES)


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("code", sorted(HINTS))
def test_a_possible_sign_is_asked_about_at_every_stage(chat, code, stage):
    reach(chat, stage)
    before = {slot: value for slot, value in chat.slots().items()
              if slot in FACT_SLOTS and value not in (None, [])}
    reply = chat.say(HINTS[code])
    slots = chat.slots()
    assert reply.text.strip(), "silence"
    if code in (slots["red_flags"] or []):
        return  # read as stated outright: the advice was given (tested elsewhere)
    assert slots["flag_to_clarify"] == code
    assert slots["requested_slot"] == "danger_check"
    assert reply.button_titles[-2:] == ["Yes", "No"]
    assert {slot: slots[slot] for slot in before} == before, "a fact was changed or wiped"


@pytest.mark.parametrize("stage", ["opening", "pain_severity", "after_handoff"])
def test_yes_to_the_question_gets_the_advice(chat, stage):
    reach(chat, stage)
    chat.say(HINTS["self_harm"])
    reply = chat.say("yes")
    assert "988" in reply.text
    assert chat.slots()["triage_level"] == "crisis"
    assert "Book online" not in reply.button_titles


def test_no_to_the_question_at_the_opening_starts_the_intake(chat):
    chat.say(HINTS["trauma"])
    reply = chat.say("no")
    assert "reassuring" in reply.text
    assert chat.slots()["requested_slot"] == "pain_location"


def test_a_symptom_with_its_own_time_keeps_the_pain_duration(chat):
    chat.say("my lower back has hurt for 3 weeks")
    chat.say("been running a temperature of 38.5 since Tuesday")
    slots = chat.slots()
    assert "fever" in slots["red_flags"]
    assert slots["pain_duration_days"] == 21


def test_two_possible_signs_close_together_are_both_asked(chat):
    chat.say("my lower back hurts")
    chat.say(HINTS["leg_weakness"])
    second = chat.say(HINTS["fever"])
    assert chat.slots()["flag_to_clarify"] == "fever", "the newest sign is asked at once"
    assert "fever" in second.text
    again = chat.say("no")
    assert chat.slots()["flag_to_clarify"] == "leg_weakness", "the first is still owed"
    assert "leg" in again.text
    chat.say("no")
    assert chat.slots()["requested_slot"] in INTAKE_SLOTS


def test_an_answered_safety_question_stays_answered(chat):
    chat.say("my lower back hurts")
    chat.say(HINTS["leg_weakness"])
    chat.say("no")
    answer_until_done(chat)
    reply = chat.say("/contact_me")
    assert "reassuring" not in reply.text
    assert chat.slots()["requested_slot"] == "consent_given"
