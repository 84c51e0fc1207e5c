"""Data-driven phrasings for the language layer (tests/data/language_cases.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.language import parse

CASES = yaml.safe_load((Path(__file__).parent / "data" / "language_cases.yml").read_text(encoding="utf-8"))
LIST_FACTS = {"precautions", "red_flags", "unclear_flags", "other_locations"}


def test_there_are_enough_phrasings():
    negated = [c for c in CASES if c["expect"].get("red_flags") == []]
    assert len(CASES) >= 220
    assert len(negated) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:60] for c in CASES])
def test_phrasing(case):
    facts = parse(case["text"], case.get("today")).to_dict()
    for key, expected in case["expect"].items():
        actual = facts[key]
        if key in LIST_FACTS:
            assert set(actual) == set(expected or []), key
        elif key == "pain_duration_days" and expected is not None:
            assert actual == pytest.approx(expected), key
        else:
            assert actual == expected, key
