"""Starting the whole assistant: train when stale, then the servers and the worker.

`make run` calls `python -m bot run`; the test suite starts the same `Stack` on
free ports, so what the tests talk to is what a clinic runs.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from bot.leads import outbox
from bot.settings import PROJECT_ROOT, VAR_DIR, Settings, get_settings

MODELS_DIR = PROJECT_ROOT / "models"
#: What `rasa train` reads, the trained component's own code included (its
#: artefact's layout changes with it).
TRAINING_INPUTS = ("data", "domain.yml", "config.yml", "bot/faq_selector.py")
VENV_BIN = Path(sys.executable).parent


def training_fingerprint(root: Path = PROJECT_ROOT) -> str:
    """A hash of everything `rasa train` reads, so an unchanged project never retrains."""
    digest = hashlib.sha256()
    for name in TRAINING_INPUTS:
        path = root / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(root)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def model_path(root: Path = PROJECT_ROOT) -> Path:
    return MODELS_DIR / f"intake-{training_fingerprint(root)}.tar.gz"


def train_if_stale() -> Path:
    """Return the model for the current training data, training it only when missing."""
    model = model_path()
    if model.exists():
        print(f"Model is up to date: {model.relative_to(PROJECT_ROOT)}", flush=True)
        return model
    print("Training the assistant (data, domain or config changed)...", flush=True)
    started = time.monotonic()
    subprocess.run(
        [
            str(VENV_BIN / "rasa"), "train",
            "--data", "data", "--domain", "domain.yml", "--config", "config.yml",
            "--out", str(MODELS_DIR), "--fixed-model-name", model.name.removesuffix(".tar.gz"),
        ],
        cwd=PROJECT_ROOT,
        check=True,
    )
    print(f"Trained in {time.monotonic() - started:.0f} s: {model.relative_to(PROJECT_ROOT)}")
    for old in MODELS_DIR.glob("intake-*.tar.gz"):
        if old != model:
            old.unlink()
    return model


def ensure_api_token(env_file: Path = PROJECT_ROOT / ".env") -> None:
    """Generate RASA_API_TOKEN into `.env` on first run, so the HTTP API is never open."""
    if os.environ.get("RASA_API_TOKEN"):
        return
    text = env_file.read_text() if env_file.exists() else ""
    if any(line.startswith("RASA_API_TOKEN=") and line.strip() != "RASA_API_TOKEN=" for line in text.splitlines()):
        return
    lines = [line for line in text.splitlines() if not line.startswith("RASA_API_TOKEN=")]
    lines.append(f"RASA_API_TOKEN={secrets.token_urlsafe(32)}")
    env_file.write_text("\n".join(lines) + "\n")
    env_file.chmod(0o600)
    get_settings.cache_clear()
    print(f"Generated RASA_API_TOKEN into {env_file.name}")


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@dataclass
class Stack:
    """The action server, the Rasa server and the outbox worker as child processes."""

    settings: Settings
    model: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    log_dir: Path = VAR_DIR / "log"
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    #: Which of "actions", "rasa" and "worker" to start; a scaled-out layout runs,
    #: say, two stacks with only "rasa" next to one with all three.
    services: tuple[str, ...] = ("actions", "rasa", "worker")

    @property
    def rasa_url(self) -> str:
        return f"http://{self.settings.rasa_host}:{self.settings.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.action_port}"

    def _commands(self) -> dict[str, list[str]]:
        s = self.settings
        return {
            "actions": [sys.executable, "-m", "actions", "--actions", "actions",
                        "--port", str(s.action_port)],
            "rasa": [str(VENV_BIN / "rasa"), "run", "--model", str(self.model),
                     "--endpoints", "endpoints.yml", "--credentials", "credentials.yml",
                     "--interface", s.rasa_host, "--port", str(s.rasa_port),
                     "--enable-api", "--auth-token", s.rasa_api_token],
            "worker": [sys.executable, "-m", "bot", "worker"],
        }

    def start(self) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, **self.settings.as_environment(), "SANIC_HOST": "127.0.0.1",
               "PYTHONUNBUFFERED": "1", **self.extra_env}
        for name, command in self._commands().items():
            if name not in self.services:
                continue
            log = open(self.log_dir / f"{name}.log", "ab")
            self.processes[name] = subprocess.Popen(
                command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )

    def wait_ready(self, timeout: float = 180) -> None:
        """Block until both servers answer; fail early if a process died."""
        deadline = time.monotonic() + timeout
        checks = {"actions": f"{self.action_url}/health", "rasa": f"{self.rasa_url}/"}
        checks = {name: url for name, url in checks.items() if name in self.services}
        while checks:
            self.raise_if_exited()
            checks = {name: url for name, url in checks.items() if not _http_ok(url)}
            if time.monotonic() > deadline:
                raise TimeoutError(f"not ready after {timeout:.0f} s: {', '.join(checks)}")
            if checks:
                time.sleep(0.5)

    def raise_if_exited(self) -> None:
        for name, process in self.processes.items():
            if process.poll() is not None:
                raise RuntimeError(
                    f"the {name} process exited with code {process.returncode}; "
                    f"see {self.log_dir / (name + '.log')}"
                )

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


@contextmanager
def running(*stacks: Stack, timeout: float = 180) -> Iterator[tuple[Stack, ...]]:
    """Start every stack, wait until all of them answer, and stop them all on the way
    out, also when one fails to start, so no server outlives its caller.

    All start before any is waited for: instances sharing a database create its
    tables concurrently, as they would behind a proxy.
    """
    try:
        for stack in stacks:
            stack.start()
        for stack in stacks:
            stack.wait_ready(timeout)
        yield stacks
    finally:
        for stack in stacks:
            stack.stop()


def lead_target(settings: Settings) -> str:
    """Where the worker sends leads, for the start-up banner."""
    if settings.smtp_host:
        return f"emailed to {settings.clinic_inbox_email} via {settings.smtp_host}"
    return "!!! " + outbox.eml_fallback_notice(settings)


def run(_args=None) -> int:
    """Train if needed, start everything, and stay up until Ctrl-C or SIGTERM."""
    ensure_api_token()
    settings = get_settings()
    model = train_if_stale()
    stack = Stack(settings, model)
    stopping = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stopping.set())
    print("Starting the action server, the Rasa server and the lead worker...", flush=True)
    try:
        with running(stack):
            print(
                f"\nThe assistant is running.\n"
                f"  Website widget demo: {stack.rasa_url}/webhooks/widget/demo\n"
                f"  Chat API:  POST {stack.rasa_url}/webhooks/rest/webhook  "
                f"{{\"sender\": \"me\", \"message\": \"hello\"}}\n"
                f"  Logs:      {stack.log_dir}\n"
                f"  Leads:     {lead_target(settings)}\n"
                f"Press Ctrl-C to stop.",
                flush=True,
            )
            while not stopping.wait(1):
                stack.raise_if_exited()
            print("Stopping...", flush=True)
    except (RuntimeError, TimeoutError) as problem:
        print(f"Stopping: {problem}", file=sys.stderr)
        return 1
    return 0


def train(_args=None) -> int:
    train_if_stale()
    return 0


def register(commands) -> None:
    commands.add_parser("run", help="train if needed and start the assistant").set_defaults(handler=run)
    commands.add_parser("train", help="train the model if the training data changed").set_defaults(handler=train)
