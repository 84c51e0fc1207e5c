"""Delivers a lead to the clinic's inbox by SMTP, or to an `.eml` file without one.

The Message-ID is derived from the lead id, so if a crash after the server
accepted a message makes the worker send it again, the inbox (or a mail filter)
can recognise the copy. Without SMTP_HOST (a demo, a laptop) the message is
written to OUTBOX_DIR under the lead id; writing it again replaces the same
file, so it still arrives once.

A safety update of a lead is an answer to the lead's email (In-Reply-To), so
mail programs show it in the same thread, where the receptionist will look.
"""

from __future__ import annotations

import os
import smtplib
import ssl
import tempfile
from collections.abc import Iterable
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from bot.leads.models import Lead, SafetyUpdate, delivery_key
from bot.leads.summary import html_summary, subject, text_summary, update_subject
from bot.leads.validation import validate_email
from bot.settings import Settings

SMTP_TIMEOUT_SECONDS = 30
#: Port 465 speaks TLS from the first byte (SMTPS) rather than upgrading with STARTTLS.
SMTPS_PORT = 465


def message_id(lead_id: str, sender: str, update: SafetyUpdate | None = None) -> str:
    domain = sender.rpartition("@")[2] or "localhost"
    return f"<lead-{delivery_key(lead_id, update)}@{domain}>"


def build_message(
    lead: Lead, settings: Settings, update: SafetyUpdate | None = None
) -> EmailMessage:
    """The email: plain text first, HTML as the preferred alternative."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = update_subject(lead, update) if update else subject(lead)
    message["From"] = settings.smtp_from
    message["To"] = settings.clinic_inbox_email
    reply_to = validate_email(lead.contact_email) if lead.contact_email else None
    if reply_to:  # re-checked: a header must never carry a value that skipped validation
        message["Reply-To"] = reply_to
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = message_id(lead.id, settings.smtp_from, update)
    if update:
        original = message_id(lead.id, settings.smtp_from)
        message["In-Reply-To"] = original
        message["References"] = original
        message["Importance"] = "high"
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text_summary(lead, settings, update))
    message.add_alternative(html_summary(lead, settings, update), subtype="html")
    return message


def eml_path(settings: Settings, lead_id: str, update: SafetyUpdate | None = None) -> Path:
    return Path(settings.outbox_dir) / f"{delivery_key(lead_id, update)}.eml"


def _write_eml(message: EmailMessage, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(message.as_bytes())
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _send_smtp(message: EmailMessage, settings: Settings) -> None:
    context = ssl.create_default_context()
    if settings.smtp_port == SMTPS_PORT:
        client: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT_SECONDS, context=context
        )
    else:
        client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT_SECONDS)
    with client:
        if settings.smtp_starttls and settings.smtp_port != SMTPS_PORT:
            client.starttls(context=context)
        if settings.smtp_user:
            client.login(settings.smtp_user, settings.smtp_password)
        client.send_message(
            message, from_addr=settings.smtp_from, to_addrs=[settings.clinic_inbox_email]
        )


def send(lead: Lead, settings: Settings, update: SafetyUpdate | None = None) -> None:
    """Delivers or raises; the outbox decides what a failure means."""
    message = build_message(lead, settings, update)
    if settings.smtp_host:
        _send_smtp(message, settings)
    else:
        _write_eml(message, eml_path(settings, lead.id, update))


def remove_local_copies(settings: Settings, lead_ids: Iterable[str]) -> None:
    """Deletes the `.eml` files of erased or expired leads, their updates' included."""
    for lead_id in lead_ids:
        eml_path(settings, lead_id).unlink(missing_ok=True)
        for path in Path(settings.outbox_dir).glob(f"{lead_id}-update-*.eml"):
            path.unlink(missing_ok=True)
