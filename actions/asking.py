"""Asking a question: never a third time the same way.

The first time, the question; after an unclear answer, its rephrased variant
(`utter_ask_<slot>_retry`) where there is one; from the third time on, what kind
of answer works, the choices again and the clinic's phone; an answer to that
still unclear leaves the question for the clinic to ask (`actions.answer_first`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.tracker_facts import times_asked
from bot.answers import ANSWER_HINTS

#: From this many earlier askings on, the question comes with a hint and the phone.
HINT_AFTER = 2
#: After this many askings, an answer still unclear leaves the question for the clinic
#: (see `actions.answer_first`): the hint and the phone were shown once.
LEAVE_AFTER = HINT_AFTER + 1


class AskForSlot(Action, ABC):
    """Asks for one slot; subclasses set `slot` and may say something first.

    Abstract until `slot` is set, so the action server registers only real questions.
    """

    @property
    @abstractmethod
    def slot(self) -> Text:
        """The slot this action asks for."""

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        times = self.times_asked(tracker)
        self.before_question(dispatcher, tracker)
        if times >= HINT_AFTER:
            dispatcher.utter_message(response="utter_answer_hint", hint=ANSWER_HINTS[self.slot])
        self.ask(dispatcher, tracker, domain, times)
        return []

    def times_asked(self, tracker: Tracker) -> int:
        """How often this question was already on screen, unanswered."""
        return times_asked(tracker, self.slot)

    def before_question(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """Anything said before the question (an introduction, an acknowledgement)."""

    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, times: int) -> None:
        dispatcher.utter_message(response=self.question(tracker, domain, times))

    def question(self, tracker: Tracker, domain: DomainDict, times: int) -> Text:
        retry = f"utter_ask_{self.slot}_retry"
        rephrase = times >= HINT_AFTER or (times and tracker.get_slot("reask_count"))
        if rephrase and retry in (domain.get("responses") or {}):
            return retry
        return f"utter_ask_{self.slot}"
