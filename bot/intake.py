"""The intake facts in words: for the visitor's summary and the clinic's lead.

One place holds the labels, so the chat and the email always say the same thing.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Optional

from bot.danger_signs import SIGNS

#: The intake slots that the form asks for, in the order it asks (a contract).
INTAKE_SLOTS = (
    "pain_location",
    "pain_duration_category",
    "pain_radiates",
    "pain_severity",
    "seen_doctor",
    "precautions",
)

#: Every fact slot, including the ones the form does not ask for directly.
FACT_SLOTS = (*INTAKE_SLOTS, "pain_duration_days")

#: The slot listing the questions left for the clinic to ask (actions/answer_first.py).
LEFT_FOR_CLINIC = "left_for_clinic"

#: What each question asks about, in the words of "the clinic will ask you about ...":
#: the questions a visitor may leave for the clinic after typing answers that
#: could not be read (never consent, a contact detail or a danger sign's question).
QUESTION_TOPICS = {
    "pain_location": "where it hurts",
    "pain_duration_category": "how long it has lasted",
    "pain_radiates": "whether it spreads",
    "pain_severity": "how strong it is",
    "seen_doctor": "whether a doctor has seen it",
    "precautions": "health precautions",
    "preferred_time": "the best time to reach you",
}

LOCATION_LABELS = {
    "lower_back": "lower back",
    "upper_back": "upper / mid back",
    "neck": "neck",
    "shoulders": "shoulders",
    "whole_back": "whole back",
}

CATEGORY_LABELS = {
    "acute": "less than 6 weeks",
    "subacute": "6 to 12 weeks",
    "chronic": "more than 12 weeks",
}

PRECAUTION_LABELS = {
    "pregnancy": "pregnancy",
    "anticoagulants": "blood thinners",
    "bleeding_disorder": "bleeding disorder",
    "pacemaker": "pacemaker",
    "needle_phobia": "fear of needles",
    "immunocompromised": "weakened immune system",
}

FLAG_LABELS = {sign.code: sign.label for sign in SIGNS}


def describe_duration(days: Optional[float], category: Optional[str]) -> Optional[str]:
    """'about 3 weeks', 'since today' or 'more than 12 weeks' when only a range is known."""
    if days is None:
        return CATEGORY_LABELS.get(category) if category else None
    if days < 1:
        return "since today"
    for unit, size in (("year", 365), ("month", 30), ("week", 7), ("day", 1)):
        if days >= size * (2 if unit != "day" else 1) or unit == "day":
            count = round(days / size)
            return f"about {count} {unit}{'s' if count != 1 else ''}"
    return None


def describe_list(codes: Iterable[str], labels: Mapping[str, str]) -> str:
    return ", ".join(labels.get(code, code) for code in codes)


#: Where a spreading pain goes, as the visitor and the clinic read it.
LIMB_WORDS = {"leg": "into the leg", "arm": "into the arm", "both": "into an arm and a leg"}


def describe_facts(facts: Mapping[str, object]) -> str:
    """One line a visitor or a receptionist reads at a glance."""
    parts = []
    location = facts.get("pain_location")
    if location:
        parts.append(f"{LOCATION_LABELS.get(location, location)} pain")
    if facts.get("pain_radiates") is True:
        parts.append(f"spreading {LIMB_WORDS.get(facts.get('pain_radiates_to'), 'into a limb')}")
    elif facts.get("pain_radiates") is False:
        parts.append("not spreading")
    duration = describe_duration(facts.get("pain_duration_days"), facts.get("pain_duration_category"))
    if duration:
        parts.append(duration)
    if facts.get("pain_severity") is not None:
        parts.append(f"{facts['pain_severity']:g}/10")
    if facts.get("seen_doctor") is True:
        parts.append("seen a doctor")
    elif facts.get("seen_doctor") is False:
        parts.append("not seen a doctor yet")
    precautions = facts.get("precautions")
    if precautions:
        parts.append(f"precautions: {describe_list(precautions, PRECAUTION_LABELS)}")
    elif precautions == []:
        parts.append("no precautions")
    return ", ".join(parts)


def missing_intake_slots(slots: Mapping[str, object], left: Iterable[str] = ()) -> list[str]:
    """The intake questions still unanswered, in the order the form asks them,
    except those `left` for the clinic to ask."""
    return [name for name in INTAKE_SLOTS if slots.get(name) is None and name not in left]
