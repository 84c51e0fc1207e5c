"""The lead email as a phone and a desktop show it: Debian's Chromium renders the HTML part.

Checks what the receptionist needs at a glance on either screen: nothing wider
than the screen (no sideways scrolling, even with an unbroken 1000-character
message), the banner at the top in full view, and the reply and call links
there to tap. Screenshots go to var/test-artifacts/email/ to be looked at.
"""

from __future__ import annotations

import shutil

import pytest
from playwright.sync_api import sync_playwright

from bot.leads.email_channel import build_message
from bot.leads.store import add_safety_update, create_lead, get_lead
from bot.settings import VAR_DIR
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS
from tests.leads_support import lead_fields, make_settings

pytest_plugins = ["tests.leads_support"]

SCREENSHOTS = VAR_DIR / "test-artifacts" / "email"
SCREENS = {"phone": (375, 740), "desktop": (1280, 900)}
DESCRIPTION = ("My lower back has been killing me for three weeks since I lifted a heavy box "
               "at work, and now it shoots down my left leg when I sit for long.")


@pytest.fixture(scope="module")
def chromium():
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _emails(tmp_path) -> dict[str, str]:
    settings = make_settings(tmp_path)
    ordinary = create_lead(lead_fields(pain_radiates=True, pain_radiates_to="leg",
                                       first_description=DESCRIPTION), settings=settings)
    for_later = create_lead(lead_fields(
        for_later=True, triage_level="urgent", red_flags=["fever"], route="booking",
        contact_name="Maximiliana Wolfeschlegelsteinhausen-Bergerdorff",
        contact_email="maximiliana.wolfeschlegelsteinhausen@physiotherapy-example.com",
        first_description="x" * 1000), settings=settings)
    add_safety_update(ordinary, "emergency", ["leg_weakness"], settings=settings)
    lead = get_lead(ordinary, settings=settings)

    def html(lead_, update=None) -> str:
        return build_message(lead_, settings, update).get_body(("html",)).get_content()

    return {
        "contact": html(lead),
        "for-later-long-values": html(get_lead(for_later, settings=settings)),
        "safety-update": html(lead, lead.safety_updates[0]),
    }


@pytest.mark.parametrize("screen", SCREENS)
def test_the_email_fits_the_screen_with_the_banner_and_links_in_view(chromium, tmp_path, screen):
    width, height = SCREENS[screen]
    page = chromium.new_page(viewport={"width": width, "height": height})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    try:
        for name, html in _emails(tmp_path).items():
            page.set_content(html)
            page.screenshot(path=SCREENSHOTS / f"{name}-{screen}.png", full_page=True)
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            assert scroll_width <= width, f"{name}: {scroll_width}px wide on a {width}px screen"

            banner = page.locator("#banner").bounding_box()
            assert banner["y"] < 30 and banner["y"] + banner["height"] < height / 2, name
            assert banner["width"] >= min(width, 600) - 40, name

            for scheme in ("mailto:", "tel:"):
                link = page.locator(f'a[href^="{scheme}"]')
                assert link.count() == 1, f"{name}: one {scheme} link"
                box = link.bounding_box()
                assert box["x"] >= 0 and box["x"] + box["width"] <= width, name
                assert box["y"] + box["height"] < height, f"{name}: {scheme} link in first view"
                assert box["height"] >= 30, f"{name}: {scheme} link big enough to tap"
    finally:
        page.close()
    assert [url for url in requests if not url.startswith(("about:", "data:"))] == []
