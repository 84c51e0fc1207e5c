"""The receptionist's view of a lead and of its safety updates, as text and HTML.

Both renderings come from the same list of labelled rows so they can never
disagree, and the words for locations, durations, precautions and red flags
are `bot.intake`'s, so the email says what the visitor was told. Everything a
visitor typed is untrusted: the HTML escapes every value, and the subject is
flattened to one line so it cannot smuggle in headers.
"""

from __future__ import annotations

import html

from bot import clinic_time
from bot.intake import (
    FLAG_LABELS,
    LOCATION_LABELS,
    PRECAUTION_LABELS,
    describe_duration,
    describe_list,
)
from bot.leads.models import Lead, SafetyUpdate
from bot.leads.validation import clean_text
from bot.settings import Settings

ROUTE_LABELS = {
    "booking": "booking — was given the online booking link",
    "contact": "contact — asked the clinic to get in touch",
}
#: Longer than any stored value; the rows are re-cleaned only to stay one line each.
ROW_LIMIT = 2500
SUBJECT_LIMIT = 250
FOR_LATER_NOTE = "FOR LATER — advised to see a doctor first; book only after they have seen one"
#: What the assistant told the visitor at each level a danger sign can reach.
ADVICE_GIVEN = {
    "urgent": "to see a doctor today (their doctor, a walk-in clinic or the health advice line)",
    "emergency": "to call the emergency number now or go to the nearest emergency department",
    "crisis": "to call or text the suicide and crisis line now",
}


def _yes_no(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")




def _listed(codes: list[str] | None, labels: dict[str, str]) -> str:
    return describe_list(codes, labels) if codes else "none"


def _location(lead: Lead) -> str | None:
    return LOCATION_LABELS.get(lead.pain_location, lead.pain_location)


def _duration(lead: Lead) -> str:
    return describe_duration(lead.pain_duration_days, lead.pain_duration_category) or "unknown"


def subject(lead: Lead) -> str:
    """One line, e.g. `New back-pain lead: Ana Diaz — lower back, about 3 weeks, routine`."""
    parts = [
        _location(lead) or "location not given",
        _duration(lead),
        lead.triage_level or "triage unknown",
    ]
    if lead.for_later:
        parts.append("for later, after a doctor")
    return clean_text(
        f"New back-pain lead: {lead.contact_name} — {', '.join(parts)}", SUBJECT_LIMIT
    )


def rows(lead: Lead, settings: Settings) -> list[tuple[str, str]]:
    """Labelled values in the order a receptionist reads them: who, how, when, what."""
    details = [f"{lead.pain_duration_days} days"] if lead.pain_duration_days is not None else []
    details += [lead.pain_duration_category] if lead.pain_duration_category else []
    duration = _duration(lead) + (f" ({', '.join(details)})" if details else "")
    severity = "unknown" if lead.pain_severity is None else f"{lead.pain_severity}/10"
    table = [
        ("Name", lead.contact_name),
        ("Email", lead.contact_email or "not given"),
        ("Phone", lead.contact_phone or "not given"),
        ("Prefers", lead.preferred_contact),
        ("Best time", lead.preferred_time or "not given"),
        ("Route", ROUTE_LABELS.get(lead.route, lead.route)),
        ("Pain location", _location(lead) or "not given"),
        ("Pain radiates", _yes_no(lead.pain_radiates)),
        ("How long", duration),
        ("Seen a doctor", _yes_no(lead.seen_doctor)),
        ("Severity", severity),
        ("Precautions", _listed(lead.precautions, PRECAUTION_LABELS)),
        ("Triage level", lead.triage_level or "unknown"),
        ("Red flags", _listed(lead.red_flags, FLAG_LABELS)),
        ("Consent", f"{clinic_time.long(lead.consent_at, settings)}: {lead.consent_text}"),
        ("Received", clinic_time.long(lead.created_at, settings)),
        ("Lead id", lead.id),
    ]
    if lead.for_later:
        table.insert(0, ("Note", FOR_LATER_NOTE))
    return [(label, clean_text(value, ROW_LIMIT)) for label, value in table]


def update_subject(lead: Lead, update: SafetyUpdate) -> str:
    """One line, e.g. `SAFETY UPDATE — do not book: Ana Diaz reported leg weakness (emergency)`."""
    flags = _listed(update.red_flags, FLAG_LABELS)
    return clean_text(
        f"SAFETY UPDATE — do not book: {lead.contact_name} reported {flags} "
        f"({update.triage_level})",
        SUBJECT_LIMIT,
    )


def update_rows(lead: Lead, update: SafetyUpdate, settings: Settings) -> list[tuple[str, str]]:
    """What changed, what the visitor was told, and how to reach them to follow up."""
    advice = ADVICE_GIVEN.get(update.triage_level, "to see a doctor")
    table = [
        ("Note", "After leaving their details, the visitor reported danger signs. "
                 f"The assistant advised them {advice}. Do not book acupuncture "
                 "until a doctor has assessed this."),
        ("Danger signs", _listed(update.red_flags, FLAG_LABELS)),
        ("Triage level", f"{update.triage_level} (was {lead.triage_level or 'unknown'})"),
        ("Reported", clinic_time.long(update.created_at, settings)),
        ("Name", lead.contact_name),
        ("Email", lead.contact_email or "not given"),
        ("Phone", lead.contact_phone or "not given"),
        ("Lead received", clinic_time.long(lead.created_at, settings)),
        ("Lead id", lead.id),
    ]
    return [(label, clean_text(value, ROW_LIMIT)) for label, value in table]


def _text(table: list[tuple[str, str]]) -> str:
    width = max(len(label) for label, _ in table) + 1
    return "\n".join(f"{label + ':':<{width}} {value}" for label, value in table) + "\n"


def _html(title: str, table: list[tuple[str, str]]) -> str:
    body = "\n".join(
        f'<tr><th align="left" valign="top">{html.escape(label)}</th>'
        f"<td>{html.escape(value)}</td></tr>"
        for label, value in table
    )
    return (
        "<!DOCTYPE html>\n<html><body>\n"
        f"<h2>{html.escape(title)}</h2>\n"
        f'<table cellpadding="4">\n{body}\n</table>\n</body></html>\n'
    )


def text_summary(lead: Lead, settings: Settings, update: SafetyUpdate | None = None) -> str:
    return _text(update_rows(lead, update, settings) if update else rows(lead, settings))


def html_summary(lead: Lead, settings: Settings, update: SafetyUpdate | None = None) -> str:
    if update:
        return _html(update_subject(lead, update), update_rows(lead, update, settings))
    return _html(subject(lead), rows(lead, settings))
