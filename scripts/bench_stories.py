"""Story accuracy: the end-to-end test stories through the trained model.

Runs `rasa test core` on tests/test_stories.yml (the visitors' words go through
NLU, the language layer and the policies) and prints the share of stories
predicted without a single wrong action, and the action-level accuracy and
weighted F1; writes the same to var/bench/stories.json.

Usage: python scripts/bench_stories.py [--model PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.launcher import VENV_BIN, model_path  # noqa: E402

STORIES = ROOT / "tests" / "test_stories.yml"


def _story_count(path: Path) -> int:
    return len((yaml.safe_load(path.read_text()) or {}).get("stories") or []) if path.exists() else 0


def evaluate(model: Path) -> dict:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [str(VENV_BIN / "rasa"), "test", "core", "--model", str(model), "--stories", str(STORIES),
             "--out", out],
            cwd=ROOT, capture_output=True, text=True, timeout=900, check=True,
        )
        report = json.loads((Path(out) / "story_report.json").read_text())
        failed = _story_count(Path(out) / "failed_test_stories.yml")
    total = _story_count(STORIES)
    return {
        "stories": total,
        "stories_correct": total - failed,
        "story_accuracy": round((total - failed) / total, 4) if total else None,
        "action_accuracy": round(report["accuracy"], 4),
        "action_f1_weighted": round(report["weighted avg"]["f1-score"], 4),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=model_path())
    figures = evaluate(parser.parse_args().model)
    print(f"{'stories':<10}{'correct':>9}{'story acc':>11}{'action acc':>12}{'action F1':>11}")
    print(f"{figures['stories']:<10}{figures['stories_correct']:>9}{figures['story_accuracy']:>11.3f}"
          f"{figures['action_accuracy']:>12.3f}{figures['action_f1_weighted']:>11.3f}")
    out = ROOT / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "stories.json").write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
