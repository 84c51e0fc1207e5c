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
    ("honestly my bowel control has gone these last few days", "bladder_bowel"),
    ("there's no feeling at all when I wee now", "bladder_bowel"),
    ("I've got to really strain to pee and only a trickle comes", "bladder_bowel"),
    ("she struggles to get started urinating since the fall", "bladder_bowel"),
    ("wee just comes out without me noticing", "bladder_bowel"),
    ("I can no longer tell if my bladder's full", "bladder_bowel"),
    ("I'm using pads since Friday because I keep leaking", "bladder_bowel"),
    ("my left foot is pretty much useless since the weekend", "leg_weakness"),
    ("there's barely any strength left in my right leg", "leg_weakness"),
    ("he has numbness of all four limbs", "leg_weakness"),
    ("my foot flops about when I walk to the car", "leg_weakness"),
    ("the weight is dropping off me and I'm eating as usual", "weight_loss"),
    ("I've gone down two trouser sizes since the summer", "weight_loss"),
    ("I keep losing weight even though I eat plenty", "weight_loss"),
    ("i have lost alot of wieght since june", "weight_loss"),
    ("I weigh 4 kilos less than at Christmas", "weight_loss"),
    ("I've been hoarding my sleeping tablets in a drawer", "self_harm"),
    ("there are enough painkillers in the cupboard to end it", "self_harm"),
    ("honestly I keep thinking of unaliving myself", "self_harm"),
    ("I'm planning to jump off the multi-storey car park", "self_harm"),
    ("I have had enough of living, I mean it", "self_harm"),
    ("I just want to stop being here", "self_harm"),
    ("I see no point to anything now", "self_harm"),
]

HINTED = [
    ("I've been putting my tablets aside, just in case", "self_harm"),
    ("she says she is saving up her painkillers", "self_harm"),
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
    ("my jeans are hanging off me these days", "weight_loss"),
    ("I'd honestly be relieved if I just didn't wake up", "self_harm"),
    ("I wouldn't mind if I never woke up again", "self_harm"),
    ("I've been giving away all my stuff to the neighbours", "self_harm"),
    ("so this is my final post, thanks for the support", "self_harm"),
    ("I wrote letters for my children just in case", "self_harm"),
    ("last night I sat on the ledge of the bridge for an hour", "self_harm"),
    ("I won't be here much longer, that's all I'll say", "self_harm"),
    ("I've had enough of it all", "self_harm"),
]

#: Leaks, pads and strain in other senses: no bladder or bowel flag.
NOT_BLADDER = [
    "my son leaked the surprise to his dad",
    "the kitchen tap keeps leaking and I've been kneeling under the sink",
    "night pads for my period leak sometimes",
    "I strain to poo since the codeine, it's the constipation",
]


#: Same words, other senses: no self-harm flag.
NOT_SELF_HARM = [
    "I looked up how to dye my hair and ways to die of laughter at work",
    "my son cut his wrist on a broken glass and needed stitches",
    "I won't be around next week, we're away, can I book for after?",
    "I gave up on physio after three sessions",
    "I hope I don't die of boredom waiting for the scan",
    "I'm saving my tablets for the trip so I don't run out",
    "my grandad won't be here much longer, the hospice rang",
    "I've had enough of this sciatica, can you help?",
    "we stood on the edge of the platform as the train came in",
    "I gave away my old bike when we moved",
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


@pytest.mark.parametrize("text", NOT_BLADDER)
def test_leaks_and_strain_in_other_senses_do_not_flag_the_bladder(text):
    assert "bladder_bowel" not in parse(text).red_flags
