"""The lead table and its per-channel delivery rows.

A lead is written once and never changed; what changes is how far each channel
got with delivering it. Keeping delivery state in its own rows lets the email
and the webhook fail, retry and succeed independently, and lets the outbox
worker claim a single row without touching the lead. A danger sign the visitor
reports after their lead was stored becomes a `SafetyUpdate` of that lead,
delivered the same way.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import declarative_base, relationship
from sqlalchemy.types import TypeDecorator

Base = declarative_base()

EMAIL = "email"
WEBHOOK = "webhook"

PENDING = "pending"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Stores naive UTC and hands back aware UTC, identically on SQLite and PostgreSQL.

    SQLite has no time zones, so without this the same column would come back
    naive from one database and aware from the other, and comparisons between
    them would raise.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Lead(Base):
    """What a visitor told the assistant and agreed to share with the clinic."""

    __tablename__ = "leads"

    id = Column(String(32), primary_key=True)
    created_at = Column(UTCDateTime, nullable=False, index=True)
    conversation_id = Column(String(255), index=True)
    triage_level = Column(String(40))
    red_flags = Column(JSON, nullable=False, default=list)
    pain_location = Column(String(200))
    pain_radiates = Column(Boolean)
    #: Into which limb: leg, arm or both (None when it does not spread or was not said).
    pain_radiates_to = Column(String(10))
    pain_duration_days = Column(Integer)
    pain_duration_category = Column(String(40))
    seen_doctor = Column(Boolean)
    pain_severity = Column(Integer)
    precautions = Column(JSON, nullable=False, default=list)
    contact_name = Column(String(100), nullable=False)
    contact_email = Column(String(254), index=True)
    contact_phone = Column(String(20))  # E.164
    contact_phone_extension = Column(String(10))  # digits to dial after it, if the visitor gave any
    preferred_contact = Column(String(10), nullable=False)
    preferred_time = Column(String(200))
    consent_text = Column(Text, nullable=False)
    consent_at = Column(UTCDateTime, nullable=False)
    route = Column(String(10), nullable=False)
    for_later = Column(Boolean, nullable=False, default=False)
    #: The visitor's first message about their pain, in their own words (covered by consent).
    first_description = Column(Text)
    #: The intake questions the visitor did not answer in the chat (left for the clinic,
    #: or not reached before asking to be contacted), in the order they are asked.
    unanswered = Column(JSON, nullable=False, default=list)

    deliveries = relationship(
        "Delivery", back_populates="lead", cascade="all, delete-orphan", order_by="Delivery.id"
    )
    safety_updates = relationship(
        "SafetyUpdate", back_populates="lead", cascade="all, delete-orphan",
        order_by="SafetyUpdate.id",
    )

    def as_dict(self) -> dict[str, Any]:
        """The lead's columns under their own names, timestamps in ISO 8601.

        The webhook body and the exports share this one shape, so a receiver
        and a spreadsheet see the same field names as the table.
        """
        return {
            name: value.isoformat() if isinstance(value, datetime) else value
            for name, value in ((c.name, getattr(self, c.name)) for c in self.__table__.columns)
        }


class SafetyUpdate(Base):
    """Danger signs reported after the lead was stored, raising its triage level.

    The receptionist may already be about to book the visitor; this tells them
    not to, and what the visitor was advised instead. One row per level reached,
    so a level is never reported twice.
    """

    __tablename__ = "safety_updates"
    __table_args__ = (UniqueConstraint("lead_id", "triage_level"),)

    id = Column(Integer, primary_key=True)
    lead_id = Column(String(32), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False)
    created_at = Column(UTCDateTime, nullable=False)
    triage_level = Column(String(40), nullable=False)
    red_flags = Column(JSON, nullable=False, default=list)

    lead = relationship("Lead", back_populates="safety_updates")


def delivery_key(lead_id: str, update: SafetyUpdate | None = None) -> str:
    """What receivers know a lead or one of its updates by: `<lead>` or `<lead>-update-<n>`.

    The Message-ID, the `.eml` file name and the webhook-id all use it, so a
    copy sent again is recognised wherever it lands.
    """
    return f"{lead_id}-update-{update.id}" if update else lead_id


class Delivery(Base):
    """One channel's progress with one lead, or with one safety update of it.

    The outbox worker's unit of work. `update_id` is empty for the lead itself.
    """

    __tablename__ = "deliveries"
    __table_args__ = (
        Index("ix_deliveries_due", "state", "next_attempt_at"),
        # Each channel delivers a lead once, and each of its updates once.
        Index("uq_deliveries_lead", "lead_id", "channel", unique=True,
              sqlite_where=text("update_id IS NULL"),
              postgresql_where=text("update_id IS NULL")),
        UniqueConstraint("update_id", "channel"),
    )

    id = Column(Integer, primary_key=True)
    lead_id = Column(String(32), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False)
    update_id = Column(Integer, ForeignKey("safety_updates.id", ondelete="CASCADE"))
    channel = Column(String(10), nullable=False)
    state = Column(String(10), nullable=False, default=PENDING)
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(UTCDateTime)
    last_error = Column(String(200))
    sent_at = Column(UTCDateTime)
    lease_until = Column(UTCDateTime)
    claimed_by = Column(String(100))

    lead = relationship("Lead", back_populates="deliveries")
    update = relationship("SafetyUpdate")


LEAD_FIELDS = tuple(c.name for c in Lead.__table__.columns)
