"""CORS for the widget's routes: the page's own origin plus an explicit allowlist.

Rasa wraps the whole app in sanic-cors with the `--cors` origins (none unless
given) and answers every OPTIONS preflight itself before any route runs. The
widget therefore decides in its blueprint's response middleware, which Sanic
runs after the app-wide one: whatever `--cors` says, these routes answer with
the widget's allowlist, and never with a wildcard.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sanic.request import Request
from sanic.response import HTTPResponse

ALLOW_METHODS = "GET, POST, OPTIONS"
ALLOW_HEADERS = "Content-Type"
PREFLIGHT_MAX_AGE = "600"
_CORS_HEADERS = (
    "access-control-allow-origin", "access-control-allow-methods",
    "access-control-allow-headers", "access-control-allow-credentials",
    "access-control-expose-headers", "access-control-max-age",
)


def normalise_origin(origin: str) -> str:
    return origin.strip().rstrip("/").lower()


def allowed_origin(origin: str | None, host: str, allowed: frozenset[str]) -> bool:
    """No Origin (not a cross-site browser call), the page's own host, or listed."""
    if not origin:
        return True
    if urlsplit(origin).netloc.lower() == host.lower():
        return True
    return normalise_origin(origin) in allowed


def origin_allowed(request: Request, allowed: frozenset[str]) -> bool:
    return allowed_origin(request.headers.get("origin"), request.host, allowed)


def apply(request: Request, response: HTTPResponse, allowed: frozenset[str]) -> None:
    """Replace whatever CORS headers the response has with the widget's own."""
    for name in _CORS_HEADERS:
        response.headers.popall(name, None)
    origin = request.headers.get("origin")
    if not origin:
        return
    response.headers["Vary"] = "Origin"
    if not origin_allowed(request, allowed):
        if request.method == "OPTIONS":
            response.status = 403
        return
    response.headers["Access-Control-Allow-Origin"] = origin
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = ALLOW_METHODS
        response.headers["Access-Control-Allow-Headers"] = ALLOW_HEADERS
        response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
