"""Per-fact accuracy on real patient text: where it hurts, how long, a doctor seen.

Reads the development corpus (var/corpus/facts.jsonl, git-ignored, schema in
the corpus notes) and scores the language layer on each split:

- location: ``pain_location`` equal to the label (null included: a plain
  "back" must stay unknown);
- seen_doctor: equal to the label (true, false or null);
- duration: within 25 % of the labelled days (both null counts as right).
  The corpus texts have no date of writing, so their labels leave a duration
  counted from a calendar date ("since September") null; a duration the
  layer counted from one (``duration_from_date``) is scored as null too.

The held-out split is what the team did not tune on: only its figures are
printed, never its texts (``--show-misses`` lists misses of the tune split
only). The existing held-out messages (tests/data/heldout_messages.yml,
scored as in bench_language.py) and the language layer's milliseconds per
corpus message are printed beside them; those are CPU milliseconds of this
process (``time.process_time``), so other work on the shared machine does not
inflate them the way it inflates wall time. Figures go to var/bench/facts.json.

``--split tune`` scores the tune split alone, so tuning never prints a
held-out figure; ``make bench`` scores both.

``--sources a,b`` scores only the records of those corpus sources, so the tune
split can be halved by source: rules written from the misses of one half are
checked on the other half, whose texts stay unread.

``--run-on`` scores the tune split again as one scraper wrote it: lower-cased,
with the sentence punctuation stripped (decimal points kept), so a rule that
leans on commas and full stops shows how much it loses on run-on text.

Usage: python scripts/bench_facts.py [--corpus PATH] [--split {heldout,tune,both}] [--sources A,B]
       [--show-misses] [--run-on]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import bench_language  # noqa: E402
from bot.language import parse  # noqa: E402
from bot.language.pipeline import get_nlp  # noqa: E402

CORPUS = ROOT / "var" / "corpus" / "facts.jsonl"
HELDOUT_MESSAGES = ROOT / "tests" / "data" / "heldout_messages.yml"
OUT = ROOT / "var" / "bench" / "facts.json"
SPLITS = ("heldout", "tune")
DURATION_TOLERANCE = 0.25
AIMS = {"location": 0.92, "seen_doctor": 0.90, "duration": 0.90}


def duration_right(expected, actual) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    return abs(float(actual) - float(expected)) <= DURATION_TOLERANCE * float(expected)


def found(facts) -> dict:
    """The three facts as scored (an undated text's calendar duration is null)."""
    return {"location": facts.pain_location, "seen_doctor": facts.seen_doctor,
            "duration": None if facts.duration_from_date else facts.pain_duration_days}


def judge(record: dict, facts) -> dict[str, bool]:
    """Which facts of one record the parse got right."""
    got = found(facts)
    return {
        "location": got["location"] == record.get("pain_location"),
        "seen_doctor": got["seen_doctor"] == record.get("seen_doctor"),
        "duration": duration_right(record.get("pain_duration_days"), got["duration"]),
    }


def load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def kind_of_miss(want, got) -> str:
    """missed (a label, nothing found), spurious (nothing labelled, something found) or wrong."""
    if got is None:
        return "missed"
    return "spurious" if want is None else "wrong"


_SENTENCE_MARKS = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?;:,()\"]")


def run_on(text: str) -> str:
    """The text as a scraper that lower-cases and strips punctuation leaves it."""
    return " ".join(_SENTENCE_MARKS.sub(" ", text.lower()).split())


def score(records: list[dict], timings: list[float]) -> tuple[dict, list[str]]:
    """Accuracy per fact over the records, the kinds of misses, and a line per miss."""
    right = {fact: 0 for fact in AIMS}
    kinds = {fact: {"missed": 0, "spurious": 0, "wrong": 0} for fact in AIMS}
    misses: list[str] = []
    for record in records:
        started = time.process_time()
        facts = parse(record["text"])
        timings.append((time.process_time() - started) * 1000)
        for fact, ok in judge(record, facts).items():
            right[fact] += ok
            if not ok:
                want = {"location": record.get("pain_location"), "seen_doctor": record.get("seen_doctor"),
                        "duration": record.get("pain_duration_days")}[fact]
                kinds[fact][kind_of_miss(want, found(facts)[fact])] += 1
                misses.append(f"{record['id']} {fact}: expected {want!r} got {found(facts)[fact]!r}"
                              f" <- {record['text']}")
    count = len(records)
    return {"records": count, "misses": kinds,
            **{fact: round(n / count, 4) if count else None for fact, n in right.items()}}, misses


