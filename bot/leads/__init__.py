"""Leads: what a visitor agreed to share, stored durably and delivered to the clinic.

The action server calls `create_lead`; the outbox worker (`python -m bot worker`)
delivers each lead by email and, when configured, by webhook; staff manage
leads with `python -m bot leads ...`.
"""

from bot.leads.booking import booking_link
from bot.leads.outbox import deliver_due, retry_failed, run_worker
from bot.leads.store import (
    create_lead,
    erase_by_email,
    get_lead,
    lead_id_for,
    list_leads,
    purge_older_than,
)
from bot.leads.validation import (
    InvalidValue,
    check_email,
    check_name,
    check_phone,
    clean_name,
    clean_text,
    validate_email,
    validate_phone,
)

__all__ = [
    "InvalidValue",
    "booking_link",
    "check_email",
    "check_name",
    "check_phone",
    "clean_name",
    "clean_text",
    "create_lead",
    "deliver_due",
    "erase_by_email",
    "get_lead",
    "lead_id_for",
    "list_leads",
    "purge_older_than",
    "retry_failed",
    "run_worker",
    "validate_email",
    "validate_phone",
]
