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
    ("the weight keeps dropping off and I don't know why", "weight_loss"),
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
