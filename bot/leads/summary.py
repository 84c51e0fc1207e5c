"""The receptionist's view of a lead and of its safety updates, as text and HTML.

Built to be acted on: first what to do (a banner for the route and triage),
then one-tap links to reply and to call, the visitor's own first description,
the facts, the precautions, and in a small footer the consent and the lead id.
Both renderings come from the same `Card`, so they can never disagree, and the
words for locations, durations, precautions and red flags are `bot.intake`'s,
so the email says what the visitor was told. Times are the clinic's.

Everything a visitor typed is untrusted: the HTML escapes every value, links
are built only from validated addresses and numbers, and the subject is
flattened to one line so it cannot smuggle in headers. The HTML uses tables
and inline styles only, which is what Gmail, Outlook and phone mail apps render
alike, and nothing external is loaded.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from urllib.parse import quote

import phonenumbers

from bot import clinic_time
from bot.intake import (
    FLAG_LABELS,
    LIMB_WORDS,
    LOCATION_LABELS,
    PRECAUTION_LABELS,
    QUESTION_TOPICS,
    describe_duration,
    describe_list,
)
from bot.leads.models import Lead, SafetyUpdate
from bot.leads.validation import clean_text, validate_email
from bot.settings import Settings

ROUTE_LABELS = {
    "booking": "booking — was given the online booking link",
    "contact": "contact — asked the clinic to get in touch",
}
#: Longer than any stored value; the rows are re-cleaned only to stay one line each.
ROW_LIMIT = 2500
SUBJECT_LIMIT = 250
#: What the assistant told the visitor at each level a danger sign can reach.
ADVICE_GIVEN = {
    "urgent": "to see a doctor today (their doctor, a walk-in clinic or the health advice line)",
    "emergency": "to call the emergency number now or go to the nearest emergency department",
    "crisis": "to call or text the suicide and crisis line now",
}
TRIAGE_WORDS = {
    "routine": "routine — no danger signs",
    "see_doctor": "see a doctor first",
    "urgent": "urgent — advised to see a doctor today",
    "emergency": "emergency",
    "crisis": "crisis",
}
WANTS = {"phone": "Wants a call", "email": "Wants an email", "either": "Wants a call or an email"}

#: Banner colours (white text on each passes WCAG AA contrast).
CONTACT, BOOKING, FOR_LATER, SAFETY = "#1558b0", "#137333", "#a14a00", "#b3261e"


@dataclass
class Card:
    """Everything the email shows, in order, as plain strings."""

    title: str
    banner: str
    colour: str
    banner_lines: list[str]
    #: (what, to whom, href): "Call", "+1 416-555-0142", "tel:+14165550142".
    links: list[tuple[str, str, str]] = field(default_factory=list)
    quote: str | None = None
    facts: list[tuple[str, str]] = field(default_factory=list)
    precautions: str = ""
    footer: list[str] = field(default_factory=list)


def _yes_no(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def _listed(codes: list[str] | None, labels: dict[str, str]) -> str:
    return describe_list(codes, labels) if codes else "none"


def _location(lead: Lead) -> str | None:
    return LOCATION_LABELS.get(lead.pain_location, lead.pain_location)


def _duration(lead: Lead) -> str:
    return describe_duration(lead.pain_duration_days, lead.pain_duration_category) or "unknown"


def _radiates(lead: Lead) -> str:
    if lead.pain_radiates and lead.pain_radiates_to in LIMB_WORDS:
        return f"yes, {LIMB_WORDS[lead.pain_radiates_to]}"
    return _yes_no(lead.pain_radiates)


def _phone_shown(lead: Lead) -> str:
    """The number as people read it, with its extension: "+1 250-555-0104 ext. 213"."""
    if not lead.contact_phone:
        return "not given"
    try:
        number = phonenumbers.parse(lead.contact_phone, None)
    except phonenumbers.NumberParseException:
        return lead.contact_phone
    number.extension = lead.contact_phone_extension or None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


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


def update_subject(lead: Lead, update: SafetyUpdate) -> str:
    """One line, e.g. `SAFETY UPDATE — do not book: Ana Diaz reported leg weakness (emergency)`."""
    flags = _listed(update.red_flags, FLAG_LABELS)
    return clean_text(
        f"SAFETY UPDATE — do not book: {lead.contact_name} reported {flags} "
        f"({update.triage_level})",
        SUBJECT_LIMIT,
    )


def links(lead: Lead, settings: Settings) -> list[tuple[str, str, str]]:
    """One-tap (what, to whom, href): reply by email with a subject, and call; the way
    the visitor prefers first.

    Built from validated values only, so a link can never point anywhere else.
    """
    found = []
    email = validate_email(lead.contact_email) if lead.contact_email else None
    if email:
        topic = quote(f"Your back-pain enquiry with {settings.clinic_name}", safe="")
        found.append(("Reply to", email, f"mailto:{quote(email, safe='@')}?subject={topic}"))
    phone = lead.contact_phone or ""
    if phone.startswith("+") and phone[1:].isdigit():
        extension = f";ext={lead.contact_phone_extension}" if lead.contact_phone_extension else ""  # RFC 3966
        found.append(("Call", _phone_shown(lead), f"tel:{phone}{extension}"))
    return found[::-1] if lead.preferred_contact == "phone" else found


def _banner(lead: Lead) -> tuple[str, str, list[str]]:
    """(headline, colour, lines): what to do with this lead, before anything else."""
    wants = WANTS.get(lead.preferred_contact, "Wants to be contacted")
    if lead.preferred_time:
        wants += f", {lead.preferred_time}"
    triage = f"Triage: {TRIAGE_WORDS.get(lead.triage_level, lead.triage_level or 'unknown')}"
    if lead.red_flags:
        triage += f"; danger signs: {_listed(lead.red_flags, FLAG_LABELS)}"
    if lead.for_later:
        return ("FOR LATER — see a doctor first: contact only to book after that", FOR_LATER,
                [f"{wants}. Book acupuncture only after a doctor has seen them.", triage])
    if lead.route == "booking":
        return ("Sent the booking link: look for their booking", BOOKING,
                [f"If none arrives, contact them. {wants}.", triage])
    return (wants, CONTACT, [triage])


def _facts(lead: Lead) -> list[tuple[str, str]]:
    """Labelled values in the order a receptionist reads them: who, how, what."""
    details = [f"{lead.pain_duration_days} days"] if lead.pain_duration_days is not None else []
    details += [lead.pain_duration_category] if lead.pain_duration_category else []
    duration = _duration(lead) + (f" ({', '.join(details)})" if details else "")
    severity = "unknown" if lead.pain_severity is None else f"{lead.pain_severity}/10"
    return [
        ("Name", lead.contact_name),
        ("Email", lead.contact_email or "not given"),
        ("Phone", _phone_shown(lead)),
        ("Prefers", lead.preferred_contact),
        ("Best time", lead.preferred_time or "not given"),
        ("Route", ROUTE_LABELS.get(lead.route, lead.route)),
        ("Pain location", _location(lead) or "not given"),
        ("Pain radiates", _radiates(lead)),
        ("How long", duration),
        ("Seen a doctor", _yes_no(lead.seen_doctor)),
        ("Severity", severity),
        *([("Still to ask", _still_to_ask(lead))] if lead.unanswered else []),
        ("Triage level", lead.triage_level or "unknown"),
        ("Red flags", _listed(lead.red_flags, FLAG_LABELS)),
    ]


def _still_to_ask(lead: Lead) -> str:
    """The questions the visitor did not answer in the chat, in the clinic's words."""
    return ", ".join(QUESTION_TOPICS.get(slot, slot) for slot in lead.unanswered)


