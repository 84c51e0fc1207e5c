"""The anchored entity ruler finds exactly what spaCy's EntityRuler finds.

It only skips token patterns whose first word is absent from the message, so
every phrasing of the unit cases must give the same set of matches as the
plain ruler run over the same patterns (a dropped pattern would silently lose
a danger sign).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from spacy.pipeline import EntityRuler

from bot.language.pipeline import get_nlp

DATA = Path(__file__).parent / "data"
TEXTS = [case["text"] for name in ("language_cases.yml", "heldout_messages.yml")
         for case in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]


@pytest.mark.parametrize("ruler_name", ["entity_ruler", "severity_ruler"])
def test_same_matches_as_spacys_ruler(ruler_name):
    nlp = get_nlp()
    ruler = nlp.get_pipe(ruler_name)
    stock = EntityRuler(nlp, f"stock_{ruler_name}")
    stock.add_patterns(ruler.patterns)
    differing = [text for text in TEXTS
                 if set(ruler.match(nlp.make_doc(text))) != set(stock.match(nlp.make_doc(text)))]
    assert differing == []


def test_same_words_matched_by_two_rules_go_to_the_rule_listed_first():
    # "accident" is both a stated injury (listed first) and a hint: it flags.
    facts = get_nlp()("she had an accident at work")
    assert [(ent.label_, ent.ent_id_) for ent in facts.ents if ent.text == "accident"] == [("FLAG", "trauma")]
