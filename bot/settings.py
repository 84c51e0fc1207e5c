"""Configuration read once from the environment and the project's `.env`.

Variables already set in the environment win over `.env`, so a deployment can
override any line without editing the file. Every name here is documented in
`.env.example`; the names are a contract with the clinic's deployment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = PROJECT_ROOT / "var"

#: Emergency, health-advice and crisis numbers per region. A clinic picks its
#: region with SAFETY_REGION and may still override each number on its own.
SAFETY_REGIONS = {
    "north_america": {"emergency": "911", "health_line": "811", "crisis_line": "988"},
    "uk": {"emergency": "999", "health_line": "111", "crisis_line": "116 123"},
    "eu": {"emergency": "112", "health_line": "116 117", "crisis_line": "116 123"},
}

#: `development` (the default: `make run`, the tests) or `production` (docker-compose.yml),
#: where every process refuses to start until the checks of `production_problems` pass.
DEPLOY_MODES = ("development", "production")
#: The secrets `python -m bot secrets` generates when they are empty. POSTGRES_PASSWORD is
#: read by docker-compose.yml only (the postgres service and the apps' PGPASSWORD).
GENERATED_SECRETS = ("RASA_API_TOKEN", "WIDGET_TOKEN_SECRET", "REST_CHANNEL_TOKEN", "POSTGRES_PASSWORD")
#: The one line that fills them in, named in every message about a missing secret.
SECRETS_COMMAND = "python -m bot secrets >> .env"
COMPOSE_SECRETS_COMMAND = "docker compose run --rm --no-deps -T worker python -m bot secrets >> .env"


class SettingsError(SystemExit):
    """Settings a process must not start with.

    A SystemExit, so whichever process reads the settings first (Rasa loading the
    widget channel, the worker, the action server) stops with this message alone,
    not a traceback that buries it.
    """


@dataclass(frozen=True)
class Settings:
    """Everything the assistant needs to know about its clinic and its servers."""

    rasa_host: str
    rasa_port: int
    action_port: int
    rasa_api_token: str
    tracker_store_url: str
    lock_store_type: str
    redis_host: str
    redis_port: int
    redis_db: int
    action_endpoint_url: str

    clinic_name: str
    clinic_address: str
    clinic_hours: str
    #: IANA name; every time shown to the clinic is in this zone (storage stays UTC).
    clinic_timezone: str
    clinic_phone: str
    clinic_email: str
    clinic_prices: str
    clinic_insurance: str
    booking_url: str
    privacy_url: str

    safety_region: str
    emergency_number: str
    health_line_number: str
    crisis_line_number: str

    database_url: str
    smtp_host: str
    smtp_port: int
    smtp_user: str
    smtp_password: str
    smtp_starttls: bool
    smtp_from: str
    clinic_inbox_email: str
    webhook_url: str
    webhook_secret: str
    default_phone_region: str
    outbox_dir: Path

    widget_allowed_origins: tuple[str, ...]
    widget_token_secret: str
    rest_channel_token: str
    trusted_proxies: tuple[str, ...]

    deploy_mode: str = "development"

    def as_environment(self) -> dict[str, str]:
        """The variables that `endpoints.yml` and child processes expect."""
        return {
            "RASA_PORT": str(self.rasa_port),
            "ACTION_PORT": str(self.action_port),
            "TRACKER_STORE_URL": self.tracker_store_url,
            "LOCK_STORE_TYPE": self.lock_store_type,
            "REDIS_HOST": self.redis_host,
            "REDIS_PORT": str(self.redis_port),
            "REDIS_DB": str(self.redis_db),
            "ACTION_ENDPOINT_URL": self.action_endpoint_url,
        }


def _time_zone(name: str) -> str:
    """The IANA name, refused at start rather than at the first lead if it is unknown."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"CLINIC_TIMEZONE={name!r} is not an IANA time zone name such as America/Toronto"
        ) from None
    return name


