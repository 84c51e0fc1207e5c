"""No silent start and no silent loss: production refuses incomplete settings.

With DEPLOY_MODE=production (docker-compose.yml sets it) an empty secret or a
missing delivery target stops the start with a message that names the setting
and the one line that fixes it; in development (`make run`) leads still fall
back to `.eml` files, and the worker says loudly where they are.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from bot.cli import main
from bot.launcher import lead_target
from bot.leads import outbox
from bot.leads.db import dispose_engines
from bot.leads.store import list_leads
from bot.settings import PROJECT_ROOT, SECRETS_COMMAND, SettingsError, load
from scripts.servers import PostgresServer, postgres_missing

EXAMPLE = (PROJECT_ROOT / ".env.example").read_text()


@pytest.fixture
def env_file(tmp_path, monkeypatch):
    """A clinic's `.env` made from the shipped example, in production mode."""
    path = tmp_path / ".env"
    path.write_text(EXAMPLE + "\nDEPLOY_MODE=production\n")
    for name in ("RASA_API_TOKEN", "WIDGET_TOKEN_SECRET", "POSTGRES_PASSWORD", "SMTP_HOST",
                 "WEBHOOK_URL", "DEPLOY_MODE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ENV_FILE", str(path))
    return path


def test_the_shipped_example_does_not_start_and_says_how_to_fix_it(env_file, capsys):
    assert main(["secrets", "--check"]) == 1
    problems = capsys.readouterr().err
    for name in ("RASA_API_TOKEN", "WIDGET_TOKEN_SECRET", "SMTP_HOST"):
        assert name in problems
    assert SECRETS_COMMAND in problems


def test_the_generated_secrets_appended_to_env_make_it_start(env_file, capsys):
    with env_file.open("a") as file:
        file.write("SMTP_HOST=mail.example-clinic.test\n")
    assert main(["secrets"]) == 0
    generated = capsys.readouterr().out
    names = [line.split("=", 1)[0] for line in generated.splitlines()]
    assert names == ["RASA_API_TOKEN", "WIDGET_TOKEN_SECRET", "REST_CHANNEL_TOKEN", "POSTGRES_PASSWORD"]
    with env_file.open("a") as file:  # what `python -m bot secrets >> .env` does
        file.write(generated)

    assert main(["secrets", "--check"]) == 0
    settings = load()
    assert len(settings.rasa_api_token) == 64 and settings.widget_token_secret != settings.rasa_api_token
    assert main(["secrets"]) == 0
    assert capsys.readouterr().out == "", "a second run must not replace working secrets"


def test_a_webhook_alone_is_a_delivery_target(env_file, capsys):
    with env_file.open("a") as file:
        file.write("RASA_API_TOKEN=abc\nWEBHOOK_URL=https://crm.example-clinic.test/leads\n")
    assert main(["secrets", "--check"]) == 0


def test_the_worker_refuses_to_start_in_production_without_smtp_or_webhook(tmp_path):
    env = {**os.environ, "ENV_FILE": os.devnull, "DEPLOY_MODE": "production",
           "RASA_API_TOKEN": "set", "DATABASE_URL": f"sqlite:///{tmp_path / 'leads.db'}"}
    for name in ("SMTP_HOST", "WEBHOOK_URL"):
        env.pop(name, None)
    result = subprocess.run([sys.executable, "-m", "bot", "worker"], cwd=PROJECT_ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "SMTP_HOST is empty" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "leads.db").exists(), "it stopped before touching the lead store"


def test_run_worker_checks_settings_it_is_given(tmp_path):
    settings = load(environ={"ENV_FILE": os.devnull, "DEPLOY_MODE": "production",
                             "RASA_API_TOKEN": "set"})
    with pytest.raises(SettingsError, match="SMTP_HOST"):
        outbox.run_worker(threading.Event(), settings)


def test_the_eml_fallback_says_loudly_where_the_leads_are(tmp_path, caplog):
    settings = load(environ={"ENV_FILE": os.devnull, "OUTBOX_DIR": str(tmp_path / "outbox"),
                             "DATABASE_URL": f"sqlite:///{tmp_path / 'leads.db'}"})
    stop = threading.Event()
    stop.set()
    with caplog.at_level(logging.WARNING, logger="bot.leads.outbox"):
        outbox.run_worker(stop, settings)
    warning = " ".join(r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    assert f"written as .eml files to {tmp_path / 'outbox'}" in warning
    assert "NOT sent" in warning
    assert str(tmp_path / "outbox") in lead_target(settings)


def test_an_unknown_deploy_mode_is_refused(env_file, capsys):
    with env_file.open("a") as file:
        file.write("DEPLOY_MODE=prod\n")
    assert main(["secrets", "--check"]) == 1
    assert "DEPLOY_MODE is 'prod'" in capsys.readouterr().err


def test_the_database_password_travels_as_pgpassword_with_any_characters(monkeypatch):
    """docker-compose.yml puts no password in its URLs; libpq reads PGPASSWORD instead."""
    missing = postgres_missing()
    if missing:
        pytest.skip(missing)
    password = "p@ss:w/rd%?#"  # each of these would break a URL unless encoded
    with PostgresServer(databases=("leads",)) as server:
        server.execute("postgres", "ALTER ROLE postgres PASSWORD %s", (password,))
        (server.data_dir / "pg_hba.conf").write_text(
            "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n")
        server.execute("postgres", "SELECT pg_reload_conf()")
        settings = load(environ={"ENV_FILE": os.devnull, "DATABASE_URL": server.url("leads")})
        try:
            monkeypatch.delenv("PGPASSWORD", raising=False)
            with pytest.raises(OperationalError, match="password"):
                list_leads(settings=settings)
            monkeypatch.setenv("PGPASSWORD", password)
            assert list_leads(settings=settings) == []
        finally:
            dispose_engines()


def test_the_rasa_server_itself_refuses_to_start_without_its_secrets(tmp_path):
    """Even without compose's `secrets --check`, Rasa stops when it loads the widget channel."""
    env = {**os.environ, "ENV_FILE": os.devnull, "DEPLOY_MODE": "production",
           "ACTION_ENDPOINT_URL": "http://127.0.0.1:9/webhook", "LOCK_STORE_TYPE": "in_memory",
           "TRACKER_STORE_URL": f"sqlite:///{tmp_path / 'tracker.db'}",
           "REDIS_HOST": "127.0.0.1", "REDIS_PORT": "6379", "REDIS_DB": "1",
           "SMTP_HOST": "mail.example-clinic.test"}
    for name in ("RASA_API_TOKEN", "WIDGET_TOKEN_SECRET"):
        env.pop(name, None)
    rasa = Path(sys.executable).parent / "rasa"
    result = subprocess.run(
        [str(rasa), "run", "--endpoints", "endpoints.yml", "--credentials", "credentials.yml",
         "--interface", "127.0.0.1", "--port", "0"],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "WIDGET_TOKEN_SECRET is empty" in output and SECRETS_COMMAND in output
    assert "Traceback" not in output
