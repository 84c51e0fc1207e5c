"""The files the widget's channel serves: the embeddable script and stylesheet,
and a sample clinic page that embeds them with the one script tag a clinic adds.

They are read once at start-up; the demo page is filled in with the clinic's
details (HTML-escaped) so it looks like that clinic's own site.
"""

from __future__ import annotations

import html
from pathlib import Path

from sanic import response
from sanic.response import HTTPResponse

from bot.settings import Settings

STATIC_DIR = Path(__file__).parent / "static"
CONTENT_TYPES = {
    "widget.js": "application/javascript; charset=utf-8",
    "widget.css": "text/css; charset=utf-8",
}
#: Clinics' pages link these on every view; an hour keeps updates timely.
CACHE_CONTROL = "public, max-age=3600"
#: The demo page loads nothing but the widget from this server.
DEMO_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


class Pages:
    """The widget's files and the demo page, ready to serve."""

    def __init__(self, settings: Settings) -> None:
        self.files = {name: (STATIC_DIR / name).read_bytes() for name in CONTENT_TYPES}
        self.demo = self._fill_demo(settings)

    @staticmethod
    def _fill_demo(settings: Settings) -> str:
        phone = settings.clinic_phone
        values = {
            "clinic_name": settings.clinic_name,
            "clinic_phone": phone,
            "clinic_phone_href": "tel:" + "".join(c for c in phone if c.isdigit() or c == "+"),
            "clinic_address": settings.clinic_address,
            "clinic_hours": settings.clinic_hours,
        }
        page = (STATIC_DIR / "demo.html").read_text()
        for name, value in values.items():
            page = page.replace("{{" + name + "}}", html.escape(value))
        return page

    def file(self, name: str) -> HTTPResponse:
        return response.raw(self.files[name], content_type=CONTENT_TYPES[name], headers={
            "Cache-Control": CACHE_CONTROL, "X-Content-Type-Options": "nosniff",
        })

    def demo_page(self) -> HTTPResponse:
        return response.html(self.demo, headers={
            "Content-Security-Policy": DEMO_POLICY, "X-Content-Type-Options": "nosniff",
        })
