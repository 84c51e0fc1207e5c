"""Everyday misspellings of the words the facts hang on, corrected before parsing.

Visitors type on phones, late, in pain: "3 weks", "lowr back", "havent seen a
docter". A word is corrected only when no rule knows it, only into one of
``TARGETS``, and only by one dropped, added or swapped letter, a wrong vowel in a
word of six letters or more ("munths"), or from the short list of common
misspellings. Another different letter is never guessed ("nick" stays a name
rather than becoming "neck"), capitalised words are left alone (names),
and real words near a target ("bowl", "mouth") and number words ("eight" is
one letter from "weight") stay as they are.

The corrected text has other lengths than the visitor's, so ``correct`` also
returns where each of its characters came from, for the entity offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language import numbers

#: The words a fact hangs on; a misspelling of one of these loses a fact.
TARGETS = (
    "days", "weeks", "months", "years", "doctor", "lower", "upper", "bottom", "middle", "neck", "back", "shoulder",
    "shoulders", "pain", "hurts", "hurting", "since", "started", "physio", "weakness", "tailbone", "spreading",
    "radiating",
    "summer", "winter", "autumn", "christmas", "beginning", "august", "september", "october", "november",
    "december", "january", "february", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    # clinical contact ("my dotor precribed", "a new perscription", "diagnoised")
    "prescribed", "prescription", "diagnosed", "specialist", "neurologist", "rheumatologist", "surgery", "physician",
    "emergency", "orthopedic", "orthopaedic", "hospital", "ambulance", "appointment", "injection", "consulted",
    # danger signs
    "stairs", "ladder", "temperature", "fever", "bladder", "bowels", "numbness", "incontinence",
    "tumour", "cancer", "chemo", "chest", "suicidal", "weight", "accident", "shivering",
    # precautions
    "pregnant", "warfarin", "pacemaker", "needles", "immune", "eliquis", "apixaban", "xarelto", "rivaroxaban",
    "clopidogrel", "methotrexate", "thinners", "thinner",
)
#: Misspellings a single dropped, added or swapped letter does not explain.
MISSPELLINGS = {
    "docter": "doctor", "doctar": "doctor", "nek": "neck", "bak": "back", "sholder": "shoulder",
    # texting shorthand: "upr bk btwn shldr blades"
    "lowed": "lower", "bk": "back", "upr": "upper", "lwr": "lower", "btwn": "between", "shldr": "shoulder", "shldrs": "shoulders",
    "paim": "pain", "pregnent": "pregnant", "pacemeker": "pacemaker", "warferin": "warfarin",
    "sinse": "since", "sence": "since", "monts": "months", "mounths": "months", "weels": "weeks", "yeer": "year", "yeers": "years", "yeer's": "years", "akes": "aches", "aks": "aches",
    "scard": "scared", "betwen": "between", "bewteen": "between", "inbetween": "in between", "scaired": "scared", "skared": "scared", "thre": "three", "sevn": "seven", "eigth": "eight", "wekks": "weeks", "anywere": "anywhere", "anywher": "anywhere", "donw": "down", "dwon": "down", "mnth": "month", "agust": "august", "begining": "beginning", "cuple": "couple", "coupel": "couple", "cpl": "couple", "cple": "couple", "coupla": "couple",
    "wknd": "weekend", "forthnight": "fortnight", "wudnt": "wouldn't", "spreds": "spreads", "spred": "spread", "wholle": "whole", "whol": "whole", "fornight": "fortnight", "tuesdya": "tuesday", "wendsday": "wednesday", "wensday": "wednesday", "thrusday": "thursday", "weekd": "weeks", "yeats": "years",
    # Apostrophes left out: "cant" splits into "ca nt", which no "can't" phrase matches.
    "cant": "can't", "dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't",
    "rite": "right", "dosent": "doesn't", "dosnt": "doesn't", "doesent": "doesn't", "havnt": "haven't", "haf": "half",
    "immunocompromized": "immunocompromised", "imunocompromised": "immunocompromised",
    "immunocomprimised": "immunocompromised", "immunocompromsed": "immunocompromised",
    "immunosupressed": "immunosuppressed", "imunosuppressed": "immunosuppressed",
    "wasnt": "wasn't", "havent": "haven't", "hasnt": "hasn't", "couldnt": "couldn't",
    "wouldnt": "wouldn't", "arent": "aren't", "werent": "weren't", "wont": "won't", "shouldnt": "shouldn't",
}
#: Real words one letter away from a target; never corrected.
REAL_WORDS = frozenset({
    "bowl", "mouth", "pan", "spin", "ban", "beck", "hurst", "sinc", "dais", "lowe", "starter",
    "pail", "paint", "paine", "backs", "neat", "deck", "peck", "wees", "prescribe", "diagnose",
})
MIN_LENGTH = 4
#: Pictures between words ("needles 😱 scare me", "back 😩 since monday") would part the
#: words of a phrase; the ticks and crosses stay, as they answer yes or no.
PICTURES = "(?:(?![✅✔✓❌✗✖👍👎☑])[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3])+"
#: "5ish", "four-ish", "tenish": about that many.
_ABOUT_SO_MANY = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-?ish\b"
#: A number with thousands commas ("1,500 days"): read without them, so the comma does
#: not split it into two numbers.
_THOUSANDS = r"\b\d{1,3}(?:,\d{3})+\b"
#: Spaces typed twice ("3  weeks") would make a token of their own between two words.
_SPACES = r"[ \t]{2,}"
_WORD_OR_TILDE = re.compile(rf"{_ABOUT_SO_MANY}|{_THOUSANDS}|[A-Za-z]+|~(?=\w)|\s*{PICTURES}\s*|{_SPACES}", re.I)


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Every word some rule of the language layer matches as it is."""
    from bot.language.pipeline import MAIN_RULES
    from bot.language.severity import NUMBER_RULES

    return frozenset(word for _, _, dsl in MAIN_RULES + NUMBER_RULES
                     for word in re.findall(r"[a-z]+", dsl.lower()))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}


