"""Where the pain spreads reaches the lead: language layer -> entity -> slot -> lead column."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message

from bot.language.rasa_component import BackPainFactExtractor
from bot.leads.clinic_fields import RADIATES_TO
from bot.leads.store import create_lead, get_lead
from tests.leads_support import PROJECT_ROOT, lead_fields, make_settings

pytest_plugins = ["tests.leads_support"]


@pytest.fixture(scope="module")
def extractor(tmp_path_factory):
    return BackPainFactExtractor.create(
        BackPainFactExtractor.get_default_config(),
        LocalModelStorage(tmp_path_factory.mktemp("model")),
        Resource("fact_extractor"),
        ExecutionContext(graph_schema=None, model_id="test"),
    )


@pytest.mark.parametrize("text, limb", [
    ("the pain shoots down my left leg", "leg"),
    ("it goes into my right arm", "arm"),
    ("sciatica, and my hand aches as well", "both"),
])
def test_the_limb_becomes_a_pain_radiates_to_entity(extractor, text, limb):
    message = Message(data={"text": text})
    message.set("intent", {"name": "inform", "confidence": 0.9})
    extractor.process([message])
    values = {e["entity"]: e["value"] for e in message.get("entities")}
    assert values["pain_radiates"] is True and values["pain_radiates_to"] == limb


def test_no_limb_no_entity(extractor):
    message = Message(data={"text": "it doesn't spread anywhere"})
    extractor.process([message])
    assert "pain_radiates_to" not in {e["entity"] for e in message.get("entities")}


def test_the_domain_fills_the_slot_from_that_entity():
    domain = yaml.safe_load(Path(PROJECT_ROOT, "domain.yml").read_text(encoding="utf-8"))
    slot = domain["slots"]["pain_radiates_to"]
    assert "pain_radiates_to" in domain["entities"]
    assert tuple(slot["values"]) == RADIATES_TO
    assert {"type": "from_entity", "entity": "pain_radiates_to",
            "not_intent": ["red_flag"]} in slot["mappings"]


def test_the_lead_keeps_the_limb_only_while_the_pain_spreads(tmp_path):
    settings = make_settings(tmp_path)
    spreading = create_lead(lead_fields(pain_radiates=True, pain_radiates_to="both"),
                            settings=settings)
    stopped = create_lead(lead_fields(pain_radiates=False, pain_radiates_to="leg"),
                          settings=settings)
    odd = create_lead(lead_fields(pain_radiates=True, pain_radiates_to="tail"),
                      settings=settings)
    assert get_lead(spreading, settings=settings).pain_radiates_to == "both"
    assert get_lead(stopped, settings=settings).pain_radiates_to is None
    assert get_lead(odd, settings=settings).pain_radiates_to is None, "never costs the lead"
