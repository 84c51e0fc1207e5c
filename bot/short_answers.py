"""Short answers that name a fact only as the answer to the question just asked.

"Lower" on its own says nothing about a back, but after "Where is the pain
mainly?" it plainly means the lower back. The language layer reads messages
without knowing the question, so these answers are read here, by the intake
form, only while that question is pending.
"""

from __future__ import annotations

import re
from typing import Optional

from bot.language.spelling import key_slip, letter_slip

#: Answers to "Where is the pain mainly?" (after the fillers below are dropped).
LOCATION_ANSWERS = {
    "lower_back": {"lower", "low", "bottom", "lower part", "bottom part", "lower down", "low down",
                   "down low", "lower one", "bottom one", "lower half", "bottom half"},
    "upper_back": {"upper", "top", "middle", "mid", "upper part", "top part", "middle part",
                   "mid part", "upper one", "top one", "upper half", "top half", "in between"},
    "whole_back": {"all of it", "everywhere", "whole thing", "all over", "whole", "entire",
                   "the lot", "both", "both of them", "top and bottom", "upper and lower"},
}
_FILLER = re.compile(
    r"^(?:(?:it's|its|it is|the|my|mostly|mainly|more|more the|more like|in the|on the|at the|"
    r"kind of|sort of|i'd say|i think|probably|um|uh|er|well|hmm)\s+)+"
)


def location_answer(text: str) -> Optional[str]:
    """The region a short answer to the location question names, or None."""
    words = _FILLER.sub("", answer_words(text) + " ").strip()
    for region, answers in LOCATION_ANSWERS.items():
        if words in answers:
            return region
    return None


def answer_words(text: str) -> str:
    """An answer to the location question in lower-case words, each typo of an answer
    word put right ("lowr", "uppr", "botom")."""
    return " ".join(_slipped(word) for word in re.sub(r"[^\w\s']", " ", text.lower()).split())


#: The words of those answers, for a typo of one ("lowr", "uppr", "botom"): the
#: language layer does not correct them, as alone they are no fact of a back.
_ANSWER_WORDS = frozenset(word for answers in LOCATION_ANSWERS.values() for answer in answers
                          for word in answer.split())
#: Shorter words are too near other words to guess: "mild" and "mind" are "mid" with a
#: letter more, "lo" is "low" with one less.
_SLIP_LENGTH = 4
_SLIP_TARGETS = frozenset(word for word in _ANSWER_WORDS if len(word) >= _SLIP_LENGTH)


def _slipped(word: str) -> str:
    """The answer word a typed word slips from by one letter (dropped, added, swapped or
    a neighbouring key: "lowed"), or the word itself; a dropped letter is looked for
    first ("lowr" is "lower" rather than "low" typed long)."""
    if word in _ANSWER_WORDS or len(word) < _SLIP_LENGTH:
        return word
    longer = [answer for answer in _SLIP_TARGETS if len(answer) >= len(word)]
    return letter_slip(word, longer) or letter_slip(word, _SLIP_TARGETS) or key_slip(word, _SLIP_TARGETS) or word
