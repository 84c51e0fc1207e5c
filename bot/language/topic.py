"""Whether a mention sits where a long message talks about the pain.

Real messages run to the 2,000-character cap and tell of other things too: a
child's illness, a smear test, a stressful job. In a message that long, a
time counts only when the nearest cue in its own clause is the pain (see
``durations.told_of_pain``), and a doctor only when its sentence or the two
before or after it speak of pain, names a site or a spine finding ("Herniated
disc. I have seen multiple doctors"), and in a story a visit someone else made
("I took my son to the GP") is theirs. Short messages are answers to the intake's questions ("3 weeks",
"yes, my GP"), where the question itself supplies the pain.

A long message must also name the back or neck (a plain "back" or "spine"
too), sciatica or a spine finding: real questions tell of chest pain, a
child's headaches or a sleepless night with a GP, tests and times, and none
of those are facts of back pain.
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
DISCS = {"disc", "disk", "discs", "disks", "vertebra", "vertebrae"}
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
    """A long message names the back or neck (see ``names_back``) and speaks
    of trouble somewhere: a pain word, a spreading or night pain, a spine
    finding or a disc, a word of suffering or trouble ("it's killing me",
    "my lower back has bothered me"), or a site said as someone's ("my back
    is so bad I can hardly stand"). One that does not ("my son's tics, seen by
    a neurologist for 2 years", "chest pain, my GP and A&E said anxiety",
    "black skin on her neck and arms, tests normal") gives the intake no site,
    time or doctor. Short messages answer the intake's questions, where the
    question supplies the pain."""
    if not is_long(doc):
        return True
    if "tells_of_pain" not in doc.user_data:
        ents = entities(doc)
        doc.user_data["tells_of_pain"] = names_back(doc) and (
            any(ent.label_ in PAIN_LABELS or (ent.label_ == "DOCTOR" and ent.ent_id_ in SPINE_FINDINGS)
                or _own_site(ent) for ent in ents)
            or any(tok.lower_ in SUFFERING or tok.lower_ in TROUBLE or tok.lower_ in locations.PAIN_WORDS
                   or tok.lower_ in DISCS for tok in doc))
    return doc.user_data["tells_of_pain"]


_OWNERS = {"my", "his", "her", "their", "'s"}


#: "Mine is the lower back", "his is the neck": a site said as someone's, after a relative's pain.
_MINE = {"mine", "his", "hers", "theirs", "ours"}


def _own_site(ent: Span) -> bool:
    """A site said as someone's: "my back is so bad", "in his lower back", "mine is the lower back"."""
    doc = ent.doc
    before = [tok.lower_ for tok in doc[max(0, ent.start - 3):ent.start]]
    return ent.label_ == "LOCATION" and not locations.other_sense(ent) and (
        ent[0].lower_ in _OWNERS or (ent.start > 0 and doc[ent.start - 1].lower_ in _OWNERS)
        or (len(before) >= 2 and before[-2:] in (["is", "the"], ["'s", "the"]) and before[0] in _MINE)
        or (before[-1:] in (["is"], ["'s"]) and before[-2:-1] and before[-2] in _MINE))


#: Words of trouble with a part that name no pain ("problems with my lower
#: back", "my neck is clicking"), and conditions that are trouble themselves
#: ("sacroiliitis", "arthritis in the spine").
TROUBLE = {"problem", "problems", "issue", "issues", "trouble", "troubles", "bother", "bothers",
           "bothering", "bothered", "injury", "injuries", "stiff", "stiffness", "spasm",
           "spasms", "worse", "flare", "flared", "discomfort", "weak", "weakness", "crack", "cracked",
           "cracking", "paining", "pained", "pinch", "clicking", "popping", "grinding", "crunching",
           "pressure", "heaviness", "swollen", "arthritis", "arthritic", "osteoarthritis", "spondyloarthritis",
           "involvement", "sacroiliitis", "sacroilitis", "coccydynia", "coccygodynia", "lumbago", "whiplash",
           "torticollis", "damage", "damaged", "tore", "torn",
           # how bad a part has been: "my lower back has been grim since the party"
           "grim", "rough", "awful", "terrible", "horrible", "dreadful", "miserable", "agony", "agonising",
           "agonizing", "nightmare", "wrecked", "knackered", "unbearable", "excruciating"}
