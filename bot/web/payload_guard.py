"""What a widget visitor may send as a `/intent{...}` shortcut: only a button tap.

Rasa's `RegexMessageHandler` (via `YAMLStoryReader.unpack_regex_message`) turns
any message whose stripped text starts with `INTENT_MESSAGE_PREFIX` ("/") into
that intent with those entities, bypassing the NLU. Typed into a chat box,
`/inform{"triage_level":"routine"}` would set any slot the visitor likes.

So a payload is passed on only when the bot offered exactly that button in its
latest turn (the bot messages after the last user message). The offer is read
from the tracker store every instance shares, never from process memory, so any
instance can check a tap for a conversation another instance answered.

Typed text is always text: a leading "/" becomes U+2215 DIVISION SLASH, which
looks the same in the transcript and to the clinic, is not whitespace (so
`str.strip()` in `UserMessage` and in the handler keeps it), and is not the
prefix the handler looks for, so the NLU reads the words like any others.
"""

from __future__ import annotations

from typing import Iterable

from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from rasa.shared.core.events import BotUttered, Event, UserUttered

NEUTRAL_PREFIX = "\u2215"


def as_plain_text(text: str) -> str:
    """The visitor's text, never parsed as an intent shortcut."""
    text = text.strip()
    if text.startswith(INTENT_MESSAGE_PREFIX):
        return NEUTRAL_PREFIX + text[len(INTENT_MESSAGE_PREFIX):]
    return text


def offered_payloads(events: Iterable[Event]) -> set[str]:
    """Payloads of the buttons in the bot's latest turn of a conversation."""
    payloads: set[str] = set()
    for event in reversed(list(events)):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            buttons = event.data.get("buttons") or []
            payloads.update(b["payload"] for b in buttons if b.get("payload"))
    return payloads
