"""Events that did not happen: wished for, imagined, compared or nearly had.

Negex scopes (``scopes``) say whether a finding is negated, asked about, over
or someone else's. Patient text, above all in posts about low mood, names
accidents and cancers in more ways that are not events at all:

- feared (any sign but self-harm: "scared of falling on the ice", "for
  fear of wetting the bed"), wished for, imagined, to come or supposed: "I wish I'd get in a bad
  accident", "I think about situations where I get hit by a bus", "praying
  for cancer to take me", "if I die people would say it was an accident",
  "I see myself getting hit by a car", "I will die from suicide or an
  accident" (ConText's HYPOTHETICAL category, in the verbs people use for
  wishing);
- a comparison: "depression is like cancer", "my life is comparable to a
  tumour", "it was like a car crash", "my neck feels like I've been in a
  car accident";
- a near miss: "I almost fell down the stairs", "nearly crashed the car";
- a cancer still to be caught or prevented: "focus on getting terminal
  cancer", "if I develop cancer", "to prevent cancer" (had is "got",
  "have", "diagnosed");
- a fall that is no fall of a body: "let your tongue fall away".

Each is decided by a cue in the mention's own clause, before it: the scope of
a cue ends where the clause does (a full stop, "but", a semicolon), so "I wish
it would stop. I fell yesterday" keeps the fall. Only accidents, falls and
cancers are read this way: a wish to die, or a hope about a fever ("I hope the
fever goes"), is about something real.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

#: The codes whose mention is an event that can be wished, imagined or compared.
EVENT_CODES = frozenset({"trauma", "cancer_history"})

_WISH = {"wish", "wished", "wishing", "wishes", "longing", "long", "fantasize", "fantasise", "fantasizing",
         "fantasising", "fantasy", "fantasies", "imagine", "imagining", "imagined", "daydream", "daydreaming",
         "pray", "praying", "prayed", "scenario", "scenarios", "situations", "hoping", "picture", "picturing"}
_COMPARED = {"like", "comparable", "compared", "akin", "similar", "resembles", "metaphor"}
_NEAR = {"almost", "nearly", "narrowly", "near"}
#: Words that end a clause, so a cue before them does not reach the mention.
_CLAUSE_END = {".", "!", "?", ";", ":", "but", "however", "although", "though", "because", "since", "and", ","}
#: An owner or a known event is real, whatever was wished before it: "I wish
#: my cancer had been found sooner", "I hoped the accident was a dream".
_OWNED = {"my", "his", "her", "our", "their", "the", "that", "this"}


def _clause_before(ent: Span, reach: int) -> list[str]:
    """The words before the mention in its clause, nearest last."""
    words: list[str] = []
    for i in range(ent.start - 1, max(ent.sent.start, ent.start - reach) - 1, -1):
        word = ent.doc[i].lower_
        if word in _CLAUSE_END:
            break
        words.insert(0, word)
    return words


#: Feared just before it: "scared of falling on the ice", "terrified of cancer".
_FEAR = {"scared", "afraid", "frightened", "terrified", "fear", "fearful", "nervous", "anxious", "paranoid",
         "phobia", "worried", "worry", "worrying"}
#: A future ("I'll get in a bad accident") or a counterfactual ("if I die
#: people would say it was an accident") is not an event had.
_FUTURE = {"will", "'ll", "gonna"}
#: A plan is still to come: "I plan to make it look like an accident".
_PLAN = {"plan", "plans", "planning", "planned", "intend", "intending"}
#: The writer or someone else as the subject of a new clause: "..., I fell".
_SUBJECTS = {"i", "i'm", "im", "i've", "ive", "i'd", "he", "she", "we", "they", "you", "it", "my", "his", "her",
             "our", "their", "then", "yesterday", "today", "last"}
#: Seeing oneself in a scene is imagining it: "I see myself getting hit by a car".
_SEE = {"see", "seeing", "saw", "picture", "imagine", "visualise", "visualize", "envision"}


def _wished_in(clause: list[str]) -> bool:
    feared = len(clause) > 1 and clause[-1] in ("of", "about") and bool(set(clause[-3:]) & _FEAR)
    seen_ahead = any(a in _SEE and b == "myself" for a, b in zip(clause, clause[1:]))
    hoped_for = any(a in ("hope", "hopes") and b == "to" for a, b in zip(clause, clause[1:]))
    return (feared or seen_ahead or hoped_for or bool(set(clause) & (_WISH | _PLAN)) or bool(set(clause[-8:]) & _FUTURE)
            or "if" in clause and bool({"would", "'d"} & set(clause[clause.index("if"):])))


def _listed_after(ent: Span, clause: list[str]) -> list[str]:
    """The clause before a comma or "or" that this one carries on without a
    subject of its own ("Hoping I get run over, get in an accident",
    "I plan to make it quiet, maybe an accident"): a list of wishes shares the wish.
    Empty when the clause starts afresh ("I wish it would stop, I fell")."""
    start = ent.start - len(clause)
    if start <= ent.sent.start or ent.doc[start - 1].lower_ not in (",", "or") or set(clause) & _SUBJECTS:
        return []
    words: list[str] = []
    for i in range(start - 2, ent.sent.start - 1, -1):
        word = ent.doc[i].lower_
        if word in _CLAUSE_END - {","}:
            break
        words.insert(0, word)
    return words


def wished(ent: Span) -> bool:
    """Wished for, imagined, planned, to come or supposed in its clause, or
    in the clause it is listed after, and not owned ("my cancer")."""
    if ent.ent_id_ not in EVENT_CODES or (ent.start > 0 and ent.doc[ent.start - 1].lower_ in _OWNED):
        return False
    clause = _clause_before(ent, 20)
    return _wished_in(clause) or _wished_in(_listed_after(ent, clause))


#: A feeling likened to an event: "my neck feels like I've been in a car
#: accident", "I look as if I'd been hit by a bus".
_LIKENED = re.compile(r"\b(?:feels?|felt|feeling|looks?|looked|looking|seems?|seemed) (?:just |exactly )?like\b|"
                      r"\bas (?:if|though)\b")


def compared(ent: Span) -> bool:
    """Named as what something is like: "depression is like cancer", "it
    feels like I was hit by a truck"."""
    return ent.ent_id_ in EVENT_CODES and (bool(set(_clause_before(ent, 3)) & _COMPARED)
                                           or bool(_LIKENED.search(" ".join(_clause_before(ent, 12)))))