#: Spine findings no other part has ("a fracture" or "osteoporosis" may be anywhere).
_NOT_SPINE_ONLY = {"fracture", "fractures", "fractured", "osteoporosis", "torn", "tear", "dislocation",
                   "compression", "compressed"}


def names_back(doc: Doc) -> bool:
    """The message names a back or neck site (a plain "back" or "spine"
    too, but not "the back of the book"; one inside an injury, "landed on
    my tailbone", too), sciatica, a disc, a finding only the spine has
    ("stenosis") or an injury only the neck has ("whiplash")."""
    if "names_back" not in doc.user_data:
        doc.user_data["names_back"] = any(
            (ent.label_ == "LOCATION" and not locations.other_sense(ent))
            or (ent.label_ == "RADIATION" and ent.text.lower().startswith(locations.LOWER_BACK_NERVES))
            or (ent.label_ == "DOCTOR" and ent.ent_id_ in SPINE_FINDINGS
                and not {tok.lower_ for tok in ent} <= _NOT_SPINE_ONLY)
            for ent in entities(doc)) or bool(doc.spans.get("injury_sites")) or any(
            tok.lower_ in DISCS or tok.lower_ in locations.SITED_INJURIES for tok in doc)
    return doc.user_data["names_back"]


def is_long(doc: Doc) -> bool:
    """A story rather than an answer: over ``LONG`` tokens."""
    return len(doc) > LONG


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each sentence, computed once per message. A blank line
    is no sentence: paragraphs apart, "my neck locks up" and "I've been to the
    Dr about it" are still neighbours."""
    if "topic_sentences" not in doc.user_data:
        doc.user_data["topic_sentences"] = [(sent.start, sent.end) for sent in doc.sents
                                            if not all(tok.is_space for tok in sent)]
    return doc.user_data["topic_sentences"]


def near_site(ent: Span) -> bool:
    """True in a short message, for a disc finding (it names the spine
    itself: "I suffered a herniated disc"), or when a nearby sentence names a
    back or neck site, pain, or a spine finding (for doctors)."""
    doc = ent.doc
    if not is_long(doc) or any(tok.lower_ in DISCS for tok in ent):
        return True
    bounds = sentence_bounds(doc)
    index = next(i for i, (start, end) in enumerate(bounds) if start <= ent.start < end)
    start, end = bounds[max(0, index - NEAR)][0], bounds[min(len(bounds) - 1, index + NEAR)][1]
    sites = _site_tokens(doc)
    return any(i in sites for i in range(start, end) if not ent.start <= i < ent.end)


def _site_tokens(doc: Doc) -> set[int]:
    """Indices of tokens that name a site, pain, a spine finding or an injury
    that names its site ("whiplash"); a "back" in another sense, "the back
    of the book", names none."""
    if "site_tokens" not in doc.user_data:
        doc.user_data["site_tokens"] = {
            i for ent in entities(doc)
            if (ent.label_ in SITE_LABELS and not (ent.label_ == "LOCATION" and locations.other_sense(ent)))
            or (ent.label_ == "DOCTOR" and ent.ent_id_ in SPINE_FINDINGS)
            for i in range(ent.start, ent.end)} | {tok.i for tok in doc
                                                   if tok.lower_ in DISCS or tok.lower_ in locations.SITED_INJURIES}
    return doc.user_data["site_tokens"]


#: What parts the items of a terse list: sentences, or commas and semicolons in one line.
_ITEM_ENDS = {",", ";"}


def list_items(doc: Doc) -> list[Span]:
    """The sentences, or, in a one-line list ("neck, 3 days, 5, no spreading, no doc"),
    the parts between its commas and semicolons."""
    sentences = list(doc.sents)
    if len(sentences) > 1:
        return sentences
    cuts = [tok.i for tok in doc if tok.text in _ITEM_ENDS]
    return [doc[start:end] for start, end in zip([0] + [i + 1 for i in cuts], cuts + [len(doc)]) if end > start]
