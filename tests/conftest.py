"""Fixtures shared by the suite: one trained model and one running assistant per run.

The assistant is the real thing: `bot.launcher.Stack` starts the action server,
the Rasa server and the lead worker on free ports, with their own SQLite files
and a real SMTP server (aiosmtpd) standing in for the clinic's mail server.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.launcher import running, train_if_stale
from bot.settings import load
from scripts.servers import (
    PostgresServer,
    RedisServer,
    free_port,
    postgres_missing,
    redis_missing,
)
from tests.smtp_sink import SmtpSink
from tests.support import Chat, OwnCredentials, suite_credentials

TEST_CLINIC = {
    "CLINIC_NAME": "Test Valley Acupuncture",
    "CLINIC_PHONE": "+1 416 555 0199",
    "BOOKING_URL": "https://book.test-valley.example/acupuncture",
    "PRIVACY_URL": "https://test-valley.example/privacy",
    "SAFETY_REGION": "north_america",
}


@pytest.fixture(scope="session")
def model() -> Path:
    """The model for the current training data, trained at most once per run."""
    return train_if_stale()


@pytest.fixture(scope="session")
def smtp_sink():
    with SmtpSink() as sink:
        yield sink


@pytest.fixture(scope="session")
def assistant_env(tmp_path_factory, smtp_sink) -> dict[str, str]:
    """Environment of the running assistant: its own files, ports and mail server."""
    var = tmp_path_factory.mktemp("var")
    return {
        "ENV_FILE": os.devnull,
        "RASA_API_TOKEN": "test-token",
        "RASA_PORT": str(free_port()),
        "ACTION_PORT": str(free_port()),
        "TRACKER_STORE_URL": f"sqlite:///{var / 'tracker.db'}",
        "DATABASE_URL": f"sqlite:///{var / 'leads.db'}",
        "OUTBOX_DIR": str(var / "outbox"),
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp_sink.port),
        "SMTP_STARTTLS": "false",
        "CLINIC_INBOX_EMAIL": "frontdesk@test-valley.example",
        **TEST_CLINIC,
    }


@pytest.fixture(scope="session")
def assistant(model, assistant_env, tmp_path_factory):
    """The running assistant (action server, Rasa server, worker) for the whole run."""
    settings = load(environ=assistant_env)
    logs = tmp_path_factory.mktemp("logs")
    stack = OwnCredentials(settings, model, extra_env=assistant_env, log_dir=logs,
                           credentials=suite_credentials(logs))
    with running(stack, timeout=400):  # the machine may be busy training or benchmarking
        yield stack


@pytest.fixture
def chat(assistant) -> Chat:
    """A new visitor's conversation."""
    return Chat(assistant.rasa_url, assistant.settings.rasa_api_token)


def _throwaway(missing: str | None, server_class):
    """Run a server for the whole session, or skip what needs it, saying why."""
    if missing:
        pytest.skip(missing)
    with server_class() as server:
        yield server


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster on loopback for the run, or the test is skipped."""
    yield from _throwaway(postgres_missing(), PostgresServer)


@pytest.fixture(scope="session")
def redis_server():
    """A throwaway Redis on loopback for the run, or the test is skipped."""
    yield from _throwaway(redis_missing(), RedisServer)
