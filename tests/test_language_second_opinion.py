"""The second opinion on danger signs may only add a question, never a flag."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.language import parse, second_opinion
from bot.language.flags import mentioned_codes
from bot.language.pipeline import get_nlp
from bot.triage import FLAG_LEVELS

CASES = yaml.safe_load((Path(__file__).parent / "data" / "language_cases.yml").read_text(encoding="utf-8"))
UNSEEN = [  # wording neither the patterns nor the classifier's examples contain
    "I keep losing my balance and my foot flops",
    "my feet feel like they are made of lead, my bum cheeks like cotton wool",
    "no fever, no numbness, nothing like that",
    "I don't want to be here anymore",
    "what if my legs gave out?",
]


def test_the_shipped_classifier_knows_every_code():
    assert set(second_opinion.probabilities("my back hurts")) == set(FLAG_LEVELS)


@pytest.mark.parametrize("text", [c["text"] for c in CASES] + UNSEEN)
def test_it_only_adds_questions_where_the_patterns_are_silent(text):
    with second_opinion.disabled():
        alone = parse(text)
    both = parse(text)
    assert both.red_flags == alone.red_flags
    assert set(alone.unclear_flags) <= set(both.unclear_flags)
    added = set(both.unclear_flags) - set(alone.unclear_flags)
    assert not added & mentioned_codes(get_nlp()(text))


def test_it_asks_about_a_sign_no_pattern_describes():
    text = "the tightness spreads across my chest to my left arm"
    with second_opinion.disabled():
        assert parse(text).unclear_flags == []
    assert parse(text).unclear_flags == ["chest_pain"]


def test_a_denial_elsewhere_in_the_message_does_not_silence_it():
    """It reads every sentence without a negation or a question; before, one
    "not" anywhere (most real posts have one) kept it silent."""
    text = "I don't smoke. The tightness spreads across my chest to my left arm. Is that normal?"
    assert parse(text).unclear_flags == ["chest_pain"]


def test_a_negated_sign_gets_no_question_from_it():
    assert parse("no fever, no numbness, nothing like that").unclear_flags == []


#: Plain turns of a conversation, written for this test (none is in data/nlu.yml).
CONVERSATION_TURNS = [
    "I would like to book online.", "sure thing", "Could somebody contact me, please?",
    "I should like to book an appointment.", "I'd be grateful if you could ring me",
    "yes I'm happy with that", "I think so", "I'd love to try it", "can you give me a call",
    "I prefer you phone me", "that works for me", "I would like some help with my back",
    "I want to make an appointment for next week", "I need to think about it", "no that's all thanks",
    "I have to go", "good night", "see you", "I'd like the clinic to get in touch",
    "is there parking nearby", "will it hurt", "how long until it works", "do you take insurance",
    "can my wife come with me", "I want to talk to someone", "let me speak to a person",
    "I'd rather do it myself online", "I will wait", "not now thanks", "I'm fine thanks", "all good",
    "my name is Walter", "I don't have email", "what happens next", "ok bye", "nothing else",
    "what are your hours", "I have a question", "I have been thinking about acupuncture for a while",
    "I want to get better", "I'd like to make the booking on my own", "I'll ring them myself tomorrow",
]


#: Answers to the intake's questions, written for this test (none is in the training phrasings).
INTAKE_ANSWERS = [
    "about five weeks now", "it runs down the back of my thigh into my calf", "around a 7 out of 10 most days",
    "my GP had a look in October", "the left side just above my belt", "between the shoulder blades, worse after driving",
    "since the summer, on and off", "it tingles into my big toe sometimes", "I am on warfarin",
    "sharp when I bend to tie my shoes", "it catches me when I twist getting out of the car",
    "I have had it for donkey years", "a physio gave me stretches in March",
    "I work nights as a nurse and it aches after a shift", "it started after I moved house",
    "my sciatica flares when I sit too long", "the pain wraps round to my hip", "it is a dull ache, maybe 4",
    "I saw a chiropractor twice", "only in the mornings", "when I cough it shoots into my buttock",
    "my knee gives me grief as well", "email is best",
]


def test_plain_conversation_turns_get_no_safety_question_from_it():
    """A visitor booking or saying "sure thing" must not be asked about self-harm or weak legs.

    Before its training saw the conversation's own phrasings, 9 of these 40 got one.
    """
    asked = [text for text in CONVERSATION_TURNS if parse(text).unclear_flags]
    assert asked == []


def test_intake_answers_get_no_safety_question_from_it():
    """Pain that travels down a leg is an intake answer, not a weak leg: the
    classifier confused the two, so leg weakness is left to the patterns."""
    asked = {text: parse(text).unclear_flags for text in INTAKE_ANSWERS if parse(text).unclear_flags}
    with second_opinion.disabled():
        by_patterns = {text: parse(text).unclear_flags for text in asked}
    assert asked == by_patterns
