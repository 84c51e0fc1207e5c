"""BackPainFactExtractor inside Rasa's message model (no training needed)."""

from __future__ import annotations

from datetime import datetime

import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message

from bot.language.rasa_component import BackPainFactExtractor


@pytest.fixture()
def extractor(tmp_path):
    return BackPainFactExtractor.create(
        {**BackPainFactExtractor.get_default_config()},
        LocalModelStorage(tmp_path),
        Resource("fact_extractor"),
        ExecutionContext(graph_schema=None, model_id="test"),
    )


def _message(text: str, intent: str = "inform", **kwargs) -> Message:
    message = Message(data={"text": text}, **kwargs)
    message.set("intent", {"name": intent, "confidence": 0.8})
    message.set("intent_ranking", [{"name": intent, "confidence": 0.8},
                                   {"name": "greet", "confidence": 0.2}])
    message.set("entities", [{"entity": "pain_location", "value": "back", "start": 0, "end": 4,
                              "extractor": "DIETClassifier"}])
    return message


def _by_type(message: Message) -> dict:
    found = {}
    for entity in message.get("entities"):
        if entity["extractor"] == "BackPainFactExtractor":
            found.setdefault(entity["entity"], []).append(entity)
    return found


def test_is_registered_as_an_untrained_entity_extractor():
    registered = DefaultV1Recipe._from_registry(
        "bot.language.rasa_component.BackPainFactExtractor")
    assert DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR in registered.types
    assert registered.is_trainable is False


def test_adds_fact_entities_and_replaces_the_classifiers_location(extractor):
    text = "My lower back has hurt for 3 weeks and my GP said it's a strain, about a 6. I'm pregnant"
    message = _message(text)
    message.set("entities", message.get("entities") + [
        {"entity": "preferred_contact", "value": "email", "start": 0, "end": 2, "extractor": "DIETClassifier"}])
    extractor.process([message])
    entities = message.get("entities")
    assert [e["entity"] for e in entities if e["extractor"] == "DIETClassifier"] == ["preferred_contact"]
    found = _by_type(message)
    location = found["pain_location"][0]
    assert location["value"] == "lower_back"
    assert text[location["start"]:location["end"]] == "lower back"
    assert location["confidence_entity"] == 1.0
    assert found["pain_duration_days"][0]["value"] == 21.0
    assert found["pain_duration_category"][0]["value"] == "acute"
    assert found["seen_doctor"][0]["value"] is True
    assert found["pain_severity"][0]["value"] == 6
    assert [e["value"] for e in found["precaution"]] == ["pregnancy"]
    assert "red_flag" not in found
    assert message.get("intent")["name"] == "inform"


def test_red_flag_forces_the_intent_and_keeps_the_original(extractor):
    message = _message("I can't control my bladder and both legs are numb", intent="inform")
    extractor.process([message])
    assert message.get("intent") == {"name": "red_flag", "confidence": 1.0}
    names = [entry["name"] for entry in message.get("intent_ranking")]
    assert names[:2] == ["red_flag", "inform"]
    assert "greet" in names
    assert [e["value"] for e in _by_type(message)["red_flag"]] == ["bladder_bowel", "leg_weakness"]


def test_negated_flags_change_nothing(extractor):
    message = _message("no fever, no numbness, I didn't fall", intent="deny")
    extractor.process([message])
    assert message.get("intent")["name"] == "deny"
    assert "red_flag" not in _by_type(message)


def test_the_classifiers_canonical_location_is_a_fallback(extractor):
    message = _message("it hurts right there", intent="inform")
    message.set("entities", [{"entity": "pain_location", "value": "neck", "start": 0, "end": 2,
                              "extractor": "DIETClassifier"}])
    extractor.process([message])
    assert [(e["value"], e["extractor"]) for e in message.get("entities")] == [("neck", "DIETClassifier")]


def test_a_classifier_red_flag_without_a_stated_sign_gives_way(extractor):
    message = _message("what if I get numbness in my legs?", intent="red_flag")
    extractor.process([message])
    assert message.get("intent")["name"] == "greet"
    assert "red_flag" not in [entry["name"] for entry in message.get("intent_ranking")]
    assert "red_flag" not in _by_type(message)


@pytest.mark.parametrize("text, expected", [
    ("zzzz qqq", "nlu_fallback"), ("nick", "nlu_fallback"), ("Dana Whitfield", "nlu_fallback"),
    ("ok bye", "goodbye"), ("thanks, that's all", "goodbye"), ("goodnight then", "goodbye"),
    ("right, I'm off", "goodbye"),
])
def test_a_goodbye_needs_a_word_of_leave_taking(extractor, text, expected):
    message = _message(text, intent="goodbye")
    extractor.process([message])
    assert message.get("intent")["name"] == expected
    assert message.get("intent_ranking")[0]["name"] == expected


