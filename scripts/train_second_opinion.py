"""Train the second opinion on danger signs (bot/language/second_opinion.npz).

Examples: the team's own phrasings (tests/data/language_cases.yml: a code in
``red_flags`` or ``unclear_flags`` is a positive, a case expecting none of
them a negative for every code), the training phrasings of the conversation's
other intents (data/nlu.yml, negatives; `inform` is left out, as it holds
descriptions of pain that may hint at a sign) and the records of the development corpus
with ``"split": "tune"`` (``flags`` and ``possible`` are positives; everything
else is a negative). The held-out split is never read. One logistic
regression per code (liblinear: deterministic), over hashed features, so the
artefact holds weights and no text. Re-run after the phrasings or the tune
split change, and commit the artefact.

``--cross-validate`` also prints, over five folds, how many of the codes the
patterns miss the classifier recovers and how many questions it adds where
no code is labelled, per threshold (how ``second_opinion.THRESHOLD`` was
chosen).

Usage: python scripts/train_second_opinion.py [--cross-validate]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.language import second_opinion  # noqa: E402
from bot.triage import FLAG_LEVELS  # noqa: E402

PHRASINGS = ROOT / "tests" / "data" / "language_cases.yml"
CORPUS = ROOT / "var" / "corpus" / "danger.jsonl"
NLU = ROOT / "data" / "nlu.yml"
#: An entity annotation in the NLU data: "[lower back](pain_location:lower_back)".
ANNOTATION = re.compile(r"\[([^\]]*)\]\([^)]*\)")
CODES = sorted(FLAG_LEVELS)


def conversation_phrasings() -> list[str]:
    """The training phrasings of every intent that is no danger sign (data/nlu.yml), as negatives.

    Without them the classifier had seen few plain conversational turns and
    asked about self-harm at "I want to book an appointment" and about leg
    weakness at "sure thing".
    """
    texts = []
    for block in yaml.safe_load(NLU.read_text(encoding="utf-8"))["nlu"]:
        if block.get("intent") in (None, "red_flag", "danger_hint", "inform"):
            continue
        for line in block.get("examples", "").splitlines():
            text = ANNOTATION.sub(r"\1", line.strip().removeprefix("- ").strip())
            if text:
                texts.append(text)
    return texts


def examples() -> tuple[list[str], list[set[str]], dict[str, int]]:
    texts: list[str] = []
    labels: list[set[str]] = []
    counts = {"phrasings": 0, "conversation phrasings": 0, "tune records": 0}
    for case in yaml.safe_load(PHRASINGS.read_text(encoding="utf-8")):
        expect = case["expect"]
        if "red_flags" in expect or "unclear_flags" in expect:
            texts.append(case["text"])
            labels.append(set(expect.get("red_flags") or []) | set(expect.get("unclear_flags") or []))
            counts["phrasings"] += 1
    for text in conversation_phrasings():
        texts.append(text)
        labels.append(set())
        counts["conversation phrasings"] += 1
    if CORPUS.exists():
        for line in CORPUS.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if record.get("split") == "tune":
                texts.append(record["text"][:2000])
                labels.append(set(record.get("flags") or []) | set(record.get("possible") or []))
                counts["tune records"] += 1
    return texts, labels, counts


def _fit(features, target: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=4.0, solver="liblinear", class_weight="balanced").fit(features, target)


def cross_validate(texts: list[str], labels: list[set[str]], features) -> None:
    from bot.language import flags
    from bot.language.parse import extract
    from bot.language.pipeline import get_nlp

    folds = np.arange(len(texts)) % 5
    scores = np.zeros((len(texts), len(CODES)))
    for fold in range(5):
        train = folds != fold
        for i, code in enumerate(CODES):
            model = _fit(features[train], np.array([code in label for label in labels])[train])
            scores[~train, i] = model.predict_proba(features[~train])[:, 1]
    silent = []
    with second_opinion.disabled():
        for text in texts:
            facts = extract(text).facts
            silent.append(set(CODES) - flags.mentioned_codes(get_nlp()(text[:2000]))
                          - set(facts.red_flags) - set(facts.unclear_flags))
    for threshold in (0.5, 0.55, 0.6, 0.7, 0.8):
        pairs = [(code in label, scores[j, i] >= threshold) for j, label in enumerate(labels)
                 for i, code in enumerate(CODES) if code in silent[j]]
        missed = sum(want for want, _ in pairs)
        print(f"threshold {threshold}: recovers {sum(w and a for w, a in pairs)} of {missed} codes the "
              f"patterns miss; adds {sum(a and not w for w, a in pairs)} questions in "
              f"{len(pairs) - missed} silent unlabelled (message, code) pairs")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross-validate", action="store_true")
    args = parser.parse_args(argv)
    texts, labels, counts = examples()
    features = second_opinion.vectorizer().transform(texts)
    if args.cross_validate:
        cross_validate(texts, labels, features)
    coef = np.zeros((len(CODES), second_opinion.N_FEATURES), dtype=np.float32)
    intercept = np.zeros(len(CODES), dtype=np.float32)
    for i, code in enumerate(CODES):
        target = np.array([code in label for label in labels])
        model = _fit(features, target)
        coef[i], intercept[i] = model.coef_[0], model.intercept_[0]
        print(f"{code:<16} {int(target.sum()):>4} positives")
    np.savez_compressed(second_opinion.ARTEFACT, coef=coef.astype(np.float16), intercept=intercept,
                        codes=np.array(CODES))
    size = second_opinion.ARTEFACT.stat().st_size
    print(f"{len(texts)} examples ({counts}); wrote {second_opinion.ARTEFACT.relative_to(ROOT)} "
          f"({size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
