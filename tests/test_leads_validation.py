"""What visitors type: names, emails, phones, free text, and the lead as a whole."""

from __future__ import annotations

import pytest

from bot.leads.booking import booking_link
from bot.leads.normalize import normalize_lead
from bot.leads.validation import (
    InvalidValue,
    check_email,
    check_phone,
    clean_name,
    clean_text,
    likely_meant,
    validate_email,
    validate_phone,
)
from tests.leads_support import lead_fields


def test_clean_name_flattens_control_characters_and_whitespace():
    assert clean_name("  Ana\r\n\tDiaz\x00\u202e ") == "Ana Diaz"


def test_clean_name_caps_length_and_rejects_names_without_letters():
    assert clean_name("Ab" * 5_000) == "Ab" * 50
    assert clean_name("DAVE THOMPSON") == "Dave Thompson"  # typed in capitals, written as a name
    assert clean_name("   ") is None
    assert clean_name("12345 !!") is None
    assert clean_name("Zoë O'Neil-Łukasz") == "Zoë O'Neil-Łukasz"


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("ana.example.com", "missing the @"),
        ("ana@", "missing the part after @"),
        ("@example.com", "missing the part before @"),
        ("ana@example", "should look like example.com"),
        ("ana diaz@example.com", "can't contain spaces"),
        ("ana@example.com\r\nBcc: x@example.com", "can't contain spaces"),
        ("", "didn't catch an email"),
        ("a" * 300 + "@example.com", "too long"),
    ],
)
def test_check_email_says_what_to_fix(typed, hint):
    with pytest.raises(InvalidValue) as problem:
        check_email(typed)
    assert hint in problem.value.message
    assert problem.value.field == "contact_email"
    assert validate_email(typed) is None


def test_validate_email_normalises_the_domain():
    assert validate_email("  Ana.Diaz@Example.COM ") == "Ana.Diaz@example.com"


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("(416) 555-0142", "CA", "+14165550142"),
        ("416.555.0142", "CA", "+14165550142"),
        ("+44 20 7946 0958", "CA", "+442079460958"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("00971 50 123 4567", "CA", "+971501234567"),  # 00 is how most countries dial abroad
        ("0044 20 7946 0958", "US", "+442079460958"),
        ("011 44 20 7946 0958", "CA", "+442079460958"),
        # an extension is kept after the number, for the lead's own column
        ("416-555-0142, extension 27", "CA", "+14165550142 ext. 27"),
        ("(416) 555 0142 x5", "CA", "+14165550142 ext. 5"),
    ],
)
def test_validate_phone_gives_e164(typed, region, expected):
    assert validate_phone(typed, region) == expected


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("555-0142", "include the area code"),
        ("+1 41", "too short"),
        ("call me", "doesn't look like a phone number"),
        ("+1 416 555 0142 9999", "too many digits"),
        ("", "didn't catch a phone number"),
        ("07123 456789", "type it with its country code"),
    ],
)
def test_check_phone_says_what_to_fix(typed, hint):
    with pytest.raises(InvalidValue) as problem:
        check_phone(typed, "CA")
    assert hint in problem.value.message
    assert validate_phone(typed, "CA") is None


def test_a_number_with_its_country_code_is_not_told_to_add_one():
    with pytest.raises(InvalidValue) as problem:
        check_phone("+44 7123 45", "CA")
    assert "country code" not in problem.value.message


def test_clean_text_caps_and_keeps_one_line():
    assert clean_text("mornings\r\nX-Evil: 1" + "x" * 10_000).startswith("mornings X-Evil: 1")
    assert len(clean_text("y" * 10_000)) == 200
    assert clean_text(None) == ""


def test_normalize_lead_cleans_every_field():
    values = normalize_lead(
        lead_fields(
            pain_duration_days=21.4,
            pain_severity="7",
            preferred_time="after 5pm\n" + "z" * 10_000,
            red_flags=["  numbness\tin legs ", "", None],
            preferred_contact=None,
        ),
        phone_region="CA",
    )
    assert values["pain_duration_days"] == 21
    assert values["pain_severity"] == 7
    assert (
        values["preferred_time"].startswith("after 5pm z") and len(values["preferred_time"]) == 200
    )
    assert values["red_flags"] == ["numbness in legs"]
    assert values["contact_phone"] == "+14165550142"
    assert values["preferred_contact"] == "either"
    assert values["consent_at"].tzinfo is not None


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"contact_name": "  "}, "contact_name"),
        ({"contact_email": "", "contact_phone": ""}, "contact_email"),
        ({"contact_email": "ana@"}, "contact_email"),
        ({"consent_text": ""}, "consent_text"),
        ({"route": "maybe"}, "route"),
        ({"pain_severity": 11}, "pain_severity"),
        ({"pain_duration_days": float("inf")}, "pain_duration_days"),
        ({"consent_at": "yesterday"}, "consent_at"),
        ({"pain_radiates": "sometimes"}, "pain_radiates"),
        ({"contact_phone": "", "preferred_contact": "phone"}, "preferred_contact"),
        ({"red_flags": "numbness"}, "red_flags"),
    ],
)
def test_normalize_lead_rejects_unusable_leads(overrides, field):
    with pytest.raises(InvalidValue) as problem:
        normalize_lead(lead_fields(**overrides), phone_region="CA")
    assert problem.value.field == field


@pytest.mark.parametrize(
    "given", ["2026-11-24T20:15:00Z", "2026-11-24T21:15:00+01:00", 1795551300.0]
)
def test_consent_time_accepts_iso_and_unix_time(given):
    values = normalize_lead(lead_fields(consent_at=given), phone_region="CA")
    assert values["consent_at"].isoformat() == "2026-11-24T20:15:00+00:00"


def test_normalize_lead_rejects_unknown_fields():
    with pytest.raises(ValueError, match="symptom"):
        normalize_lead(lead_fields(symptom="x"), phone_region="CA")


def test_booking_link_adds_only_name_and_email_and_keeps_the_query():
    link = booking_link(
        "https://book.example.com/clinic?service=acu&name=old#top", "Ana Díaz", "ana@example.com"
    )
    assert link == (
        "https://book.example.com/clinic?service=acu&name=Ana+D%C3%ADaz&email=ana%40example.com#top"
    )
    assert booking_link("https://book.example.com/x") == "https://book.example.com/x"
    assert booking_link("https://book.example.com/x?a=1", name="Ana") == (
        "https://book.example.com/x?a=1&name=Ana"
    )


@pytest.mark.parametrize("typed,meant", [
    ("jo.lee@gmail.con", "jo.lee@gmail.com"), ("jo.lee@gmial.com", "jo.lee@gmail.com"),
    ("Jo.Lee@Hotmal.com", "Jo.Lee@hotmail.com"), ("jo@yaho.ca", "jo@yahoo.ca"), ("jo@acme.cmo", "jo@acme.com"),
    # real domains stay as typed, near a provider or not
    ("jo@mail.com", None), ("jo@hotmail.fr", None), ("jo@uottawa.ca", None), ("jo@gmail.com", None),
])
def test_a_slip_in_a_common_providers_name_or_ending_is_put_right(typed, meant):
    assert likely_meant(typed) == meant
