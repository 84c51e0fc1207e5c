"""`make bench`: understanding, dialogue speed, scale-out, training time and memory.

Everything runs on this machine in one go, against servers started on
127.0.0.1 only, and is compared side by side with stock Rasa measured in the
same run:

- understanding: our model and Rasa's default pipeline (the `rasa init`
  config with its commented pipeline filled by Rasa's defaults, NLU trained
  here on the same data) on the held-out sets: intent F1 (`rasa test nlu`),
  FAQ topic accuracy, per-slot accuracy and red-flag detection on
  tests/data/heldout_messages.yml through each model's NLU; plus the language
  layer alone (scripts/bench_language.py);
- danger: danger signs in real patient wording and the project's held-out
  sets, per code, with the cost per message (scripts/bench_danger.py);
- facts: where it hurts, how long, whether a doctor has seen it, on real
  patient text (held-out and tune splits of var/corpus/facts.jsonl) with the
  language layer's time per message (scripts/bench_facts.py);
- stories: the end-to-end test stories through NLU and policies
  (scripts/bench_stories.py);
- typed dialogues: the held-out multi-turn dialogues typed by a visitor who
  never taps (scripts/bench_dialogues.py): per-slot accuracy, typed-only
  completion, turns per completed intake;
- dialogue speed: scripts/loadgen.py runs simulated visitors through complete
  intakes, typed (every turn through NLU) and tapped (button payloads), at 1, 10 and 50 concurrent visitors, next to a stock moodbot
  (`rasa init`) measured the same way as the floor;
- scale-out: the same load against one and against two Rasa instances that
  share a real PostgreSQL (tracker store) and Redis (lock store);
- training time (`rasa train --force` into a temporary directory) and the
  Rasa server's resident memory after warm-up and after the load;
- first reply: a fresh clone of the committed project runs `make run` (venv
  from the warm package cache, training, servers) until its first reply.

Figures are printed as tables and written to var/bench/*.json. There are no
pass/fail thresholds; the aims are printed next to the figures.

Usage: python scripts/bench.py [--quick] [--only understanding,danger,facts,stories,dialogues,speed,scale,training,first_reply]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import bench_danger  # noqa: E402
import bench_facts  # noqa: E402
import bench_dialogues  # noqa: E402
import bench_stories  # noqa: E402
import loadgen  # noqa: E402
from bot.launcher import Stack, model_path, running, train_if_stale  # noqa: E402
from bot.settings import load  # noqa: E402
from servers import (  # noqa: E402
    PostgresServer, RedisServer, free_port, postgres_missing, redis_missing,
)

OUT = ROOT / "var" / "bench"
LOGS = OUT / "logs"
VENV_BIN = Path(sys.executable).parent
RASA = str(VENV_BIN / "rasa")
TOKEN = "bench-token"
HELDOUT_NLU = ROOT / "tests" / "nlu_heldout.yml"
HELDOUT_FACTS = ROOT / "tests" / "data" / "heldout_messages.yml"
QUIET_ENV = {"RASA_TELEMETRY_ENABLED": "false", "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
             "TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONUNBUFFERED": "1"}
os.environ.update(QUIET_ENV)

#: Entities whose name differs from the slot they fill (both are lists).
ENTITY_TO_SLOT = {"precaution": "precautions", "red_flag": "red_flags"}
LIST_SLOTS = {"precautions", "red_flags"}
SLOT_KEYS = ("pain_location", "pain_duration_days", "pain_duration_category", "pain_radiates",
             "pain_severity", "seen_doctor", "precautions", "red_flags")

#: Visitors per concurrency level: (full run, --quick).
LEVELS = {
    "moodbot": {1: (20, 5), 10: (100, 20), 50: (200, 50)},
    "intake": {1: (5, 2), 10: (30, 10), 50: (50, 50)},
}
SCALE_LEVELS = {20: (40, 20)}
LEVEL_MAX_SECONDS = 180
#: The servers start while the machine may be busy training or benchmarking.
STARTUP_SECONDS = 400

#: Issue 17's aims, as ratios to the moodbot measured in the same run or absolute figures.
AIM_P95_FACTOR = 1.2
AIM_CPU_FACTOR = 1.3
AIM_RSS_MB = 1000
AIM_TRAIN_SECONDS = 120
AIM_SCALE_SPEEDUP = 1.7
AIM_FIRST_REPLY_SECONDS = 240


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def write_json(name: str, data) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(data, indent=2, default=str) + "\n")


def run_logged(command: list[str], log_name: str, cwd: Path = ROOT, timeout: float = 1200) -> float:
    """Run a command with its output in var/bench/logs; return its wall time."""
    LOGS.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with open(LOGS / log_name, "wb") as out:
        result = subprocess.run(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, timeout=timeout,
                                env={**os.environ, **QUIET_ENV})
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} failed; see {LOGS / log_name}")
    return time.monotonic() - started


# --------------------------------------------------------------------------- training

def bench_training(tmp: Path) -> tuple[dict, Path]:
    """Time a full `rasa train --force` of the project into a temporary directory."""
    log("training time: rasa train --force (our project, into a temp dir, cold cache)")
    os.environ["RASA_CACHE_DIRECTORY"] = str(tmp / "rasa-cache")
    seconds = run_logged(
        [RASA, "train", "--force", "--data", "data", "--domain", "domain.yml",
         "--config", "config.yml", "--out", str(tmp / "trained"), "--fixed-model-name", "timed"],
        "train_ours.log",
    )
    result = {"seconds": round(seconds, 1), "aim_seconds": AIM_TRAIN_SECONDS,
              "meets_aim": seconds < AIM_TRAIN_SECONDS, "cores": os.cpu_count()}
    write_json("training", result)
    return result, tmp / "trained" / "timed.tar.gz"


# ---------------------------------------------------------------------- understanding

def default_config(tmp: Path) -> Path:
    """The config `rasa init` writes, its commented pipeline/policies filled with Rasa's defaults.

    `rasa init` leaves `pipeline:` and `policies:` empty (the defaults are only
    shown as comments); Rasa then trains with engine/recipes/config_files/
    default_config.yml. We write that explicitly so the file shows what ran.
    """
    import rasa

    package = Path(rasa.__file__).parent
    init = yaml.safe_load((package / "cli/initial_project/config.yml").read_text())
    defaults = yaml.safe_load((package / "engine/recipes/config_files/default_config.yml").read_text())
    init["pipeline"] = init.get("pipeline") or defaults["pipeline"]
    init["policies"] = init.get("policies") or defaults["policies"]
    text = ("# The `rasa init` config.yml with its commented pipeline and policies filled\n"
            "# by Rasa's defaults (rasa/engine/recipes/config_files/default_config.yml).\n"
            + yaml.safe_dump(init, sort_keys=False))
    path = tmp / "default_config.yml"
    path.write_text(text)
    (OUT / "default_config.yml").write_text(text)
    return path


def rasa_test_nlu(model: Path, label: str, tmp: Path) -> dict:
    out = tmp / f"results-{label}"
    run_logged([RASA, "test", "nlu", "--nlu", str(HELDOUT_NLU), "--model", str(model),
                "--out", str(out), "--no-plot"], f"test_nlu_{label}.log")
    intents = json.loads((out / "intent_report.json").read_text())
    report = {
        "intent_f1_weighted": round(intents["weighted avg"]["f1-score"], 4),
        "intent_f1_macro": round(intents["macro avg"]["f1-score"], 4),
        "intent_accuracy": round(intents.get("accuracy", float("nan")), 4),
        "intent_examples": intents["weighted avg"]["support"],
        "per_intent_f1": {k: round(v["f1-score"], 4) for k, v in intents.items()
                          if isinstance(v, dict) and "avg" not in k},
    }
    selection = out / "response_selection_report.json"
    if selection.exists():
        labels = {k: v for k, v in json.loads(selection.read_text()).items()
                  if k.startswith("faq/") and isinstance(v, dict)}
        support = sum(v["support"] for v in labels.values())
        right = sum(v["recall"] * v["support"] for v in labels.values())
        report["faq_selector_accuracy"] = round(right / support, 4) if support else None
        report["faq_selector_examples"] = support
    return report


def heldout_nlu_examples(intent_prefix: str) -> list[tuple[str, str]]:
    """(text, full intent) of the held-out NLU examples whose intent starts with the prefix."""
    data = yaml.safe_load(HELDOUT_NLU.read_text())
    examples = []
    for block in data.get("nlu", []):
        intent = block.get("intent", "")
        if not intent.startswith(intent_prefix):
            continue
        for line in block.get("examples", "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line[2:])
                text = re.sub(r"\[([^\]]*)\]\{[^}]*\}", r"\1", text)
                examples.append((text, intent))
    return examples


def coerce(slot: str, value):
    """An entity value as the slot would hold it (Rasa's slot types)."""
    from rasa.shared.core.slots import bool_from_any

    if value is None:
        return None
    if slot in ("pain_radiates", "seen_doctor"):
        try:
            return bool_from_any(value)
        except (TypeError, ValueError):
            return value
    if slot in ("pain_duration_days", "pain_severity"):
        try:
            return float(value)
        except (TypeError, ValueError):
            return value
    return value


def slots_from_parse(parsed: dict) -> dict:
    """Map NLU entities to slot values: first value for a scalar slot, all values for a list."""
    slots: dict = {}
    for entity in parsed.get("entities") or []:
        slot = ENTITY_TO_SLOT.get(entity["entity"], entity["entity"])
        if slot not in SLOT_KEYS:
            continue
        if slot in LIST_SLOTS:
            slots.setdefault(slot, [])
            if entity.get("value") not in slots[slot]:
                slots[slot].append(entity.get("value"))
        elif slot not in slots:
            slots[slot] = coerce(slot, entity.get("value"))
    return slots


def same(key: str, expected, actual) -> bool:
    if key in LIST_SLOTS:
        return set(expected or []) == set(actual or [])
    if key == "pain_duration_days" and expected is not None and actual is not None:
        try:
            return abs(float(expected) - float(actual)) <= max(1.0, 0.1 * float(expected))
        except (TypeError, ValueError):
            return False
    if key == "pain_severity" and expected is not None and actual is not None:
        try:
            return float(expected) == float(actual)
        except (TypeError, ValueError):
            return False
    return expected == actual


async def _parse_all(model: Path, texts: list[tuple[str, object]]) -> list[dict]:
    """Each text through the model's NLU (Rasa's own message processor).

    A case with `today` is about a relative date ("since Monday"): our fact
    extractor reads the message's day through `_message_day`, which is pinned
    to that day for the case (Rasa's parse API has no way to pass a date).
    """
    from rasa.core.agent import Agent
    from rasa.core.channels.channel import UserMessage

    try:
        from bot.language import rasa_component
    except ImportError:
        rasa_component = None
    original_day = getattr(rasa_component, "_message_day", None)
    agent = Agent.load(str(model))
    results = []
    try:
        for text, today in texts:
            if original_day is not None:
                rasa_component._message_day = (lambda _m, day=today: day) if today else original_day
            message = UserMessage(text, sender_id="bench")
            results.append(await agent.processor.parse_message(message))
    finally:
        if original_day is not None:
            rasa_component._message_day = original_day
    return results


def understanding_through_nlu(model: Path) -> dict:
    """Per-slot accuracy, red-flag detection and FAQ topics through one model's NLU."""
    cases = yaml.safe_load(HELDOUT_FACTS.read_text())
    faq = heldout_nlu_examples("faq/")
    texts = [(c["text"], c.get("today")) for c in cases] + [(t, None) for t, _ in faq]
    started = time.perf_counter()
    parsed = asyncio.run(_parse_all(model, texts))
    ms_per_message = (time.perf_counter() - started) * 1000 / len(texts)
    facts, faq_parsed = parsed[: len(cases)], parsed[len(cases):]

    per_slot = {key: {"right": 0, "cases": 0} for key in SLOT_KEYS}
    codes_expected = codes_found = 0
    flag_cases = flag_cases_caught = quiet_cases = quiet_flagged = 0
    misses = []
    for case, result in zip(cases, facts):
        slots = slots_from_parse(result)
        for key, expected in case["expect"].items():
            if key not in per_slot:
                continue
            ok = same(key, expected, slots.get(key))
            per_slot[key]["cases"] += 1
            per_slot[key]["right"] += ok
            if not ok:
                misses.append(f"{key}: expected {expected!r} got {slots.get(key)!r} <- {case['text']}")
        if "red_flags" in case["expect"]:
            want = set(case["expect"]["red_flags"] or [])
            got = set(slots.get("red_flags") or [])
            flagged = bool(got) or (result.get("intent") or {}).get("name") == "red_flag"
            if want:
                codes_expected += len(want)
                codes_found += len(want & got)
                flag_cases += 1
                flag_cases_caught += flagged
            else:
                quiet_cases += 1
                quiet_flagged += flagged

    faq_right = 0
    for (_, intent), result in zip(faq, faq_parsed):
        selector = result.get("response_selector") or {}
        choice = (selector.get("faq") or selector.get("default") or {}).get("response", {})
        topic = choice.get("intent_response_key")
        faq_right += (result.get("intent") or {}).get("name") == "faq" and topic == intent

    return {
        "slot_accuracy": {k: {"accuracy": round(v["right"] / v["cases"], 4), "cases": v["cases"]}
                          for k, v in per_slot.items() if v["cases"]},
        "red_flag_code_recall": round(codes_found / codes_expected, 4) if codes_expected else None,
        "red_flag_codes_expected": codes_expected,
        "red_flag_message_recall": round(flag_cases_caught / flag_cases, 4) if flag_cases else None,
        "red_flag_messages": flag_cases,
        "false_flag_rate": round(quiet_flagged / quiet_cases, 4) if quiet_cases else None,
        "negated_or_hypothetical_cases": quiet_cases,
        "faq_topic_accuracy": round(faq_right / len(faq), 4) if faq else None,
        "faq_examples": len(faq),
        "nlu_ms_per_message": round(ms_per_message, 2),
        "misses": misses,
    }


def bench_understanding(ours: Path, tmp: Path) -> dict:
    log("understanding: training Rasa's default pipeline (NLU) on the same data")
    config = default_config(tmp)
    default_seconds = run_logged(
        [RASA, "train", "nlu", "--config", str(config), "--nlu", "data", "--domain", "domain.yml",
         "--out", str(tmp / "default"), "--fixed-model-name", "default-nlu"],
        "train_default_nlu.log",
    )
    default = tmp / "default" / "default-nlu.tar.gz"
    models = {"ours": ours, "rasa_default": default}
    report: dict = {"models": {k: str(v) for k, v in models.items()},
                    "default_nlu_training_seconds": round(default_seconds, 1)}
    for label, model in models.items():
        log(f"understanding: rasa test nlu ({label})")
        report[label] = rasa_test_nlu(model, label, tmp)
        log(f"understanding: held-out facts and FAQ topics through the NLU ({label})")
        report[label].update(understanding_through_nlu(model))
    log("understanding: the language layer alone (scripts/bench_language.py)")
    try:
        run_logged([sys.executable, str(ROOT / "scripts" / "bench_language.py")], "bench_language.log")
        report["language_layer"] = json.loads((OUT / "language.json").read_text())
    except (RuntimeError, subprocess.TimeoutExpired, FileNotFoundError, json.JSONDecodeError) as problem:
        report["language_layer"] = {"error": str(problem)}
    write_json("understanding", report)
    return report


# ------------------------------------------------------------------------------ speed

def _process_tree() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return children


def _tree(pid: int) -> list[int]:
    children, found, todo = _process_tree(), [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def rss_mb(pid: int) -> float | None:
    """Resident memory of a process and its descendants, from /proc, in MiB."""
    total_kb = 0
    for current in _tree(pid):
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except OSError:
            if current == pid:
                return None
    return round(total_kb / 1024, 1)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its live descendants, from /proc."""
    ticks = 0
    for current in _tree(pid):
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            continue
    return ticks / os.sysconf("SC_CLK_TCK")


def levels(kind: str, quick: bool, table: dict | None = None) -> list[tuple[int, int]]:
    table = table or LEVELS[kind]
    return [(c, counts[1] if quick else counts[0]) for c, counts in table.items()]


def run_levels(urls, script, plan, label: str, processes: dict[str, int] | None = None) -> list[dict]:
    """Run the levels; with `processes` ({name: pid}), also their CPU ms per turn.

    "loadgen" is this process alone (the servers are its children, counted apart).
    """
    rows = []
    clocks = {name: (lambda pid=pid: cpu_seconds(pid)) for name, pid in (processes or {}).items()}
    if clocks:
        clocks["loadgen"] = lambda: sum(os.times()[:2])
    for concurrency, visitors in plan:
        log(f"speed: {label}, {concurrency} concurrent, {visitors} visitors")
        before = {name: clock() for name, clock in clocks.items()}
        result = loadgen.run_level(urls, TOKEN, script, concurrency, visitors,
                                   max_seconds=LEVEL_MAX_SECONDS, label=f"{label}{concurrency}")
        row = result.summary()
        row["label"] = label
        row["loadavg_1min_after"] = round(os.getloadavg()[0], 2)
        if row["turns"]:
            row["cpu_ms_per_turn"] = {
                name: round((clock() - before[name]) * 1000 / row["turns"], 1)
                for name, clock in clocks.items()}
        rows.append(row)
        print(loadgen.format_table([row]), flush=True)
    return rows


def stop_group(process: subprocess.Popen, grace: float) -> None:
    """Stop a server started in its own session, with its children; killed after `grace` seconds."""
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextmanager
def moodbot_server(tmp: Path):
    """A stock `rasa init` moodbot, trained here and served on a free loopback port."""
    project = tmp / "moodbot"
    project.mkdir()
    log("speed: training the stock moodbot (rasa init --no-prompt)")
    seconds = run_logged([RASA, "init", "--no-prompt", "--init-dir", str(project)],
                         "moodbot_init.log", cwd=project)
    port = free_port()
    LOGS.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [RASA, "run", "--enable-api", "--auth-token", TOKEN, "--interface", "127.0.0.1",
         "--port", str(port)],
        cwd=project, stdout=open(LOGS / "moodbot_run.log", "wb"), stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL, start_new_session=True, env={**os.environ, **QUIET_ENV},
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 180
        import requests

        while True:
            if process.poll() is not None:
                raise RuntimeError(f"moodbot server exited; see {LOGS / 'moodbot_run.log'}")
            try:
                if requests.get(url, timeout=2).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("moodbot server not ready after 180 s")
            time.sleep(0.5)
        yield url, process.pid, seconds
    finally:
        if process.poll() is None:
            stop_group(process, grace=15)


def stack_env(tmp: Path, name: str, **overrides: str) -> dict[str, str]:
    var = tmp / f"var-{name}"
    var.mkdir(exist_ok=True)
    return {
        "ENV_FILE": os.devnull,
        "RASA_API_TOKEN": TOKEN,
        "RASA_PORT": str(free_port()),
        "ACTION_PORT": str(free_port()),
        "TRACKER_STORE_URL": f"sqlite:///{var / 'tracker.db'}",
        "LOCK_STORE_TYPE": "in_memory",
        "DATABASE_URL": f"sqlite:///{var / 'leads.db'}",
        "OUTBOX_DIR": str(var / "outbox"),
        "SMTP_HOST": "",
        "WEBHOOK_URL": "",
        **QUIET_ENV,
        **overrides,
    }


#: --intake-only: stop when the intake form ends (no /contact_me, no lead); for development.
INTAKE_ONLY = False


def intake_script(url: str, variant: str = "typed") -> loadgen.Script:
    """The recorded intake of a variant: "typed" (words, through NLU) or "tapped" (payloads)."""
    planner = loadgen.planner(variant)
    if INTAKE_ONLY:
        planner.follow_ups = ()
        script = loadgen.record_script(url, TOKEN, planner, name=f"intake-{variant}", done_slot="triage_level")
    else:
        script = loadgen.record_script(url, TOKEN, planner, name=f"intake-{variant}")
    log(f"speed: calibration {variant} intake has {script.turns} turns: {script.messages}")
    return script


def warm_up(urls, script) -> None:
    loadgen.run_level(urls, TOKEN, script, 2, 2, max_seconds=120, label="warmup")


def bench_speed(model: Path, tmp: Path, quick: bool) -> dict:
    report: dict = {"method": "per-turn latency = POST /webhooks/rest/webhook round trip; "
                              "next answers replayed from an untimed tracker-driven calibration "
                              "conversation (see scripts/loadgen.py)"}
    with moodbot_server(tmp) as (url, pid, train_seconds):
        script = loadgen.fixed_script(url, "moodbot", loadgen.MOODBOT_MESSAGES)
        warm_up(url, script)
        report["moodbot"] = {"training_seconds": round(train_seconds, 1),
                             "rss_mb_after_warmup": rss_mb(pid),
                             "levels": run_levels(url, script, levels("moodbot", quick), "moodbot",
                                                  {"rasa": pid})}
        report["moodbot"]["rss_mb_after_load"] = rss_mb(pid)

    env = stack_env(tmp, "single")
    stack = Stack(load(environ=env), model, extra_env=env, log_dir=LOGS / "single")
    log("speed: starting our assistant (SQLite tracker store, in-memory lock store)")
    with running(stack, timeout=STARTUP_SECONDS):
        scripts = {variant: intake_script(stack.rasa_url, variant) for variant in ("typed", "tapped")}
        warm_up(stack.rasa_url, scripts["typed"])
        pid = stack.processes["rasa"].pid
        ours = {"turns_per_intake": {variant: script.turns for variant, script in scripts.items()},
                "messages": {variant: script.messages for variant, script in scripts.items()},
                "rss_mb_after_warmup": rss_mb(pid),
                "action_server_rss_mb": rss_mb(stack.processes["actions"].pid)}
        processes = {"rasa": pid, "actions": stack.processes["actions"].pid,
                     "worker": stack.processes["worker"].pid}
        ours["levels"] = [row for variant, script in scripts.items()
                          for row in run_levels(stack.rasa_url, script, levels("intake", quick),
                                                f"intake-{variant}", processes)]
        ours["rss_mb_after_load"] = rss_mb(pid)
    report["ours"] = ours
    write_json("speed", report)
    return report


def bench_scale(model: Path, tmp: Path, quick: bool) -> dict:
    missing = postgres_missing() or redis_missing()
    if missing:
        log(f"scale-out: skipped: {missing}")
        report = {"skipped": missing}
        write_json("scale", report)
        return report
    log("scale-out: starting PostgreSQL and Redis on loopback")
    with PostgresServer() as pg, RedisServer() as redis_server:
        action_port = str(free_port())
        shared = {
            "ACTION_PORT": action_port,
            "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook",
            "TRACKER_STORE_URL": pg.url("rasa"),
            "LOCK_STORE_TYPE": "redis",
            "REDIS_HOST": "127.0.0.1",
            "REDIS_PORT": str(redis_server.port),
            "REDIS_DB": "1",
            "DATABASE_URL": pg.url("leads"),
        }
        stacks = []
        for name, services in (("a", ("actions", "rasa", "worker")), ("b", ("rasa",))):
            env = stack_env(tmp, f"scale-{name}", **shared)
            stacks.append(Stack(load(environ=env), model, extra_env=env, services=services,
                                log_dir=LOGS / f"scale-{name}"))
        log("scale-out: starting two Rasa instances, one action server, one worker")
        with running(*stacks, timeout=STARTUP_SECONDS):
            urls = [s.rasa_url for s in stacks]
            script = intake_script(urls[0])
            warm_up(urls, script)
            processes = {"rasa_a": stacks[0].processes["rasa"].pid,
                         "rasa_b": stacks[1].processes["rasa"].pid,
                         "actions": stacks[0].processes["actions"].pid,
                         "worker": stacks[0].processes["worker"].pid,
                         "postgres": pg.postmaster_pid(), "redis": redis_server.process.pid}
            rows = []
            for concurrency, visitors in levels("intake", quick, SCALE_LEVELS):
                plan = [(concurrency, visitors)]
                rows += run_levels(urls[:1], script, plan, "pg+redis x1", processes)
                rows += run_levels(urls, script, plan, "pg+redis x2", processes)
            rss = [rss_mb(s.processes["rasa"].pid) for s in stacks]
    speedups = {}
    for one, two in zip(rows[0::2], rows[1::2]):
        speedups[str(one["concurrency"])] = {
            "turns_per_s": round(two["turns_per_s"] / one["turns_per_s"], 2) if one["turns_per_s"] else None,
            "p95": round(one["p95_ms"] / two["p95_ms"], 2) if one["p95_ms"] and two["p95_ms"] else None,
        }
    report = {"routing": "round robin per message (consecutive messages of a visitor alternate)",
              "levels": rows, "speedup": speedups, "rss_mb_after_load": rss}
    write_json("scale", report)
    return report


# ------------------------------------------------------------------------ first reply

def bench_first_reply(tmp: Path) -> dict:
    """Seconds from `make run` in a fresh clone of HEAD to the assistant's first reply.

    The clone has no venv and no model, as a clinic's first checkout; pip's
    cache is the machine's (the aim assumes a warm package cache). Only the
    ports differ from the embedded defaults, so a running stack does not clash.
    """
    import requests

    clone = tmp / "fresh-clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    env = {key: value for key, value in os.environ.items() if not key.startswith("VIRTUAL_ENV")}
    env.update({"RASA_PORT": str(free_port()), "ACTION_PORT": str(free_port()),
                "PATH": os.pathsep.join(p for p in env["PATH"].split(os.pathsep)
                                        if not p.startswith(str(VENV_BIN)))})
    url = f"http://127.0.0.1:{env['RASA_PORT']}/webhooks/rest/webhook"
    LOGS.mkdir(parents=True, exist_ok=True)
    log("first reply: `make run` in a fresh clone (install, train, start)")
    started = time.monotonic()
    process = subprocess.Popen(["make", "run"], cwd=clone, env=env, start_new_session=True,
                               stdout=open(LOGS / "first_reply_make_run.log", "wb"),
                               stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"make run exited; see {LOGS / 'first_reply_make_run.log'}")
            try:
                reply = requests.post(url, json={"sender": "bench-first-reply", "message": "hi"}, timeout=30)
                if reply.ok and any(m.get("text") for m in reply.json()):
                    break
            except (requests.RequestException, ValueError):
                pass
            if time.monotonic() - started > 2 * STARTUP_SECONDS:
                raise TimeoutError("no reply from the fresh clone's assistant")
            time.sleep(1)
        seconds = time.monotonic() - started
    finally:
        stop_group(process, grace=30)
    result = {"seconds": round(seconds, 1), "aim_seconds": AIM_FIRST_REPLY_SECONDS,
              "meets_aim": seconds <= AIM_FIRST_REPLY_SECONDS}
    write_json("first_reply", result)
    return result


# ----------------------------------------------------------------------------- report

def pct(value) -> str:
    return "-" if value is None else f"{value:.1%}"


def print_understanding(report: dict) -> None:
    ours, default = report["ours"], report["rasa_default"]
    width = 54
    print(f"\n{'UNDERSTANDING (held-out sets)':<{width}}{'ours':>10}{'rasa init':>12}")
    rows = [
        (f"intent F1, weighted ({ours['intent_examples']} examples)",
         ours["intent_f1_weighted"], default["intent_f1_weighted"]),
        ("intent F1, macro", ours["intent_f1_macro"], default["intent_f1_macro"]),
        (f"FAQ topic accuracy, end to end ({ours['faq_examples']})",
         ours["faq_topic_accuracy"], default["faq_topic_accuracy"]),
        ("FAQ topic accuracy, response selector alone",
         ours.get("faq_selector_accuracy"), default.get("faq_selector_accuracy")),
    ]
    for key in SLOT_KEYS:
        if key in ours["slot_accuracy"]:
            rows.append((f"slot accuracy: {key} ({ours['slot_accuracy'][key]['cases']})",
                         ours["slot_accuracy"][key]["accuracy"],
                         default["slot_accuracy"].get(key, {}).get("accuracy")))
    rows += [
        (f"red-flag recall, codes ({ours['red_flag_codes_expected']})",
         ours["red_flag_code_recall"], default["red_flag_code_recall"]),
        (f"red-flag recall, messages flagged ({ours['red_flag_messages']})",
         ours["red_flag_message_recall"], default["red_flag_message_recall"]),
        (f"false-flag rate, negated/hypothetical ({ours['negated_or_hypothetical_cases']})",
         ours["false_flag_rate"], default["false_flag_rate"]),
    ]
    for name, a, b in rows:
        print(f"{name:<{width}}{pct(a):>10}{pct(b):>12}")
    print(f"{'NLU ms per message (in process)':<{width}}{ours['nlu_ms_per_message']:>10.1f}"
          f"{default['nlu_ms_per_message']:>12.1f}")
    language = report.get("language_layer") or {}
    if "red_flag_recall" in language:
        print(f"language layer alone (bench_language.py, {language['cases']} messages): red-flag recall "
              f"{pct(language['red_flag_recall'])}, false-flag rate "
              f"{pct(language['false_flag_rate_negated'])}, p95 {language['p95_ms']:.1f} ms")
    elif language:
        print(f"language layer alone: {language.get('error')}")


def summarise(results: dict, started: float) -> dict:
    aims = {}
    speed = results.get("speed")
    if speed:
        floor = next(r for r in speed["moodbot"]["levels"] if r["concurrency"] == 10)
        typed = [r for r in speed["ours"]["levels"] if r["label"] == "intake-typed"]
        ours10 = next((r for r in typed if r["concurrency"] == 10), None)
        ours50 = next((r for r in typed if r["concurrency"] == 50), None)
        if ours10 and floor["p95_ms"]:
            ratio = ours10["p95_ms"] / floor["p95_ms"]
            aims["p95_at_10"] = {"ours_ms": ours10["p95_ms"], "moodbot_ms": floor["p95_ms"],
                                 "ratio": round(ratio, 2), "aim": AIM_P95_FACTOR, "met": ratio <= AIM_P95_FACTOR}
        ours_cpu = ((ours10 or {}).get("cpu_ms_per_turn") or {}).get("rasa")
        floor_cpu = (floor.get("cpu_ms_per_turn") or {}).get("rasa")
        if ours_cpu and floor_cpu:
            ratio = ours_cpu / floor_cpu
            aims["rasa_cpu_per_turn_at_10"] = {"ours_ms": ours_cpu, "moodbot_ms": floor_cpu, "ratio": round(ratio, 2),
                                               "aim": AIM_CPU_FACTOR, "met": ratio <= AIM_CPU_FACTOR}
        rss = speed["ours"].get("rss_mb_after_load")
        if rss:
            aims["rasa_rss_after_load"] = {"mb": rss, "aim": AIM_RSS_MB, "met": rss <= AIM_RSS_MB}
        if ours50:
            aims["zero_errors_at_50"] = {"errors": ours50["errors"],
                                         "incomplete": ours50["incomplete"],
                                         "met": ours50["errors"] == 0}
    training = results.get("training")
    if training:
        aims["training"] = {"seconds": training["seconds"], "aim": AIM_TRAIN_SECONDS, "met": training["meets_aim"]}
    scale = results.get("scale")
    if scale and scale.get("speedup"):
        best = max((v["turns_per_s"] or 0) for v in scale["speedup"].values())
        aims["two_instances_speedup"] = {"turns_per_s": best, "aim": AIM_SCALE_SPEEDUP, "met": best >= AIM_SCALE_SPEEDUP}
    first_reply = results.get("first_reply")
    if first_reply:
        aims["first_reply"] = {"seconds": first_reply["seconds"], "aim": AIM_FIRST_REPLY_SECONDS,
                               "met": first_reply["meets_aim"]}
    summary = {"aims": aims, "runtime_seconds": round(time.monotonic() - started, 1),
               "cores": os.cpu_count(), "loadavg_at_end": [round(x, 2) for x in os.getloadavg()]}
    write_json("summary", {**summary, "sections": sorted(results)})
    return summary


def print_cpu(rows: list[dict]) -> None:
    print("CPU ms per turn (user+system, from /proc; where the 2 cores go):")
    for row in rows:
        cpu = row.get("cpu_ms_per_turn")
        if cpu:
            parts = ", ".join(f"{name} {ms:.0f}" for name, ms in cpu.items())
            print(f"  {row['label']:<12} x{row['instances']} at {row['concurrency']:>2}: {parts}")


def print_report(results: dict, summary: dict) -> None:
    print("\n" + "=" * 100)
    if "understanding" in results:
        print_understanding(results["understanding"])
    if "danger" in results:
        print()
        bench_danger.print_report(results["danger"])
    if "facts" in results:
        print("\nFACTS OF REAL PATIENT TEXT (scripts/bench_facts.py)")
        bench_facts.print_report(results["facts"])
    stories = results.get("stories")
    if stories:
        print(f"\nSTORIES (tests/test_stories.yml through NLU and policies): {stories['stories_correct']}/"
              f"{stories['stories']} stories correct, action accuracy {stories['action_accuracy']:.3f}, "
              f"action F1 {stories['action_f1_weighted']:.3f}")
    speed = results.get("speed")
    if speed:
        print("\nDIALOGUE SPEED (per turn; intake = complete intake + handoff until a lead is stored)")
        rows = speed["moodbot"]["levels"] + speed["ours"]["levels"]
        print(loadgen.format_table(rows))
        print_cpu(rows)
        print(f"intake turns per visitor: {speed['ours']['turns_per_intake']}. Rasa server RSS: "
              f"ours {speed['ours']['rss_mb_after_warmup']} MiB after warm-up, "
              f"{speed['ours']['rss_mb_after_load']} MiB after the load (action server "
              f"{speed['ours']['action_server_rss_mb']} MiB); moodbot "
              f"{speed['moodbot']['rss_mb_after_warmup']} / {speed['moodbot']['rss_mb_after_load']} MiB")
    scale = results.get("scale")
    if scale:
        print("\nSCALE-OUT (PostgreSQL tracker store + Redis lock store; x2 = round robin per message)")
        if "skipped" in scale:
            print(f"skipped: {scale['skipped']}")
        else:
            print(loadgen.format_table(scale["levels"]))
            print_cpu(scale["levels"])
            for level, s in scale["speedup"].items():
                print(f"speed-up of two instances over one at {level} concurrent: "
                      f"{s['turns_per_s']}x turns/s, {s['p95']}x lower p95")
    for name, report in (results.get("dialogues") or {}).items():
        print(f"\nTYPED DIALOGUES (tests/data/{name}, held out, typed only, through the assistant)")
        print(bench_dialogues.format_report(report))
    training = results.get("training")
    if training:
        print(f"\nTRAINING: rasa train --force of the project: {training['seconds']:.0f} s "
              f"on {training['cores']} cores")
    if results.get("first_reply"):
        print(f"\nFIRST REPLY: a fresh clone's `make run` answered after {results['first_reply']['seconds']:.0f} s")
    if summary["aims"]:
        print("\nAIMS")
        aims = summary["aims"]
        mark = lambda ok: "met" if ok else "NOT met"  # noqa: E731
        if "p95_at_10" in aims:
            a = aims["p95_at_10"]
            print(f"  p95 per typed turn at 10 concurrent within {AIM_P95_FACTOR}x the moodbot's: "
                  f"{a['ours_ms']:.0f} ms vs {a['moodbot_ms']:.0f} ms = {a['ratio']}x  -> {mark(a['met'])}")
        if "rasa_cpu_per_turn_at_10" in aims:
            a = aims["rasa_cpu_per_turn_at_10"]
            print(f"  Rasa CPU per typed turn within {AIM_CPU_FACTOR}x the moodbot's: "
                  f"{a['ours_ms']:.0f} ms vs {a['moodbot_ms']:.0f} ms = {a['ratio']}x  -> {mark(a['met'])}")
        if "rasa_rss_after_load" in aims:
            a = aims["rasa_rss_after_load"]
            print(f"  Rasa server resident memory after the load at most {AIM_RSS_MB} MiB: "
                  f"{a['mb']:.0f} MiB  -> {mark(a['met'])}")
        if "zero_errors_at_50" in aims:
            a = aims["zero_errors_at_50"]
            print(f"  0 errors at 50 concurrent: {a['errors']} errors  -> {mark(a['met'])}")
        if "training" in aims:
            a = aims["training"]
            print(f"  rasa train --force at most {AIM_TRAIN_SECONDS} s: {a['seconds']:.0f} s  -> {mark(a['met'])}")
        if "two_instances_speedup" in aims:
            a = aims["two_instances_speedup"]
            print(f"  two instances at least {AIM_SCALE_SPEEDUP}x one: {a['turns_per_s']}x  -> {mark(a['met'])}")
        if "first_reply" in aims:
            a = aims["first_reply"]
            print(f"  fresh clone's `make run` to its first reply at most {AIM_FIRST_REPLY_SECONDS} s: "
                  f"{a['seconds']:.0f} s  -> {mark(a['met'])}")
    print(f"\nmachine load average (1/5/15 min): {summary['loadavg_at_start']} at the start, "
          f"{summary['loadavg_at_end']} at the end "
          f"on {summary['cores']} cores; other work on the machine skews the speed figures")
    print(f"\nbench runtime {summary['runtime_seconds'] / 60:.1f} min; figures in "
          f"{OUT.relative_to(ROOT)}/*.json, logs in {LOGS.relative_to(ROOT)}/")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer visitors per level (development)")
    parser.add_argument("--only", default="training,understanding,danger,facts,stories,dialogues,speed,scale,first_reply",
                        help="comma-separated sections to run")
    parser.add_argument("--intake-only", action="store_true",
                        help="visitors stop after the intake form (no handoff, no lead)")
    args = parser.parse_args(argv)
    global INTAKE_ONLY
    INTAKE_ONLY = args.intake_only
    sections = {s.strip() for s in args.only.split(",") if s.strip()}
    started = time.monotonic()
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    log(f"machine load average (1/5/15 min) at the start: {load_at_start} on {os.cpu_count()} cores")
    OUT.mkdir(parents=True, exist_ok=True)
    model = model_path()
    if not model.exists():
        model = train_if_stale()
    results: dict = {}
    failures: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp_name:
        tmp = Path(tmp_name)
        nlu_model = model
        steps = {
            "training": lambda: bench_training(tmp),
            "understanding": lambda: bench_understanding(nlu_model, tmp),
            "facts": lambda: bench_facts.evaluate()[0],
            "stories": lambda: bench_stories.evaluate(model),
            "danger": bench_danger.evaluate,
            "dialogues": lambda: bench_dialogues.run_sets_with_own_stack(model, {
                path.name: bench_dialogues.load_dialogues(path) for path in bench_dialogues.HELDOUT_SETS}),
            "speed": lambda: bench_speed(model, tmp, args.quick),
            "scale": lambda: bench_scale(model, tmp, args.quick),
            "first_reply": lambda: bench_first_reply(tmp),
        }
        for name, step in steps.items():
            if name not in sections:
                continue
            try:
                results[name] = step()
            except Exception as problem:  # one broken section must not lose the others
                log(f"{name}: FAILED: {type(problem).__name__}: {problem}")
                failures[name] = f"{type(problem).__name__}: {problem}"
                continue
            if name == "training":
                results[name], nlu_model = results[name]
    summary = summarise(results, started)
    summary["failures"] = failures
    summary["loadavg_at_start"] = load_at_start
    write_json("summary", {**summary, "sections": sorted(results)})
    print_report(results, summary)
    for name, problem in failures.items():
        print(f"FAILED section {name}: {problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
