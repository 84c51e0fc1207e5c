"""Whether a mention sits where a long message talks about the pain.

Real messages run to the 2,000-character cap and tell of other things too: a
child's illness, a smear test, a stressful job. In a message that long, a
time counts only when its own sentence speaks of the pain (a site, the pain
or its onset), and a doctor only when its sentence or the one before or after
it does, and in a story a visit someone else made ("I took my son to the
GP") is theirs. Short messages are answers to the intake's questions ("3 weeks",
"yes, my GP"), where the question itself supplies the pain.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from bot.language.durations import nearest_anchor

#: Tokens above which a message is a story rather than an answer.
LONG = 30
#: Entities that speak of pain itself.
PAIN_LABELS = {"PAIN", "RADIATION", "STAYS", "NIGHT"}
#: For times and doctors, a back or neck site (even a plain "back") is enough.
SITE_LABELS = PAIN_LABELS | {"LOCATION"}


def is_long(doc: Doc) -> bool:
    """A story rather than an answer: over ``LONG`` tokens."""
    return len(doc) > LONG


def _sentences_near(ent: Span) -> list[Span]:
    sents = list(ent.doc.sents)
    index = next(i for i, sent in enumerate(sents) if sent.start <= ent.start < sent.end)
    return sents[max(0, index - 1): index + 2]


def near_pain(ent: Span, labels: set[str] = PAIN_LABELS) -> bool:
    """True in a short message, or when a nearby sentence has an entity of ``labels``."""
    if not is_long(ent.doc):
        return True
    for sent in _sentences_near(ent):
        if any(other.label_ in labels and other != ent for other in sent.ents):
            return True
    return False


def in_pain_sentence(ent: Span) -> bool:
    """For times: in a long message, the nearest cue in its own clause is the
    pain, a site or the pain's onset ("I've been a nurse for 20 years" is no
    pain's time)."""
    if not is_long(ent.doc):
        return True
    return nearest_anchor(ent) in ("pain", "flare")


def near_site(ent: Span) -> bool:
    """``near_pain`` where a back or neck site also counts (for times and doctors)."""
    return near_pain(ent, SITE_LABELS)
