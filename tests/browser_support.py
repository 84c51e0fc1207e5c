"""Driving the website widget in headless Chromium, as a visitor would.

The browser is Debian's Chromium, started without any of its own network
traffic, so every request a test sees comes from the page and the widget.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Locator, Page, Request

from bot.settings import VAR_DIR
from bot.web import tokens

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SCREENSHOTS = VAR_DIR / "test-artifacts" / "widget"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
REPLY_TIMEOUT_MS = 60_000


def foreign_requests(requests: list[Request]) -> list[str]:
    """URLs of requests that left this machine (data: URLs never do)."""
    return [r.url for r in requests
            if not r.url.startswith("data:") and urlsplit(r.url).hostname not in LOCAL_HOSTS]


@dataclass
class WidgetPage:
    """The demo clinic page with the widget, and what its visitor can do."""

    page: Page
    rasa_url: str
    token_secret: str
    requests: list[Request] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.page.on("request", lambda request: self.requests.append(request))

    @property
    def launcher(self) -> Locator:
        return self.page.get_by_role("button", name="Questions about back pain?")

    @property
    def panel(self) -> Locator:
        return self.page.get_by_role("dialog", name="Back-pain questions")

    @property
    def log(self) -> Locator:
        return self.page.get_by_role("log")

    @property
    def bot_messages(self) -> Locator:
        return self.log.locator(".cw-from-bot .cw-bubble")

    @property
    def user_messages(self) -> Locator:
        return self.log.locator(".cw-from-user .cw-bubble")

    @property
    def notice(self) -> Locator:
        return self.page.locator(".cw-notice")

    @property
    def input(self) -> Locator:
        return self.page.get_by_label("Your message")

    def visit(self) -> WidgetPage:
        self.page.goto(f"{self.rasa_url}/webhooks/widget/demo")
        self.launcher.wait_for()
        return self

    def open(self) -> None:
        """Open the chat; the first time, wait for the greeting."""
        first_time = not self.transcript()
        self.launcher.click()
        self.panel.wait_for()
        if first_time:
            self.bot_messages.first.wait_for(timeout=REPLY_TIMEOUT_MS)
            self.wait_for_reply()

    def wait_for_reply(self) -> None:
        """Wait until the widget is no longer waiting for the assistant."""
        self.page.locator(".cw-dots").wait_for(state="detached", timeout=REPLY_TIMEOUT_MS)

    def say(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")
        self.wait_for_reply()

    def choices(self) -> list[str]:
        return self.log.locator(".cw-choice").all_inner_texts()

    def tap(self, title: str) -> None:
        offered = self.choices()
        assert title in offered, f"no {title!r} among the choices {offered}"
        self.log.get_by_role("button", name=title, exact=True).click()
        self.wait_for_reply()

    def transcript(self) -> list[dict]:
        return self.stored().get("entries", [])

    def stored(self) -> dict:
        """What the widget keeps in sessionStorage for this tab."""
        raw = self.page.evaluate(
            "() => Object.keys(sessionStorage).filter(k => k.startsWith('clinic-chat-widget:'))"
            ".map(k => sessionStorage.getItem(k))[0] || '{}'"
        )
        return json.loads(raw)

    def sender_id(self) -> str:
        return tokens.verify(self.stored()["token"], self.token_secret, 3600).sender_id

    def screenshot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=SCREENSHOTS / f"{name}.png")
