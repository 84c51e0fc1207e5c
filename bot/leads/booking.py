"""The link that sends a visitor to the clinic's online booking page.

Name and email are prefilled so the visitor types less; nothing about their
pain ever goes into a URL, because URLs end up in browser history, server logs
and the booking provider's analytics.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

PREFILLED = ("name", "email")


def booking_link(base_url: str, name: str | None = None, email: str | None = None) -> str:
    """`base_url` with `name` and `email` added (replacing any already there)."""
    if not base_url:
        return base_url
    parts = urlsplit(base_url)
    given = {"name": name, "email": email}
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not (key in PREFILLED and given[key])
    ]
    query += [(key, given[key]) for key in PREFILLED if given[key]]
    return urlunsplit(parts._replace(query=urlencode(query)))
