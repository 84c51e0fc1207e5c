"""Simulated website visitors over Rasa's REST channel: bounded, loopback only.

Each visitor holds a complete conversation, one message at a time, the way a
person would (it waits for each reply before it sends the next message). For
the intake this is: "my back hurts", then an answer to whatever the intake
form asks (`requested_slot`), then a request to be contacted, then the answers
the handoff form asks for, until a lead is stored (slot `lead_id`). Two
variants: "typed" (every answer typed in words, so every turn goes through
NLU, as most visitors do) and "tapped" (button payloads, which skip NLU).

How the next answer is chosen without a tracker GET in every turn:
one *calibration* conversation is held first, untimed, reading
`requested_slot` from the tracker API before every answer. It records the
messages it sent and a signature of every reply (the buttons offered). The
timed visitors replay those messages and compare each reply's signature
with the recorded one; the dialogue is deterministic, so they match. A
visitor whose reply differs falls back to reading `requested_slot` from the
tracker API for the rest of its conversation (those GETs are outside the
timed section, and the report counts such "diverged" visitors). After its
last message every intake visitor reads its tracker once, untimed, to check
that a lead was stored: only those count as completed intakes.

What is timed: the POST /webhooks/rest/webhook round trip of each message,
from sending the request to having read the whole JSON reply. Turns/s and
intakes/min are over the wall time of the whole level (including the
untimed GETs, which are cheap next to a turn).

Bounds: every level has a maximum number of visitors, a time after which no
visitor starts, a hard stop, and a per-request timeout. URLs must be loopback.

Usage (ad hoc, against a running assistant):
    python scripts/loadgen.py --url http://127.0.0.1:5005 --token TOKEN \
        --concurrency 1,10 --visitors 20 --max-seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import aiohttp
import requests

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
#: Hard limits whatever the caller asks for.
MAX_VISITORS_PER_LEVEL = 500
MAX_SECONDS_PER_LEVEL = 600
MAX_CONCURRENCY = 100


def check_loopback(url: str) -> str:
    host = urlparse(url).hostname
    if host not in LOOPBACK_HOSTS:
        raise ValueError(f"load goes to loopback only, not to {host!r} ({url})")
    return url.rstrip("/")


def reply_signature(messages: list[dict]) -> tuple:
    """What identifies a reply across visitors: the buttons offered, in order.

    Texts are left out on purpose: they contain the visitor's own answers and
    may come from one of several response variations.
    """
    return tuple(b.get("payload") for m in messages for b in m.get("buttons") or [])


#: Taps: button payloads (they skip NLU) and the few typed details, per question.
TAPPED_ANSWERS = {
    "pain_location": '/inform{"pain_location":"lower_back"}',
    "pain_duration_category": '/inform{"pain_duration_category":"chronic"}',
    "pain_radiates": "/deny",
    "pain_severity": '/inform{"pain_severity":5}',
    "seen_doctor": "/affirm",
    "precautions": "/deny",
    "danger_check": "/deny",
    "consent_given": "/affirm",
    "contact_name": "Dana Whitfield",
    "preferred_contact": '/inform{"preferred_contact":"email"}',
    "contact_email": "dana.whitfield@example.org",
    "contact_phone": "416 555 0123",
    "preferred_time": "weekday mornings",
}
#: What a visitor who only types says to each question (every turn goes through NLU).
TYPED_ANSWERS = {
    "pain_location": "lower back",
    "pain_duration_category": "about 4 months",
    "pain_radiates": "no it stays in my back",
    "pain_severity": "around a 5",
    "seen_doctor": "yes my doctor saw it",
    "precautions": "none of those",
    "danger_check": "no",
    "consent_given": "yes I agree",
    "contact_name": "Dana Whitfield",
    "preferred_contact": "by email please",
    "contact_email": "dana.whitfield@example.org",
    "contact_phone": "416 555 0123",
    "preferred_time": "weekday mornings",
}
VARIANTS = {
    "tapped": ("my back hurts", TAPPED_ANSWERS, ("/contact_me",)),
    "typed": ("my back hurts", TYPED_ANSWERS, ("could someone from the clinic contact me",)),
}


def default_answers() -> dict[str, str]:
    return dict(TAPPED_ANSWERS)


def planner(variant: str, opening: str | None = None) -> "Planner":
    """The intake conversation of a variant: "tapped" (buttons) or "typed" (words only)."""
    default_opening, answers, follow_ups = VARIANTS[variant]
    return Planner(opening or default_opening, dict(answers), follow_ups)


@dataclass
class Planner:
    """Chooses the next message of a conversation from its tracker.

    While a form is active it answers `requested_slot` from `answers`; when no
    form is active it sends the next of `follow_ups` not yet sent; then it is done.
    """

    opening: str
    answers: dict[str, str] = field(default_factory=default_answers)
    follow_ups: tuple[str, ...] = ("/contact_me",)

    def next(self, tracker: dict, sent: list[str]) -> str | None:
        if (tracker.get("active_loop") or {}).get("name"):
            slot = tracker["slots"].get("requested_slot")
            if slot not in self.answers:
                raise KeyError(f"no answer for requested_slot {slot!r}")
            return self.answers[slot]
        remaining = [m for m in self.follow_ups if m not in sent]
        return remaining[0] if remaining else None


@dataclass
class Script:
    """The messages of one conversation and the signature of each reply."""

    name: str
    messages: list[str]
    signatures: list[tuple]
    planner: Planner | None = None
    #: A slot that must be set at the end for the conversation to count as completed.
    done_slot: str | None = None

    @property
    def turns(self) -> int:
        return len(self.messages)


def _post(url: str, sender: str, text: str) -> list[dict]:
    response = requests.post(f"{url}/webhooks/rest/webhook",
                             json={"sender": sender, "message": text}, timeout=120)
    response.raise_for_status()
    return response.json()


def _tracker(url: str, sender: str, token: str) -> dict:
    response = requests.get(f"{url}/conversations/{sender}/tracker",
                            params={"token": token}, timeout=60)
    response.raise_for_status()
    return response.json()


def record_script(url: str, token: str, planner: Planner, name: str = "intake",
                  done_slot: str | None = "lead_id", limit: int = 40) -> Script:
    """Hold one untimed conversation driven by the tracker and record it."""
    url = check_loopback(url)
    sender = f"calibration-{uuid.uuid4().hex[:10]}"
    messages, signatures = [], []
    text: str | None = planner.opening
    while text is not None:
        reply = _post(url, sender, text)
        signatures.append(reply_signature(reply))
        messages.append(text)
        tracker = _tracker(url, sender, token)
        text = planner.next(tracker, messages)
        if text is not None and len(messages) >= limit:
            raise RuntimeError(
                f"the calibration {name} did not end within {limit} messages; last sent "
                f"{messages[-3:]}, last reply {reply!r:.300}, requested_slot "
                f"{tracker['slots'].get('requested_slot')!r}")
    if done_slot:
        value = _tracker(url, sender, token)["slots"].get(done_slot)
        if not value:
            raise RuntimeError(f"the calibration {name} ended without {done_slot}: {messages}")
    return Script(name, messages, signatures, planner, done_slot)


def fixed_script(url: str, name: str, messages: list[str]) -> Script:
    """A conversation with fixed messages (the moodbot), recorded once."""
    url = check_loopback(url)
    sender = f"calibration-{uuid.uuid4().hex[:10]}"
    signatures = [reply_signature(_post(url, sender, text)) for text in messages]
    return Script(name, list(messages), signatures)


@dataclass
class LevelResult:
    name: str
    concurrency: int
    instances: int
    visitors_started: int = 0
    visitors_completed: int = 0
    visitors_incomplete: int = 0
    visitors_diverged: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    wall_seconds: float = 0.0

    def percentile(self, q: float) -> float | None:
        """Nearest-rank percentile of the per-turn latencies."""
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)
        rank = max(1, -(-len(ordered) * q // 100))  # ceil(n * q / 100)
        return ordered[int(rank) - 1]

    def summary(self) -> dict:
        turns = len(self.latencies_ms)
        wall = self.wall_seconds or float("nan")
        return {
            "name": self.name,
            "concurrency": self.concurrency,
            "instances": self.instances,
            "visitors": self.visitors_started,
            "completed": self.visitors_completed,
            "incomplete": self.visitors_incomplete,
            "diverged": self.visitors_diverged,
            "errors": self.errors,
            "error_samples": self.error_samples[:5],
            "turns": turns,
            "p50_ms": _round(self.percentile(50)),
            "p95_ms": _round(self.percentile(95)),
            "p99_ms": _round(self.percentile(99)),
            "mean_ms": _round(sum(self.latencies_ms) / turns if turns else None),
            "turns_per_s": round(turns / wall, 2),
            "completed_per_min": round(self.visitors_completed / wall * 60, 2),
            "wall_s": round(self.wall_seconds, 2),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


class _VisitorFailed(Exception):
    pass


async def _visitor(session: aiohttp.ClientSession, urls: list[str], token: str, script: Script,
                   sender: str, index: int, per_message: bool, result: LevelResult,
                   timeout: aiohttp.ClientTimeout) -> None:
    sent: list[str] = []
    replay = True
    text: str | None = script.messages[0]

    def url_for(turn: int) -> str:
        return urls[(index + turn) % len(urls)] if per_message else urls[index % len(urls)]

    async def tracker(turn: int) -> dict:
        async with session.get(f"{url_for(turn)}/conversations/{sender}/tracker",
                               params={"token": token}, timeout=timeout) as response:
            if response.status != 200:
                raise _VisitorFailed(f"tracker GET {response.status}")
            return await response.json()

    while text is not None:
        turn = len(sent)
        if turn >= 3 * script.turns + 10:
            raise _VisitorFailed("conversation did not end")
        started = time.perf_counter()
        try:
            async with session.post(f"{url_for(turn)}/webhooks/rest/webhook",
                                    json={"sender": sender, "message": text},
                                    timeout=timeout) as response:
                body = await response.read()
                elapsed = (time.perf_counter() - started) * 1000
                if response.status != 200:
                    raise _VisitorFailed(f"HTTP {response.status}: {body[:200]!r}")
        except (aiohttp.ClientError, asyncio.TimeoutError) as problem:
            raise _VisitorFailed(f"{type(problem).__name__}: {problem}") from problem
        result.latencies_ms.append(elapsed)
        sent.append(text)
        messages = json.loads(body)
        if replay and (turn >= script.turns or reply_signature(messages) != script.signatures[turn]):
            if script.planner is None:
                raise _VisitorFailed(f"unexpected reply in turn {turn + 1}: {messages!r:.200}")
            replay = False
            result.visitors_diverged += 1
        if replay:
            text = script.messages[turn + 1] if turn + 1 < script.turns else None
        else:
            text = script.planner.next(await tracker(turn + 1), sent)
    if script.done_slot:
        slots = (await tracker(len(sent)))["slots"]
        if not slots.get(script.done_slot):
            raise _VisitorFailed(f"ended without {script.done_slot}")


async def _run_level(urls: list[str], token: str, script: Script, concurrency: int,
                     visitors: int, max_seconds: float, per_message: bool,
                     request_timeout: float, label: str) -> LevelResult:
    result = LevelResult(script.name, concurrency, len(urls))
    timeout = aiohttp.ClientTimeout(total=request_timeout)
    run_id = uuid.uuid4().hex[:6]
    safe_label = re.sub(r"[^A-Za-z0-9_]+", "_", label)  # sender ids go into URL paths
    counter = iter(range(visitors))
    started = time.monotonic()
    no_new_visitors_after = started + max_seconds

    async def worker(session: aiohttp.ClientSession) -> None:
        for index in counter:
            if time.monotonic() > no_new_visitors_after:
                return
            result.visitors_started += 1
            sender = f"load-{safe_label}-{run_id}-{index}"
            try:
                await _visitor(session, urls, token, script, sender, index, per_message,
                               result, timeout)
                result.visitors_completed += 1
            except _VisitorFailed as problem:
                result.errors += 1
                result.visitors_incomplete += 1
                if len(result.error_samples) < 10:
                    result.error_samples.append(str(problem))
            except (aiohttp.ClientError, asyncio.TimeoutError, KeyError, ValueError) as problem:
                result.errors += 1
                result.visitors_incomplete += 1
                if len(result.error_samples) < 10:
                    result.error_samples.append(f"{type(problem).__name__}: {problem}")

    connector = aiohttp.TCPConnector(limit=2 * concurrency + 4)
    async with aiohttp.ClientSession(connector=connector) as session:
        tasks = [asyncio.create_task(worker(session)) for _ in range(concurrency)]
        hard_stop = max_seconds + 3 * request_timeout
        done, pending = await asyncio.wait(tasks, timeout=hard_stop)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
            in_flight = result.visitors_started - result.visitors_completed - result.visitors_incomplete
            result.errors += in_flight
            result.visitors_incomplete += in_flight
            result.error_samples.append(f"hard stop after {hard_stop:.0f} s")
    result.wall_seconds = time.monotonic() - started
    return result


def run_level(urls: list[str] | str, token: str, script: Script, concurrency: int,
              visitors: int, max_seconds: float = 120, per_message: bool = True,
              request_timeout: float = 60, label: str = "v") -> LevelResult:
    """Run `visitors` conversations, `concurrency` at a time, against `urls`.

    With several URLs, `per_message` sends consecutive messages of one visitor
    to different instances (round robin); otherwise each visitor sticks to one.
    """
    urls = [check_loopback(u) for u in ([urls] if isinstance(urls, str) else urls)]
    concurrency = max(1, min(concurrency, MAX_CONCURRENCY))
    visitors = max(1, min(visitors, MAX_VISITORS_PER_LEVEL))
    max_seconds = min(max_seconds, MAX_SECONDS_PER_LEVEL)
    return asyncio.run(_run_level(urls, token, script, concurrency, visitors, max_seconds,
                                  per_message, request_timeout, label))


def format_table(rows: list[dict]) -> str:
    header = (f"{'conversation':<14}{'inst':>5}{'conc':>5}{'visitors':>9}{'turns':>7}"
              f"{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'turns/s':>9}{'done/min':>9}{'errors':>7}")
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(
            f"{r.get('label', r['name']):<14}{r['instances']:>5}{r['concurrency']:>5}{r['visitors']:>9}{r['turns']:>7}"
            f"{_fmt(r['p50_ms'])}{_fmt(r['p95_ms'])}{_fmt(r['p99_ms'])}"
            f"{r['turns_per_s']:>9.2f}{r['completed_per_min']:>9.1f}{r['errors']:>7}"
        )
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return f"{'-':>9}" if value is None else f"{value:>9.0f}"


MOODBOT_MESSAGES = ["hi", "I am sad", "yes", "bye"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", action="append", required=True,
                        help="a Rasa instance (loopback); repeat for round robin")
    parser.add_argument("--token", default="", help="RASA_API_TOKEN (for the tracker API)")
    parser.add_argument("--concurrency", default="1,10", help="comma-separated levels")
    parser.add_argument("--visitors", type=int, default=20, help="visitors per level (at least the concurrency)")
    parser.add_argument("--max-seconds", type=float, default=60, help="no new visitor after this, per level")
    parser.add_argument("--moodbot", action="store_true", help="the stock moodbot greet/mood exchange")
    parser.add_argument("--per-visitor", action="store_true", help="round robin per visitor, not per message")
    parser.add_argument("--opening", default=None)
    parser.add_argument("--variant", choices=sorted(VARIANTS), default="typed",
                        help="typed: every turn typed (through NLU); tapped: button payloads")
    args = parser.parse_args(argv)
    if args.moodbot:
        script = fixed_script(args.url[0], "moodbot", MOODBOT_MESSAGES)
    else:
        script = record_script(args.url[0], args.token, planner(args.variant, args.opening),
                               name=f"intake-{args.variant}")
    print(f"recorded {script.name}: {script.turns} turns per visitor")
    rows = []
    for level in (int(c) for c in args.concurrency.split(",")):
        result = run_level(args.url, args.token, script, level, max(level, args.visitors),
                           args.max_seconds, per_message=not args.per_visitor)
        rows.append(result.summary())
        print(format_table(rows[-1:]), flush=True)
    print()
    print(format_table(rows))
    return 0 if all(r["errors"] == 0 for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
