"""Visits a writer names but has not made, read from the words around them.

Two forms real text uses often and the rest of ``doctor`` did not know:

- a visit declined or put off, which tells that no doctor has seen the pain
  ("I refuse to go to the GP", "been putting off seeing my doctor", "too
  busy to see a doctor");
- a visit held off "until" a time, ahead ("my GP can't see me until next
  month": not yet) or past ("I didn't go to the doctor until last week": made
  then, so no denial).

Kept apart from ``doctor`` so each reading stays short; both take a contact's
span and the bounds of its clause.
"""

from __future__ import annotations

from spacy.tokens import Span

#: Verbs of a visit, as an infinitive or a gerund: "refuse to go", "avoiding seeing".
_VISITING = {"go", "going", "see", "seeing", "visit", "visiting", "call", "calling", "ring", "ringing", "phone",
             "phoning", "book", "booking", "get", "getting", "ask", "asking", "consult", "consulting", "bother",
             "bothering", "contact", "contacting"}
#: Words between the verb and the contact: "go to the GP", "seeing my doctor".
_LINKS = {"to", "the", "a", "an", "my", "our", "in", "into", "up", "with", "down", "out", "at"}
#: Declining a visit: present or said as a refusal, not "avoided" (which may have ended in one).
_DECLINING = {"refuse", "refuses", "refused", "refusing", "avoid", "avoids", "avoiding"}


#: Words after a declined visit that tell it was made in the end: "too scared to see
#: a doctor until the pain got worse", "put off going to the GP but finally went".
_IN_THE_END = {"finally", "eventually", "until", "till", "caved", "relented", "anyway"}


def declined(ent: Span, start: int) -> bool:
    """The visit is refused, avoided, put off or "too" much trouble in its own
    clause (``start`` opens it): "I refuse to go to the GP", "avoiding going
    to the doctor", "keep putting off seeing my GP", "too scared to see a doctor";
    not when the sentence goes on to the visit made ("... but finally went") or
    says for how long it was put off ("avoiding the GP for months")."""
    doc = ent.doc
    rest = doc[ent.end:ent.sent.end]
    if any(tok.lower_ in _IN_THE_END or tok.ent_type_ == "DURATION" for tok in rest):
        return False
    words = [tok.lower_ for tok in doc[start:ent.start]]
    if ent[0].lower_ in _VISITING:
        lead = words
    else:
        k = len(words)
        while k > 0 and words[k - 1] in _LINKS:
            k -= 1
        if k == 0 or words[k - 1] not in _VISITING:
            return False
        lead = words[:k - 1]
    infinitive = lead[-1:] == ["to"]
    if infinitive:
        lead = lead[:-1]
    return bool(lead) and (lead[-1] in _DECLINING or lead[-2:] == ["putting", "off"]
                           or (infinitive and lead[-2:-1] == ["too"]))


_UNTIL = {"until", "till", "til", "untill"}
#: Words after "until" that put the time ahead or behind.
_AHEAD = {"next", "tomorrow", "end", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "later", "after"}
_BEHIND = {"last", "yesterday", "ago", "recently", "earlier", "finally", "eventually", "got", "became", "was",
           "were", "went", "started", "began", "did", "had"}
_UNTIL_WINDOW = 4


#: Words of a clinician's free time, between the contact and a negation said after it:
#: "my GP can't see me until", "the orthopod had no time for me until" ("my doctor
#: would not lower the dose until" tells of a doctor already seen).
_FREE_TIME = {"see", "seeing", "appointment", "appointments", "appt", "time", "slot", "slots", "space", "spaces",
              "available", "availability", "fit", "free", "opening", "openings", "room"}


def held_until(ent: Span, start: int, end: int, negations: set[str]) -> str | None:
    """"ahead" or "past" when, after the contact, its clause says "until" and a
    time and a negation holds the visit off: said before the contact ("I didn't
    see a doctor until it got worse": past) or after it with the clinician's
    free time ("the specialist has no slots until March": ahead); else None."""
    doc = ent.doc
    before = any(tok.lower_ in negations for tok in doc[start:ent.start])
    for i in range(ent.end, end):
        if doc[i].lower_ in _UNTIL:
            between = {tok.lower_ for tok in doc[ent.end:i]}
            if not (before or (between & negations and between & _FREE_TIME)):
                return None
            after = {tok.lower_ for tok in doc[i + 1:min(end, i + 1 + _UNTIL_WINDOW)]}
            if after & _BEHIND:
                return "past"
            if after & _AHEAD:
                return "ahead"
            return None
    return None