def moving_away(ent: Span) -> bool:
    """"let your tongue fall away", "the years fell away": no fall of a body."""
    return ent.ent_id_ == "trauma" and len(ent) > 1 and ent[0].lower_ in ("fall", "falls", "fell", "falling") \
        and ent[1].lower_ == "away"


def nearly(ent: Span) -> bool:
    """A fall or crash that almost happened: "I almost fell down the stairs"."""
    return ent.ent_id_ == "trauma" and bool(set(_clause_before(ent, 3)) & _NEAR)


_ACQUIRE = {"get", "getting", "develop", "developing", "catch", "catching", "give", "gives", "prevent", "prevents",
            "preventing", "avoid", "avoiding"}
#: Treatments are had when they are got ("getting chemo"); only the disease is caught.
_TREATMENTS = {"chemo", "chemotherapy", "radiotherapy", "radiation", "oncologist", "oncology"}


def to_be_caught(ent: Span) -> bool:
    """A cancer to get, not one had: "focus on getting terminal cancer"."""
    if ent.ent_id_ != "cancer_history" or {t.lower_ for t in ent} & _TREATMENTS:
        return False
    before = _clause_before(ent, 3)
    return bool(before) and (before[-1] in _ACQUIRE or len(before) > 1 and before[-2] in _ACQUIRE
                             and before[-1] not in _OWNED)


def feared(ent: Span) -> bool:
    """Any sign but self-harm (whose fear is its own reading) feared just
    before it: "for fear of wetting the bed", "afraid of falling on the ice"."""
    clause = _clause_before(ent, 4)
    return ent.ent_id_ != "self_harm" and len(clause) > 1 and clause[-1] == "of" and bool(set(clause[-3:]) & _FEAR)


def unreal(ent: Span) -> bool:
    """Any of these: no event to flag."""
    return wished(ent) or compared(ent) or nearly(ent) or to_be_caught(ent) or moving_away(ent) or feared(ent)
