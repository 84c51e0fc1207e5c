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
reports how many texts give identical outputs. A difference is shown by
source and position only, never by text, so the held-out parts stay unread.

Each text is parsed with the same fixed day, so relative dates ("since
Monday") give the same days whenever the script runs, and cases that name
their own day are parsed on that day as well.

Usage: python scripts/lang_snapshot.py (--write PATH | --check PATH)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.language.parse import extract  # noqa: E402

#: The day every text is parsed on (a Tuesday, as in the test data).
DAY = date(2026, 11, 24)
CORPORA = [ROOT / "var" / "corpus" / "danger.jsonl", ROOT / "var" / "corpus" / "facts.jsonl"]


def _case_texts(path: Path) -> list[tuple[str, str | None]]:
    """(text, day) of a list of cases (``tests/data/*_cases.yml``, ``*_messages.yml``)."""
    return [(case["text"], str(case["today"]) if case.get("today") else None)
            for case in yaml.safe_load(path.read_text(encoding="utf-8"))]


def _dialogue_texts(path: Path) -> list[tuple[str, str | None]]:
    """Everything a visitor types in the dialogues: openings, answers, handoff."""
    texts: list[str] = []
    for dialogue in yaml.safe_load(path.read_text(encoding="utf-8"))["dialogues"]:
        texts += dialogue.get("opening") or []
        texts += dialogue.get("opening_extra") or []
        for answer in (dialogue.get("answers") or {}).values():
            texts += answer if isinstance(answer, list) else [answer]
        if dialogue.get("handoff"):
            texts.append(dialogue["handoff"])
    return [(str(text), None) for text in texts]


def _nlu_texts(path: Path) -> list[tuple[str, str | None]]:
    """The examples of a Rasa NLU file (entity annotations left as typed)."""
    texts = []
    for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
        for line in (block.get("examples") or "").splitlines():
            text = line.strip().removeprefix("- ").strip()
            if text:
                texts.append((text, None))
    return texts


def sources() -> dict[str, list[tuple[str, str | None]]]:
    """Every source's (text, day) in file order."""
    found: dict[str, list[tuple[str, str | None]]] = {}
    for corpus in CORPORA:
        if corpus.exists():
            found[corpus.name] = [(json.loads(line)["text"], None)
                                  for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
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


def snapshot() -> dict[str, list[dict]]:
    """Per source, the outputs in file order (on the fixed day, and on the case's own day if it names one)."""
    result = {}
    for name, texts in sources().items():
        rows = []
        for text, day in texts:
            rows.append(output(text, None))
            if day:
                rows[-1]["on_own_day"] = output(text, day)
        result[name] = rows
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="save the snapshot here")
    group.add_argument("--check", type=Path, help="compare with the snapshot saved here")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    current = snapshot()
    seconds = time.perf_counter() - start
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{sum(map(len, current.values()))} texts written to {args.write} ({seconds:.1f} s)")
        return 0
    before = json.loads(args.check.read_text(encoding="utf-8"))
    identical = total = 0
    for name in sorted(set(before) | set(current)):
        old, new = before.get(name, []), current.get(name, [])
        if len(old) != len(new):
            print(f"{name}: {len(old)} texts in the snapshot, {len(new)} now")
        for index, (a, b) in enumerate(zip(old, new)):
            total += 1
            if a == b:
                identical += 1
            else:
                print(f"differs: {name} #{index}")
        total += abs(len(old) - len(new))
    print(f"{identical}/{total} texts identical ({seconds:.1f} s)")
    return 0 if identical == total else 1


if __name__ == "__main__":
    raise SystemExit(main())