_VOWELS = "aeiou"
#: A wrong vowel is believed only in a long word ("munths", "warferin"): in a short
#: one it makes another word ("nick" is not "neck").
VOWEL_SLIP_LENGTH = 6


def _vowel_slips(word: str) -> set[str]:
    if len(word) < VOWEL_SLIP_LENGTH:
        return set()
    return {word[:i] + v + word[i + 1:] for i, ch in enumerate(word) if ch in _VOWELS for v in _VOWELS if v != ch}


@lru_cache(maxsize=1)
def _fixes() -> dict[str, str]:
    """Every one-letter-dropped, swapped or (in a long word) wrong-vowel form of a
    target, when only one target has it."""
    found: dict[str, set[str]] = {}
    for target in TARGETS:
        for variant in _deletions(target) | _swaps(target) | _vowel_slips(target):
            found.setdefault(variant, set()).add(target)
    return {variant: next(iter(targets)) for variant, targets in found.items()
            if len(targets) == 1 and variant not in TARGETS}


@lru_cache(maxsize=4096)
def fix(word: str) -> str | None:
    """The target a lower-case word misspells, or None to leave it (cached:
    visitors' words repeat, and a long message has hundreds)."""
    if word in MISSPELLINGS:
        return MISSPELLINGS[word]
    if len(word) < MIN_LENGTH or word in REAL_WORDS or word in numbers.WORDS or word in _known():
        return None
    if word in _fixes():
        return _fixes()[word]
    shorter = _deletions(word)
    added = {target for target in TARGETS if target in shorter}
    return added.pop() if len(added) == 1 else None


def correct(text: str) -> tuple[str, list[int]]:
    """(corrected text, origin) where origin[i] is the visitor's index of character i.

    ``origin`` has one more entry than the text, for the end of a span.
    """
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    for match in _WORD_OR_TILDE.finditer(text):
        word = match.group()
        # "~3 weeks", "since ~Easter": a tilde for "about" would glue itself to the word.
        if word == "~":
            replacement = ""
        elif re.fullmatch(_ABOUT_SO_MANY, word, re.I):  # "5ish wks", "four-ish months": about so many
            replacement = re.sub(r"-?ish$", "", word, flags=re.I)
        elif word.isspace():
            replacement = " "
        elif word[0].isdigit():
            replacement = word.replace(",", "")
        elif not word[-1].isalpha():  # pictures: one space between the words they stood between
            replacement = "" if match.start() == 0 or match.end() == len(text) else " "
        else:
            replacement = fix(word) if word.islower() else None
        if replacement is None:
            continue
        start, end = match.span()
        pieces.append(text[done:start])
        origin.extend(range(done, start))
        pieces.append(replacement)
        origin.extend(start + min(i, end - start - 1) for i in range(len(replacement)))
        done = end
    pieces.append(text[done:])
    origin.extend(range(done, len(text) + 1))
    return "".join(pieces), origin


#: Words this short are never matched loosely: one letter makes another word ("hip", "hips", "ship").
LOOSE_LENGTH = 7


@lru_cache(maxsize=16)
def _loose_forms(words: frozenset[str]) -> frozenset[str]:
    """Every one-letter-dropped, swapped or wrong-vowel form of the long words of a vocabulary."""
    return frozenset(variant for word in words if len(word) >= LOOSE_LENGTH
                     for variant in _deletions(word) | _swaps(word) | _vowel_slips(word))


def loosely_in(word: str, words: frozenset[str]) -> bool:
    """A word of a vocabulary, or a long one slipped by a letter ("endometriossis",
    "abdomenal"): for words a rule tests where they are said, which ``correct``
    leaves alone as they are no fact's own."""
    if word in words:
        return True
    return len(word) >= LOOSE_LENGTH and (word in _loose_forms(words) or bool(_deletions(word) & words))


def letter_slip(word: str, candidates) -> str | None:
    """The one candidate `word` is with one letter dropped, doubled or added, or two
    swapped ("fvie", "fivee", "sevn"), or None; for a word where only the
    candidates are expected, as ``correct`` leaves number words alone."""
    found = {candidate for candidate in candidates
             if word in _deletions(candidate) | _swaps(candidate) or candidate in _deletions(word)}
    return found.pop() if len(found) == 1 else None


#: Neighbouring keys on a QWERTY keyboard: the commonest slip on a phone.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    key: {row[i + step] for step in (-1, 1) if 0 <= i + step < len(row)}
    | {other[j] for other in _ROWS if other != row for j in (i - 1, i, i + 1)
       if 0 <= j < len(other) and abs(_ROWS.index(other) - _ROWS.index(row)) == 1}
    for row in _ROWS for i, key in enumerate(row)
}


def key_slip(word: str, candidates) -> str | None:
    """The one candidate `word` becomes when one letter is put back on its neighbouring
    key ("siz" is "six"), or None: unlike a dropped or swapped letter, a wrong key is
    only believed between neighbours, so "sit" and "high" stay what they are."""
    found = {candidate for candidate in candidates if len(candidate) == len(word)
             and sum(a != b for a, b in zip(word, candidate)) == 1
             and all(a == b or b in _NEIGHBOURS.get(a, ()) for a, b in zip(word, candidate))}
    return found.pop() if len(found) == 1 else None
