"""A second opinion on danger signs, for wording no pattern was written for.

A linear classifier per danger-sign code over hashed words, word pairs and
three-letter word endings (the endings carry word forms and some typos no
pattern lists). The features are spaCy's own hashes of the tokens the
pipeline already made (``LOWER``, ``SUFFIX``), so a message costs a few
array operations, tens of microseconds even at the 2,000-character cap; a
``HashingVectorizer`` over the text cost about a millisecond there.

It may only ever *add* a clarifying question: ``flags`` asks it only about
codes the patterns did not mention at all (not even negated, hypothetical or
of a relative), gives it only the sentences that hold no negation and no
question (it cannot see a negation's scope), and whatever it says is an
unclear flag, never a red flag.

Each code has its own threshold, chosen by leave-one-source-out
cross-validation over the tune split (``scripts/train_second_opinion.py``):
the lowest at which the classifier's calls on sources it had not seen were
right often enough and it asked at none of the team's conversation turns and
intake answers; a code it cannot tell reliably gets no question at all.

The weights and thresholds are a small artefact, ``second_opinion.npz``. It
is shipped rather than trained at start because the corpus is not part of
the repository (its licences forbid copying), so training at build time
could not see it; hashing keeps the artefact free of any text.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np
from spacy.attrs import IS_SPACE, LOWER, SUFFIX
from spacy.tokens import Span

ARTEFACT = Path(__file__).with_name("second_opinion.npz")
N_FEATURES = 2 ** 15
_BUCKETS = np.uint64(N_FEATURES)
#: Mixers that keep a word pair and an ending apart from a word's own bucket.
_PAIR = np.uint64(1_000_003)
_ENDING = np.uint64(0x9E3779B97F4A7C15)
#: Switched off only by ``disabled``.
_switch = {"enabled": True}


def features(sentences: Sequence[Span]) -> tuple[np.ndarray, np.ndarray]:
    """(buckets, l2-normed counts) of the words, word pairs (within a
    sentence) and word endings of these sentences of one doc."""
    if not sentences:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    table = sentences[0].doc.to_array([LOWER, SUFFIX, IS_SPACE])
    parts = []
    for sent in sentences:
        rows = table[sent.start:sent.end]
        rows = rows[rows[:, 2] == 0]
        words = rows[:, 0]
        parts += [words, (words[:-1] * _PAIR) ^ words[1:], rows[:, 1] ^ _ENDING]
    buckets, counts = np.unique(np.concatenate(parts) % _BUCKETS, return_counts=True)
    return buckets.astype(np.int64), counts / np.sqrt((counts ** 2).sum())


@lru_cache(maxsize=1)
def _model() -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]] | None:
    if not ARTEFACT.exists():
        return None
    data = np.load(ARTEFACT)
    return (data["coef"].astype(np.float32), data["intercept"], data["thresholds"],
            [str(c) for c in data["codes"]])


def scores(sentences: Sequence[Span]) -> dict[str, float]:
    """P(code is at least a possible sign) for every code, from the classifier alone."""
    model = _model()
    if model is None:
        return {}
    coef, intercept, _, codes = model
    buckets, values = features(sentences)
    logits = coef[:, buckets] @ values + intercept
    return dict(zip(codes, (1.0 / (1.0 + np.exp(-logits))).tolist()))


def probabilities(text: str) -> dict[str, float]:
    """``scores`` of a whole text (for the bench and the tests)."""
    from bot.language.pipeline import get_nlp  # the pipeline's modules import this one

    return scores(list(get_nlp()(text).sents))


def thresholds() -> dict[str, float]:
    """Each code's threshold (above 1 for a code that never gets a question)."""
    model = _model()
    return {} if model is None else dict(zip(model[3], model[2].tolist()))


def suggest(sentences: Sequence[Span], mentioned: set[str]) -> list[str]:
    """Codes to ask about that the patterns did not mention, most likely first."""
    if not _switch["enabled"] or not sentences:
        return []
    limits = thresholds()
    found = [(p, code) for code, p in scores(sentences).items()
             if p >= limits[code] and code not in mentioned]
    return [code for _, code in sorted(found, reverse=True)]


@contextmanager
def disabled() -> Iterator[None]:
    """Patterns alone (the bench measures what the second opinion adds)."""
    _switch["enabled"] = False
    try:
        yield
    finally:
        _switch["enabled"] = True
