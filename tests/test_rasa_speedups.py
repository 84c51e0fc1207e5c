"""The caches of bot/rasa_speedups.py give Rasa's answers: a malformed action
server reply is still refused with Rasa's error, and stored events come back
as the same event classes."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event, SlotSet
from rasa.shared.utils.common import all_subclasses

import bot.tracker_store  # noqa: F401  # what the Rasa server imports; installs the caches
from bot import rasa_speedups


def test_the_server_runs_with_the_caches_installed():
    assert RemoteAction._validate_action_result is rasa_speedups._validate_action_result
    assert Event.resolve_by_type is rasa_speedups._resolve_by_type


def test_a_well_formed_action_reply_is_accepted():
    action = RemoteAction("validate_intake_form", None)
    reply = {"events": [{"event": "slot", "name": "pain_location", "value": "lower_back"}],
             "responses": [{"text": "Thanks."}]}
    assert action._validate_action_result(reply)


@pytest.mark.parametrize("reply", [
    {"events": [{"event": "slot", "name": 7}]},
    {"events": "slot"},
    {"responses": [["not", "an", "object"]]},
])
def test_a_malformed_action_reply_is_refused_with_rasas_error(reply):
    action = RemoteAction("validate_intake_form", None)
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(reply)


def test_every_stored_event_type_resolves_to_the_class_rasa_finds():
    names = {cls.type_name for cls in all_subclasses(Event)}
    for name in sorted(names):
        for _ in range(2):  # the second lookup comes from the cache
            assert Event.resolve_by_type(name) is rasa_speedups._rasa_resolve_by_type(name)
    assert Event.resolve_by_type("no_such_event", SlotSet) is SlotSet
    assert Event.resolve_by_type("topic") is None
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")
    event = Event.from_parameters({"event": "slot", "name": "pain_severity", "value": 5})
    assert event == SlotSet("pain_severity", 5)
