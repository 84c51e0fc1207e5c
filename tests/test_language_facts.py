"""Facts from the way real patients write (tests/data/facts_cases.yml): where it
hurts, for how long, and whether a doctor has seen it (issue 14), and times of
other things that must not become the pain's (issues 12 and 13)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.language import parse

CASES = yaml.safe_load((Path(__file__).parent / "data" / "facts_cases.yml").read_text(encoding="utf-8"))
LIST_FACTS = {"precautions", "red_flags", "unclear_flags", "other_locations"}
TODAY = date(2026, 11, 24)


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:60] for c in CASES])
def test_fact(case):
    facts = parse(case["text"], case.get("today", TODAY)).to_dict()
    for key, expected in case["expect"].items():
        actual = facts[key]
        if key in LIST_FACTS:
            assert actual == (expected or []), key
        elif key == "pain_duration_days" and expected is not None:
            assert actual == pytest.approx(expected), key
        else:
            assert actual == expected, key


def test_a_message_at_the_cap_is_read_to_its_end():
    """Facts said at the end of a 2,000-character message still count."""
    filler = "We moved house in the summer and the kids started a new school. " * 28
    text = (filler + "My neck has been stiff for 5 weeks, X-rays were clear.")[-2000:]
    facts = parse(text, TODAY)
    assert (facts.pain_location, facts.pain_duration_days, facts.seen_doctor) == ("neck", 35, True)
