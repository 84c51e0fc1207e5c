"""No visitor text in the server's logs: a filter on every handler of the Rasa server.

Rasa logs some events through structlog, rendered as one JSON object per line
when the output is not a terminal (always so in production: files, Docker).
Several carry what the visitor wrote: a REST message that fails or times out
is logged with its full `text`, and exception renderings list the local
variables of every frame. Rasa's own anonymiser is a hook only its paid edition
fills.

The filter rewrites such records before any handler writes them: values under
the keys Rasa uses for message text, slots, entities and events are replaced,
and frames lose their locals; the event name, level and traceback lines stay,
so a failure can still be found and diagnosed. It is attached to the handlers
(a filter on a logger does not see its children's records), of the root logger
and of every named logger, Sanic's included; `install()` is idempotent and each
door calls it once the server's logging is set up. Plain log lines are left
alone: at INFO and above neither Rasa nor Sanic writes message text in them.
"""

from __future__ import annotations

import json
import logging
from typing import Any

REDACTED = "[visitor text removed]"
#: The keys Rasa 3.6 marks as anonymisable (rasa.utils.log_utils._anonymizer),
#: plus the exception renderer's per-frame `locals`.
VISITOR_KEYS = frozenset({
    "text", "response_text", "user_text", "slot_values", "parse_data_text",
    "parse_data_entities", "prediction_events", "tracker_latest_message",
    "prefilled_slots", "message", "response", "slot_candidates", "rasa_event",
    "rasa_events", "tracker_states", "current_states", "old_states", "successes",
    "current_entity", "next_entity", "states", "entity", "token_text",
    "user_message", "json_message", "metadata", "locals",
})


def redact(value: Any) -> Any:
    """`value` with every visitor-bearing entry replaced, at any depth."""
    if isinstance(value, dict):
        return {key: REDACTED if key in VISITOR_KEYS else redact(item)
                for key, item in value.items()}
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


class VisitorTextFilter(logging.Filter):
    """Rewrites structured (JSON) log records without the visitor's words."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.msg
        if isinstance(message, str) and message.startswith("{"):
            try:
                event = json.loads(message)
            except ValueError:
                return True
            if isinstance(event, dict):
                record.msg = json.dumps(redact(event))
        return True


_FILTER = VisitorTextFilter()


def install() -> None:
    """Attach the filter to every handler configured so far."""
    loggers = [logging.getLogger()] + [
        item for item in logging.Logger.manager.loggerDict.values()
        if isinstance(item, logging.Logger)
    ]
    for logger in loggers:
        for handler in logger.handlers:
            if _FILTER not in handler.filters:
                handler.addFilter(_FILTER)
