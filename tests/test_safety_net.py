"""A failing action still gets the visitor a reply (actions/safety_net.py), on rasa-sdk's own executor."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Action
from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import ActionNotFoundException

import actions  # noqa: F401 - importing the package installs the safety net
from actions.safety_net import APOLOGY

DOMAIN = yaml.safe_load((Path(__file__).resolve().parent.parent / "domain.yml").read_text())


class Broken(Action):
    def name(self):
        return "action_broken"

    def run(self, dispatcher, tracker, domain):
        raise KeyError("what the visitor typed")


class Working(Action):
    def name(self):
        return "action_working"

    def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text="fine")
        return []


def call(name):
    executor = ActionExecutor()
    executor.register_action(Broken())
    executor.register_action(Working())
    tracker = {"sender_id": "visitor", "slots": {}, "latest_message": {"text": "hi"}, "events": [],
               "paused": False, "followup_action": None, "active_loop": {}, "latest_action_name": None}
    return asyncio.run(executor.run({"next_action": name, "tracker": tracker, "domain": DOMAIN}))


def test_a_failing_action_apologises_changes_nothing_and_logs_no_visitor_words(caplog):
    with caplog.at_level(logging.ERROR):
        reply = call("action_broken")
    assert reply == {"events": [], "responses": [{"response": APOLOGY}]}
    assert APOLOGY in DOMAIN["responses"]
    assert "action_broken" in caplog.text and "what the visitor typed" not in caplog.text


def test_a_working_action_is_untouched_and_an_unknown_one_is_still_an_error():
    assert call("action_working")["responses"][0]["text"] == "fine"
    with pytest.raises(ActionNotFoundException):
        call("action_nobody_wrote")
