"""Reading the numbers people type: digits, words and vague quantities.

Shared by durations and severity so "three", "3" and "a couple" mean the same
everywhere. Vague quantities follow one documented convention: "a couple" is
2, "a few" is 3, "several" is 4.
"""

from __future__ import annotations

import re

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
WORDS: dict[str, float] = {word: float(n) for n, word in enumerate(_UNITS)}
WORDS.update({word: float(n) for word, n in _TENS.items()})
WORDS.update({"a": 1.0, "an": 1.0, "single": 1.0, "couple": 2.0, "pair": 2.0,
              "few": 3.0, "several": 4.0, "dozen": 12.0, "half": 0.5})

_DIGITS = re.compile(r"^\d+(\.\d+)?$")
#: A pain score said as a number: a digit or a number word up to ten.
SCORE_NUMBER = r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten)\b|\d"


def states_a_number(text: str) -> bool:
    """Whether a pain score was given as a number ("7", "seven", "8/10"), not a vague word."""
    return re.search(SCORE_NUMBER, text.lower()) is not None


def value(word: str) -> float | None:
    """The number a single token stands for, or None ("twenty-one" comes split)."""
    word = word.lower().strip()
    if _DIGITS.match(word):
        return float(word)
    return WORDS.get(word)
