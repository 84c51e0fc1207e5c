"""spaCy's EntityRuler, with each token pattern tried only where it can start.

spaCy's Matcher tries every token pattern at every token (and builds a Token
object for every token it passes, twice); with two thousand patterns that was
nine tenths of the time a message took. This ruler sorts the patterns by
their first two tokens and tries each lot only where the message has those
two words, on a window as long as the lot's longest pattern (patterns here
have no ``+`` or ``*``, so no match is longer). Within a window the Matcher
still starts every pattern of the lot at every token, so the lots are kept
small: "can" alone begins three hundred patterns, "can't feel" a few dozen.
A pattern no longer than the words that chose its lot needs no Matcher at
all. On the corpus's tune texts this takes about an eighth of the time of
one Matcher per first word run over the whole message (on texts over 1,200
characters, a fifteenth).

A leading optional token is a pattern that starts there or one token later,
so "(for|over)? #num weeks" is tried at "for", "over" and at numbers, never at
every word; an optional second token likewise makes two patterns. Spans are
the same, since spaCy's Matcher reports a match with and without an optional
token alike.

Which lots may start at a word is decided per word, not per token: the first
two tokens of a pattern test the word alone (its text, lower case, a regex on
it, "like a number"). A plain or ``IN`` word is a dictionary look-up, and any
other test runs once per distinct word in the process, by spaCy's own Matcher.
Each pattern still matches exactly as in spaCy's ruler (a test checks it),
and the overlaps are resolved by the ruler itself. Where two rules match the
very same words, the rule listed first wins (spaCy leaves that to the order
of a set).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

#: Token attributes that depend on the word alone (the lexeme), never on its
#: place in the message: only these are tested before a window is chosen.
_WORD_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "LIKE_NUM", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT"})
#: Distinct words whose tests are remembered; past this the memory is reset.
_MAX_REMEMBERED = 100_000


def _starts(pattern: list[dict]) -> list[list[dict]]:
    """The pattern once per token it can start with: a leading optional token
    either starts the match or is skipped."""
    if not pattern:
        return []
    first, rest = pattern[0], pattern[1:]
    if first.get("OP") != "?":
        return [pattern]
    return [[{key: value for key, value in first.items() if key != "OP"}, *rest]] + _starts(rest)


def _tails(rest: list[dict]) -> list[list[dict]]:
    """What may follow a first token: ``_starts`` of the rest, or nothing when
    all of the rest is optional."""
    return _starts(rest) + ([[]] if all(spec.get("OP") == "?" for spec in rest) else [])


def _plain_words(spec: dict) -> list[str] | None:
    """The words a token spec is, when it is only a lower-case word or set of words."""
    if set(spec) != {"LOWER"}:
        return None
    value = spec["LOWER"]
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    return None


def _of_the_word(spec: dict) -> bool:
    return set(spec) <= _WORD_ATTRS


class _Lot:
    """Patterns that begin with the same two tokens (or the same one token).

    A pattern no longer than the tokens already tested to choose the lot is
    matched by that test alone, so it needs no Matcher: "back pain" is found
    wherever "back" is followed by "pain".
    """

    def __init__(self, vocab, tested: int) -> None:  # noqa: ANN001
        self.vocab = vocab
        self.tested = tested
        #: (match id, length) of the patterns the lot's own test decides.
        self.decided: list[tuple[int, int]] = []
        self.matcher: Matcher | None = None
        self.longest = 0

    def add(self, key: str, pattern: list[dict]) -> None:
        if len(pattern) <= self.tested:
            self.decided.append((self.vocab.strings.add(key), len(pattern)))
            return
        if self.matcher is None:
            self.matcher = Matcher(self.vocab, validate=False)
        self.matcher.add(key, [pattern])
        self.longest = max(self.longest, len(pattern))


@dataclass(eq=False)
class _First:
    """The lots that begin with one first token, by what comes next."""

    #: Lots of patterns of one token, or whose second token is no test of the word.
    alone: list[_Lot] = field(default_factory=list)
    #: Lots by each plain word their second token is.
    by_word: dict[int, list[_Lot]] = field(default_factory=dict)
    #: (test, lot) for the other second tokens.
    tested: list[tuple[int, _Lot]] = field(default_factory=list)


class _Remembered(dict):
    """A dict that computes a missing value once (a look-up costs no Python call)."""

    def __init__(self, compute) -> None:  # noqa: ANN001
        super().__init__()
        self.compute = compute

    def __missing__(self, key):  # noqa: ANN001, ANN204
        value = self[key] = self.compute(key)
        return value


@dataclass(frozen=True)
class _Word:
    """What one distinct word can be: the first tokens it passes, and the tests it passes."""

    firsts: tuple[_First, ...]
    tests: frozenset[int]


class _NotKept:
    """Takes the place of spaCy's Matcher of every pattern while spaCy's
    ``add_patterns`` files them: it names keys as the Matcher does and keeps
    nothing."""

    def __init__(self, matcher: Matcher) -> None:
        self._normalize_key = matcher._normalize_key

    def add(self, *_args, **_kwargs) -> None:
        """Nothing: the lots hold the patterns."""


class AnchoredEntityRuler(EntityRuler):
    """An EntityRuler whose token patterns are tried only where they can start."""

    def add_patterns(self, patterns) -> None:  # noqa: ANN001 (spaCy's own signature)
        patterns = list(patterns)
        # spaCy's ruler also files every token pattern in one Matcher, which
        # only its own ``match`` runs; the lots replace it, so it is neither
        # built nor kept (about 2 s of CPU at start and 17 MB per process).
        full, self.matcher = self.matcher, _NotKept(self.matcher)
        try:
            super().add_patterns(patterns)
        finally:
            self.matcher = full
        self._rank: dict[int, int] = getattr(self, "_rank", {})
        for entry in patterns:
            key = self._create_label(entry["label"], entry["id"]) if entry.get("id") else entry["label"]
            self._rank.setdefault(self.nlp.vocab.strings.add(key), len(self._rank))
        self._anchor()

    def _anchor(self) -> None:
        self._firsts_by_word: dict[int, list[_First]] = {}
        self._firsts_tested: list[tuple[int, _First]] = []
        self._test_ids: dict[str, int] = {}
        self._tests = Matcher(self.nlp.vocab, validate=False)
        self._words: dict[int, _Word] = {}
        #: The words some pattern may start with.
        self._starting: set[int] = set()
        self._pairs = _Remembered(self._lots_at)
        firsts: dict[str, _First] = {}
        lots: dict[tuple[str, str | None], _Lot] = {}
        for key, patterns in self.token_patterns.items():
            for start in (start for pattern in patterns for start in _starts(pattern)):
                first = start[0]
                if not _of_the_word(first):
                    raise ValueError(f"a pattern of {key!r} starts with {first}, which is not a test of "
                                     f"the word alone ({sorted(_WORD_ATTRS)})")
                first_name = json.dumps(first, sort_keys=True)
                if first_name not in firsts:
                    firsts[first_name] = self._register(first, _First(), self._firsts_by_word,
                                                        self._firsts_tested)
                for tail in _tails(start[1:]):
                    second = tail[0] if tail and _of_the_word(tail[0]) else None
                    name = (first_name, None if second is None else json.dumps(second, sort_keys=True))
                    if name not in lots:
                        lots[name] = lot = _Lot(self.nlp.vocab, 1 if second is None else 2)
                        entry = firsts[first_name]
                        if second is None:
                            entry.alone.append(lot)
                        else:
                            self._register(second, lot, entry.by_word, entry.tested)
                    lots[name].add(key, [first, *tail])

    def _register(self, spec: dict, item, by_word: dict, tested: list):  # noqa: ANN001
        """File ``item`` under each plain word of ``spec``, or under its test."""
        words = _plain_words(spec)
        if words is not None:
            for word in words:
                by_word.setdefault(self.nlp.vocab.strings.add(word), []).append(item)
        else:
            name = json.dumps(spec, sort_keys=True)
            if name not in self._test_ids:
                self._test_ids[name] = len(self._test_ids)
                self._tests.add(str(self._test_ids[name]), [[spec]])
            tested.append((self._test_ids[name], item))
        return item

    def _learn(self, orths: list[int]) -> None:
        """Run the word tests once for the words not seen before (one Matcher
        call on a Doc of just those words: the tests depend on nothing else)."""
        unseen = [orth for orth in set(orths) if orth not in self._words]
        if not unseen:
            return
        if len(self._words) + len(unseen) > _MAX_REMEMBERED or len(self._pairs) > _MAX_REMEMBERED:
            self._words.clear()
            self._starting.clear()
            self._pairs.clear()
        strings = self.nlp.vocab.strings
        passed: dict[int, set[int]] = {orth: set() for orth in unseen}
        if self._test_ids:
            for key, start, _ in self._tests(Doc(self.nlp.vocab, words=[strings[orth] for orth in unseen])):
                passed[unseen[start]].add(int(strings[key]))
        for orth in unseen:
            tests = frozenset(passed[orth])
            firsts = (*self._firsts_by_word.get(self.nlp.vocab[orth].lower, ()),
                      *(entry for test, entry in self._firsts_tested if test in tests))
            self._words[orth] = _Word(firsts, tests)
            if firsts:
                self._starting.add(orth)

    def _lots_at(self, pair: tuple[int, int | None]) -> tuple[_Lot, ...]:
        """The lots that may start at a word followed by another (None: the
        message ends); remembered in ``_pairs``, since pairs of words repeat."""
        word = self._words[pair[0]]
        after = None if pair[1] is None else self._words[pair[1]]
        lots: list[_Lot] = []
        for entry in word.firsts:
            lots += entry.alone
            if after is not None:
                lots += entry.by_word.get(self.nlp.vocab[pair[1]].lower, ())
                lots += [lot for test, lot in entry.tested if test in after.tests]
        return tuple(lots)

    def match(self, doc: Doc):
        """The ruler's matches, each lot decided by its first words or run on
        a window where it may start."""
        self._require_patterns()
        orths = doc.to_array(ORTH).tolist()
        self._learn(orths)
        matches = list(self.phrase_matcher(doc))
        windows: dict[_Lot, list[int]] = {}
        nexts = [*orths[1:], None]
        for i in [i for i, orth in enumerate(orths) if orth in self._starting]:
            for lot in self._pairs[orths[i], nexts[i]]:
                matches.extend((match_id, i, i + length) for match_id, length in lot.decided)
                if lot.matcher is not None:
                    windows.setdefault(lot, []).append(i)
        for lot, positions in windows.items():
            for begin, end in _windows(positions, lot.longest, len(doc)):
                matches.extend((key, begin + s, begin + e) for key, s, e in lot.matcher(Span(doc, begin, end)))
        final_matches = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final_matches, key=lambda m: (m[2] - m[1], -m[1], -self._rank.get(m[0], 0)), reverse=True)


def _windows(positions: list[int], length: int, limit: int) -> list[tuple[int, int]]:
    """(begin, end) token windows covering ``length`` tokens from each position,
    overlapping ones merged so the Matcher is called once for them."""
    windows: list[tuple[int, int]] = []
    for position in positions:
        end = min(position + length, limit)
        if windows and position <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((position, end))
    return windows


@Language.factory(
    "anchored_entity_ruler",
    default_config={"phrase_matcher_attr": None, "validate": False, "overwrite_ents": False,
                    "ent_id_sep": "||", "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"}},
)
def make_anchored_entity_ruler(nlp, name, phrase_matcher_attr, validate, overwrite_ents, ent_id_sep,  # noqa: ANN001
                               scorer):
    return AnchoredEntityRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, validate=validate,
                               overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep, scorer=scorer)
