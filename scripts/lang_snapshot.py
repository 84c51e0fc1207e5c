"""Equivalence harness for the language layer: every output, before and after.

A change meant to make the language layer faster (not to change what it
understands) must give byte-identical results. This script parses every text
the project has (the development corpus ``var/corpus/danger.jsonl`` and
``var/corpus/facts.jsonl``, both splits; the messages of ``tests/data/*.yml``
and of ``tests/nlu_heldout.yml``, ``data/nlu*.yml``; every typed answer of the
dialogues) and records all that ``bot.language.parse.extract`` returns: every
field of ``Facts`` and the character span behind each fact.

``--write PATH`` saves the snapshot (keep it outside git, e.g.
``var/bench/lang_snapshot_before.json``); ``--check PATH`` parses again and
reports how many texts give identical outputs. Texts are keyed by a hash of
their words, so texts added to or dropped from the corpus since the snapshot
are counted apart rather than misaligning the rest. A difference is shown
with its text only for the parts that may be tuned on; a held-out one (the
corpus's held-out split, ``*heldout*`` files) by source and key alone, so the
held-out parts stay unread.

Each text is parsed with the same fixed day, so relative dates ("since
Monday") give the same days whenever the script runs, and cases that name
their own day are parsed on that day as well.

Usage: python scripts/lang_snapshot.py (--write PATH | --check PATH)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Optional

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.language.parse import extract  # noqa: E402

#: The day every text is parsed on (a Tuesday, as in the test data).
DAY = date(2026, 11, 24)
CORPORA = [ROOT / "var" / "corpus" / "danger.jsonl", ROOT / "var" / "corpus" / "facts.jsonl"]


#: (text, the day its case names or None, held out: never shown)
Text = tuple[str, Optional[str], bool]


def _case_texts(path: Path) -> list[Text]:
    """A list of cases (``tests/data/*_cases.yml``, ``*_messages.yml``)."""
    return [(case["text"], str(case["today"]) if case.get("today") else None, "heldout" in path.name)
            for case in yaml.safe_load(path.read_text(encoding="utf-8"))]


def _dialogue_texts(path: Path) -> list[Text]:
    """Everything a visitor types in the dialogues: openings, answers, handoff."""
    texts: list[str] = []
    for dialogue in yaml.safe_load(path.read_text(encoding="utf-8"))["dialogues"]:
        texts += dialogue.get("opening") or []
        texts += dialogue.get("opening_extra") or []
        for answer in (dialogue.get("answers") or {}).values():
            texts += answer if isinstance(answer, list) else [answer]
        if dialogue.get("handoff"):
            texts.append(dialogue["handoff"])
    return [(str(text), None, "heldout" in path.name) for text in texts]


def _nlu_texts(path: Path) -> list[Text]:
    """The examples of a Rasa NLU file (entity annotations left as typed)."""
    texts = []
    for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
        for line in (block.get("examples") or "").splitlines():
            text = line.strip().removeprefix("- ").strip()
            if text:
                texts.append((text, None, "heldout" in path.name))
    return texts


def sources() -> dict[str, list[Text]]:
    """Every source's texts in file order."""
    found: dict[str, list[Text]] = {}
    for corpus in CORPORA:
        if corpus.exists():
            records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
            found[corpus.name] = [(record["text"], None, record.get("split") != "tune") for record in records]
    for path in sorted((ROOT / "tests" / "data").glob("*.yml")):
        found[path.name] = _dialogue_texts(path) if "dialogues" in path.name else _case_texts(path)
    for path in [ROOT / "tests" / "nlu_heldout.yml", *sorted((ROOT / "data").glob("nlu*.yml"))]:
        found[str(path.relative_to(ROOT))] = _nlu_texts(path)
    return found


def output(text: str, day: str | None) -> dict:
    """All the language layer returns for one message."""
    extraction = extract(text, date.fromisoformat(day) if day else DAY)
    return {"facts": extraction.facts.to_dict(),
            "spans": {name: list(span) for name, span in sorted(extraction.spans.items())}}


def _key(text: str, day: str | None) -> str:
    return hashlib.sha1(f"{day}|{text}".encode()).hexdigest()[:16]


def snapshot() -> tuple[dict[str, dict[str, dict]], dict[str, str]]:
    """Per source and text key, the outputs (on the fixed day, and on the
    case's own day if it names one); and the texts that may be shown."""
    result: dict[str, dict[str, dict]] = {}
    showable: dict[str, str] = {}
    for name, texts in sources().items():
        rows = result.setdefault(name, {})
        for text, day, heldout in texts:
            key = _key(text, day)
            rows[key] = output(text, None)
            if day:
                rows[key]["on_own_day"] = output(text, day)
            if not heldout:
                showable[key] = text
    return result, showable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="save the snapshot here")
    group.add_argument("--check", type=Path, help="compare with the snapshot saved here")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    current, showable = snapshot()
    seconds = time.perf_counter() - start
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{sum(map(len, current.values()))} distinct texts written to {args.write} ({seconds:.1f} s)")
        return 0
    before = json.loads(args.check.read_text(encoding="utf-8"))
    identical = total = 0
    for name in sorted(set(before) | set(current)):
        old, new = before.get(name, {}), current.get(name, {})
        added, dropped = len(new.keys() - old.keys()), len(old.keys() - new.keys())
        if added or dropped:
            print(f"{name}: {added} texts new since the snapshot, {dropped} gone (not compared)")
        for key in sorted(old.keys() & new.keys()):
            total += 1
            if old[key] == new[key]:
                identical += 1
            else:
                print(f"differs: {name} {key} {showable.get(key, '(held out)')!r}")
    print(f"{identical}/{total} texts identical ({seconds:.1f} s)")
    return 0 if identical == total else 1


if __name__ == "__main__":
    raise SystemExit(main())
