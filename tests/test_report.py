"""`python -m bot report`: the owner's picture, checked against a generated clinic."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from playwright.sync_api import sync_playwright

from bot.leads.db import dispose_engines
from bot.report.metrics import _conversation
from bot.report import as_html, as_text, build_report
from bot.report.metrics import QUESTION_LABELS, form_questions
from bot.settings import VAR_DIR
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS
from tests.leads_support import PROJECT_ROOT, environment, make_settings
from tests.report_support import generate

pytest_plugins = ["tests.leads_support"]

NOW = datetime.now(timezone.utc).replace(microsecond=0)
SINCE = NOW - timedelta(days=30)
CONVERSATIONS = 300
SCREENSHOTS = VAR_DIR / "test-artifacts" / "report"


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    """A SQLite clinic with its generated conversations and leads, and what was generated."""
    tmp_path = tmp_path_factory.mktemp("clinic")
    settings = make_settings(tmp_path)
    tally = generate(settings, count=CONVERSATIONS, now=NOW, since=SINCE)
    yield tmp_path, settings, tally
    dispose_engines()


def _assert_matches(report, tally) -> None:
    assert dict(report.funnel) == {label: tally.funnel[label] for label, _ in report.funnel}
    assert dict(report.stops) == dict(tally.stops)
    assert {level: n for level, n in report.levels if n} == dict(tally.levels)
    assert dict(report.routes) == dict(tally.routes)
    assert {week: n for week, n in report.leads_per_week if n} == dict(tally.weeks)
    assert len(report.leads_per_week) in (5, 6), "every week of the period, empty ones too"
    assert report.booking_links == tally.booking_links
    assert report.median_minutes_to_lead == pytest.approx(tally.median_minutes)
    assert (report.typed_messages, report.tapped_messages) == (tally.typed, tally.tapped)
    assert report.visitors_who_typed == tally.typing_visitors
    assert report.visitors_who_only_tapped == tally.tapping_only_visitors


def test_the_report_counts_what_happened_in_the_period(clinic):
    _, settings, tally = clinic
    report = build_report(settings, SINCE, NOW)
    _assert_matches(report, tally)
    assert report.funnel[0][1] > 100, "enough conversations in the window to mean something"
    assert len(report.stops) >= 6, "stops at several questions and for several reasons"


def test_the_report_reads_a_postgresql_tracker_store(tmp_path, postgres_server):
    postgres_server.create_databases("report_tracker", "report_leads")
    settings = make_settings(tmp_path, TRACKER_STORE_URL=postgres_server.url("report_tracker"),
                             DATABASE_URL=postgres_server.url("report_leads"))
    tally = generate(settings, count=120, now=NOW, since=SINCE, seed=7)
    _assert_matches(build_report(settings, SINCE, NOW), tally)
    dispose_engines()


@pytest.mark.parametrize("left,completed", [(["seen_doctor"], True), ([], False)])
def test_an_intake_with_a_question_left_for_the_clinic_counts_as_completed(left, completed):
    facts = {"pain_location": "neck", "pain_duration_category": "acute", "pain_radiates": False,
             "pain_severity": 4.0, "precautions": [], "left_for_clinic": left}
    events = [{"event": "slot", "name": name, "value": value, "timestamp": 1.0} for name, value in facts.items()]
    assert _conversation("c", events, "https://book.example").intake_completed is completed


def test_every_question_the_forms_ask_has_a_label():
    assert set(form_questions()) <= set(QUESTION_LABELS)


PERSONAL = ("Ana", "Diaz", "example.com", "555", "visitor-0", "lower back hurts", "bladder")


def test_the_command_prints_a_table_and_writes_a_page_without_personal_data(clinic):
    tmp_path, _, tally = clinic
    page = tmp_path / "report.html"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "report", "--since", "30d", "--html", str(page)],
        cwd=PROJECT_ROOT, capture_output=True, text=True,
        env={**os.environ, **environment(tmp_path), "ENV_FILE": os.devnull},
    )
    assert result.returncode == 0 and result.stderr == ""
    started = tally.funnel["conversations started"]
    assert re.search(rf"conversations started\s+{started}\s+100%", result.stdout)
    assert re.search(rf"leads stored\s+{tally.funnel['leads stored']}\s", result.stdout)
    assert "(times in America/Toronto)" in result.stdout
    html = page.read_text(encoding="utf-8")
    for text in (result.stdout, html):
        assert not [word for word in PERSONAL if word in text]
    assert "<script" not in html and "http" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")


def test_a_bad_period_is_refused():
    result = subprocess.run([sys.executable, "-m", "bot", "report", "--since", "a month"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert result.returncode == 2 and "expected a period such as 30d or 12w" in result.stderr


def test_the_page_shows_its_charts(clinic):
    _, settings, _ = clinic
    report = build_report(settings, SINCE, NOW)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 900, "height": 900})
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.set_content(as_html(report))
        page.screenshot(path=SCREENSHOTS / "report.png", full_page=True)
        charts = page.locator("svg[role=img]")
        assert charts.count() == 3
        for name in ("Funnel from first message to lead", "Stops per question",
                     "Leads per week"):
            box = page.get_by_role("img", name=name).bounding_box()
            assert box["width"] > 300 and box["height"] > 100, name
        bars = page.locator('svg[aria-label="Leads per week"] rect')
        assert bars.count() == len(report.leads_per_week)
        assert page.evaluate("document.documentElement.scrollWidth") <= 900
        browser.close()
    assert [url for url in requests if not url.startswith(("about:", "data:"))] == []
    assert "leads stored" in as_text(report)
