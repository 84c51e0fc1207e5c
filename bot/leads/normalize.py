"""Turns what the conversation collected into the column values of a lead.

The actions hand over slot values, which arrive as strings, floats and lists of
whatever the visitor typed. Everything is checked and cleaned here, once, so the
store, the email and the webhook can trust a stored lead.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from bot.leads.models import utcnow
from bot.leads.validation import InvalidValue, check_email, check_name, check_phone, clean_text, split_extension

ROUTES = ("booking", "contact")
CONTACT_PREFERENCES = ("email", "phone", "either")
LIST_LIMIT = 20
LABEL_LIMIT = 40
CONSENT_LIMIT = 2000

_TEXT_FIELDS = {
    "conversation_id": 255,
    "triage_level": LABEL_LIMIT,
    "pain_location": 200,
    "pain_duration_category": LABEL_LIMIT,
    "preferred_time": 200,
}
_BOOL_FIELDS = ("pain_radiates", "seen_doctor")
_INT_FIELDS = {"pain_duration_days": (0, 36500), "pain_severity": (0, 10)}
_LIST_FIELDS = ("red_flags", "precautions")
ACCEPTED_FIELDS = frozenset(
    {
        *_TEXT_FIELDS,
        *_BOOL_FIELDS,
        *_INT_FIELDS,
        *_LIST_FIELDS,
        "contact_name",
        "contact_email",
        "contact_phone",
        "preferred_contact",
        "consent_text",
        "consent_at",
        "route",
        "for_later",
    }
)


def _optional_bool(field: str, value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidValue(field, f"expected true, false or nothing, got {type(value).__name__}")


def _optional_int(field: str, value: Any, low: int, high: int) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = round(float(value))
    except (TypeError, ValueError, OverflowError):
        raise InvalidValue(field, "expected a number") from None
    if isinstance(value, bool) or not low <= number <= high:
        raise InvalidValue(field, f"expected a number from {low} to {high}")
    return number


def _labels(field: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise InvalidValue(field, "expected a list")
    return [label for label in (clean_text(v) for v in value) if label][:LIST_LIMIT]


def _timestamp(field: str, value: Any) -> datetime:
    """A datetime, an ISO 8601 string or a Unix time (as Rasa stamps its events)."""
    if value is None or value == "":
        return utcnow()
    try:
        if isinstance(value, str):
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            value = datetime.fromtimestamp(value, timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise InvalidValue(field, "expected an ISO 8601 timestamp or a Unix time") from None
    if not isinstance(value, datetime):
        raise InvalidValue(field, "expected a timestamp")
    return value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _choice(field: str, value: Any, choices: tuple[str, ...]) -> str:
    choice = clean_text(value, LABEL_LIMIT).lower()
    if choice not in choices:
        raise InvalidValue(field, f"expected one of {', '.join(choices)}")
    return choice


def normalize_lead(fields: Mapping[str, Any], *, phone_region: str) -> dict[str, Any]:
    """Column values for a new lead, or `InvalidValue` naming the first bad field.

    A lead needs a name, consent, a route and at least one way to reach the
    visitor; everything about the pain is optional because a visitor may stop
    answering and still ask to be called.
    """
    unknown = set(fields) - ACCEPTED_FIELDS
    if unknown:
        raise ValueError(
            f"unknown lead fields {sorted(unknown)}; accepted: {sorted(ACCEPTED_FIELDS)}"
        )
    values: dict[str, Any] = {
        name: clean_text(fields.get(name), limit) or None for name, limit in _TEXT_FIELDS.items()
    }
    values.update({name: _optional_bool(name, fields.get(name)) for name in _BOOL_FIELDS})
    values.update(
        {name: _optional_int(name, fields.get(name), *span) for name, span in _INT_FIELDS.items()}
    )
    values.update({name: _labels(name, fields.get(name)) for name in _LIST_FIELDS})

    values["contact_name"] = check_name(fields.get("contact_name"))
    email, phone = fields.get("contact_email"), fields.get("contact_phone")
    values["contact_email"] = check_email(email) if email else None
    # The chat checked the number strictly, or took it as the visitor confirmed it.
    values["contact_phone"], values["contact_phone_extension"] = (
        split_extension(check_phone(phone, phone_region, strict=False)) if phone else (None, None))
    if not (values["contact_email"] or values["contact_phone"]):
        raise InvalidValue(
            "contact_email", "The clinic needs an email address or a phone number to reach you."
        )
    if fields.get("preferred_contact"):
        preferred = _choice("preferred_contact", fields["preferred_contact"], CONTACT_PREFERENCES)
        if preferred != "either" and not values[f"contact_{preferred}"]:
            raise InvalidValue("preferred_contact", f"preferred {preferred} but none was given")
    elif values["contact_email"] and values["contact_phone"]:
        preferred = "either"
    else:
        preferred = "email" if values["contact_email"] else "phone"
    values["preferred_contact"] = preferred

    consent = clean_text(fields.get("consent_text"), CONSENT_LIMIT)
    if not consent:
        raise InvalidValue("consent_text", "a lead is only stored with the visitor's consent")
    values["consent_text"] = consent
    values["consent_at"] = _timestamp("consent_at", fields.get("consent_at"))
    values["route"] = _choice("route", fields.get("route"), ROUTES)
    for_later = _optional_bool("for_later", fields.get("for_later"))
    values["for_later"] = bool(for_later)
    return values
