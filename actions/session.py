"""Session start: load the clinic's facts from configuration into slots."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.settings import get_settings

#: Clinic facts the responses may name; each slot is named like its setting.
CLINIC_SLOTS = (
    "clinic_name", "clinic_phone", "clinic_email", "clinic_address", "clinic_hours",
    "clinic_prices", "clinic_insurance", "booking_url", "privacy_url",
    "emergency_number", "health_line_number", "crisis_line_number",
)


class ActionSessionStart(Action):
    """Starts a session with the clinic's facts, so a changed `.env` shows in new chats."""

    def name(self) -> Text:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        settings = get_settings()
        slots = [SlotSet(slot, getattr(settings, slot)) for slot in CLINIC_SLOTS]
        return [SessionStarted(), *slots, ActionExecuted("action_listen")]
