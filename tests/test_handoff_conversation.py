"""From a finished intake to a lead in the clinic's inbox, through the running assistant."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.support import answer_until_done


def finish_intake(chat) -> None:
    chat.say("my lower back has hurt for 3 months, my family doctor checked it")
    answer_until_done(chat)


def at_the_email_question(chat) -> None:
    """The intake done, booking chosen, consent given and the name typed."""
    finish_intake(chat)
    chat.say("/book")
    chat.say("/affirm")
    chat.say("Sam Okafor")


def test_contact_route_stores_the_lead_and_emails_the_clinic(chat, smtp_sink):
    finish_intake(chat)
    consent = chat.say("/contact_me")
    assert "Privacy notice: https://test-valley.example/privacy" in consent.text
    replies = answer_until_done(chat, {"contact_name": "Dana Q. Whitfield"})
    closing = replies[-1].text
    assert "Thank you, Dana Q. Whitfield" in closing
    assert "dana.whitfield@example.org" in closing
    slots = chat.slots()
    assert slots["lead_id"]
    mail = smtp_sink.wait_for(lambda m: "Dana Q. Whitfield" in str(m["Subject"]))
    assert mail["To"] == "frontdesk@test-valley.example"
    body = mail.get_body(("plain",)).get_content()
    assert "dana.whitfield@example.org" in body
    assert "lower back" in body.lower()


def test_declining_consent_stores_nothing(chat):
    finish_intake(chat)
    chat.say("/contact_me")
    reply = chat.say("no thanks")
    assert "nothing has been stored" in reply.text
    assert chat.slots()["lead_id"] is None


def test_invalid_email_gets_a_specific_reask(chat):
    at_the_email_question(chat)
    reply = chat.say("sam.okafor.example.org")
    assert "missing the @" in reply.text
    assert chat.slots()["contact_email"] is None
    reply = chat.say("sam.okafor@example.org")
    link = next(word for word in reply.text.split() if word.startswith("https://book."))
    query = parse_qs(urlparse(link).query)
    assert any("sam.okafor@example.org" in values for values in query.values())
    assert not any("back" in " ".join(v).lower() for v in query.values())


@pytest.mark.parametrize("again", ["sam.okafor@gmail.com", "sam.okafor@gmail.con"])
def test_a_slipped_provider_ending_is_queried_once_and_either_answer_is_taken(chat, again):
    """"gmail.con" is asked about, with the address meant; the address typed again right, or
    the same one again (it may be real), is taken."""
    at_the_email_question(chat)
    reply = chat.say("sam.okafor@gmail.con")
    assert "Did you mean sam.okafor@gmail.com?" in reply.text
    assert chat.slots()["contact_email"] is None
    chat.say(again)
    assert chat.slots()["contact_email"] == again
    assert chat.slots()["lead_id"]


def test_booking_before_the_intake_asks_the_intake_first(chat):
    reply = chat.say("I'd like to book an appointment")
    assert "A few quick questions first" in reply.text
    assert chat.slots()["requested_slot"] == "pain_location"
    replies = answer_until_done(chat)
    assert any("Privacy notice" in r.text for r in replies)
    assert chat.slots()["lead_id"]


def test_header_injection_in_the_name_is_neutralised(chat, smtp_sink):
    finish_intake(chat)
    chat.say("/contact_me")
    answer_until_done(chat, {"contact_name": "Eve Injector\r\nBcc: victim@example.org"})
    mail = smtp_sink.wait_for(lambda m: "Eve Injector" in str(m["Subject"]))
    assert mail["Bcc"] is None
    assert "\n" not in str(mail["Subject"])


def test_a_typed_yes_to_book_or_contact_asks_which_of_the_two(chat):
    finish_intake(chat)
    for typed in ("yes", "go for it"):
        reply = chat.say(typed)
        assert "book online yourself, or have the clinic contact you" in reply.text
        assert reply.button_titles == ["Book online", "Contact me", "Not now"]
        assert "Take care" not in reply.text and "didn't quite follow" not in reply.text


def test_a_typed_yes_to_details_for_later_asks_for_consent(chat):
    chat.say("pain between my shoulder blades for 2 weeks, haven't seen a doctor")
    replies = answer_until_done(chat)
    assert "leave your details now" in replies[-1].text
    consent = chat.say("yes please")
    assert "do you agree to share" in consent.text
    assert chat.slots()["handoff_route"] == "contact"


@pytest.mark.parametrize("text", ["phone", "I would prefer that the clinic telephone me, if that is convenient."])
def test_a_typed_answer_to_the_offer_is_read_by_its_words_whatever_the_classifier_says(chat, text):
    finish_intake(chat)
    reply = chat.say(text)
    assert "do you agree to share" in reply.text
    assert chat.slots()["handoff_route"] == "contact"
    assert chat.slots()["preferred_contact"] == "phone"


def test_a_yes_to_leave_details_for_later_is_not_a_goodbye(chat):
    chat.say("pain between my shoulder blades for 2 weeks, haven't seen a doctor")
    answer_until_done(chat)
    reply = chat.say("Yes, please take my details for later.")
    assert "do you agree to share" in reply.text
    assert "Take care" not in reply.text
