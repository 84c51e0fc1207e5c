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
    text = "I keep losing my balance and my foot flops"
    with second_opinion.disabled():
        assert parse(text).unclear_flags == []
    assert parse(text).unclear_flags == ["leg_weakness"]


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
    "I want to get better",
]


def test_plain_conversation_turns_get_no_safety_question_from_it():
    """A visitor booking or saying "sure thing" must not be asked about self-harm or weak legs.

    Before its training saw the conversation's own phrasings, 9 of these 40 got one.
    """
    asked = [text for text in CONVERSATION_TURNS if parse(text).unclear_flags]
    assert len(asked) <= 1, asked
