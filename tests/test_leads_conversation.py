"""Through the running assistant: what the visitor typed reaches the clinic's email,
`leads show --transcript` and the report."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.leads_support import PROJECT_ROOT
from tests.support import answer_until_done

FIRST_WORDS = ("my lower back has hurt for 3 months and it shoots down my left leg, "
               "my family doctor checked it")


def _run(assistant_env, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *argv], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, env={**os.environ, **assistant_env})


def test_the_visitors_words_and_limb_reach_the_clinic(chat, smtp_sink, assistant_env):
    chat.say("hello")
    chat.say(FIRST_WORDS)
    assert chat.slots()["pain_radiates_to"] == "leg"
    answer_until_done(chat)
    chat.say("/contact_me")
    answer_until_done(chat, {"contact_name": "Robin Okonkwo-Hale"})
    lead_id = chat.slots()["lead_id"]
    assert lead_id

    mail = smtp_sink.wait_for(lambda m: "Robin Okonkwo-Hale" in str(m["Subject"]))
    text = mail.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert text.startswith(">>> WANTS AN EMAIL")
    assert f'In their own words:\n  "{FIRST_WORDS}"' in text
    assert "Pain radiates: yes, into the leg" in text

    shown = _run(assistant_env, "leads", "show", lead_id, "--transcript")
    assert shown.returncode == 0 and shown.stderr == ""
    transcript = shown.stdout.split("\nTranscript:\n", 1)[1]
    assert f"Visitor: {FIRST_WORDS}" in transcript
    assert "Visitor tapped: " in transcript and "Assistant: " in transcript

    report = _run(assistant_env, "report", "--since", "1d", "--html",
                  str(PROJECT_ROOT / "var" / "test-artifacts" / "report" / "live.html"))
    assert report.returncode == 0 and report.stderr == ""
    assert "Robin" not in report.stdout and "shoots" not in report.stdout
