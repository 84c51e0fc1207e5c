"""Storing, reading and deleting leads.

`create_lead` writes the lead and one pending delivery per channel in a single
transaction: once it returns, the lead is on disk and will be delivered by the
outbox worker even if the action server dies the next instant; if it raises,
nothing was stored and nothing will be sent. `add_safety_update` does the same
for danger signs reported after the lead.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from bot.leads import clinic_fields, email_channel
from bot.leads.db import transaction
from bot.leads.models import EMAIL, PENDING, WEBHOOK, Delivery, Lead, SafetyUpdate, utcnow
from bot.leads.normalize import normalize_lead
from bot.leads.tracker import delete_conversations
from bot.leads.validation import check_email
from bot.settings import Settings, get_settings
from bot.triage import FLAG_LEVELS, rank

log = logging.getLogger(__name__)

#: Namespace for lead ids derived from a conversation; changing it would break idempotency.
LEAD_NAMESPACE = uuid.UUID("6f1d8f5e-3b0a-4c41-9a8e-2f6a0e4b7c19")
_LEAD_ID = re.compile(r"^[0-9a-f]{32}$")
_WITH_UPDATES = [selectinload(Lead.safety_updates)]
#: What the CLI and the tests read of a lead: its updates, and every delivery with its update.
_WITH_DELIVERIES = [*_WITH_UPDATES, selectinload(Lead.deliveries).joinedload(Delivery.update)]


@dataclass(frozen=True)
class Erased:
    leads: int
    tracker_events: int


def lead_id_for(conversation_id: str, counter: int) -> str:
    """The same id for the same conversation and counter, so a retried action stores once."""
    return uuid.uuid5(LEAD_NAMESPACE, f"{conversation_id}\x00{counter}").hex


def _checked_id(lead_id: str) -> str:
    # The id ends up in a Message-ID header and a file name: only hex is allowed.
    if not _LEAD_ID.match(lead_id):
        raise ValueError("lead_id must be 32 lower-case hex digits, like uuid4().hex")
    return lead_id


def create_lead(
    fields: Mapping[str, Any], *, settings: Settings | None = None, lead_id: str | None = None
) -> str:
    """Validates and stores a lead with its pending deliveries; returns the lead id.

    Raises `InvalidValue` for a bad field. Calling again with a `lead_id` that
    is already stored returns it without storing or sending anything new.
    """
    settings = settings or get_settings()
    checked, extra = clinic_fields.split(fields)
    values = {**normalize_lead(checked, phone_region=settings.default_phone_region), **extra}
    lead_id = _checked_id(lead_id) if lead_id else uuid.uuid4().hex
    channels = _channels(settings)
    now = utcnow()
    try:
        with transaction(settings) as session:
            if session.get(Lead, lead_id) is not None:
                log.info("lead %s already stored", lead_id)
                return lead_id
            session.add(Lead(id=lead_id, created_at=now, deliveries=_pending(channels, now),
                             **values))
    except IntegrityError:
        # A concurrent call with the same id won the race; its lead is the one.
        if get_lead(lead_id, settings=settings) is None:
            raise
        return lead_id
    log.info("lead %s stored, queued for %s", lead_id, " and ".join(channels))
    return lead_id


def _pending(channels: list[str], now: datetime, **link: Any) -> list[Delivery]:
    return [Delivery(channel=channel, state=PENDING, attempts=0, next_attempt_at=now, **link)
            for channel in channels]


def _channels(settings: Settings) -> list[str]:
    return [EMAIL, WEBHOOK] if settings.webhook_url else [EMAIL]


def add_safety_update(
    lead_id: str, triage_level: str, red_flags: list[str], *, settings: Settings | None = None
) -> bool:
    """Queues word to the clinic that the visitor of `lead_id` reported danger signs.

    Only a level above everything the clinic has already heard of this lead is
    stored, with its deliveries, in one transaction; returns whether it was.
    So a retried action, or the same sign mentioned again, tells the clinic once.
    """
    settings = settings or get_settings()
    flags = [flag for flag in dict.fromkeys(red_flags) if flag in FLAG_LEVELS]
    try:
        with transaction(settings) as session:
            lead = session.get(Lead, _checked_id(lead_id), options=_WITH_UPDATES)
            if lead is None:
                return False
            known = [lead.triage_level, *(update.triage_level for update in lead.safety_updates)]
            if rank(triage_level) <= max(rank(level) for level in known):
                return False
            now = utcnow()
            update = SafetyUpdate(created_at=now, triage_level=triage_level, red_flags=flags)
            lead.safety_updates.append(update)
            session.flush()
            lead.deliveries.extend(_pending(_channels(settings), now, update_id=update.id))
    except IntegrityError:
        # A concurrent call stored the same level first; the clinic hears of it once.
        return False
    log.info("lead %s: safety update (%s) queued", lead_id, triage_level)
    return True


def get_lead(lead_id: str, *, settings: Settings | None = None) -> Lead | None:
    with transaction(settings or get_settings()) as session:
        return session.get(Lead, lead_id, options=_WITH_DELIVERIES)


def list_leads(*, settings: Settings | None = None, limit: int | None = None) -> list[Lead]:
    """Leads oldest first; with `limit`, only the most recent ones."""
    with transaction(settings or get_settings()) as session:
        query = (
            select(Lead)
            .options(*_WITH_DELIVERIES)
            .order_by(Lead.created_at.desc(), Lead.id.desc())
            .limit(limit)
        )
        return list(reversed(session.scalars(query).all()))


def _delete_leads(settings: Settings, condition: Any) -> list[Lead]:
    with transaction(settings) as session:
        leads = session.scalars(select(Lead).where(condition)).all()
        ids = [lead.id for lead in leads]
        if ids:
            session.execute(delete(Delivery).where(Delivery.lead_id.in_(ids)))
            session.execute(delete(SafetyUpdate).where(SafetyUpdate.lead_id.in_(ids)))
            session.execute(delete(Lead).where(Lead.id.in_(ids)))
    email_channel.remove_local_copies(settings, ids)
    return list(leads)


def erase_by_email(email: str, *, settings: Settings | None = None) -> Erased:
    """Right to erasure: the visitor's leads, their `.eml` copies and their chat history."""
    settings = settings or get_settings()
    address = check_email(email).lower()
    leads = _delete_leads(settings, func.lower(Lead.contact_email) == address)
    events = delete_conversations(
        settings.tracker_store_url, (lead.conversation_id for lead in leads)
    )
    log.info("erased %d lead(s) and %d tracker event(s)", len(leads), events)
    return Erased(leads=len(leads), tracker_events=events)


def purge_older_than(
    days: int, *, settings: Settings | None = None, now: datetime | None = None
) -> int:
    """Retention: deletes leads received more than `days` days ago; returns how many."""
    if days < 0:
        raise ValueError("days must not be negative")
    cutoff = (now or utcnow()) - timedelta(days=days)
    leads = _delete_leads(settings or get_settings(), Lead.created_at < cutoff)
    log.info("purged %d lead(s) older than %d days", len(leads), days)
    return len(leads)
