"""Injuries, weight loss and legs in the senses patients give them: accidents
wished for, planned or told in lists; another person's injury in the writer's
own story; old injuries dated by a stage of life; weight lost because eating
stopped, or told as a slimming success; knees that fold. Wording written for
these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from bot.language import parse


def _flags(text: str) -> tuple[list[str], list[str]]:
    facts = parse(text)
    return facts.red_flags, facts.unclear_flags


# -- trauma -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "some nights I hope to get knocked down by a lorry, or get in a smash on the way home",
    "I'm planning it so it looks like a mishap, perhaps a crash on the bypass",
    "praying I get hit by a bus, then fall off a bridge, anything really",
])
def test_an_accident_listed_after_a_wish_or_a_plan_is_no_injury(text):
    red, _ = _flags(text)
    assert "trauma" not in red


def test_a_list_that_starts_afresh_keeps_the_injury():
    red, _ = _flags("I wish the ache would settle, I came off my bike on Tuesday and hit my back")
    assert "trauma" in red


@pytest.mark.parametrize("text", [
    "I keep falling off the bandwagon with my stretches",
    "my old friends have fallen off the radar since the pain began",
    "honestly my neck has been a train wreck since the new job",
])
def test_figures_of_falling_and_crashing_are_no_injury(text):
    red, _ = _flags(text)
    assert "trauma" not in red


@pytest.mark.parametrize("text", [
    "my brother crashed his van on Friday so I've been driving him everywhere and my shoulders ache",
    "my nan broke her wrist and I've been doing her shopping",
    "a neighbour got knocked over by a cyclist last week, I'm still shaken",
])
def test_anothers_injury_in_the_writers_own_story_is_asked_not_flagged(text):
    red, unclear = _flags(text)
    assert "trauma" not in red and "trauma" in unclear


@pytest.mark.parametrize("text", [
    "I wrote off my car on the motorway on Thursday and my lower back is agony",
    "we had a fender-bender at the roundabout two days ago",
])
def test_a_crash_told_by_what_was_crashed_flags(text):
    red, _ = _flags(text)
    assert "trauma" in red


def test_a_crashed_computer_or_an_old_crash_is_no_injury():
    red, _ = _flags("my laptop crashed again today, and I crashed my car back in 2011")
    assert "trauma" not in red


def test_a_literal_fall_off_a_boat_still_flags():
    red, _ = _flags("I fell off the boat onto the jetty this morning")
    assert "trauma" in red


def test_anothers_injury_written_for_them_still_flags():
    red, _ = _flags("my partner came off a ladder yesterday and landed on his back, can you help him?")
    assert "trauma" in red


@pytest.mark.parametrize("text", [
    "back in my thirties I cracked a vertebra in a mountain bike crash",
    "when I was in my early twenties I fractured my pelvis in a fall",
    "back in college I was knocked off my scooter by a taxi",
])
def test_an_injury_dated_by_a_stage_of_life_is_history(text):
    red, _ = _flags(text)
    assert "trauma" not in red


# -- weight_loss ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the tablets took away my appetite and I've dropped 9 kilos",
    "I've been throwing up for weeks and lost a stone",
    "I lost a massive amount of weight after the operation and I'm not sure why",
    "the stress made me lose two stone in a couple of months",
    "I couldn't keep food down, which caused me to lose 12 pounds",
    "dropped some weight, definitely not on purpose",
    "more weight loss this month, which I really wasn't expecting",
    "the weight keeps melting off me even though I eat as much as ever",
    "I've lost weight since Christmas and I just don't fancy food",
])
def test_weight_lost_because_eating_stopped_flags(text):
    red, _ = _flags(text)
    assert "weight_loss" in red


@pytest.mark.parametrize("text", [
    "down 18 lbs and I can get into my wedding dress again",
    "I've lost 3 stone this year and my BMI is finally under 25",
    "lost 10 kg in four months, I'm so proud",
    "I lost 20 pounds on adipex",
    "went from a size 16 to a size 12 and loving it, I'm so proud",
])
def test_weight_lost_as_a_slimming_success_does_not_flag(text):
    red, _ = _flags(text)
    assert "weight_loss" not in red


def test_eating_changed_on_purpose_outweighs_eating_less():
    red, _ = _flags("I'm no longer eating the same as I used to, I gave up bread and lost 8 pounds")
    assert "weight_loss" not in red


def test_a_denied_loss_of_appetite_gives_no_reason():
    red, unclear = _flags("my appetite was never reduced, yet somehow I did lose some weight")
    assert "weight_loss" not in red and "weight_loss" in unclear


def test_a_loss_that_would_follow_without_a_remedy_is_no_loss():
    red, _ = _flags("I take something for the sickness, otherwise I tend to lose weight")
    assert "weight_loss" not in red


def test_a_dress_size_told_from_one_to_a_smaller_flags_when_unplanned():
    red, _ = _flags("I've gone from a size 14 to a size 10 and I haven't been dieting")
    assert "weight_loss" in red


def test_a_dress_size_that_went_up_is_no_loss():
    red, unclear = _flags("I went from a size 10 to a size 14 after the steroids")
    assert "weight_loss" not in red + unclear


def test_getting_thinner_asks():
    _, unclear = _flags("my family say I've become a lot thinner lately")
    assert "weight_loss" in unclear


def test_no_appetite_alone_still_gets_its_question():
    red, unclear = _flags("I've had next to no appetite this fortnight")
    assert "weight_loss" not in red and "weight_loss" in unclear


# -- leg_weakness -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my knees buckle when I go down steps",
    "it feels like my knees will crumble under me on the stairs",
])
def test_knees_that_fold_flag_leg_weakness(text):
    red, _ = _flags(text)
    assert "leg_weakness" in red


@pytest.mark.parametrize("text", [
    "there's hardly any strength in my legs these days",
    "my left leg has no power at all since Sunday",
    "my calves are getting weaker, I can't do the stairs",
])
def test_strength_said_to_be_gone_flags_leg_weakness(text):
    red, _ = _flags(text)
    assert "leg_weakness" in red


@pytest.mark.parametrize("text", [
    "my right thigh feels a bit weak after the run",
    "the toes of my left foot keep catching on the carpet",
])
def test_one_weak_muscle_or_catching_toes_asks(text):
    red, unclear = _flags(text)
    assert "leg_weakness" in red + unclear


def test_legs_said_not_to_be_weak_do_not_flag():
    red, _ = _flags("my thighs are not weak, they are just stiff in the morning")
    assert "leg_weakness" not in red
