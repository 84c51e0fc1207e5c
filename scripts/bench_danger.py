"""Danger signs in real wording: recall, outright flags, false flags and cost.

Sources, each scored separately:

- the development corpus of real patient text, ``var/corpus/danger.jsonl``
  (schema in the corpus README; git-ignored, collected outside the
  repository), held-out split by default; ``--split tune`` scores the part
  that may be tuned on;
- the project's held-out messages, ``tests/data/heldout_messages.yml`` (cases
  that give ``red_flags`` or ``unclear_flags``);
- the ``red_flag`` examples of ``tests/nlu_heldout.yml`` (message level: any
  flag or clarifying question counts).

Per code: recall counting a flag or a clarifying question (aim >= 98 %),
flagged outright among the positives labelled as stated (aim >= 90 %), false
flags on hard negatives (aim <= 2 %), and how many of the recalled were added
by the second opinion alone. Then p50/p95 ms per message and the time of one
20,000-character message. Misses are printed only for the tune split: the
held-out texts are measured, never read. Writes var/bench/danger.json.

``--sources a,b`` scores only the corpus records of those sources: split the
tune part into two groups, read the misses of one, and check that a change
also helps the other, unread group (a rule that fixes one phrasing does not).

Usage: python scripts/bench_danger.py [--split heldout|tune] [--sources a,b] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.language import second_opinion  # noqa: E402
from bot.language.parse import extract  # noqa: E402
from bot.language.pipeline import get_nlp  # noqa: E402
from bot.triage import FLAG_LEVELS  # noqa: E402

CORPUS = ROOT / "var" / "corpus" / "danger.jsonl"
HELDOUT_MESSAGES = ROOT / "tests" / "data" / "heldout_messages.yml"
HELDOUT_NLU = ROOT / "tests" / "nlu_heldout.yml"
LONG_MESSAGE_CHARS = 20_000
AIMS = "aims: recall >= 98 %, outright >= 90 %, false flags <= 2 %, p95 < 5 ms, 20k chars < 50 ms"


def _second_opinion_codes(text: str, extraction) -> set[str]:
    """Codes asked about only because of the second opinion (patterns alone re-run)."""
    with second_opinion.disabled():
        alone = extract(text).facts
    return set(extraction.facts.unclear_flags) - set(alone.unclear_flags) - set(alone.red_flags)


class Tally:
    """Counts per code for one source."""

    def __init__(self) -> None:
        self.rows = defaultdict(lambda: defaultdict(int))
        self.timings: list[float] = []
        self.misses: list[str] = []

    def record(self, text: str, flags: set[str], possible: set[str], negative: set[str]) -> None:
        start = time.perf_counter()
        extraction = extract(text)
        self.timings.append((time.perf_counter() - start) * 1000)
        red = set(extraction.facts.red_flags)
        unclear = set(extraction.facts.unclear_flags)
        added = _second_opinion_codes(text, extraction)
        for code in flags | possible:
            row = self.rows[code]
            row["positives"] += 1
            row["recalled"] += code in red | unclear
            row["by_second_opinion"] += code in added
            if code not in red | unclear:
                self.misses.append(f"missed {code}: {text}")
        for code in flags:
            self.rows[code]["stated"] += 1
            self.rows[code]["outright"] += code in red
        for code in negative - flags - possible:
            row = self.rows[code]
            row["negatives"] += 1
            row["false_flags"] += code in red
            row["false_unclear"] += code in unclear
            row["second_opinion_on_negatives"] += code in added
            if code in red:
                self.misses.append(f"false flag {code}: {text}")

    def report(self) -> dict:
        def ratio(a: int, b: int):
            return round(a / b, 4) if b else None

        per_code = {}
        total = defaultdict(int)
        for code in sorted(self.rows):
            row = self.rows[code]
            for key, value in row.items():
                total[key] += value
            per_code[code] = {**row, "recall": ratio(row["recalled"], row["positives"]),
                              "outright_rate": ratio(row["outright"], row["stated"]),
                              "false_flag_rate": ratio(row["false_flags"], row["negatives"])}
        timings = sorted(self.timings)
        return {
            "messages": len(timings),
            "per_code": per_code,
            "overall": {**total, "recall": ratio(total["recalled"], total["positives"]),
                        "outright_rate": ratio(total["outright"], total["stated"]),
                        "false_flag_rate": ratio(total["false_flags"], total["negatives"])},
            "p50_ms": round(statistics.median(timings), 3) if timings else None,
            "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 3) if timings else None,
        }


def corpus(split: str, sources: frozenset[str] = frozenset()) -> Tally | None:
    """The corpus records of one split (and of ``sources`` only, when given)."""
    if not CORPUS.exists():
        return None
    tally = Tally()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if record.get("split") != split or (sources and record.get("source") not in sources):
            continue
        tally.record(record["text"], set(record.get("flags") or []), set(record.get("possible") or []),
                     set(record.get("negative_of") or []))
    return tally


def heldout_messages() -> Tally:
    """Cases with ``red_flags: []`` count as hard negatives of every code they mention."""
    tally = Tally()
    for case in yaml.safe_load(HELDOUT_MESSAGES.read_text(encoding="utf-8")):
        expect = case["expect"]
        if "red_flags" not in expect and "unclear_flags" not in expect:
            continue
        flags = set(expect.get("red_flags") or [])
        possible = set(expect.get("unclear_flags") or [])
        negative = set(FLAG_LEVELS) if expect.get("red_flags") == [] else set()
        tally.record(case["text"], flags, possible, negative - possible)
    return tally


def nlu_red_flag_examples() -> Tally:
    """Message level: the code is unknown, so any flag or question counts as recalled."""
    tally = Tally()
    for block in yaml.safe_load(HELDOUT_NLU.read_text(encoding="utf-8"))["nlu"]:
        if block["intent"] != "red_flag":
            continue
        for line in block["examples"].splitlines():
            text = line.strip().removeprefix("- ").strip()
            if not text:
                continue
            start = time.perf_counter()
            extraction = extract(text)
            tally.timings.append((time.perf_counter() - start) * 1000)
            facts = extraction.facts
            row = tally.rows["any"]
            row["positives"] += 1
            row["recalled"] += bool(facts.red_flags or facts.unclear_flags)
            row["stated"] += 1
            row["outright"] += bool(facts.red_flags)
            row["by_second_opinion"] += bool(_second_opinion_codes(text, extraction)) and not facts.red_flags
    return tally


def second_opinion_cost() -> dict:
    """Load time and ms per message of the classifier alone (on the pipeline's own tokens)."""
    start = time.perf_counter()
    second_opinion.probabilities("warm up")
    load_ms = (time.perf_counter() - start) * 1000
    docs = [get_nlp()(case["text"]) for case in yaml.safe_load(HELDOUT_MESSAGES.read_text(encoding="utf-8"))]
    timings = []
    for doc in docs:
        start = time.perf_counter()
        second_opinion.suggest(list(doc.sents), set())
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {"first_call_ms": round(load_ms, 1), "p50_ms": round(statistics.median(timings), 3),
            "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 3)}


def long_message_ms() -> dict:
    text = ("My lower back has hurt for three weeks and sitting at work makes it worse. " * 300)[:LONG_MESSAGE_CHARS]
    start, cpu = time.perf_counter(), time.process_time()
    extract(text)
    return {"wall_ms": round((time.perf_counter() - start) * 1000, 1),
            "cpu_ms": round((time.process_time() - cpu) * 1000, 1)}


def _pct(value) -> str:
    return "-" if value is None else f"{value:.1%}"


def print_source(name: str, report: dict) -> None:
    print(f"\n{name} ({report['messages']} messages; p50 {report['p50_ms']} ms, p95 {report['p95_ms']} ms)")
    print(f"{'code':<18}{'recall':>16}{'outright':>16}{'false flags':>16}{'2nd opinion':>13}")
    rows = list(report["per_code"].items()) + [("OVERALL", report["overall"])]
    for code, row in rows:
        print(f"{code:<18}"
              f"{_pct(row['recall']):>8} {row.get('recalled', 0):>3}/{row.get('positives', 0):<3}"
              f"{_pct(row['outright_rate']):>8} {row.get('outright', 0):>3}/{row.get('stated', 0):<3}"
              f"{_pct(row['false_flag_rate']):>8} {row.get('false_flags', 0):>3}/{row.get('negatives', 0):<3}"
              f"{row.get('by_second_opinion', 0):>13}")


def evaluate(split: str = "heldout", show_misses: bool = False, sources: frozenset[str] = frozenset()) -> dict:
    """Every source's figures (also the "danger" section of scripts/bench.py)."""
    get_nlp()
    extract("warm up: my lower back hurts and I fell over")
    results: dict = {"second_opinion_cost": second_opinion_cost()}
    tally = corpus(split, sources)
    if tally is None:
        results["corpus"] = {"absent": f"{CORPUS.relative_to(ROOT)} is absent: it is collected by hand "
                                       "from public patient text (see /work/corpus-schema.md) and kept "
                                       "outside the repository"}
    else:
        results["corpus"] = {"split": split, "sources": sorted(sources), **tally.report()}
        if show_misses and split == "tune":
            results["corpus"]["misses"] = tally.misses
    results["heldout_messages"] = heldout_messages().report()
    results["nlu_heldout_red_flag"] = nlu_red_flag_examples().report()
    results["long_message_ms"] = long_message_ms()
    out = ROOT / "var" / "bench" / "danger.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


def print_report(results: dict) -> None:
    print(f"DANGER SIGNS ({AIMS})")
    if "absent" in results["corpus"]:
        print(f"\nreal patient text: {results['corpus']['absent']}")
    else:
        only = results["corpus"]["sources"]
        print_source(f"real patient text, {results['corpus']['split']} split"
                     + (f" (sources {', '.join(only)})" if only else ""), results["corpus"])
        for miss in results["corpus"].get("misses", []):
            print(f"  {miss}")
    print_source("project held-out messages (tests/data/heldout_messages.yml)", results["heldout_messages"])
    print_source("project held-out red_flag intent (tests/nlu_heldout.yml)", results["nlu_heldout_red_flag"])
    long = results["long_message_ms"]
    print(f"\n{LONG_MESSAGE_CHARS:,}-character message: {long['wall_ms']} ms wall, {long['cpu_ms']} ms CPU "
          f"(machine load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    cost = results["second_opinion_cost"]
    print(f"second opinion alone: first call (loading) {cost['first_call_ms']} ms, "
          f"p50 {cost['p50_ms']} ms, p95 {cost['p95_ms']} ms per message; '2nd opinion' = questions "
          f"that only it asked (on hard negatives: {results.get('corpus', {}).get('overall', {}).get('second_opinion_on_negatives', '-')} in the corpus)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["heldout", "tune"], default="heldout")
    parser.add_argument("--sources", default="", help="comma-separated corpus sources to score (default: all)")
    parser.add_argument("--show-misses", action="store_true", help="tune split only")
    args = parser.parse_args(argv)
    sources = frozenset(name for name in args.sources.split(",") if name)
    print_report(evaluate(args.split, args.show_misses, sources))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