def _precautions(lead: Lead) -> str:
    """'none' only when the visitor said so: an unanswered question is no 'none'."""
    if "precautions" in (lead.unanswered or ()) and not lead.precautions:
        return "not answered in the chat: please ask before a first session"
    return _listed(lead.precautions, PRECAUTION_LABELS)


def _footer(lead: Lead, settings: Settings) -> list[str]:
    return [
        f"Consent, given {clinic_time.long(lead.consent_at, settings)}, to the question: "
        f'"{lead.consent_text}"',
        f"Received {clinic_time.long(lead.created_at, settings)}. Lead id {lead.id}.",
    ]


def _cleaned(card: Card) -> Card:
    card.facts = [(label, clean_text(value, ROW_LIMIT)) for label, value in card.facts]
    card.banner_lines = [clean_text(line, ROW_LIMIT) for line in card.banner_lines]
    card.banner = clean_text(card.banner, ROW_LIMIT)
    card.footer = [clean_text(line, ROW_LIMIT) for line in card.footer]
    card.quote = clean_text(card.quote, ROW_LIMIT) or None
    return card


def lead_card(lead: Lead, settings: Settings) -> Card:
    banner, colour, lines = _banner(lead)
    return _cleaned(Card(
        title=subject(lead), banner=banner, colour=colour, banner_lines=lines,
        links=links(lead, settings), quote=lead.first_description, facts=_facts(lead),
        precautions=_precautions(lead),
        footer=_footer(lead, settings),
    ))


def update_card(lead: Lead, update: SafetyUpdate, settings: Settings) -> Card:
    """What changed, what the visitor was told, and how to reach them to follow up."""
    advice = ADVICE_GIVEN.get(update.triage_level, "to see a doctor")
    return _cleaned(Card(
        title=update_subject(lead, update),
        banner="SAFETY UPDATE — do not book acupuncture",
        colour=SAFETY,
        banner_lines=[
            "After leaving their details, the visitor reported danger signs. "
            f"The assistant advised them {advice}. Do not book acupuncture "
            "until a doctor has assessed this.",
        ],
        links=links(lead, settings),
        facts=[
            ("Danger signs", _listed(update.red_flags, FLAG_LABELS)),
            ("Triage level", f"{update.triage_level} (was {lead.triage_level or 'unknown'})"),
            ("Reported", clinic_time.long(update.created_at, settings)),
            ("Name", lead.contact_name),
            ("Email", lead.contact_email or "not given"),
            ("Phone", _phone_shown(lead)),
            ("Lead received", clinic_time.long(lead.created_at, settings)),
        ],
        footer=[f"Lead id {lead.id}."],
    ))


