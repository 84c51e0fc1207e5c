"""Two caches for work Rasa 3.6 repeats on every turn with the same result.

A py-spy profile of the Rasa server under the typed load (issue 17,
docs/speed.md) found a fifth of its CPU in two places that compute the same
thing again and again:

- Every reply of the action server (two to four a turn) is checked against
  Rasa's response schema with ``jsonschema.validate``, which first checks the
  schema itself against the JSON-schema meta-schema: 16 % of the server's CPU,
  for a schema that never changes. Here the schema is checked once and its
  validator kept; only the reply is validated on each call. A reply that fails
  goes on to Rasa's own check, so the error raised and logged is Rasa's.
- Every stored event read back into a tracker looks up its class by walking
  all subclasses of ``Event`` (``Event.resolve_by_type``): 7 % of the CPU. Here
  the class found for a type name is remembered; names not found still go
  through Rasa's lookup, with its default and its error.

Both replace Rasa's function with one that gives the same answer, so what the
assistant understands and says does not change. `install` runs when the Rasa
server imports our tracker store (bot/tracker_store.py), which endpoints.yml
names, so every way of starting the server has them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event

_rasa_validate_action_result = RemoteAction._validate_action_result
_rasa_resolve_by_type = Event.resolve_by_type
_event_classes: dict[str, type] = {}


@lru_cache(maxsize=1)
def _reply_validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self: RemoteAction, result: dict) -> bool:
    """Rasa's check of an action server reply, with the schema checked once."""
    if exceptions.best_match(_reply_validator().iter_errors(result)) is None:
        return True
    return _rasa_validate_action_result(self, result)


def _resolve_by_type(type_name: str, default: Optional[type] = None) -> Optional[type]:
    """`Event.resolve_by_type`, remembering the class found for each type name."""
    cls = _event_classes.get(type_name)
    if cls is None:
        cls = _rasa_resolve_by_type(type_name, default)
        if cls is not None and getattr(cls, "type_name", None) == type_name:
            _event_classes[type_name] = cls
    return cls


def install() -> None:
    """Put both caches in place of Rasa's functions (once per process)."""
    RemoteAction._validate_action_result = _validate_action_result
    Event.resolve_by_type = staticmethod(_resolve_by_type)
