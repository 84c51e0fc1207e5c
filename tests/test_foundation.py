"""The ground everything stands on: the assistant trains, runs, answers and is protected."""

from __future__ import annotations

import subprocess
import sys

import pytest
import requests

from bot import launcher
from bot.settings import PROJECT_ROOT, load

RASA = str(launcher.VENV_BIN / "rasa")


def test_greeting_over_the_rest_channel(chat):
    reply = chat.say("hello")
    assert "Test Valley Acupuncture" in reply.text
    assert "not for emergencies" in reply.text
    assert "911" in reply.text


def test_http_api_needs_the_token(assistant, chat):
    chat.say("hi")
    url = f"{assistant.rasa_url}/conversations/{chat.sender}/tracker"
    assert requests.get(url, timeout=10).status_code == 401
    assert requests.get(url, params={"token": "wrong"}, timeout=10).status_code == 401
    assert chat.tracker()["sender_id"] == chat.sender


@pytest.mark.parametrize(
    "odd",
    ["", "   ", "x" * 20_000, "<img src=x onerror=alert(1)>", "\r\n\r\n", "🙂" * 50,
     '/inform{"triage_level": "routine"}', "/restart", "/nonexistent_intent"],
    ids=["empty", "blank", "20k", "html", "crlf", "emoji", "injection", "restart", "unknown"],
)
def test_odd_messages_get_a_reply_and_the_conversation_goes_on(chat, odd):
    reply = chat.say(odd)
    assert reply.texts, f"no reply to {odd[:30]!r}"
    assert chat.say("my neck has hurt for two weeks").texts
    slots = chat.slots()
    assert slots["pain_location"] == "neck"
    assert slots["triage_level"] is None


@pytest.mark.parametrize("command", ["/restart", "start over"])
def test_restart_and_start_over_get_one_clear_answer(chat, command):
    chat.say("my lower back hurts")
    reply = chat.say(command)
    assert reply.texts == ["Sure, let's start again. Where does your back hurt, and for how long?"]
    assert chat.slots()["pain_location"] is None


def test_unchanged_project_is_not_retrained(model):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "train"], cwd=PROJECT_ROOT,
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert "up to date" in result.stdout
    assert launcher.model_path() == model


def test_fingerprint_follows_training_data(tmp_path):
    for name in launcher.TRAINING_INPUTS:
        source = PROJECT_ROOT / name
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            subprocess.run(["cp", "-r", str(source), str(target)], check=True)
        else:
            target.write_bytes(source.read_bytes())
    before = launcher.training_fingerprint(tmp_path)
    assert before == launcher.training_fingerprint(PROJECT_ROOT)
    with (tmp_path / "data" / "nlu.yml").open("a") as nlu:
        nlu.write("      - hi again\n")
    assert launcher.training_fingerprint(tmp_path) != before


def test_environment_wins_over_env_file(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("CLINIC_NAME=From File\nRASA_PORT=6000\n")
    settings = load(env_file=env_file, environ={"CLINIC_NAME": "From Environment"})
    assert settings.clinic_name == "From Environment"
    assert settings.rasa_port == 6000
    assert settings.rasa_host == "127.0.0.1"


def test_api_token_is_generated_once(tmp_path, monkeypatch):
    monkeypatch.delenv("RASA_API_TOKEN", raising=False)
    env_file = tmp_path / ".env"
    env_file.write_text("CLINIC_NAME=Somewhere\nRASA_API_TOKEN=\n")
    launcher.ensure_api_token(env_file)
    first = load(env_file=env_file, environ={}).rasa_api_token
    launcher.ensure_api_token(env_file)
    assert len(first) >= 32
    assert load(env_file=env_file, environ={}).rasa_api_token == first
    assert "CLINIC_NAME=Somewhere" in env_file.read_text()


def test_training_data_is_valid():
    result = subprocess.run(
        [RASA, "data", "validate", "--fail-on-warnings", "--data", "data",
         "--domain", "domain.yml", "--config", "config.yml"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_conversation_stories_pass(model, tmp_path):
    result = subprocess.run(
        [RASA, "test", "core", "--model", str(model), "--stories", "tests/test_stories.yml",
         "--fail-on-prediction-errors", "--out", str(tmp_path)],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=900,
    )
    failed = (tmp_path / "failed_test_stories.yml")
    details = failed.read_text() if failed.exists() else result.stdout[-3000:]
    assert result.returncode == 0, details
