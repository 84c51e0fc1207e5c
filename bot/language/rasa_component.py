"""Rasa 3.6 NLU component that adds the language layer's facts as entities.

Runs after the intent classifier. For each message it adds one entity per
fact (keeping entities from other extractors), and it decides the
safety intents: a stated danger sign makes ``red_flag`` the top intent so the
safety rule fires whatever DIET guessed, a possible sign (an unclear flag)
makes it ``danger_hint`` so its clarifying question is asked (never "start
over" for "I fell over"), and a DIET ``red_flag`` with no sign found gives way
to the next intent. So a message with any danger sign, stated or possible,
is never ``start_over`` or ``goodbye``, which would wipe the facts or end the
talk before the safety question is asked. A ``goodbye`` ends the intake, so it
needs a word of leave-taking; DIET's goodbye for gibberish or a lone name
("zzzz qqq", "nick") becomes ``nlu_fallback``, an unclear answer. Button
payloads ("/inform{...}") are structured input already and are left untouched.

config.yml::

    - name: bot.language.rasa_component.BackPainFactExtractor
      red_flag_intent: red_flag       # null disables the intent override
      danger_hint_intent: danger_hint # likewise, for possible signs
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import ENTITY_ATTRIBUTE_CONFIDENCE_TYPE
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES, ENTITY_ATTRIBUTE_END, ENTITY_ATTRIBUTE_START, ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE, EXTRACTOR, INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY, TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.answers import asks_for_help
from bot.intake import LOCATION_LABELS
from bot.language.facts import SLOT_NAMES
from bot.language.numbers import states_a_number
from bot.language.parse import extract
from bot.language.severity import asks_about_pain_scale
from bot.language.pipeline import get_nlp

logger = logging.getLogger(__name__)

#: List facts become one entity per code, under these entity names.
_LIST_ENTITIES = {"precautions": "precaution", "precautions_denied": "precaution_denied",
                  "precautions_of_others": "precaution_of_other", "red_flags": "red_flag",
                  "unclear_flags": "unclear_flag"}
_SCALAR_FACTS = [name for name in SLOT_NAMES if name not in _LIST_ENTITIES]
#: Facts kept apart from the intake form's slots, under their entity (and slot) names.
_EXTRA_ENTITIES = {"radiates_to": "pain_radiates_to"}
SOMEONE_ELSE_ENTITY = "about_someone_else"
_OUR_ENTITY_TYPES = frozenset({*_SCALAR_FACTS, *_EXTRA_ENTITIES.values(), *_LIST_ENTITIES.values(),
                               SOMEONE_ELSE_ENTITY})


def _usable_foreign_entities(foreign: List[Dict[Text, Any]], ours: List[Dict[Text, Any]]) -> List[Dict[Text, Any]]:
    """Other extractors' entities, minus the facts this layer decides.

    DIET also tags locations, sometimes as a partial span ("middle", "top"),
    and cannot see negation. Its location stays only as a fallback: a canonical
    value in a message where this layer found none.
    """
    decided = _OUR_ENTITY_TYPES
    found_location = any(e[ENTITY_ATTRIBUTE_TYPE] == "pain_location" for e in ours)
    return [
        entity for entity in foreign
        if entity.get(ENTITY_ATTRIBUTE_TYPE) not in decided
        or (entity.get(ENTITY_ATTRIBUTE_TYPE) == "pain_location" and not found_location
            and entity.get(ENTITY_ATTRIBUTE_VALUE) in LOCATION_LABELS)
    ]


def _a_number_said(text: Text, span: Optional[tuple[int, int]]) -> bool:
    """Whether a pain score was given as a number, not read from a word ("it's killing me").

    The language layer scores words too, for the clinic's reading of a text;
    a slot only takes a number the visitor gave. At the 0-10 question its own
    parser reads words as the buttons do (`bot.answers.severity`).
    """
    start, end = span or (0, len(text))
    return states_a_number(text[start:end])


GOODBYE_INTENT = "goodbye"
FALLBACK_INTENT = "nlu_fallback"
#: Words of leave-taking: without one, a message is no goodbye whatever DIET says.
_LEAVE_TAKING = re.compile(
    r"\b(bye+|goodbye|good ?night|nite|farewell|see (you|ya|u)|later|soon|that'?s (all|it|everything|me)"
    r"|all for (now|today|tonight)|done|cya|gotta|go(?! for it| ahead| on\b)|going|gone|night|thanks?|thank (you|u)|ty|cheers"
    r"|cheerio|take care|ttyl|leave|leaving|off|adios|ciao|quit|stop|exit|enough|finished|nothing else"
    r"|run|sleep|bed)\b"
)


def _message_day(message: Message) -> date:
    """The day the message was sent (Rasa keeps epoch seconds), else today."""
    try:
        return datetime.fromtimestamp(float(message.time)).date()
    except (TypeError, ValueError, OverflowError, OSError):
        return date.today()


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class BackPainFactExtractor(GraphComponent, EntityExtractorMixin):
    """Back-pain intake facts, precautions and red flags as Rasa entities."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """The intents forced when a red flag is stated, or a possible one mentioned."""
        return {"red_flag_intent": "red_flag", "danger_hint_intent": "danger_hint"}

    @staticmethod
    def supported_languages() -> Optional[List[Text]]:
        """Patterns are English only."""
        return ["en"]

    @staticmethod
    def required_packages() -> List[Text]:
        """spaCy for the pipeline, negspacy for negation scoping."""
        return ["spacy", "negspacy"]

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> BackPainFactExtractor:
        """Nothing to train or load: build the shared spaCy pipeline now."""
        return cls({**cls.get_default_config(), **config})

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._red_flag_intent = config.get("red_flag_intent")
        self._danger_hint_intent = config.get("danger_hint_intent")
        get_nlp()

    def process(self, messages: List[Message]) -> List[Message]:
        """Add fact entities to every free-text message (payloads are skipped)."""
        for message in messages:
            text = message.get(TEXT)
            if not text or text.lstrip().startswith("/"):
                continue
            extraction = extract(text, _message_day(message))
            entities = self._entities(extraction.facts.to_dict(), extraction.spans, text)
            others = _usable_foreign_entities(message.get(ENTITIES, []), entities)
            message.set(ENTITIES, others + entities, add_to_output=True)
            facts = extraction.facts
            if self._red_flag_intent:
                self._settle_red_flag_intent(message, bool(facts.red_flags))
            if self._danger_hint_intent and facts.unclear_flags and not facts.red_flags:
                _force_intent(message, self._danger_hint_intent)
            _settle_goodbye_intent(message, text)
            _settle_unclear_intent(message, facts, text)
            logger.debug("%s added %d entities", self.name, len(entities))
        return messages

    def _entity(self, entity: str, value: Any, span: Optional[tuple[int, int]], length: int) -> Dict[Text, Any]:
        start, end = span or (0, length)
        return {
            ENTITY_ATTRIBUTE_TYPE: entity,
            ENTITY_ATTRIBUTE_VALUE: value,
            ENTITY_ATTRIBUTE_START: start,
            ENTITY_ATTRIBUTE_END: end,
            ENTITY_ATTRIBUTE_CONFIDENCE_TYPE: 1.0,
            EXTRACTOR: self.name,
        }

    def _entities(self, facts: Dict[Text, Any], spans: Dict[str, tuple[int, int]], text: Text) -> List[Dict[Text, Any]]:
        length = len(text)
        if facts.get("pain_severity") is not None and not _a_number_said(text, spans.get("pain_severity")):
            facts = {**facts, "pain_severity": None}
        entities = [self._entity(name, facts[name], spans.get(name), length)
                    for name in _SCALAR_FACTS if facts[name] is not None]
        entities += [self._entity(entity, facts[name], spans.get("pain_radiates"), length)
                     for name, entity in _EXTRA_ENTITIES.items() if facts[name] is not None]
        for field, entity in _LIST_ENTITIES.items():
            entities += [self._entity(entity, code, spans.get(f"{entity}:{code}"), length)
                         for code in facts[field]]
        if facts["about_someone_else"]:  # the visitor writes for another person (actions.tracker_facts)
            entities.append(self._entity(SOMEONE_ELSE_ENTITY, True, None, length))
        return entities

    def _settle_red_flag_intent(self, message: Message, flagged: bool) -> None:
        """The language layer decides danger signs both ways.

        A stated sign makes `red_flag` the intent whatever the classifier said;
        a classifier `red_flag` with no sign found ("what if I get numbness?")
        gives way to the next intent, so negated and hypothetical mentions
        never raise the alarm.
        """
        original = message.get(INTENT) or {}
        ranking = [entry for entry in message.get(INTENT_RANKING_KEY) or []
                   if entry.get(INTENT_NAME_KEY) != self._red_flag_intent]
        if flagged:
            _force_intent(message, self._red_flag_intent)
        elif original.get(INTENT_NAME_KEY) == self._red_flag_intent and ranking:
            top = ranking.pop(0)
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)


def _force_intent(message: Message, name: Text) -> None:
    """Make `name` the top intent; the classifier's guess stays next in the ranking."""
    original = message.get(INTENT) or {}
    ranking = [entry for entry in message.get(INTENT_RANKING_KEY) or []
               if entry.get(INTENT_NAME_KEY) != name]
    if original.get(INTENT_NAME_KEY) not in (None, name) and original not in ranking:
        ranking.insert(0, original)
    top = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}
    message.set(INTENT, top, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)


