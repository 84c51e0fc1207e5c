"""Danger signs in the wording of questions sent to a doctor or a counsellor:
self-harm named by its habit ("urges of cutting") or by a thought told with
another little word ("thought to suicide"), passive wishes, weight in spelled
units or lost while eating, a diet named only as unchanged, and control of the
bathroom said to be small. Wording written for these tests, not taken from any
corpus."""

from __future__ import annotations

import pytest

from bot.language import parse


def _flags(text: str) -> tuple[list[str], list[str]]:
    facts = parse(text)
    return facts.red_flags, facts.unclear_flags


STATED = [
    ("dear doctor, several times this month I have thought to suicide", "self_harm"),
    ("my question is whether it's normal that I think of suicide every day", "self_harm"),
    ("I'm 19 and the urges of cutting came back this term", "self_harm"),
    ("I have become dependent on cutting whenever I argue with my partner", "self_harm"),
    ("for me cutting is a way of release when things pile up", "self_harm"),
    ("I'm always looking for ways of opting out, please help", "self_harm"),
    ("I am 38 male and I lost 9 kilograms since spring, I have not changed my diet", "weight_loss"),
    ("my husband keeps losing weight even though he eats, what tests should he ask for?", "weight_loss"),
    ("since the operation my father has minimal control over his bowels", "bladder_bowel"),
    ("after the spinal injury I have little control of going to the toilet", "bladder_bowel"),
]


SADDLE_AND_BLADDER = [
    ("there's a dull numb sensation after I wipe, is that the disc?", "saddle_numbness"),
    ("since Friday I can't feel myself urinating at all", "bladder_bowel"),
    ("there is no feeling when I pass water any more", "bladder_bowel"),
    ("last night I weed and didn't notice until I stood up", "bladder_bowel"),
]


@pytest.mark.parametrize("text,code", STATED + SADDLE_AND_BLADDER)
def test_a_sign_asked_about_in_a_doctors_inbox_or_lost_on_the_toilet_flags(text, code):
    red, _ = _flags(text)
    assert code in red


HINTED = [
    "some mornings I catch myself wishing a lorry would plough into me",
    "to be honest I'm only sitting here waiting to die",
    "I should have died in that overdose, nothing has got better since",
    "I shouldn't have pulled through last spring",
    "all I ask for is an end to this misery",
]


@pytest.mark.parametrize("text", HINTED)
def test_a_passive_wish_gets_the_question(text):
    red, unclear = _flags(text)
    assert "self_harm" in unclear and "self_harm" not in red


NOT_A_SIGN = [
    ("I think of suicide prevention as the most useful charity work", "self_harm"),
    ("I nicked my wrist with the bread knife, will it need stitches?", "self_harm"),
    ("my craving to cut out sugar is the only diet I follow", "self_harm"),
    ("I'm eating healthily because I want to lose weight, and 3 pounds came off this week", "weight_loss"),
    ("I hope to shed some pounds this year, so far I lost 2 kilograms", "weight_loss"),
]


@pytest.mark.parametrize("text,code", NOT_A_SIGN)
def test_other_senses_and_aims_do_not_flag(text, code):
    red, _ = _flags(text)
    assert code not in red


def test_a_diet_named_only_as_unchanged_leaves_a_marked_loss_flagged():
    red, _ = _flags("my diet has not changed at all, yet I am down 12 kilogrammes in four months")
    assert "weight_loss" in red


@pytest.mark.parametrize("text", [
    "I haven't changed my diet but I joined a slimming club and lost a stone",
    "my eating hasn't changed, I just added a workout every morning and I'm 4 kg down",
])
def test_an_aim_beside_an_unchanged_diet_is_still_an_aim(text):
    red, unclear = _flags(text)
    assert "weight_loss" not in red + unclear


@pytest.mark.parametrize("text", [
    "it's as if I'm sat on a golf ball all day, right in the middle",
    "wiping feels different down there since the sciatica started",
])
def test_a_saddle_felt_oddly_gets_the_question(text):
    red, unclear = _flags(text)
    assert "saddle_numbness" in unclear and "saddle_numbness" not in red


@pytest.mark.parametrize("text", [
    "my desk chair is a gym ball, I sit on a ball all day",
    "my toddler peed and I didn't notice, we're toilet training",
])
def test_a_ball_as_a_seat_or_a_toddler_is_no_sign(text):
    red, unclear = _flags(text)
    assert "saddle_numbness" not in red + unclear and "bladder_bowel" not in red
