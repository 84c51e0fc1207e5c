"""Self-harm, leg weakness and injuries in the words people write on forums
and blogs: intents said with a word between or as a conclusion, wishes for
death by some means, a weak leg that changes how someone walks, and the
everyday figures of speech that are none of these. Wording written for
these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from bot.language import parse

STATED = [
    ("I've made up my mind, I decided to finally end my life after Christmas", "self_harm"),
    ("last night I tried to really hurt myself with a kitchen knife", "self_harm"),
    ("honestly it would be easier for everyone if I just died", "self_harm"),
    ("everybody would be better off if I wasn't here", "self_harm"),
    ("I'll do anything it takes to kill myself this time", "self_harm"),
    ("all I want is to not wake up tomorrow", "self_harm"),
    ("the only thing I wanna do is overdose", "self_harm"),
    ("some nights I think I should just end it all", "self_harm"),
    ("I feel like I might as well kill my own self", "self_harm"),
    ("I spent the evening googling suicide methods", "self_harm"),
    ("I keep wishing I'd bled to death that night", "self_harm"),
    ("I wish the failed overdose had worked", "self_harm"),
    ("I've sliced my wrists twice this month", "self_harm"),
    ("I wished I was not alive when I woke up today", "self_harm"),
    ("the urge to cut is back again this week and the thoughts of suicide too", "self_harm"),
    ("to be honest I'm not sure I want to stay alive", "self_harm"),
    ("I've been thinking about swallowing the whole box of painkillers", "self_harm"),
    ("I couldn't lift my foot off the floor this morning", "leg_weakness"),
    ("my left foot has started drooping when I walk", "leg_weakness"),
    ("both knees keep going out from under me on the stairs", "leg_weakness"),
    ("I trip all day because my right leg is weak since the disc went", "leg_weakness"),
    ("I've needed a walking cane since the weakness in my leg started", "leg_weakness"),
    ("I can hardly feel anything from the hip down today", "leg_weakness"),
    ("since Sunday my left leg won't bear my weight", "leg_weakness"),
    ("my feet just won't do what I want them to", "leg_weakness"),
    ("overnight my right leg went completely weak", "leg_weakness"),
    # Both calves or thighs, and buckling under one's own weight.
    ("there's a new weakness in both thighs since the weekend", "leg_weakness"),
    ("I have numbness in the calves when I walk any distance", "leg_weakness"),
    ("I stood up from the sofa and they just buckled beneath me", "leg_weakness"),
    # One weak or numb leg said to be growing worse, in the next sentences too.
    ("my right leg has felt weak since Tuesday. Today it is getting worse", "leg_weakness"),
    # Gone limp, or the power found reduced.
    ("this morning his left leg just went limp", "leg_weakness"),
    ("the physio said the strength in my right foot is reduced", "leg_weakness"),
    ("there's diminished power in both legs on testing", "leg_weakness"),
    ("there's a numbness in my left foot. Over the week it has been spreading up to the knee", "leg_weakness"),
    ("I came down right on my tailbone when the chair slid", "trauma"),
    ("a van drove straight into me at the roundabout", "trauma"),
]

HINTED = [
    ("I'm going to end things soon, I've had enough", "self_harm"),
    ("some days it feels simpler to just disappear", "self_harm"),
    ("I've been hoping I'd get hit by a lorry on the way to work", "self_harm"),
    ("most evenings I long for sweet oblivion", "self_harm"),
    ("I still hide the scars on my legs from cutting", "self_harm"),
    ("cutting doesn't help any more", "self_harm"),
    ("I pray I never woke up some mornings", "self_harm"),
    ("I really can't bear this life any more", "self_harm"),
    ("as a student I was admitted after an overdose, years ago", "self_harm"),
    ("there were times I didn't want to go on", "self_harm"),
    ("I honestly can't see any way out of this", "self_harm"),
    ("there's no point any more, nothing works", "self_harm"),
    ("I wouldn't mind if I died in my sleep", "self_harm"),
    ("I need it all to be over for good", "self_harm"),
    ("my right leg has felt weak for about a week", "leg_weakness"),
    ("my left foot is a bit numb, though it isn't getting worse", "leg_weakness"),
    ("my calf feels weak. The pain in my back is increasing though", "leg_weakness"),
    # Legs weak along with the rest of the body after a virus: asked, not an emergency.
    ("since the virus last week my legs are weak and I'm exhausted", "leg_weakness"),
    ("my left foot is nowhere near as strong as my right", "leg_weakness"),
    ("I suddenly collapsed in the hallway on Monday", "leg_weakness"),
    ("it's as if my body forgot how to walk", "leg_weakness"),
    ("it feels like my knees are about to buckle on every step", "leg_weakness"),
    ("the muscle in my right calf has visibly wasted", "leg_weakness"),
    ("I've felt so unsteady on my feet this week", "leg_weakness"),
    ("my balance has been poor since the flare started", "leg_weakness"),
    ("I can't bear any weight through my left foot", "leg_weakness"),
]

#: Same words, other senses: no flag of the code.
NOT_A_SIGN = [
    ("he has walked with a limp since the knee operation years ago", "leg_weakness"),
    ("the shelf buckled under the weight of the books", "leg_weakness"),
    ("I worry my knees might buckle under me one day when I'm old", "leg_weakness"),
    ("I'll end it with my boyfriend on Friday", "self_harm"),
    ("I think I should end things with her before the holidays", "self_harm"),
    ("I'd rather kill myself than sit through that meeting again", "self_harm"),
    ("I don't know if I want to go on the cruise this summer", "self_harm"),
    ("my legs are jelly after the gym this morning", "leg_weakness"),
    ("after leg day my legs were wobbly for hours", "leg_weakness"),
    ("I collapsed on the couch after my shift", "leg_weakness"),
    ("I want to tackle this back pain properly this year", "trauma"),
    ("I'm a bit accident prone, always bumping into things", "trauma"),
    ("this month has been a car crash at work", "trauma"),
    ("my sleep has been so fractured since the baby came", "trauma"),
    ("my physio cracked my back and it felt great", "trauma"),
    ("my blood sugar fell in the night", "trauma"),
    ("those sleeping pills knocked me out", "trauma"),
    ("I slipped on the ice in January and now, three months later, my back still aches", "trauma"),
    ("the patient leaflet warns about suicidal thoughts in teenagers", "self_harm"),
    ("lots of people who have car crashes end up with whiplash", "trauma"),
    ("as a radiographer I see so many fractures every shift", "trauma"),
]


@pytest.mark.parametrize("text,code", STATED)
def test_a_sign_said_in_forum_words_flags(text, code):
    assert code in parse(text).red_flags


@pytest.mark.parametrize("text,code", HINTED)
def test_a_hint_in_forum_words_gets_a_question(text, code):
    facts = parse(text)
    assert code in facts.red_flags + facts.unclear_flags


@pytest.mark.parametrize("text,code", NOT_A_SIGN)
def test_figures_of_speech_and_other_senses_do_not_flag(text, code):
    assert code not in parse(text).red_flags


def test_an_injury_of_the_writer_beside_people_at_large_still_flags():
    assert "trauma" in parse("most people who slip off a ladder break something, I fell off mine on Sunday").red_flags


def test_a_weak_knee_with_a_limp_is_the_joints_question_not_the_advice():
    facts = parse("since I twisted it my knee is weak and I limp a little")
    assert "leg_weakness" not in facts.red_flags
    assert "leg_weakness" in facts.unclear_flags


def test_jelly_legs_with_nothing_to_explain_them_stay_a_sign():
    assert "leg_weakness" in parse("since yesterday my legs have turned to jelly and keep buckling").red_flags


def test_an_accidental_overdose_long_ago_is_no_question():
    facts = parse("years ago I took an accidental overdose of paracetamol")
    assert "self_harm" not in facts.red_flags + facts.unclear_flags
