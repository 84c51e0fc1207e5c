"""Whether a mention sits where a long message talks about the pain.

Real messages run to the 2,000-character cap and tell of other things too: a
child's illness, a smear test, a stressful job. In a message that long, a
time counts only when the nearest cue in its own clause is the pain (see
``durations.told_of_pain``), and a doctor only when its sentence or the two
before or after it speak of pain, names a site or a spine finding ("Herniated
disc. I have seen multiple doctors"), and in a story a visit someone else made
("I took my son to the GP") is theirs. Short messages are answers to the intake's questions ("3 weeks",
"yes, my GP"), where the question itself supplies the pain.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from bot.language import locations

#: Tokens above which a message is a story rather than an answer.
LONG = 30
#: Sentences either side of a doctor that may tell of the pain: "For the past
#: year my neck hurts. It's worse at the computer. My GP thinks it's tension."
NEAR = 2
#: Entities that speak of pain or name a back or neck site (even a plain "back").
SITE_LABELS = {"PAIN", "RADIATION", "STAYS", "NIGHT", "LOCATION"}
#: Findings that only the spine has ("Herniated disc. I have seen multiple
#: doctors"): a sentence naming one, or a disc, speaks of the back.
SPINE_FINDINGS = {"finding"}
DISCS = {"disc", "disk", "discs", "disks"}
#: Entities that tell of pain itself, wherever they are said.
PAIN_LABELS = {"PAIN", "RADIATION", "STAYS", "NIGHT"}
#: Words of discomfort the pain patterns leave to other concerns ("my neck is
#: killing me", "numbness in my lower back", "I pulled something").
SUFFERING = {"killing", "agony", "agonizing", "agonising", "suffer", "suffering", "suffered", "suffers",
             "numb", "numbness", "tingling", "tingly", "burning", "tender", "tenderness", "cramp",
             "cramps", "cramping", "tight", "tension", "pinched", "pulled", "strain", "strained",
             "injured", "injure", "injuring", "whiplash", "crick", "locked", "seized", "uncomfortable",
             "unbearable", "excruciating", "sciatic", "sciatica", "pinching", "stabbing", "shooting",
             "throbs", "throb", "sore", "soreness", "painful", "hurting", "hurt", "ached"}


def entities(doc: Doc) -> list[Span]:
    """The message's entities, listed once (``doc.ents`` builds new spans on
    every call, which a 2,000-character message feels)."""
    if "entities" not in doc.user_data:
        doc.user_data["entities"] = list(doc.ents)
    return doc.user_data["entities"]


def tells_of_pain(doc: Doc) -> bool:
    """A long message speaks of the pain somewhere: a pain word, a spreading
    or night pain, a spine finding, or a back or neck site (real stories name
    one with words of every kind: "can't turn my neck", "my lower back has
    bothered me"). One that never does ("my son's tics, seen by a
    neurologist for 2 years", "a goitre for 5 years, tests normal") gives the
    intake no time or doctor. Short messages answer the intake's questions, where
    the question supplies the pain."""
    if not is_long(doc):
        return True
    if "tells_of_pain" not in doc.user_data:
        ents = entities(doc)
        doc.user_data["tells_of_pain"] = (
            any(ent.label_ in PAIN_LABELS or (ent.label_ == "DOCTOR" and ent.ent_id_ in SPINE_FINDINGS)
                for ent in ents)
            or any(tok.lower_ in SUFFERING for tok in doc)
            or any(ent.label_ == "LOCATION" and not locations.other_sense(ent) for ent in ents))
    return doc.user_data["tells_of_pain"]


def is_long(doc: Doc) -> bool:
    """A story rather than an answer: over ``LONG`` tokens."""
    return len(doc) > LONG


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each sentence, computed once per message."""
    if "topic_sentences" not in doc.user_data:
        doc.user_data["topic_sentences"] = [(sent.start, sent.end) for sent in doc.sents]
    return doc.user_data["topic_sentences"]


def near_site(ent: Span) -> bool:
    """True in a short message, or when a nearby sentence names a back or neck
    site, pain, or a spine finding (for doctors)."""
    doc = ent.doc
    if not is_long(doc):
        return True
    bounds = _sentence_bounds(doc)
    index = next(i for i, (start, end) in enumerate(bounds) if start <= ent.start < end)
    start, end = bounds[max(0, index - NEAR)][0], bounds[min(len(bounds) - 1, index + NEAR)][1]
    return any(doc[i].ent_type_ in SITE_LABELS or doc[i].lower_ in DISCS
               or (doc[i].ent_type_ == "DOCTOR" and doc[i].ent_id_ in SPINE_FINDINGS)
               for i in range(start, end) if not ent.start <= i < ent.end)