#: Intents that say a message is not about what the assistant does.
_NOT_ABOUT_US = frozenset({"out_of_scope", FALLBACK_INTENT})
INFORM_INTENT = "inform"
WHY_ASK_INTENT = "why_ask"


def _settle_unclear_intent(message: Message, facts: Any, text: Text) -> None:
    """A message that says where the visitor's own pain is, is about what the
    assistant does: "my neck has been stiff and sore for around two months now,
    it started with a new desk job..." is never "outside what I can help with";
    nor is a wish for help with one's back, nor a question about the 0-10
    scale, which asks what the question means."""
    intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
    if intent not in _NOT_ABOUT_US:
        return
    if asks_about_pain_scale(text):
        _force_intent(message, WHY_ASK_INTENT)
    elif (facts.pain_location or asks_for_help(text)) and not facts.about_someone_else:
        # "hello, I'd like some help with my back" asks for what the assistant does.
        _force_intent(message, INFORM_INTENT)


def _settle_goodbye_intent(message: Message, text: Text) -> None:
    """A goodbye without a word of leave-taking is an unclear message instead."""
    intent = message.get(INTENT) or {}
    if intent.get(INTENT_NAME_KEY) != GOODBYE_INTENT or _LEAVE_TAKING.search(text.lower()):
        return
    unclear = {INTENT_NAME_KEY: FALLBACK_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}
    message.set(INTENT, unclear, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [unclear, *(message.get(INTENT_RANKING_KEY) or [])],
                add_to_output=True)
