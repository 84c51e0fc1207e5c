"""Score the language layer on the held-out messages and time it.

Prints per-fact precision/recall and per-slot accuracy, red-flag recall, the
false-flag rate on negated or hypothetical mentions (cases expecting
``red_flags: []``) and median/p95 milliseconds per message; writes the same
figures to var/bench/language.json.

Scoring: a key is checked only where a case gives it. Lists compare as sets.
Days match within max(1 day, 10 %) because relative dates depend on the
convention used. For precision/recall a scalar prediction is a true positive
when it equals the expected value, a false positive when it is set but wrong
(including set when null was expected), a false negative when a value was
expected but not produced correctly; list codes are counted one by one.

Usage: python scripts/bench_language.py [--cases PATH] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.language import parse  # noqa: E402
from bot.language.pipeline import get_nlp  # noqa: E402

LIST_KEYS = {"precautions", "red_flags", "unclear_flags"}


def same(key: str, expected, actual) -> bool:
    if key in LIST_KEYS:
        return set(expected or []) == set(actual or [])
    if key == "pain_duration_days" and expected is not None and actual is not None:
        return abs(float(expected) - float(actual)) <= max(1.0, 0.1 * float(expected))
    return expected == actual


def score(cases: list[dict]) -> tuple[dict, list[str]]:
    counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "right": 0, "total": 0})
    misses: list[str] = []
    timings: list[float] = []
    flags_expected = flags_found = 0
    quiet_cases = quiet_flagged = 0
    for case in cases:
        start = time.perf_counter()
        facts = parse(case["text"], case.get("today")).to_dict()
        timings.append((time.perf_counter() - start) * 1000)
        for key, expected in case["expect"].items():
            actual = facts.get(key)
            count = counts[key]
            count["total"] += 1
            ok = same(key, expected, actual)
            count["right"] += ok
            if not ok:
                misses.append(f"{key}: expected {expected!r} got {actual!r} <- {case['text']}")
            if key in LIST_KEYS:
                want, got = set(expected or []), set(actual or [])
                count["tp"] += len(want & got)
                count["fp"] += len(got - want)
                count["fn"] += len(want - got)
            elif ok and expected is not None:
                count["tp"] += 1
            else:
                count["fp"] += actual is not None and not ok
                count["fn"] += expected is not None and not ok
        if "red_flags" in case["expect"]:
            want = set(case["expect"]["red_flags"] or [])
            flags_expected += len(want)
            flags_found += len(want & set(facts["red_flags"]))
            if not want:
                quiet_cases += 1
                quiet_flagged += bool(facts["red_flags"])
    per_fact = {}
    for key, c in sorted(counts.items()):
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        per_fact[key] = {"precision": round(precision, 4), "recall": round(recall, 4),
                         "accuracy": round(c["right"] / c["total"], 4), "cases": c["total"]}
    timings.sort()
    report = {
        "cases": len(cases),
        "per_fact": per_fact,
        "red_flag_recall": round(flags_found / flags_expected, 4) if flags_expected else 1.0,
        "red_flags_expected": flags_expected,
        "false_flag_rate_negated": round(quiet_flagged / quiet_cases, 4) if quiet_cases else 0.0,
        "negated_or_hypothetical_cases": quiet_cases,
        "median_ms": round(statistics.median(timings), 3),
        "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 3),
    }
    return report, misses


def print_report(report: dict) -> None:
    print(f"{'fact':<24}{'precision':>10}{'recall':>8}{'accuracy':>10}{'cases':>7}")
    for key, row in report["per_fact"].items():
        print(f"{key:<24}{row['precision']:>10.1%}{row['recall']:>8.1%}{row['accuracy']:>10.1%}{row['cases']:>7}")
    print(f"\nred-flag recall: {report['red_flag_recall']:.1%} of {report['red_flags_expected']}")
    print(f"false flags on negated/hypothetical: {report['false_flag_rate_negated']:.1%} "
          f"of {report['negated_or_hypothetical_cases']}")
    print(f"ms per message: median {report['median_ms']:.3f}, p95 {report['p95_ms']:.3f} "
          f"({report['cases']} messages)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=ROOT / "tests/data/heldout_messages.yml")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    cases = yaml.safe_load(args.cases.read_text(encoding="utf-8"))
    get_nlp()
    for case in cases[:20]:
        parse(case["text"], case.get("today"))
    report, misses = score(cases)
    print_report(report)
    if args.show_misses:
        print("\n".join(["", *misses]))
    out = ROOT / "var" / "bench" / "language.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