def _card(lead: Lead, settings: Settings, update: SafetyUpdate | None) -> Card:
    return update_card(lead, update, settings) if update else lead_card(lead, settings)


def text_summary(lead: Lead, settings: Settings, update: SafetyUpdate | None = None) -> str:
    """The plain-text part: the same card, readable in any mail program and in a terminal."""
    card = _card(lead, settings, update)
    out = [f">>> {card.banner.upper()}", *card.banner_lines]
    out += [f"{what}: {whom}" for what, whom, _ in card.links]
    if card.quote:
        out += ["", "In their own words:", f'  "{card.quote}"']
    width = max(len(label) for label, _ in card.facts) + 1
    out += [""] + [f"{label + ':':<{width}} {value}" for label, value in card.facts]
    if card.precautions:
        out.append(f"{'Precautions:':<{width}} {card.precautions}")
    out += ["", "--", *card.footer]
    return "\n".join(out) + "\n"


_e = html.escape
_FONT = "font-family:Arial,Helvetica,sans-serif;"
_WRAP = "overflow-wrap:anywhere;word-break:break-word;"


def _html_links(card: Card) -> str:
    buttons = "".join(
        f'<a href="{_e(href)}" style="display:inline-block;margin:0 8px 8px 0;padding:10px 14px;'
        f'background:{card.colour};color:#ffffff;text-decoration:none;border-radius:4px;'
        f'font-weight:bold;{_FONT}font-size:15px;{_WRAP}">{_e(what)} {_e(whom)}</a>'
        for what, whom, href in card.links
    )
    return f'<tr><td style="padding:12px 16px 4px 16px;">{buttons}</td></tr>' if buttons else ""


def _html_quote(card: Card) -> str:
    if not card.quote:
        return ""
    return (
        '<tr><td style="padding:8px 16px;">'
        f'<div style="{_FONT}font-size:13px;color:#5f6368;margin:0 0 4px 0;">In their own words</div>'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        f'<td style="border-left:4px solid {card.colour};background:#f6f8fa;padding:10px 12px;'
        f'{_FONT}font-size:16px;font-style:italic;color:#202124;{_WRAP}">'
        f"&ldquo;{_e(card.quote)}&rdquo;</td></tr></table></td></tr>"
    )


def _html_facts(card: Card) -> str:
    cell = f"padding:6px 8px;border-bottom:1px solid #e8eaed;{_FONT}font-size:14px;{_WRAP}"
    body = "".join(
        f'<tr><th align="left" valign="top" width="34%" style="{cell}color:#5f6368;'
        f'font-weight:normal;">{_e(label)}</th>'
        f'<td valign="top" style="{cell}color:#202124;">{_e(value)}</td></tr>'
        for label, value in card.facts
    )
    if card.precautions:
        body += (
            f'<tr><th align="left" valign="top" style="{cell}background:#fef7e0;color:#5f3b00;">'
            f'Precautions</th><td valign="top" style="{cell}background:#fef7e0;color:#5f3b00;'
            f'font-weight:bold;">{_e(card.precautions)}</td></tr>'
        )
    return (
        '<tr><td style="padding:8px 16px;"><table role="presentation" width="100%" '
        f'cellpadding="0" cellspacing="0" style="border-collapse:collapse;">{body}</table>'
        "</td></tr>"
    )


def html_summary(lead: Lead, settings: Settings, update: SafetyUpdate | None = None) -> str:
    card = _card(lead, settings, update)
    lines = "".join(
        f'<div style="margin-top:6px;font-size:15px;">{_e(line)}</div>'
        for line in card.banner_lines
    )
    footer = "".join(f'<div style="margin-bottom:4px;">{_e(line)}</div>' for line in card.footer)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(card.title)}</title></head>\n"
        '<body style="margin:0;padding:0;background:#f1f3f4;">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f1f3f4;"><tr><td align="center" style="padding:12px 8px;">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="max-width:600px;background:#ffffff;border-radius:6px;">\n'
        f'<tr><td id="banner" style="background:{card.colour};color:#ffffff;padding:16px;'
        f'border-radius:6px 6px 0 0;{_FONT}{_WRAP}">'
        f'<div style="font-size:20px;font-weight:bold;">{_e(card.banner)}</div>{lines}</td></tr>\n'
        f"{_html_links(card)}\n{_html_quote(card)}\n{_html_facts(card)}\n"
        f'<tr><td style="padding:12px 16px 16px 16px;{_FONT}font-size:11px;color:#80868b;{_WRAP}">'
        f"{footer}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )
