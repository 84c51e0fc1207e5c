"""The danger-sign registry is the one source: everything else is derived from it or checked here.

Rasa drops a response that `domain.yml` lacks without a word, so a visitor
with a possible danger sign would be met with silence. These tests read the
actions' source for every response name they can utter, expand the names
built at run time over the values they can take, and fail on any that
`domain.yml` lacks. They need no servers and no model.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from bot.danger_signs import BY_CODE, CODES, SIGNS, codes_at, sources_table
from bot.intake import FLAG_LABELS, INTAKE_SLOTS, PRECAUTION_LABELS
from bot.language import flag_rules
from bot.triage import FLAG_LEVELS, LEVELS

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())
RESPONSES = set(DOMAIN["responses"])
FORMS = DOMAIN["forms"]
SAFETY_DOC = (ROOT / "docs" / "safety.md").read_text()

#: Every family of response names that an action builds at run time, with the
#: names it can produce. A new f-string response fails the test below until
#: its family is listed here.
DYNAMIC_FAMILIES = {
    "utter_triage_": [f"utter_triage_{level}" for level in LEVELS if level != "routine"],
    "utter_flag_": [sign.advice_response for sign in SIGNS],
    "utter_ask_danger_check_": [sign.question_response for sign in SIGNS],
    "utter_precaution_": [f"utter_precaution_{code}" for code in PRECAUTION_LABELS],
    "utter_explain_precaution_": [f"utter_explain_precaution_{code}" for code in PRECAUTION_LABELS],
    "utter_ask_": [f"utter_ask_{slot}{retry}" for slot in INTAKE_SLOTS for retry in ("", "_retry")],
    "utter_why_": [f"utter_why_{slot}" for form in FORMS.values() for slot in form["required_slots"]],
}


def _response_names_in_actions() -> tuple[set[str], set[str]]:
    """(constant names, literal prefixes of names built with f-strings) in actions/."""
    constants, prefixes = set(), set()
    for path in (ROOT / "actions").glob("*.py"):
        tree = ast.parse(path.read_text())
        parts = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
        # Keys looked up in Rasa's data ({"utter_action": ...}.get("utter_action")) are no responses.
        parts |= {id(arg) for node in ast.walk(tree) if isinstance(node, ast.Call)
                  and isinstance(node.func, ast.Attribute) and node.func.attr == "get" for arg in node.args}
        for node in ast.walk(tree):
            if id(node) in parts:
                continue
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.fullmatch(r"utter_\w+", node.value):
                constants.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                head = node.values[0].value
                if isinstance(head, str) and head.startswith("utter_"):
                    prefixes.add(head)
    return constants, prefixes


def test_every_constant_response_an_action_utters_exists():
    constants, _ = _response_names_in_actions()
    assert constants, "the scan found no responses: has the dispatcher call changed?"
    assert sorted(constants - RESPONSES) == []


def test_every_response_built_at_run_time_exists():
    _, prefixes = _response_names_in_actions()
    unknown = prefixes - set(DYNAMIC_FAMILIES)
    assert not unknown, f"list the names these can produce in DYNAMIC_FAMILIES: {unknown}"
    missing = {name for prefix in prefixes for name in DYNAMIC_FAMILIES[prefix]} - RESPONSES
    assert sorted(missing) == []


@pytest.mark.parametrize("code", CODES)
def test_every_sign_has_its_advice_and_its_question(code):
    sign = BY_CODE[code]
    assert sign.advice_response in RESPONSES
    question = DOMAIN["responses"][sign.question_response][0]
    assert question["text"].strip()
    assert [b["payload"] for b in question["buttons"]] == ["/affirm", "/deny"]


def test_every_form_question_can_be_asked():
    actions = set(DOMAIN["actions"])
    for form in FORMS.values():
        for slot in form["required_slots"]:
            assert f"utter_ask_{slot}" in RESPONSES or f"action_ask_{slot}" in actions, slot


def test_levels_and_labels_come_from_the_registry():
    assert set(FLAG_LEVELS) == set(FLAG_LABELS) == set(CODES)
    assert set(FLAG_LEVELS.values()) <= set(LEVELS) - {"routine", "see_doctor"}


def test_every_pattern_code_is_a_registered_sign():
    pattern_codes = {code for label, code, _ in flag_rules.RULES if label in ("FLAG", "UNCLEAR", "WEIGHT")}
    assert pattern_codes <= set(CODES)


def test_safety_page_lists_the_registry():
    assert sources_table() in SAFETY_DOC, "paste bot.danger_signs.sources_table() into docs/safety.md"
    for level in LEVELS:
        codes = codes_at(level)
        if codes:
            row = next(line for line in SAFETY_DOC.splitlines() if line.startswith(f"| `{level}` |"))
            assert re.findall(r"`(\w+)`", row.split("|")[2]) == codes, level
