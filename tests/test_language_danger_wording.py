"""Danger-sign wording of the kinds real drug reviews and forum posts use:
each stated sign flags outright, each hint gets at least one question.
Wording written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from bot.language import parse

STATED = [
    ("I tried to overdose on my sleeping tablets on Sunday", "self_harm"),
    ("the doctor asked about suicide ideation and I said it is there most days", "self_harm"),
    ("honestly there is nothing left to live for", "self_harm"),
    ("life isn't worth living any more with this back", "self_harm"),
    ("some days I want to stop existing", "self_harm"),
    ("my chest started to tighten painfully on the stairs", "chest_pain"),
    ("it aches across my back and sides and then into my chest", "chest_pain"),
    ("I fell into the bathtub this morning and my lower back is bruised", "trauma"),
    ("I take letrozole to stop a recurrence of my cancer", "cancer_history"),
    ("I'm halfway through chemoradiation and my back aches", "cancer_history"),
    ("I've had a raised body temperature since last night", "fever"),
    ("the pain in my hip wakes me several times in the night", "night_pain"),
    ("my partner shoved me down the steps on Saturday and my tailbone is agony", "trauma"),
    ("my oncologist thinks the ache in my ribs is scar tissue", "cancer_history"),
    ("I have been looking up ways to die on my phone at night", "self_harm"),
    ("I've written goodbye notes to my kids", "self_harm"),
    ("I doubt I'll still be around by Christmas, I have it planned", "self_harm"),
    ("ending it seems like the only way out now", "self_harm"),
    ("I've given up on living, the back pain is the least of it", "self_harm"),
    ("I'm going to take all of my tablets on Friday", "self_harm"),
    ("I keep hoping I'll just die in my sleep", "self_harm"),
    ("part of me wants to hang myself", "self_harm"),
    ("the weight keeps dropping off and I don't know why", "weight_loss"),
    ("I piss myself now whenever I bend to pick up the baby", "bladder_bowel"),
    ("he soils himself most nights since the fall", "bladder_bowel"),
    ("my right leg has lost its power since the disc went", "leg_weakness"),
    ("I'm losing strength in both of my feet", "leg_weakness"),
    ("this morning my foot wouldn't lift off the pedal", "leg_weakness"),
    ("I looked down at my feet and none of them would move", "leg_weakness"),
    ("since Tuesday there's numbness over my pubic bone", "saddle_numbness"),
]

HINTED = [
    ("I started to lose weight in the autumn", "weight_loss"),
    ("I pee with hardly any warning these days", "bladder_bowel"),
    ("my legs feel so heavy on the stairs", "leg_weakness"),
    ("I notice I'm dragging my right foot at the shops", "leg_weakness"),
    ("I'm constantly hot at the moment", "fever"),
    ("I couldn't sleep last night because of the pain in my lower back", "night_pain"),
    ("sometimes I wish I was never born", "self_harm"),
    ("I keep hoping I won't wake up", "self_harm"),
    ("my sister says I'm now way too skinny", "weight_loss"),
    ("honestly my life is pointless", "self_harm"),
    ("I can't keep living like this with the pain", "self_harm"),
    ("I want it all to stop for good", "self_harm"),
    ("I only just made it to the loo in time this afternoon", "bladder_bowel"),
    ("twice this week I've nearly missed the bathroom", "bladder_bowel"),
    ("my lower back is sore when I lie down at night", "night_pain"),
    ("there's a dull ache around the clock now", "night_pain"),
    ("I get a lack of sensation down my left shin after a walk", "leg_weakness"),
    ("after the bus ride my legs felt strange and unsteady", "leg_weakness"),
]

#: Same words, other senses: no self-harm flag.
NOT_SELF_HARM = [
    "I looked up how to dye my hair and ways to die of laughter at work",
    "my son cut his wrist on a broken glass and needed stitches",
    "I won't be around next week, we're away, can I book for after?",
    "I gave up on physio after three sessions",
    "I hope I don't die of boredom waiting for the scan",
]


@pytest.mark.parametrize("text,code", STATED)
def test_a_sign_stated_in_plain_words_flags(text, code):
    assert code in parse(text).red_flags


@pytest.mark.parametrize("text,code", HINTED)
def test_a_hint_gets_at_least_a_question(text, code):
    facts = parse(text)
    assert code in facts.red_flags + facts.unclear_flags


def test_sleep_paralysis_is_no_leg_weakness():
    facts = parse("I get sleep paralysis when I'm stressed and my neck is tight")
    assert "leg_weakness" not in facts.red_flags + facts.unclear_flags


def test_numb_in_feeling_is_no_leg_weakness():
    facts = parse("since the divorce I have been emotionally numb and my shoulders ache")
    assert "leg_weakness" not in facts.red_flags + facts.unclear_flags


@pytest.mark.parametrize("text", NOT_SELF_HARM)
def test_the_same_words_in_other_senses_do_not_flag_self_harm(text):
    assert "self_harm" not in parse(text).red_flags
