"""Whether the person has seen a medical doctor about the pain.

Doctors are GPs, family doctors, physicians, walk-in and urgent care, the
emergency department, and medical specialists. Physios, chiropractors,
osteopaths and massage therapists are deliberately absent: seeing only them
leaves the answer unknown. A negated mention ("haven't seen a doctor", "never
been checked") means False; a planned or wondered-about visit ("should I see
my GP?", "on the waiting list") means nothing; any other mention means True.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_DOCTOR = (
    "(gp|gps|g.p.|doctor|doctors|doctor's|doc|docs|dr|dr.|physician|physicians|"
    "neurologist|neurosurgeon|rheumatologist|orthopaedic|orthopedic|orthopaedics|"
    "orthopedics|orthopod|ortho|specialist|specialists|surgeon|"
    "a&e|urgent care|urgentcare|emergency room|emergency department|"
    "emergency dept|the emergency|walk-in|walkin|walk in|nurse practitioner|"
    "pain clinic|spine clinic|medical centre|medical center|doctor 's|gp 's|internist|"
    "sports medicine|physiatrist)"
)

RULES = [
    ("DOCTOR", "seen", f"(family|my|the|a|walk - in|walk in|er|urgent care|clinic|hospital|sports)? {_DOCTOR}"),
    ("DOCTOR", "seen", "walk - in (clinic|centre|center)?"),
    ("DOCTOR", "seen", "(went to|been to|been in|go to|going to|ended up in|in|admitted to|taken to|rushed to) (the)? hospital"),
    ("DOCTOR", "seen", "(my|the|a|saw|seen|see|orthopaedic|orthopedic|spinal|spine|hospital) consultant"),
    ("DOCTOR", "seen", "=ER"),
    ("DOCTOR", "seen", r"/^dr\.?$/"),
    ("DOCTOR", "seen", "(=MD|=NP|=A&E)"),
    ("DOCTOR", "seen", "a & e"),
    ("DOCTOR", "seen", "(had|got|get|have|has|been|having|it|being) (it|them|myself|this)? (checked|checked out|looked at|seen to|examined|assessed|x-rayed|xrayed)"),
    ("DOCTOR", "seen", "(checked|looked at|examined|assessed) by (anyone|anybody|a medical professional)"),
    ("DOCTOR", "anyone", "(seen|see|been to|been to see|consulted|spoken to|talked to|gone to) (anyone|anybody|a professional)"),
]

_NOT_YET = {"not", "yet", "no", "nope", "nah", ",", ".", "!", "-", "haven't", "have", "n't", "i"}


def _only_not_yet(doc: Doc) -> bool:
    """'Not yet' on its own answers "have you seen a doctor?" with no."""
    words = {tok.lower_ for tok in doc}
    return "yet" in words and bool(words & {"not", "n't", "no", "nope"}) and words <= _NOT_YET


def resolve(asserted: list[Span], negated: list[Span], doc: Doc) -> tuple[bool | None, Span | None]:
    """True on any stated visit, False on a denied one or a bare "not yet".

    "Seen anyone" only counts when denied: having seen *someone* may mean a
    physio, but having seen no one rules out a doctor too."""
    asserted = [ent for ent in asserted if ent.ent_id_ != "anyone"]
    if asserted:
        return True, asserted[0]
    if negated:
        return False, negated[0]
    if _only_not_yet(doc):
        return False, None
    return None, None
