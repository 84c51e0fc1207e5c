"""The website widget in a real browser, on the demo clinic page, against the assistant.

Each step leaves a screenshot in var/test-artifacts/widget/ to look at, and
every test fails if the page sent any request beyond this machine.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.browser_support import (
    CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, WidgetPage, foreign_requests,
)
from tests.support import Chat

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}

#: What a visitor taps for each question, keyed by the slot asked for; the
#: first title on offer is tapped, since a question may be worded two ways.
TAPS = {
    "pain_location": ("Lower back",),
    "pain_duration_category": ("More than 3 months",),
    "pain_radiates": ("No, it stays put", "No"),
    "pain_severity": ("4-6 moderate",),
    "seen_doctor": ("Yes",),
    "precautions": ("None of these",),
    "danger_check": ("No",),
    "consent_given": ("I agree",),
    "preferred_contact": ("Email",),
}
#: What a visitor types for the questions without buttons.
TYPED = {
    "contact_name": "Dana Whitfield",
    "contact_email": "dana.whitfield@example.org",
    "contact_phone": "416 555 0123",
    "preferred_time": "weekday mornings",
}


@pytest.fixture(scope="module")
def chromium():
    """One headless Chromium for the module; this run's screenshots replace the last."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def visitor(chromium, assistant):
    """Opens the demo page in fresh browser contexts; checks no request left localhost."""
    pages: list[WidgetPage] = []

    def visit(viewport: dict = DESKTOP, **options) -> WidgetPage:
        context = chromium.new_context(viewport=viewport, **options)
        widget = WidgetPage(context.new_page(), assistant.rasa_url,
                            assistant.settings.widget_token_secret)
        pages.append(widget)
        return widget.visit()

    yield visit
    for widget in pages:
        widget.page.context.close()
        assert not foreign_requests(widget.requests)


def conversation(assistant, widget: WidgetPage) -> Chat:
    return Chat(assistant.rasa_url, assistant.settings.rasa_api_token, sender=widget.sender_id())


def answer_next_question(widget: WidgetPage, tracker: dict) -> str:
    """Tap or type what the bot asks for next; the slot answered, or "handoff"."""
    if not (tracker.get("active_loop") or {}).get("name"):
        widget.tap("Contact me")
        return "handoff"
    asked = tracker["slots"]["requested_slot"]
    if asked in TYPED:
        widget.say(TYPED[asked])
    else:
        offered = widget.choices()
        widget.tap(next((title for title in TAPS[asked] if title in offered), TAPS[asked][0]))
    return asked


def test_a_full_intake_by_tapping_and_typing_stores_the_lead(assistant, visitor):
    widget = visitor()
    widget.screenshot("intake-00-page")
    widget.open()
    expect(widget.bot_messages.first).to_contain_text("not for emergencies")
    widget.screenshot("intake-01-greeting")
    widget.say("My lower back has been hurting for a few months")
    chat = conversation(assistant, widget)
    answered = Counter()
    while not (tracker := chat.tracker())["slots"]["lead_id"]:
        step = answer_next_question(widget, tracker)
        answered[step] += 1
        assert answered[step] <= 2, f"the bot asked for {step} again; see {SCREENSHOTS}"
        widget.screenshot(f"intake-{sum(answered.values()) + 1:02d}-{step}")
    expect(widget.bot_messages.last).to_contain_text("Dana Whitfield")
    privacy = widget.log.get_by_role("link", name="https://test-valley.example/privacy")
    expect(privacy.last).to_have_attribute("target", "_blank")
    expect(widget.notice).to_contain_text("no longer kept in this browser")
    assert widget.stored() == {}, "the transcript with the contact details is still stored"


def test_markup_in_a_message_is_shown_as_text_and_runs_nothing(visitor):
    widget = visitor()
    widget.open()
    attack = '<img src=x onerror="window.widgetAttacked=1"><script>window.widgetAttacked=2</script>'
    widget.say(attack)
    expect(widget.user_messages.last).to_have_text(attack)
    assert widget.log.locator("img, script").count() == 0
    assert widget.page.evaluate("() => window.widgetAttacked") is None
    widget.screenshot("markup-as-text")


def test_bot_text_gets_safe_links_and_no_markup(visitor):
    widget = visitor()
    widget.open()
    hostile = ("Thank you, <img src=x onerror=\"window.widgetAttacked=1\">. See "
               "[our privacy notice](https://test-valley.example/privacy), "
               "[this](javascript:window.widgetAttacked=2) or https://book.test-valley.example/a?b=1. "
               "Call 911 or 988, not 9110. **Take care.**")
    widget.page.route("**/webhooks/widget/message", lambda route: route.fulfill(
        json=[{"text": hostile, "buttons": []}]))
    widget.say("what do you reply?")
    reply = widget.bot_messages.last
    links = {a.inner_text(): a.get_attribute("href") for a in reply.get_by_role("link").all()}
    assert links == {
        "our privacy notice": "https://test-valley.example/privacy",
        "https://book.test-valley.example/a?b=1": "https://book.test-valley.example/a?b=1",
        "911": "tel:911",
        "988": "tel:988",
    }
    expect(reply).to_contain_text('<img src=x onerror="window.widgetAttacked=1">')
    expect(reply).to_contain_text("[this](javascript:window.widgetAttacked=2)")
    expect(reply.locator("strong")).to_have_text("Take care.")
    assert reply.locator("img").count() == 0
    assert widget.page.evaluate("() => window.widgetAttacked") is None
    widget.screenshot("bot-text-safe-links")


