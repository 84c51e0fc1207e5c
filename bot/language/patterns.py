"""A small phrase notation that compiles to spaCy token patterns.

Each concern module lists its phrases in this notation so a reader sees the
language ("(can't|cannot) control (my|) bladder") rather than token dicts:

- ``(a|b c|)``  alternatives; an empty alternative makes the group optional
  (groups do not nest)
- ``word?`` / ``(a|b)?`` / ``/re/?``  optional word, group or regex
- ``~N``  up to N filler words (never a negation, so "legs are not weak" can't
  sneak a "not" inside a finding); ``~N!`` also refuses hedges ("a bit"), and
  ``~Nw`` numbers (a site's phrase never swallows "since 2 month" said inside it)
- ``#num`` any number token, ``#sev`` a whole number 0-10 (digits or words)
- ``/re/`` a regex on the lowercase token, ``=Text`` an exact-case token
  (so "ER" is the emergency room but "er" is a hesitation)

Every phrase compiles to token patterns: groups whose alternatives are all
single tokens become one ``IN`` test, so the Matcher stays small; multi-token
alternatives expand into several patterns. Phrases are never expanded into
strings for the PhraseMatcher: that made 115,000 of them, each a Doc kept by
spaCy's ruler, 650 MB in every process and 6 s more at start for a message
parsed about 0.4 ms faster (issue 17).
"""

from __future__ import annotations

import itertools
import re
from typing import Callable, Iterable

Spec = dict
Alternative = list[Spec]

NEGATIONS = ["not", "no", "n't", "nt", "never", "without", "nothing", "none", "nor", "neither"]
#: Region nouns never hide inside a gap, so a radiation or flag phrase can't
#: swallow the location named in the middle of it.
REGION_NOUNS = ["back", "neck", "spine", "shoulder", "shoulders", "hip", "hips", "buttock",
                "buttocks", "bum", "glute", "glutes", "tailbone"]
HEDGES = ["bit", "little", "slightly", "sometimes", "occasionally", "mildly", "abit"]
SEVERITY_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
]
_SEVERITY_VALUES = [str(n) for n in range(11)] + SEVERITY_WORDS
_CHUNK = re.compile(r"\([^()]*\)\??|\S+")

Tokenize = Callable[[str], list[str]]


def _gap(size: int, strict: bool, wordy: bool = False) -> Alternative:
    refused = NEGATIONS + REGION_NOUNS + (HEDGES if strict else [])
    spec = {"LOWER": {"NOT_IN": refused}, "IS_PUNCT": False, "OP": "?"}
    return [{**spec, "LIKE_NUM": False} if wordy else spec] * size


def _special(chunk: str) -> Alternative | None:
    if chunk == "#num":
        return [{"LIKE_NUM": True}]
    if chunk == "#sev":
        return [{"LOWER": {"IN": _SEVERITY_VALUES}}]
    if len(chunk) > 2 and chunk.startswith("/") and chunk.endswith("/"):
        return [{"LOWER": {"REGEX": chunk[1:-1]}}]
    if len(chunk) > 1 and chunk.startswith("="):
        return [{"TEXT": chunk[1:]}]
    gap = re.fullmatch(r"~(\d)(!?)(w?)", chunk)
    if gap:
        return _gap(int(gap.group(1)), bool(gap.group(2)), bool(gap.group(3)))
    return None


def _words(text: str, tokenize: Tokenize) -> Alternative:
    specs: Alternative = []
    for word in text.split():
        special = _special(word)
        specs.extend(special if special is not None else
                     [{"LOWER": tok} for tok in tokenize(word)])
    return specs


def _chunk_alternatives(chunk: str, tokenize: Tokenize) -> list[Alternative]:
    optional = len(chunk) > 1 and chunk.endswith("?") and (not chunk.startswith("/") or chunk.endswith("/?"))
    body = chunk[:-1] if optional else chunk
    if body.startswith("(") and body.endswith(")"):
        options = body[1:-1].split("|")
    else:
        options = [body]
    alternatives = [_words(option, tokenize) for option in options if option.strip()]
    optional = optional or any(not option.strip() for option in options)
    plain = [alt[0]["LOWER"] for alt in alternatives
             if len(alt) == 1 and isinstance(alt[0].get("LOWER"), str)]
    if len(alternatives) > 1 and len(plain) == len(alternatives):
        merged: Spec = {"LOWER": {"IN": plain}}
        if optional:
            merged["OP"] = "?"
        return [[merged]]
    return alternatives + ([[]] if optional else [])


def _chunks(dsl: str) -> list[str]:
    chunks = _CHUNK.findall(dsl)
    for chunk in chunks:
        if not chunk.startswith(("(", "/")) and ("(" in chunk or ")" in chunk):
            raise ValueError(f"groups cannot nest or touch a word: {chunk!r} in {dsl!r}")
    return chunks


def compile_pattern(dsl: str, tokenize: Tokenize) -> list[list[Spec]]:
    """The EntityRuler token patterns one phrase in the notation stands for.

    The patterns share their token specs (nothing changes a spec once made):
    a phrase that expands to a thousand patterns holds each test once, not a
    thousand times, in the ruler and in its Matchers.
    """
    per_chunk = [_chunk_alternatives(chunk, tokenize) for chunk in _chunks(dsl)]
    patterns = []
    for combo in itertools.product(*per_chunk):
        pattern = [spec for alt in combo for spec in alt]
        if pattern and any(spec.get("OP") != "?" for spec in pattern):
            patterns.append(pattern)
    return [split for pattern in patterns for split in _first_word_apart(pattern)]


def _first_word_apart(pattern: list[Spec]) -> list[list[Spec]]:
    """One pattern per first word of a required ``IN`` test.

    The Matcher starts every pattern at every token; a plain first word is a
    comparison in C, an ``IN`` test a Python call per token, so several plain
    patterns run faster than one with a set (about a third less time).
    """
    first = pattern[0]
    words = first.get("LOWER", {}).get("IN") if isinstance(first.get("LOWER"), dict) else None
    if words is None or "OP" in first or len(first) > 1:
        return [pattern]
    return [[{"LOWER": word}, *pattern[1:]] for word in words]


def _options(dsl: str) -> list[list[str]]:
    per_chunk = []
    for chunk in _chunks(dsl):
        optional = chunk.endswith("?")
        body = chunk[:-1] if optional else chunk
        options = body[1:-1].split("|") if body.startswith("(") else [body]
        per_chunk.append(options + ([""] if optional else []))
    return per_chunk


def expand(dsls: Iterable[str]) -> list[str]:
    """Plain phrases for termsets and the PhraseMatcher: alternatives expanded."""
    phrases: dict[str, None] = {}
    for dsl in dsls:
        for combo in itertools.product(*_options(dsl)):
            phrase = " ".join(part for part in combo if part.strip())
            if phrase:
                phrases[phrase] = None
    return list(phrases)