def evaluate(corpus: Path = CORPUS, splits: tuple[str, ...] = SPLITS,
             runon: bool = False, sources: frozenset[str] = frozenset()) -> tuple[dict, list[str]]:
    """Figures for the chosen corpus splits (of the chosen sources, if any) and the held-out
    messages; misses of the tune split."""
    get_nlp()
    records = [r for r in load(corpus) if not sources or r.get("source") in sources]
    if runon:
        records = [{**r, "text": run_on(r["text"])} for r in records if r.get("split") == "tune"]
    for record in records[:10]:
        parse(record["text"])
    timings: list[float] = []
    report: dict = {"corpus": str(corpus), "aims": AIMS}
    tune_misses: list[str] = []
    for split in splits:
        report[split], misses = score([r for r in records if r.get("split") == split], timings)
        if split == "tune":
            tune_misses = misses
    messages = yaml.safe_load(HELDOUT_MESSAGES.read_text(encoding="utf-8"))
    language, _ = bench_language.score(messages)
    report["heldout_messages"] = {
        "cases": language["cases"],
        "accuracy": {key: row["accuracy"] for key, row in language["per_fact"].items()},
        "red_flag_recall": language["red_flag_recall"],
        "false_flag_rate_negated": language["false_flag_rate_negated"],
    }
    timings.sort()
    if timings:
        report["ms_per_message"] = {
            "messages": len(timings),
            "median": round(statistics.median(timings), 3),
            "p95": round(timings[int(0.95 * (len(timings) - 1))], 3),
            "heldout_messages_p95": language["p95_ms"],
        }
    if not runon and not sources:  # the figures of record: every text as written
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report, tune_misses


def pct(value) -> str:
    return "-" if value is None else f"{value:.1%}"


def print_report(report: dict) -> None:
    splits = [split for split in SPLITS if split in report]
    print(f"{'facts of real patient text':<28}" + "".join(f"{split:>10}" for split in splits) + f"{'aim':>8}")
    for fact, aim in AIMS.items():
        name = "duration within 25 %" if fact == "duration" else fact
        print(f"{name:<28}" + "".join(f"{pct(report[split][fact]):>10}" for split in splits) + f"{aim:>8.0%}")
    print(f"{'records':<28}" + "".join(f"{report[split]['records']:>10}" for split in splits))
    for split in splits:
        print(f"misses on {split} (missed/spurious/wrong): " + ", ".join(
            f"{fact} {k['missed']}/{k['spurious']}/{k['wrong']}" for fact, k in report[split]["misses"].items()))
    messages = report["heldout_messages"]
    print(f"\nheld-out messages ({messages['cases']}, tests/data/heldout_messages.yml): "
          + ", ".join(f"{key} {pct(value)}" for key, value in sorted(messages["accuracy"].items())))
    print(f"red-flag recall {pct(messages['red_flag_recall'])}, "
          f"false flags on negated/hypothetical {pct(messages['false_flag_rate_negated'])}")
    timing = report.get("ms_per_message")
    if timing:
        print(f"language layer CPU ms per corpus message: median {timing['median']:.2f}, p95 "
              f"{timing['p95']:.2f} ({timing['messages']} messages); held-out messages wall-clock p95 "
              f"{timing['heldout_messages_p95']:.2f} (bench_language.py)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--split", choices=(*SPLITS, "both"), default="both",
                        help="which corpus split to score (tune while tuning; both for the report)")
    parser.add_argument("--show-misses", action="store_true", help="misses of the tune split only")
    parser.add_argument("--run-on", action="store_true",
                        help="the tune split lower-cased and without punctuation (implies --split tune)")
    parser.add_argument("--sources", default="",
                        help="comma-separated corpus sources to score alone (e.g. one half of the tune split)")
    args = parser.parse_args(argv)
    splits = ("tune",) if args.run_on else SPLITS if args.split == "both" else (args.split,)
    sources = frozenset(name for name in args.sources.split(",") if name)
    report, tune_misses = evaluate(args.corpus, splits, args.run_on, sources)
    print_report(report)
    if args.show_misses:
        print("\n".join(["", "tune misses:", *tune_misses]))
    if not args.run_on and not sources:
        print(f"\nwrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
