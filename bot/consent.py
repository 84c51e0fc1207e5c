"""The consent question, in one place: the visitor sees it and the lead stores it verbatim."""

from __future__ import annotations

from bot.settings import Settings


def consent_text(settings: Settings) -> str:
    return (
        f"Before I pass anything on: do you agree to share what you told me about your "
        f"back pain, and your contact details, with {settings.clinic_name}? They are used "
        f"only to reply to you. Privacy notice: {settings.privacy_url}"
    )


#: The consent question's buttons; typed as words they answer it the same way.
CONSENT_BUTTONS = (
    {"title": "I agree", "payload": "/affirm"},
    {"title": "No thanks", "payload": "/deny"},
)