def test_a_reload_keeps_the_conversation(assistant, visitor):
    widget = visitor()
    widget.open()
    widget.say("my lower back hurts")
    before = widget.transcript()
    sender = widget.sender_id()
    widget.page.reload()
    expect(widget.panel).to_be_visible()
    assert widget.transcript() == before
    expect(widget.bot_messages).to_have_count(sum(e["from"] == "bot" for e in before))
    expect(widget.user_messages).to_have_text(["my lower back hurts"])
    assert widget.sender_id() == sender
    widget.screenshot("reload-kept")
    widget.say("for about two weeks")
    texts = [e["text"] for e in conversation(assistant, widget).tracker()["events"] if e["event"] == "user"]
    assert texts[-2:] == ["my lower back hurts", "for about two weeks"]


def test_a_chat_left_for_30_minutes_is_no_longer_kept(visitor):
    widget = visitor()
    widget.open()
    widget.say("my lower back hurts")
    widget.page.evaluate(
        "() => Object.keys(sessionStorage).filter(k => k.startsWith('clinic-chat-widget:'))"
        ".forEach(k => { const s = JSON.parse(sessionStorage.getItem(k));"
        " s.savedAt = Date.now() - 31 * 60 * 1000; sessionStorage.setItem(k, JSON.stringify(s)); })"
    )
    widget.page.reload()
    widget.open()
    expect(widget.notice).to_contain_text("30 minutes without a message")
    expect(widget.user_messages).to_have_count(0)
    assert "my lower back hurts" not in json.dumps(widget.stored())


def test_a_refused_token_starts_a_new_chat_and_keeps_the_typed_text(visitor):
    widget = visitor()
    widget.open()
    old_sender = widget.sender_id()
    widget.page.evaluate(
        """() => {
            const key = Object.keys(sessionStorage).find(k => k.startsWith('clinic-chat-widget:'));
            const state = JSON.parse(sessionStorage.getItem(key));
            state.token = state.token.replace(/.$/, c => c === 'A' ? 'B' : 'A');
            sessionStorage.setItem(key, JSON.stringify(state));
        }"""
    )
    widget.page.reload()
    widget.say("my back hurts")
    expect(widget.page.get_by_role("alert")).to_contain_text("expired")
    expect(widget.input).to_have_value("my back hurts")
    expect(widget.bot_messages).to_have_count(1, timeout=60_000)
    expect(widget.user_messages).to_have_count(0)
    widget.wait_for_reply()
    assert widget.sender_id() != old_sender
    widget.screenshot("token-refused-new-chat")


def test_an_emergency_reply_has_a_tap_to_call_link(visitor):
    widget = visitor()
    widget.open()
    before = widget.bot_messages.count()
    widget.say("I can't control my bladder")
    replies = widget.bot_messages.all()[before:]
    calls = [link for reply in replies for link in reply.get_by_role("link", name="911").all()]
    assert calls, [reply.inner_text() for reply in replies]
    assert {link.get_attribute("href") for link in calls} == {"tel:911"}
    expect(widget.panel.locator(".cw-emergency a")).to_have_attribute("href", "tel:911")
    widget.screenshot("emergency-tel-link")


def test_the_widget_works_on_a_phone(visitor):
    widget = visitor(PHONE, is_mobile=True, has_touch=True)
    widget.screenshot("phone-closed")
    widget.open()
    box = widget.panel.bounding_box()
    assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 360, 740)
    assert widget.page.evaluate("() => document.documentElement.scrollWidth") <= 360
    widget.screenshot("phone-greeting")
    widget.say("I'd like to book an appointment")
    widget.log.get_by_role("button", name="Lower back", exact=True).tap()
    widget.wait_for_reply()
    expect(widget.user_messages.last).to_have_text("Lower back")
    expect(widget.input).to_be_in_viewport()
    widget.screenshot("phone-after-tap")


def test_the_keyboard_alone_is_enough(visitor):
    widget = visitor()
    widget.launcher.focus()
    widget.page.keyboard.press("Enter")
    expect(widget.input).to_be_focused()
    widget.wait_for_reply()
    widget.page.keyboard.type("my neck is stiff")
    widget.page.keyboard.press("Enter")
    widget.wait_for_reply()
    expect(widget.user_messages.last).to_have_text("my neck is stiff")
    expect(widget.input).to_have_value("")
    widget.screenshot("keyboard-focus")
    widget.page.keyboard.press("Escape")
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_be_focused()
    widget.screenshot("keyboard-closed-launcher-focused")


def test_no_request_leaves_this_machine(visitor):
    widget = visitor()
    widget.open()
    widget.say("hello")
    urls = [r.url for r in widget.requests]
    for path in ("/demo", "/widget.js", "/widget.css", "/session", "/message"):
        assert any(url.split("?")[0].endswith(path) for url in urls), path
    assert foreign_requests(widget.requests) == []


def test_what_is_typed_while_the_greeting_is_on_its_way_is_sent_after_it(assistant, visitor):
    widget = visitor()
    held = []
    widget.page.route("**/message", lambda route: held.append(route) if not held else route.continue_())
    widget.launcher.click()
    widget.panel.wait_for()
    widget.page.wait_for_timeout(200)
    assert len(held) == 1, "the greeting should be on its way"
    widget.input.fill("my neck has hurt for two weeks")
    widget.input.press("Enter")
    expect(widget.input).to_have_value("")
    expect(widget.page.get_by_role("alert")).to_contain_text("my neck has hurt for two weeks")
    widget.screenshot("typed-while-waiting")
    held[0].continue_()
    expect(widget.user_messages).to_have_count(1, timeout=60_000)
    expect(widget.user_messages.last).to_have_text("my neck has hurt for two weeks")
    widget.wait_for_reply()
    expect(widget.page.get_by_role("alert")).to_be_hidden()
    slots = conversation(assistant, widget).slots()
    assert slots["pain_location"] == "neck" and slots["pain_duration_category"] == "acute"
    widget.screenshot("typed-while-waiting-sent")