def _flag(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def raw_values(env_file: Path | None = None, environ: dict[str, str] | None = None) -> dict:
    """`.env` (or ENV_FILE) overlaid by the process environment, as strings."""
    environ = os.environ if environ is None else environ
    env_file = env_file or Path(environ.get("ENV_FILE") or PROJECT_ROOT / ".env")
    file_values = {k: v or "" for k, v in dotenv_values(env_file).items()}
    return {**file_values, **environ}


def load(env_file: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Build settings from `.env` (or ENV_FILE) overlaid by the process environment."""
    values = raw_values(env_file, environ)

    def get(name: str, default: str = "") -> str:
        value = values.get(name)
        return default if value is None or value == "" else value

    region = get("SAFETY_REGION", "north_america").lower()
    numbers = SAFETY_REGIONS.get(region, SAFETY_REGIONS["north_america"])
    action_port = int(get("ACTION_PORT", "5055"))
    def listed(name: str) -> tuple[str, ...]:
        return tuple(item.strip() for item in get(name).split(",") if item.strip())

    return Settings(
        rasa_host=get("RASA_HOST", "127.0.0.1"),
        rasa_port=int(get("RASA_PORT", "5005")),
        action_port=action_port,
        rasa_api_token=get("RASA_API_TOKEN"),
        tracker_store_url=get("TRACKER_STORE_URL", f"sqlite:///{VAR_DIR / 'tracker.db'}"),
        lock_store_type=get("LOCK_STORE_TYPE", "in_memory"),
        redis_host=get("REDIS_HOST", "127.0.0.1"),
        redis_port=int(get("REDIS_PORT", "6379")),
        redis_db=int(get("REDIS_DB", "1")),
        action_endpoint_url=get("ACTION_ENDPOINT_URL", f"http://127.0.0.1:{action_port}/webhook"),
        clinic_name=get("CLINIC_NAME", "Maple Acupuncture Clinic"),
        clinic_address=get("CLINIC_ADDRESS", "120 King Street West, Suite 4, Toronto"),
        clinic_hours=get("CLINIC_HOURS", "Monday to Friday 9am-7pm, Saturday 10am-2pm"),
        clinic_timezone=_time_zone(get("CLINIC_TIMEZONE", "America/Toronto")),
        clinic_phone=get("CLINIC_PHONE", "+1 416 555 0142"),
        clinic_email=get("CLINIC_EMAIL", "hello@example-clinic.test"),
        clinic_prices=get(
            "CLINIC_PRICES", "first visit with assessment $95 (75 min), follow-up visits $75 (45 min)"
        ),
        clinic_insurance=get(
            "CLINIC_INSURANCE",
            "Many extended health plans cover acupuncture by a registered acupuncturist; "
            "we issue receipts you can submit. Please check your own plan's coverage.",
        ),
        booking_url=get("BOOKING_URL", "https://example-clinic.test/book"),
        privacy_url=get("PRIVACY_URL", "https://example-clinic.test/privacy"),
        safety_region=region,
        emergency_number=get("EMERGENCY_NUMBER", numbers["emergency"]),
        health_line_number=get("HEALTH_LINE_NUMBER", numbers["health_line"]),
        crisis_line_number=get("CRISIS_LINE_NUMBER", numbers["crisis_line"]),
        database_url=get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'leads.db'}"),
        smtp_host=get("SMTP_HOST"),
        smtp_port=int(get("SMTP_PORT", "587")),
        smtp_user=get("SMTP_USER"),
        smtp_password=get("SMTP_PASSWORD"),
        smtp_starttls=_flag(get("SMTP_STARTTLS", "true")),
        smtp_from=get("SMTP_FROM", "intake-assistant@example-clinic.test"),
        clinic_inbox_email=get("CLINIC_INBOX_EMAIL", "frontdesk@example-clinic.test"),
        webhook_url=get("WEBHOOK_URL"),
        webhook_secret=get("WEBHOOK_SECRET"),
        default_phone_region=get("DEFAULT_PHONE_REGION", "CA").upper(),
        outbox_dir=Path(get("OUTBOX_DIR", str(VAR_DIR / "outbox"))),
        widget_allowed_origins=listed("WIDGET_ALLOWED_ORIGINS"),
        widget_token_secret=get("WIDGET_TOKEN_SECRET", get("RASA_API_TOKEN")),
        rest_channel_token=get("REST_CHANNEL_TOKEN"),
        trusted_proxies=listed("TRUSTED_PROXIES"),
        deploy_mode=get("DEPLOY_MODE", "development").lower(),
    )


def production_problems(settings: Settings) -> list[str]:
    """Why these settings must not start a production deployment; empty when they may.

    Each problem names the setting and how to fix it. Development keeps its
    conveniences (`make run` generates the API token, leads land in `.eml` files).
    """
    if settings.deploy_mode not in DEPLOY_MODES:
        return [f"DEPLOY_MODE is {settings.deploy_mode!r}: use one of {', '.join(DEPLOY_MODES)}."]
    if settings.deploy_mode != "production":
        return []
    problems = [
        f"{name} is empty: generate it with `{SECRETS_COMMAND}` "
        f"(with compose: `{COMPOSE_SECRETS_COMMAND}`)."
        for name, value in (("RASA_API_TOKEN", settings.rasa_api_token),
                            ("WIDGET_TOKEN_SECRET", settings.widget_token_secret))
        if not value
    ]
    if not settings.smtp_host and not settings.webhook_url:
        problems.append(
            "SMTP_HOST is empty (and so is WEBHOOK_URL): in production leads must reach the "
            "clinic, so set SMTP_HOST (with SMTP_USER, SMTP_PASSWORD) to the clinic's mail "
            "server, or WEBHOOK_URL to its webhook."
        )
    return problems


def check_ready(settings: Settings) -> Settings:
    """The settings, or SettingsError listing every problem at once."""
    problems = production_problems(settings)
    if problems:
        raise SettingsError(
            f"Refusing to start (DEPLOY_MODE={settings.deploy_mode}):\n"
            + "\n".join(f"  - {problem}" for problem in problems)
        )
    return settings


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, checked; tests that change the environment call `load()`."""
    return check_ready(load())
