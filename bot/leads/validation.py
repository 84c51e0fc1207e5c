"""Checks for what visitors type: names, email addresses, phone numbers, free text.

Each `check_*` returns the cleaned value or raises `InvalidValue` whose message
the assistant can say back as it is, so the re-ask tells the visitor what to fix
rather than just "invalid". The `clean_*`/`validate_*` forms return None instead,
for callers that only need a yes or no.
"""

from __future__ import annotations

import re
import unicodedata

import email_validator
import phonenumbers
from phonenumbers import NumberParseException, ValidationResult

NAME_LIMIT = 100
TEXT_LIMIT = 200
EMAIL_LIMIT = 254
#: One more than phonenumbers accepts (250), so over-long input is reported, not cut.
PHONE_INPUT_LIMIT = 251

_SPACES = re.compile(r"\s+")


class InvalidValue(ValueError):
    """A value the visitor gave that cannot be used; `message` is for the visitor."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def clean_text(text: object, limit: int = TEXT_LIMIT) -> str:
    """One line of printable text, at most `limit` characters.

    Control and format characters (CR/LF, NUL, bidi overrides) are dropped so a
    value can never break an email header, a CSV row or a log line.
    """
    if text is None:
        return ""
    spaced = "".join(
        " " if ch.isspace() else ch
        for ch in str(text)
        if ch.isspace() or unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    )
    return _SPACES.sub(" ", spaced).strip()[:limit].rstrip()


def check_name(text: object) -> str:
    name = clean_text(text, NAME_LIMIT)
    if not name:
        raise InvalidValue(
            "contact_name", "I didn't catch a name — what name should the clinic use?"
        )
    if not any(unicodedata.category(ch).startswith("L") for ch in name):
        raise InvalidValue(
            "contact_name", "That doesn't look like a name — what name should the clinic use?"
        )
    return name


def _email_problem(text: str) -> str:
    local, at, domain = text.rpartition("@") if "@" in text else ("", "", text)
    if any(ch.isspace() for ch in text):
        return "An email address can't contain spaces — could you check it?"
    if not at:
        return "That email address is missing the @ — could you check it?"
    if not local:
        return "That email address is missing the part before @ — could you check it?"
    if not domain:
        return "That email address is missing the part after @ — could you check it?"
    if "." not in domain:
        return "The part after @ should look like example.com — could you check the email address?"
    return "That doesn't look like a working email address — could you check it?"


def check_email(text: object) -> str:
    """The address normalised by email-validator (domain lower-cased), no DNS lookup."""
    raw = "" if text is None else str(text).strip()
    if not raw:
        raise InvalidValue("contact_email", "I didn't catch an email address — could you type it?")
    if len(raw) > EMAIL_LIMIT:
        raise InvalidValue("contact_email", "That email address is too long — could you check it?")
    try:
        return email_validator.validate_email(raw, check_deliverability=False).normalized
    except email_validator.EmailNotValidError:
        raise InvalidValue("contact_email", _email_problem(raw)) from None


NOT_A_PHONE = "That doesn't look like a phone number — could you check it?"
TOO_SHORT = "That phone number looks too short — could you check it?"
TOO_LONG = "That phone number has too many digits — could you check it?"
UNKNOWN_COUNTRY = (
    "I couldn't tell which country that number is in — could you add the country code, like +1?"
)

_PARSE_PROBLEMS = {
    NumberParseException.INVALID_COUNTRY_CODE: UNKNOWN_COUNTRY,
    NumberParseException.NOT_A_NUMBER: NOT_A_PHONE,
    NumberParseException.TOO_SHORT_AFTER_IDD: TOO_SHORT,
    NumberParseException.TOO_SHORT_NSN: TOO_SHORT,
    NumberParseException.TOO_LONG: TOO_LONG,
}

_POSSIBILITY_PROBLEMS = {
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: (
        "That looks like a local number — could you include the area code?"
    ),
    ValidationResult.TOO_SHORT: TOO_SHORT,
    ValidationResult.TOO_LONG: TOO_LONG,
    ValidationResult.INVALID_COUNTRY_CODE: UNKNOWN_COUNTRY,
}


def check_phone(text: object, region: str) -> str:
    """The number in E.164 (+14165550142); `region` applies to numbers without +."""
    raw = clean_text(text, PHONE_INPUT_LIMIT)
    if not raw:
        raise InvalidValue("contact_phone", "I didn't catch a phone number — could you type it?")
    try:
        number = phonenumbers.parse(raw, region)
    except NumberParseException as exc:
        raise InvalidValue(
            "contact_phone", _PARSE_PROBLEMS.get(exc.error_type, NOT_A_PHONE)
        ) from None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason in _POSSIBILITY_PROBLEMS:
        raise InvalidValue("contact_phone", _POSSIBILITY_PROBLEMS[reason])
    if not phonenumbers.is_valid_number(number):
        raise InvalidValue(
            "contact_phone", "That number doesn't look right to me — could you check the digits?"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def clean_name(text: object) -> str | None:
    try:
        return check_name(text)
    except InvalidValue:
        return None


def validate_email(text: object) -> str | None:
    try:
        return check_email(text)
    except InvalidValue:
        return None


def validate_phone(text: object, region: str) -> str | None:
    try:
        return check_phone(text, region)
    except InvalidValue:
        return None
