"""Danger signs reported after a lead was stored reach the clinic, once per level."""

from __future__ import annotations

import json
from datetime import timedelta

from bot.leads.models import SENT, utcnow
from bot.leads.outbox import deliver_due
from bot.leads.store import add_safety_update, create_lead, erase_by_email, get_lead
from tests.leads_support import lead_fields, make_settings

pytest_plugins = ["tests.leads_support"]


def _smtp_settings(tmp_path, sink, **overrides):
    return make_settings(tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT=str(sink.port), **overrides)


def test_a_higher_level_is_stored_once_and_a_lower_one_not_at_all(tmp_path):
    settings = make_settings(tmp_path)
    lead_id = create_lead(lead_fields(triage_level="routine"), settings=settings)

    assert add_safety_update(lead_id, "urgent", ["fever"], settings=settings)
    assert not add_safety_update(lead_id, "urgent", ["fever"], settings=settings), "told once"
    assert not add_safety_update(lead_id, "routine", [], settings=settings)
    assert add_safety_update(lead_id, "emergency", ["fever", "leg_weakness"], settings=settings)
    assert not add_safety_update(lead_id, "urgent", ["weight_loss"], settings=settings)

    lead = get_lead(lead_id, settings=settings)
    assert [(u.triage_level, u.red_flags) for u in lead.safety_updates] == [
        ("urgent", ["fever"]), ("emergency", ["fever", "leg_weakness"])]
    assert lead.triage_level == "routine", "the lead itself is never rewritten"


def test_no_update_when_the_lead_already_had_that_level_or_does_not_exist(tmp_path):
    settings = make_settings(tmp_path)
    lead_id = create_lead(lead_fields(triage_level="urgent", red_flags=["fever"], for_later=True),
                          settings=settings)
    assert not add_safety_update(lead_id, "urgent", ["fever", "weight_loss"], settings=settings)
    assert not add_safety_update("0" * 32, "emergency", ["trauma"], settings=settings)
    assert get_lead(lead_id, settings=settings).safety_updates == []


def test_the_update_email_answers_the_lead_and_says_do_not_book(tmp_path, leads_smtp):
    settings = _smtp_settings(tmp_path, leads_smtp)
    lead_id = create_lead(lead_fields(), settings=settings)
    assert deliver_due(settings) == 1
    add_safety_update(lead_id, "emergency", ["bladder_bowel"], settings=settings)
    now = utcnow()

    assert deliver_due(settings, now=now) == 1
    assert deliver_due(settings, now=now + timedelta(hours=1)) == 0, "delivered once"
    lead_mail, update_mail = leads_smtp.messages
    assert update_mail["Subject"] == (
        "SAFETY UPDATE — do not book: Ana Diaz reported bladder or bowel control problems "
        "(emergency)")
    assert update_mail["In-Reply-To"] == lead_mail["Message-ID"]
    assert update_mail["Message-ID"] != lead_mail["Message-ID"]
    text = update_mail.get_body(("plain",)).get_content()
    assert "call the emergency number now" in text
    assert "Do not book acupuncture" in text
    assert "emergency (was routine)" in text
    assert "Call: +1 416-555-0142" in text, "the receptionist can follow up"
    assert {d.state for d in get_lead(lead_id, settings=settings).deliveries} == {SENT}


def test_without_smtp_the_update_is_its_own_eml_file_and_erasure_removes_it(tmp_path):
    settings = make_settings(tmp_path)
    lead_id = create_lead(lead_fields(), settings=settings)
    add_safety_update(lead_id, "crisis", ["self_harm"], settings=settings)
    assert deliver_due(settings) == 2
    outbox = tmp_path / "outbox"
    names = sorted(path.name for path in outbox.iterdir())
    assert names[0] == f"{lead_id}-update-1.eml" and names[1] == f"{lead_id}.eml"
    assert "crisis line" in (outbox / names[0]).read_text()

    assert erase_by_email("ana.diaz@example.com", settings=settings).leads == 1
    assert list(outbox.iterdir()) == []
    assert get_lead(lead_id, settings=settings) is None


def test_the_webhook_gets_a_signed_update_event(tmp_path, leads_smtp, leads_webhook):
    settings = _smtp_settings(tmp_path, leads_smtp, WEBHOOK_URL=leads_webhook.url,
                              WEBHOOK_SECRET="clinic-shared-secret")
    lead_id = create_lead(lead_fields(), settings=settings)
    add_safety_update(lead_id, "urgent", ["weight_loss"], settings=settings)
    assert deliver_due(settings) == 4

    by_id = {headers["webhook-id"]: (headers, json.loads(body))
             for headers, body in leads_webhook.requests}
    assert set(by_id) == {lead_id, f"{lead_id}-update-1"}
    assert "type" not in by_id[lead_id][1], "the lead's own body is unchanged"
    headers, event = by_id[f"{lead_id}-update-1"]
    assert event["type"] == "lead.safety_update"
    assert (event["lead_id"], event["triage_level"], event["red_flags"]) == (
        lead_id, "urgent", ["weight_loss"])
    assert headers["webhook-signature"].startswith("v1,")
    assert len(leads_smtp.messages) == 2

