"""The clinic's email, received by a real SMTP server, and hostile visitor input."""

from __future__ import annotations

import email
import email.policy

import pytest

from bot.leads.email_channel import build_message
from bot.leads.models import Lead, utcnow
from bot.leads.outbox import deliver_due
from bot.leads.store import create_lead, get_lead
from bot.leads.transcript import first_description
from bot.leads.validation import InvalidValue
from tests.leads_support import lead_fields, make_settings, self_signed_tls
from tests.smtp_sink import SmtpSink

pytest_plugins = ["tests.leads_support"]

STANDARD_HEADERS = {
    "subject",
    "from",
    "to",
    "reply-to",
    "date",
    "message-id",
    "auto-submitted",
    "mime-version",
    "content-type",
}


def _parts(message):
    return (
        message.get_body(("plain",)).get_content().replace("\r\n", "\n"),
        message.get_body(("html",)).get_content().replace("\r\n", "\n"),
    )


def test_email_tells_the_receptionist_everything_at_a_glance(leads_settings, leads_smtp):
    lead_id = create_lead(
        lead_fields(red_flags=["fever", "night_pain"], triage_level="urgent", for_later=True),
        settings=leads_settings,
    )
    assert deliver_due(leads_settings) == 1

    [message] = leads_smtp.messages
    assert message["Subject"] == (
        "New back-pain lead: Ana Diaz — lower back, about 3 weeks, urgent,"
        " for later, after a doctor"
    )
    assert message["To"] == "frontdesk@clinic.example.com"
    assert message["Reply-To"] == "ana.diaz@example.com"
    assert message["Message-ID"] == f"<lead-{lead_id}@clinic.example.com>"
    text, html = _parts(message)
    for expected in [
        "Ana Diaz",
        "ana.diaz@example.com",
        "Call: +1 416-555-0142",
        "Reply to: ana.diaz@example.com",
        "Prefers:       phone",
        "weekday mornings",
        "Pain location: lower back",
        "Pain radiates: no",
        "How long:      about 3 weeks (21 days, acute)",
        "Seen a doctor: yes",
        "Severity:      6/10",
        "Precautions:   pregnancy, fear of needles",
        "Triage level:  urgent",
        "Red flags:     fever, night pain that does not ease",
        "FOR LATER",
        "I agree that the clinic may contact me",
        "asked the clinic to get in touch",
        lead_id,
    ]:
        assert expected in text
    assert "<th" in html and "night pain that does not ease" in html and "FOR LATER" in html
    assert get_lead(lead_id, settings=leads_settings).deliveries[0].state == "sent"


def test_without_smtp_host_the_email_is_an_eml_file_written_once(tmp_path):
    settings = make_settings(tmp_path)
    lead_id = create_lead(lead_fields(), settings=settings)
    assert deliver_due(settings) == 1
    assert deliver_due(settings) == 0
    [path] = (tmp_path / "outbox").iterdir()
    assert path.name == f"{lead_id}.eml"
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["Message-ID"] == f"<lead-{lead_id}@clinic.example.com>"
    assert "Ana Diaz" in _parts(message)[0]


def test_starttls_then_login_when_configured(tmp_path, monkeypatch):
    tls, certificate = self_signed_tls(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate))  # the client trusts only this server
    with SmtpSink(credentials=("mailer", "s3cret"), tls=tls) as sink:
        settings = make_settings(
            tmp_path,
            SMTP_HOST="127.0.0.1",
            SMTP_PORT=str(sink.port),
            SMTP_STARTTLS="true",
            SMTP_USER="mailer",
            SMTP_PASSWORD="s3cret",
        )
        create_lead(lead_fields(), settings=settings)
        assert deliver_due(settings) == 1
        assert sink.logins == ["mailer"] and len(sink.messages) == 1


