"""A dialogue policy that reads a typed answer to the offer on screen before any rule.

At the end of the intake the assistant offers "book online, or have the clinic
contact you?" (or, after "see a doctor first", to leave details for later).
Rules pick the next action by intent, so a typed answer went wherever the
classifier sent it: "Yes, please take my details for later" said goodbye,
"sure why not" got "no problem", "phone" got the first-visit answer. The
forms already read the pending question's answer first (actions/answer_first);
this does the same for the offers: when `bot.answers.offer_answer` reads the
message as an answer, `action_answer_offer` runs, whatever the intent. Anything
else (a question, a danger sign, "start over") is left to the rules.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.answers import Message, offer_answer, offer_pending

ANSWER_ACTION = "action_answer_offer"
#: Messages that go to the safety rules first, whatever else they say.
_NEVER_AN_ANSWER = ("red_flag", "danger_hint", "start_over")
#: Intents whose message answers an offer only by naming a route: "I would prefer that
#: the clinic telephone me" asks for a person, and chooses to be contacted.
_ONLY_A_NAMED_ROUTE = ("human_handoff",)


def offer_on_screen(tracker: DialogueStateTracker) -> Optional[Text]:
    """The offer the latest message answers (see `bot.answers.offer_pending`)."""
    return offer_pending((event.metadata or {}).get("utter_action") or ""
                         for event in reversed(tracker.events) if isinstance(event, BotUttered))


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class OfferAnswerPolicy(Policy):
    """Predicts `action_answer_offer` for a typed answer to an offer, then listens."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # Above RulePolicy (6): at equal confidence the higher priority wins.
        return {"priority": 7}

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        with self._model_storage.write_to(self._resource):
            pass  # nothing to learn: the words decide
        return self._resource

    def predict_action_probabilities(
        self, tracker: DialogueStateTracker, domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None, **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        chosen = self._next_action(tracker, domain)
        if chosen in domain.action_names_or_texts:
            probabilities[domain.index_for_action(chosen)] = 1.0
        return self._prediction(probabilities)

    @staticmethod
    def _next_action(tracker: DialogueStateTracker, domain: Domain) -> Optional[Text]:
        if tracker.latest_action_name == ANSWER_ACTION:
            return ACTION_LISTEN_NAME
        if tracker.latest_action_name != ACTION_LISTEN_NAME or tracker.active_loop_name:
            return None
        latest = tracker.latest_message
        intent = (latest.intent or {}).get("name") if latest else None
        offer = offer_on_screen(tracker)
        if not offer or not latest or intent in _NEVER_AN_ANSWER:
            return None
        answer = offer_answer(Message(latest.text or "", intent), offer, domain.responses)
        if intent in _ONLY_A_NAMED_ROUTE and answer not in ("booking", "contact"):
            return None
        return ANSWER_ACTION if answer else None
