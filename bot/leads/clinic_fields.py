"""The lead fields added for the clinic's email, checked before the lead is stored.

`normalize.normalize_lead` checks every other field and refuses any it does not
know, so the store hands it the lead without these and adds them from here.
Neither may cost the visitor their lead: a value that makes no sense is left
out rather than refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.intake import INTAKE_SLOTS
from bot.leads.validation import clean_text

RADIATES_TO = ("leg", "arm", "both")
DESCRIPTION_LIMIT = 1000
CLINIC_FIELDS = ("pain_radiates_to", "first_description", "unanswered")


def split(fields: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the fields `normalize_lead` checks, the column values of these three)."""
    rest = {name: value for name, value in fields.items() if name not in CLINIC_FIELDS}
    limb = fields.get("pain_radiates_to")
    if limb not in RADIATES_TO or fields.get("pain_radiates") is False:
        limb = None
    description = clean_text(fields.get("first_description"), DESCRIPTION_LIMIT) or None
    unanswered = [slot for slot in INTAKE_SLOTS if slot in (fields.get("unanswered") or ())]
    return rest, {"pain_radiates_to": limb, "first_description": description, "unanswered": unanswered}
