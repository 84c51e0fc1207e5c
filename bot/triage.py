"""Safety triage: from danger signs and intake facts to one of five levels.

The rules follow NICE NG59 / CKS (red flags for low back pain), NHS advice on
back pain, and ACP 2017; `docs/safety.md` gives each rule with its source.
Levels only ever go up within a conversation: `raise_level` is the one place
that combines them.
"""

from __future__ import annotations

from typing import Iterable, Optional

from bot.danger_signs import SIGNS

#: Triage levels (a contract), from least to most serious.
LEVELS = ("routine", "see_doctor", "urgent", "emergency", "crisis")

#: Which level each danger-sign code leads to (from the registry).
FLAG_LEVELS = {sign.code: sign.level for sign in SIGNS}

#: Levels after which no booking or contact form is offered in the conversation.
NO_HANDOFF_LEVELS = frozenset({"emergency", "crisis"})

#: Levels where contact is offered only "for later, after seeing a doctor".
DOCTOR_FIRST_LEVELS = frozenset({"see_doctor", "urgent"})

#: Precautions that make a doctor's assessment come first when none happened yet.
DOCTOR_FIRST_PRECAUTIONS = frozenset({"pregnancy", "immunocompromised"})

SEVERE_PAIN = 8


def rank(level: Optional[str]) -> int:
    return LEVELS.index(level) if level in LEVELS else -1


def raise_level(current: Optional[str], *candidates: Optional[str]) -> str:
    """The most serious of the levels given; never lower than `current`."""
    return max((current, *candidates), key=rank) or "routine"


def level_for_flags(flags: Iterable[str]) -> str:
    """The level that a set of danger-sign codes calls for."""
    return raise_level("routine", *(FLAG_LEVELS.get(flag) for flag in flags))


def see_doctor_reasons(
    pain_location: Optional[str],
    seen_doctor: Optional[bool],
    pain_severity: Optional[float],
    precautions: Iterable[str] = (),
) -> list[str]:
    """Why a doctor should assess the pain before acupuncture, if at all.

    Only pain that no doctor has assessed yet qualifies: upper (thoracic) back
    pain, severe pain, and pregnancy or a weakened immune system.
    """
    if seen_doctor is not False:
        return []
    reasons = []
    if pain_location == "upper_back":
        reasons.append("upper or mid-back pain should be checked by a doctor first")
    if pain_severity is not None and pain_severity >= SEVERE_PAIN:
        reasons.append("pain this strong should be checked by a doctor first")
    if DOCTOR_FIRST_PRECAUTIONS & set(precautions):
        reasons.append("with your health situation, a doctor should check this pain first")
    return reasons


def final_level(current: Optional[str], red_flags: Iterable[str], **facts) -> str:
    """The level once the intake is complete: flags, then the see-a-doctor rules."""
    level = raise_level(current, level_for_flags(red_flags))
    if see_doctor_reasons(**facts):
        level = raise_level(level, "see_doctor")
    return level



#: For each fact the see-a-doctor rules read, the value that would call for a doctor first.
WORST_CASE = {
    "pain_location": "upper_back",
    "seen_doctor": False,
    "pain_severity": SEVERE_PAIN,
    "precautions": sorted(DOCTOR_FIRST_PRECAUTIONS),
}


def doctor_may_be_needed(**facts) -> bool:
    """Whether the see-a-doctor rules could call for a doctor first, had the visitor
    given the facts that are still unknown (None).

    A visitor may leave a question for the clinic, or ask to be contacted before
    the intake ends. The rules then cannot say whether a booking link is safe,
    so the clinic talks with the visitor first. `facts` are those of
    `see_doctor_reasons`.
    """
    return bool(see_doctor_reasons(**{slot: WORST_CASE[slot] if value is None else value
                                      for slot, value in facts.items()}))