@pytest.mark.parametrize("text, intent, expected", [
    ("so my upper back has been knotted up for about five weeks, since the move", "out_of_scope", "inform"),
    ("neck stiff since the new job, my coworker has tennis elbow lol", "nlu_fallback", "inform"),
    ("what's the weather like tomorrow", "out_of_scope", "out_of_scope"),
    ("hello, I'd like some help with my back", "out_of_scope", "inform"),
    ("my wife has lower back pain, can she come", "out_of_scope", "out_of_scope"),
    ("sorry what does 0 to 10 mean?", "out_of_scope", "why_ask"),
])
def test_a_message_about_the_visitors_own_pain_is_never_out_of_scope(extractor, text, intent, expected):
    message = _message(text, intent=intent)
    extractor.process([message])
    assert message.get("intent")["name"] == expected


def test_a_fact_without_a_span_covers_the_whole_text(extractor):
    message = _message("not yet")
    extractor.process([message])
    seen = _by_type(message)["seen_doctor"][0]
    assert (seen["value"], seen["start"], seen["end"]) == (False, 0, len("not yet"))


def test_a_possible_sign_is_a_danger_hint_with_its_code(extractor):
    message = _message("I get some tingling in my leg")
    extractor.process([message])
    assert [e["value"] for e in _by_type(message)["unclear_flag"]] == ["leg_weakness"]
    assert message.get("intent")["name"] == "danger_hint"
    assert message.get("intent_ranking")[1]["name"] == "inform"


def test_button_payloads_are_left_alone(extractor):
    message = _message('/inform{"pain_location":"neck"}', intent="inform")
    before = list(message.get("entities"))
    extractor.process([message])
    assert message.get("entities") == before
    assert message.get("intent")["name"] == "inform"


def test_message_time_anchors_relative_dates(extractor):
    sent = datetime(2026, 11, 24, 12, 0).timestamp()
    message = _message("since Christmas", time=sent)
    extractor.process([message])
    assert _by_type(message)["pain_duration_days"][0]["value"] == 334.0


def test_the_intent_override_can_be_switched_off(tmp_path):
    extractor = BackPainFactExtractor.create(
        {"red_flag_intent": None}, LocalModelStorage(tmp_path), Resource("x"),
        ExecutionContext(graph_schema=None, model_id="test"))
    message = _message("I want to die", intent="mood_unhappy")
    extractor.process([message])
    assert message.get("intent")["name"] == "mood_unhappy"
    assert [e["value"] for e in _by_type(message)["red_flag"]] == ["self_harm"]


@pytest.mark.parametrize("intent", ["start_over", "goodbye"])
@pytest.mark.parametrize("text, entity, code", [
    ("I fell over", "unclear_flag", "trauma"),
    ("I can't always hold my wee, had a few accidents", "red_flag", "bladder_bowel"),
    ("honestly I just want it all to end, bye", "red_flag", "self_harm"),
    ("feels a bit odd down there, going to bed now", "unclear_flag", "saddle_numbness"),
])
def test_a_danger_mention_never_starts_over_or_says_goodbye(extractor, text, entity, code, intent):
    message = _message(text, intent=intent)
    message.set("intent_ranking", [{"name": intent, "confidence": 0.7},
                                   {"name": "goodbye" if intent == "start_over" else "start_over",
                                    "confidence": 0.2},
                                   {"name": "inform", "confidence": 0.1}])
    extractor.process([message])
    names = [entry["name"] for entry in message.get("intent_ranking")]
    assert message.get("intent")["name"] not in ("start_over", "goodbye")
    assert names[0] == message.get("intent")["name"]
    assert code in [e["value"] for e in _by_type(message)[entity]]


def test_a_possible_sign_classified_as_start_over_is_a_danger_hint(extractor):
    message = _message("I fell over", intent="start_over")
    extractor.process([message])
    assert message.get("intent")["name"] == "danger_hint"
    assert message.get("intent_ranking")[1]["name"] == "start_over"


def test_a_possible_sign_never_becomes_a_red_flag_intent(extractor):
    message = _message("I fell over", intent="start_over")
    message.set("intent_ranking", [{"name": "start_over", "confidence": 0.6},
                                   {"name": "red_flag", "confidence": 0.3},
                                   {"name": "inform", "confidence": 0.1}])
    extractor.process([message])
    assert message.get("intent")["name"] == "danger_hint"


def test_start_over_without_a_danger_mention_stays(extractor):
    message = _message("let's start again from scratch", intent="start_over")
    extractor.process([message])
    assert message.get("intent")["name"] == "start_over"


@pytest.mark.parametrize("text,score", [
    ("my back is killing me", None), ("thinking about acupuncture, my back has been awful", None),
    ("my back is killing me, honestly a 9 out of 10", 9), ("about a 6", 6), ("seven", 7),
])
def test_only_a_number_the_visitor_gave_becomes_a_pain_score(extractor, text, score):
    message = _message(text)
    extractor.process([message])
    found = [e["value"] for e in message.get("entities") if e["entity"] == "pain_severity"]
    assert found == ([] if score is None else [score])
