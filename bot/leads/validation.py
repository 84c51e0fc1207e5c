"""Checks for what visitors type: names, email addresses, phone numbers, free text.

Each `check_*` returns the cleaned value or raises `InvalidValue` whose message
the assistant can say back as it is, so the re-ask tells the visitor what to fix
rather than just "invalid". The `clean_*`/`validate_*` forms return None instead,
for callers that only need a yes or no.
"""

from __future__ import annotations

import difflib
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


_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_URL_SCHEME = re.compile(r"\b(?:https?|ftp|javascript|data|tel|mailto):/*", re.IGNORECASE)


def plain_words(text: object, limit: int = TEXT_LIMIT) -> str:
    """`clean_text` without anything a chat window would turn into a link or markup.

    The assistant repeats some of what visitors type ("by email, weekday mornings");
    links belong only in its own words, so a visitor's `[label](url)` keeps its
    label, a scheme (https://, tel:, ...) is dropped and `**` goes.
    """
    text = clean_text(text, limit)
    text = _MARKDOWN_LINK.sub(lambda m: m.group(1), text)
    text = _URL_SCHEME.sub("", text).replace("**", "")
    return _SPACES.sub(" ", text).strip()


def check_name(text: object) -> str:
    name = plain_words(text, NAME_LIMIT)
    if not name:
        raise InvalidValue(
            "contact_name", "I didn't catch a name — what name should the clinic use?"
        )
    if not any(unicodedata.category(ch).startswith("L") for ch in name):
        raise InvalidValue(
            "contact_name", "That doesn't look like a name — what name should the clinic use?"
        )
    # Typed on a phone in lower case ("dave thompson") or in capitals ("DAVE THOMPSON"): the
    # clinic writes to "Dave Thompson". A name with both is kept as typed ("McDonald", "van der Berg").
    return name.title() if name in (name.lower(), name.upper()) else name


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


NON_ASCII_LOCAL_PART = (
    "I'm sorry, the clinic's email can only reach addresses whose part before the @ uses "
    "plain letters (a-z), digits and . _ - + — not accents or other scripts. Do you have "
    "another address you could use?"
)


#: Mail providers most visitors use, for a slip in one's name or ending ("gmial.com",
#: "hotmail.con"); an address at any other domain is taken as typed.
COMMON_DOMAINS = ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "live.com", "aol.com",
                  "hotmail.ca", "yahoo.ca", "outlook.ca", "live.ca", "msn.com", "me.com", "mail.com", "gmx.com",
                  "protonmail.com", "proton.me", "shaw.ca", "rogers.com", "sympatico.ca", "bell.net", "telus.net",
                  "btinternet.com", "yahoo.co.uk", "hotmail.co.uk")
#: Endings that are no domain's, typed for ".com".
_COM_SLIPS = {"con", "cmo", "comm", "vom", "xom", "ocm", "coom", "cpm", "ckm", "copm", "cim", "clm", "cm0", "c0m"}
_PROVIDER_LENGTH = 5


def likely_meant(address: str) -> str | None:
    """The address with a slipped provider name or ".com" ending put right, or None when
    nothing looks slipped: "jo@gmail.con" is "jo@gmail.com", "jo@gmial.com" too."""
    local, _, domain = address.lower().rpartition("@")
    if not local or domain in COMMON_DOMAINS or "." not in domain:
        return None
    name, _, ending = domain.partition(".")
    ending = "com" if ending in _COM_SLIPS else ending
    for common in COMMON_DOMAINS:
        provider, _, its_ending = common.partition(".")
        if (its_ending == ending and len(provider) >= _PROVIDER_LENGTH and name != provider
                and difflib.SequenceMatcher(None, name, provider).ratio() >= 0.8):
            name = provider
            break
    meant = f"{name}.{ending}"
    return f"{address.rpartition('@')[0]}@{meant}" if meant != domain else None


def check_email(text: object) -> str:
    """The address normalised by email-validator, no DNS lookup, in ASCII.

    An international domain (münchen.de) becomes its punycode (xn--mnchen-3ya.de),
    which every mail system and header carries as it is. A non-ASCII local part
    (josé@...) is refused kindly: it could only travel over SMTPUTF8, which the
    clinic's mail server and every relay would have to offer, and a Reply-To
    the clinic cannot answer is worse than asking for another address now.
    """
    raw = "" if text is None else str(text).strip()
    if not raw:
        raise InvalidValue("contact_email", "I didn't catch an email address — could you type it?")
    if len(raw) > EMAIL_LIMIT:
        raise InvalidValue("contact_email", "That email address is too long — could you check it?")
    try:
        valid = email_validator.validate_email(raw, check_deliverability=False)
    except email_validator.EmailNotValidError:
        raise InvalidValue("contact_email", _email_problem(raw)) from None
    if not valid.ascii_email:
        raise InvalidValue("contact_email", NON_ASCII_LOCAL_PART)
    return valid.ascii_email


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

FROM_ABROAD = " If it's a number from another country, please type it with its country code, like +44 or +61."
_POSSIBILITY_PROBLEMS = {
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: (
        "That looks like a local number — could you include the area code?"
    ),
    ValidationResult.TOO_SHORT: TOO_SHORT,
    ValidationResult.TOO_LONG: TOO_LONG,
    ValidationResult.INVALID_COUNTRY_CODE: UNKNOWN_COUNTRY,
}


def check_phone(text: object, region: str, *, strict: bool = True) -> str:
    """The number in E.164 (+14165550142), with its extension if one was typed
    ("+12505550104 ext. 213": the receptionist needs it to get through); `region`
    applies to numbers without +.

    Not `strict`, a number of a possible length is taken even where the number
    plan's metadata knows no such range: a visitor who types the same number
    again after "could you check the digits?" knows their number better than
    the metadata, and a lead without it would be lost.
    """
    raw = clean_text(text, PHONE_INPUT_LIMIT)
    if not raw:
        raise InvalidValue("contact_phone", "I didn't catch a phone number — could you type it?")
    # A number without + is read as one of the clinic's country; a visitor from abroad
    # typing "07123 456789" is told how to make it work rather than only that it is wrong.
    abroad = "" if raw.lstrip().startswith("+") else FROM_ABROAD
    # "00" is how most of the world dials abroad ("00971 50 123 4567"); the clinic's
    # own country may use another prefix (011 in North America), so 00 reads as +.
    raw = re.sub(r"^\s*00(?=\s*[1-9])", "+", raw)
    try:
        number = phonenumbers.parse(raw, region)
    except NumberParseException as exc:
        raise InvalidValue(
            "contact_phone", _PARSE_PROBLEMS.get(exc.error_type, NOT_A_PHONE)
        ) from None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason in _POSSIBILITY_PROBLEMS:
        raise InvalidValue("contact_phone", _POSSIBILITY_PROBLEMS[reason] + abroad)
    if strict and not phonenumbers.is_valid_number(number):
        raise InvalidValue(
            "contact_phone", "That number doesn't look right to me — could you check the digits?" + abroad
        )
    dialled = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"{dialled}{EXTENSION}{number.extension}" if number.extension else dialled


#: How a checked number carries its extension: "+12505550104 ext. 213".
EXTENSION = " ext. "


def split_extension(checked: str) -> tuple[str, str | None]:
    """(E.164 number, extension or None) of a number `check_phone` returned."""
    number, _, extension = checked.partition(EXTENSION)
    return number, extension or None


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