def test_starttls_refuses_an_untrusted_server(tmp_path):
    tls, _ = self_signed_tls(tmp_path)
    with SmtpSink(tls=tls) as sink:
        settings = make_settings(
            tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT=str(sink.port), SMTP_STARTTLS="true"
        )
        lead_id = create_lead(lead_fields(), settings=settings)
        assert deliver_due(settings) == 0
        [delivery] = get_lead(lead_id, settings=settings).deliveries
        assert delivery.last_error.startswith("SSLCertVerificationError")
        assert sink.messages == []


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_wrong_smtp_password_is_a_failed_attempt_without_secrets(tmp_path):
    with SmtpSink(credentials=("mailer", "s3cret")) as sink:
        settings = make_settings(
            tmp_path,
            SMTP_HOST="127.0.0.1",
            SMTP_PORT=str(sink.port),
            SMTP_USER="mailer",
            SMTP_PASSWORD="wrong",
        )
        lead_id = create_lead(lead_fields(), settings=settings)
        assert deliver_due(settings) == 0
        [delivery] = get_lead(lead_id, settings=settings).deliveries
        assert delivery.state == "failed"
        assert delivery.last_error == "SMTPAuthenticationError: SMTP 535"
        assert sink.messages == []


def test_header_injection_in_the_name_adds_no_header(leads_settings, leads_smtp):
    create_lead(
        lead_fields(
            contact_name="Eve\r\nBcc: victim@example.com\r\nX-Injected: yes",
            pain_location="back\nSubject: spoofed",
        ),
        settings=leads_settings,
    )
    deliver_due(leads_settings)
    [message] = leads_smtp.messages
    assert {name.lower() for name in message} <= STANDARD_HEADERS
    assert message["Bcc"] is None and message["X-Injected"] is None
    assert message["Subject"].startswith(
        "New back-pain lead: Eve Bcc: victim@example.com X-Injected"
    )


def test_header_injection_in_the_email_is_refused(leads_settings):
    with pytest.raises(InvalidValue):
        create_lead(
            lead_fields(contact_email="ana@example.com\r\nBcc: victim@example.com"),
            settings=leads_settings,
        )


def test_a_hostile_row_that_skipped_validation_still_cannot_inject(leads_settings):
    lead = Lead(
        id="f" * 32,
        created_at=utcnow(),
        consent_at=utcnow(),
        route="contact",
        contact_name="Mallory\r\nBcc: all@example.com",
        contact_email="m@example.com\r\nBcc: all@example.com",
        preferred_contact="phone",
        consent_text="yes",
        for_later=False,
        red_flags=["a\r\nb"],
        precautions=[],
    )
    message = email.message_from_bytes(
        build_message(lead, leads_settings).as_bytes(), policy=email.policy.default
    )
    assert message["Bcc"] is None and message["Reply-To"] is None
    assert "\n" not in message["Subject"]


def test_html_in_names_is_escaped_in_the_html_part(leads_settings, leads_smtp):
    create_lead(
        lead_fields(
            contact_name='<img src=x onerror="alert(1)"> Ana', preferred_time="<script>x</script>"
        ),
        settings=leads_settings,
    )
    deliver_due(leads_settings)
    text, html = _parts(leads_smtp.messages[0])
    assert "<img" not in html and "<script>" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Ana" in html
    assert '<img src=x onerror="alert(1)"> Ana' in text


def test_ten_thousand_character_fields_are_capped(leads_settings, leads_smtp):
    huge = "x" * 10_000
    lead_id = create_lead(
        lead_fields(
            contact_name="Ana " + huge,
            preferred_time=huge,
            pain_location=huge,
            consent_text=huge,
            triage_level=huge,
            red_flags=[huge] * 100,
            conversation_id=huge,
        ),
        settings=leads_settings,
    )
    lead = get_lead(lead_id, settings=leads_settings)
    assert len(lead.contact_name) == 100 and len(lead.preferred_time) == 200
    assert len(lead.red_flags) == 20 and all(len(flag) == 200 for flag in lead.red_flags)
    assert deliver_due(leads_settings) == 1
    assert len(str(leads_smtp.messages[0]["Subject"])) <= 250


def test_a_unicode_name_survives_the_subject(leads_settings, leads_smtp):
    create_lead(lead_fields(contact_name="Zoë Łukasz 王芳"), settings=leads_settings)
    deliver_due(leads_settings)
    assert "Zoë Łukasz 王芳" in leads_smtp.messages[0]["Subject"]


DESCRIPTION = "My lower back has been killing me since I lifted a box, and it shoots down my leg"


