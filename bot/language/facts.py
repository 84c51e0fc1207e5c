"""The facts one visitor message states about back pain, as plain data.

Kept free of spaCy so actions, the web channel and tests can build and compare
facts without loading the language pipeline.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Facts that fill the intake form's slots (same names as the Rasa slots).
SLOT_NAMES = (
    "pain_location",
    "pain_radiates",
    "pain_duration_days",
    "pain_duration_category",
    "seen_doctor",
    "pain_severity",
    "precautions",
)


def duration_category(days: float) -> str:
    """Acute under six weeks, subacute six to twelve weeks inclusive, else chronic."""
    if days < 42:
        return "acute"
    if days <= 84:
        return "subacute"
    return "chronic"


@dataclass
class Facts:
    """What one message says; None means "not mentioned", not "no"."""

    pain_location: str | None = None
    #: Other regions named beside the main one, in the order said, for the
    #: clinic's summary ("lower back, also neck").
    other_locations: list[str] = field(default_factory=list)
    pain_radiates: bool | None = None
    radiates_to: str | None = None
    pain_duration_days: float | None = None
    pain_duration_category: str | None = None
    #: The duration was counted back from a calendar date ("since September",
    #: "since Monday", "after Christmas"), so it depends on the message's day.
    duration_from_date: bool = False
    seen_doctor: bool | None = None
    pain_severity: int | None = None
    precautions: list[str] = field(default_factory=list)
    #: Precautions named but said not to apply, denied or someone else's ("I don't
    #: have a pacemaker, that's my dad"): one noted before is taken back.
    precautions_denied: list[str] = field(default_factory=list)
    #: Precautions stated of another person ("she takes Eliquis"): among the denied for a
    #: visitor's own intake, the patient's when the visitor writes for that person.
    precautions_of_others: list[str] = field(default_factory=list)
    red_flags: list[str] = field(default_factory=list)
    unclear_flags: list[str] = field(default_factory=list)
    about_someone_else: bool = False
    is_correction: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Every field, JSON-safe (lists copied, floats and ints as they are)."""
        return asdict(self)

    def slot_values(self) -> dict[str, Any]:
        """Only the intake facts this message actually gave, keyed by slot name."""
        values = {}
        for name in SLOT_NAMES:
            value = getattr(self, name)
            if value is None or value == []:
                continue
            values[name] = list(value) if isinstance(value, list) else value
        return values
