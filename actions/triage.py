"""Danger signs: say the right thing at once, and record what was said."""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.tracker_facts import entity_values, merge_unique, new_facts_in_latest_message
from bot.leads.store import add_safety_update
from bot.settings import get_settings
from bot.triage import DOCTOR_FIRST_LEVELS, FLAG_LEVELS, level_for_flags, raise_level

log = logging.getLogger(__name__)


def escalate(dispatcher: CollectingDispatcher, tracker: Tracker, flags: List[Text]) -> Dict[Text, Any]:
    """Advise on new danger signs and return the raised `red_flags` and `triage_level`.

    The crisis line comes before anything else; each new sign gets its reason,
    and the advice is repeated whenever a sign is mentioned; the level never goes down.
    """
    known = tracker.get_slot("red_flags") or []
    flags = [flag for flag in flags if flag in FLAG_LEVELS]
    if "self_harm" in flags:
        dispatcher.utter_message(response="utter_triage_crisis")
    for flag in flags:
        if flag != "self_harm" and flag not in known:
            dispatcher.utter_message(response=f"utter_flag_{flag}")
    body_level = level_for_flags(flag for flag in flags if flag != "self_harm")
    if body_level in ("emergency", "urgent"):
        dispatcher.utter_message(response=f"utter_triage_{body_level}")
    level = raise_level(tracker.get_slot("triage_level"), level_for_flags(flags))
    return {"red_flags": merge_unique(known, flags), "triage_level": level}


def tell_clinic(lead_id: Text, level: Text, flags: List[Text]) -> bool:
    """Queue a safety update of the visitor's lead; False if there was nothing new to tell.

    The advice has been given already; a database failure must not hide it.
    """
    try:
        return add_safety_update(lead_id, level, flags, settings=get_settings())
    except Exception:
        log.exception("lead %s: the safety update could not be stored", lead_id)
        return False


class ActionTriage(Action):
    """Runs on any message with a danger sign, wherever the conversation is."""

    def name(self) -> Text:
        return "action_triage"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        flags = entity_values(tracker, "red_flag")
        if not flags:
            dispatcher.utter_message(response="utter_safety_general")
            return []
        slots = {**new_facts_in_latest_message(tracker), **escalate(dispatcher, tracker, flags)}
        level = slots["triage_level"]
        events: List[EventType] = [SlotSet(name, value) for name, value in slots.items()]
        lead_id = tracker.get_slot("lead_id")
        if lead_id and tell_clinic(lead_id, level, slots["red_flags"]):
            dispatcher.utter_message(response="utter_clinic_told_of_danger_signs")
        if level in DOCTOR_FIRST_LEVELS and not lead_id:
            dispatcher.utter_message(response="utter_offer_for_later")
        if tracker.active_loop.get("name"):
            events += [ActiveLoop(None), SlotSet("requested_slot", None)]
        return events + [SlotSet("next_step", "none")]