def test_the_email_opens_with_what_to_do_and_quotes_the_visitor(leads_settings, leads_smtp):
    lead_id = create_lead(
        lead_fields(pain_radiates=True, pain_radiates_to="leg", first_description=DESCRIPTION,
                    consent_at="2026-01-15T09:54:00Z"),
        settings=leads_settings,
    )
    deliver_due(leads_settings)
    text, html = _parts(leads_smtp.messages[0])
    lines = text.splitlines()
    assert lines[:4] == [
        ">>> WANTS A CALL, WEEKDAY MORNINGS",
        "Triage: routine — no danger signs",
        "Call: +1 416-555-0142",
        "Reply to: ana.diaz@example.com",
    ]
    assert f'In their own words:\n  "{DESCRIPTION}"' in text
    assert "Pain radiates: yes, into the leg" in text
    assert "Precautions:   pregnancy, fear of needles" in text
    footer = text.split("\n--\n", 1)[1]
    assert "Consent, given Thu 15 Jan 2026, 04:54 EST (America/Toronto), to the question" in footer
    assert f"Lead id {lead_id}." in footer
    assert 'href="tel:+14165550142"' in html
    assert ('href="mailto:ana.diaz@example.com?subject=Your%20back-pain%20enquiry%20with'
            '%20Maple%20Acupuncture%20Clinic"') in html
    assert (html.index("Wants a call, weekday mornings") < html.index("tel:")
            < html.index("In their own words") < html.index("Pain location"))
    assert "&ldquo;My lower back has been killing me" in html


@pytest.mark.parametrize("overrides, banner", [
    ({"preferred_contact": "email", "preferred_time": None}, ">>> WANTS AN EMAIL"),
    ({"route": "booking"}, ">>> SENT THE BOOKING LINK: LOOK FOR THEIR BOOKING"),
    ({"for_later": True, "triage_level": "see_doctor"},
     ">>> FOR LATER — SEE A DOCTOR FIRST: CONTACT ONLY TO BOOK AFTER THAT"),
])
def test_the_banner_says_what_the_route_and_triage_call_for(tmp_path, overrides, banner):
    settings = make_settings(tmp_path)
    lead = get_lead(create_lead(lead_fields(**overrides), settings=settings), settings=settings)
    text = build_message(lead, settings).get_body(("plain",)).get_content()
    assert text.splitlines()[0] == banner


def test_without_a_phone_there_is_no_call_link(tmp_path):
    settings = make_settings(tmp_path)
    lead = get_lead(create_lead(lead_fields(contact_phone=None, preferred_contact="email"),
                                settings=settings), settings=settings)
    text, html = _parts(build_message(lead, settings))
    assert "tel:" not in html and "Call:" not in text and "mailto:" in html


def test_a_phone_extension_reaches_the_receptionist_and_the_call_link(tmp_path):
    settings = make_settings(tmp_path)
    lead = get_lead(create_lead(lead_fields(contact_phone="(416) 555-0142, extension 27"), settings=settings),
                    settings=settings)
    text, html = _parts(build_message(lead, settings))
    assert (lead.contact_phone, lead.contact_phone_extension) == ("+14165550142", "27")
    assert "+1 416-555-0142 ext. 27" in text
    assert 'href="tel:+14165550142;ext=27"' in html


def test_the_first_description_is_the_first_thing_typed_about_the_pain():
    def user(text, intent, *entities):
        return {"event": "user", "text": text, "parse_data": {
            "intent": {"name": intent}, "entities": [{"entity": e} for e in entities]}}

    events = [
        {"event": "bot", "text": "Hi!"},
        user("hello there", "greet"),
        user('/inform{"pain_location":"lower_back"}', "inform", "pain_location"),
        user("what does it cost?", "faq"),
        user("it hurts low down, about 3 weeks now", "inform", "pain_duration_days"),
        user("yes it spreads", "affirm", "pain_radiates"),
    ]
    assert first_description(events) == "it hurts low down, about 3 weeks now"
    assert first_description(events[:4]) is None
    assert first_description([user("hi, my neck hurts", "greet", "pain_location")]) == (
        "hi, my neck hurts")
