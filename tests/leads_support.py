"""Real servers and settings for the lead tests: a webhook receiver, a TLS
certificate, the SMTP sink and the session's PostgreSQL.

Nothing here is a mock: the SMTP sink (tests/smtp_sink.py) is aiosmtpd speaking
SMTP on loopback, the webhook receiver is `http.server`, and PostgreSQL (when
installed) is the throwaway cluster of conftest.py. Test modules load the fixtures with
`pytest_plugins = ["tests.leads_support"]` and import the helpers; the names all
start with `leads_` so they cannot shadow the suite's own `conftest.py` fixtures.
Helpers here use no bare asserts, so PYTEST_DONT_REWRITE spares pytest a warning
about rewriting a module the tests already imported.
"""

from __future__ import annotations

import ipaddress
import json
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import delete

from bot.leads.db import dispose_engines, transaction
from bot.leads.models import Delivery, Lead, SafetyUpdate
from bot.settings import Settings, load
from tests.smtp_sink import SmtpSink

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def wait_for(condition, timeout: float = 10.0, interval: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


def lead_fields(**overrides) -> dict:
    """A complete, ordinary lead as the actions would hand it over."""
    fields = {
        "conversation_id": "conv-1",
        "triage_level": "routine",
        "red_flags": [],
        "pain_location": "lower_back",
        "pain_radiates": False,
        "pain_duration_days": 21,
        "pain_duration_category": "acute",
        "seen_doctor": True,
        "pain_severity": 6,
        "precautions": ["pregnancy", "needle_phobia"],
        "contact_name": "Ana Diaz",
        "contact_email": "ana.diaz@example.com",
        "contact_phone": "(416) 555-0142",
        "preferred_contact": "phone",
        "preferred_time": "weekday mornings",
        "consent_text": "I agree that the clinic may contact me about my back pain.",
        "route": "contact",
        "for_later": False,
    }
    fields.update(overrides)
    return fields


def environment(tmp_path: Path, **overrides: str) -> dict[str, str]:
    """Every lead-related variable set explicitly, so a developer's `.env` cannot leak in."""
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'leads.db'}",
        "TRACKER_STORE_URL": f"sqlite:///{tmp_path / 'tracker.db'}",
        "OUTBOX_DIR": str(tmp_path / "outbox"),
        "SMTP_HOST": "",
        "SMTP_PORT": "25",
        "SMTP_USER": "",
        "SMTP_PASSWORD": "",
        "SMTP_STARTTLS": "false",
        "SMTP_FROM": "assistant@clinic.example.com",
        "CLINIC_INBOX_EMAIL": "frontdesk@clinic.example.com",
        "WEBHOOK_URL": "",
        "WEBHOOK_SECRET": "",
        "DEFAULT_PHONE_REGION": "CA",
        "CLINIC_TIMEZONE": "America/Toronto",
    }
    env.update(overrides)
    return env


def make_settings(tmp_path: Path, **overrides: str) -> Settings:
    return load(env_file=tmp_path / "absent.env", environ=environment(tmp_path, **overrides))


def self_signed_tls(directory: Path) -> tuple[ssl.SSLContext, Path]:
    """A server context for 127.0.0.1 and the certificate a client must trust."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(timezone.utc)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "smtp-cert.pem", directory / "smtp-key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_path, key_path)
    return context, cert_path


def postgres_settings(tmp_path: Path, url: str, **overrides: str) -> Settings:
    """Settings on the shared PostgreSQL database, emptied of leads first."""
    settings = make_settings(tmp_path, DATABASE_URL=url, **overrides)
    with transaction(settings) as session:
        session.execute(delete(Delivery))
        session.execute(delete(SafetyUpdate))
        session.execute(delete(Lead))
    return settings


@dataclass
class WebhookReceiver:
    """An HTTP server answering each POST with the next status from `statuses`."""

    statuses: list[int] = field(default_factory=list)
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)

    def start(self) -> WebhookReceiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                receiver.requests.append(
                    ({k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length))
                )
                self.send_response(receiver.statuses.pop(0) if receiver.statuses else 200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/leads"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def bodies(self) -> list[dict]:
        return [json.loads(body) for _, body in self.requests]


@pytest.fixture
def leads_smtp() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def leads_webhook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver().start()
    yield receiver
    receiver.stop()


@pytest.fixture
def leads_settings(tmp_path: Path, leads_smtp: SmtpSink) -> Iterator[Settings]:
    """Settings whose SMTP server is the sink and whose database is a fresh file."""
    yield make_settings(tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT=str(leads_smtp.port))
    dispose_engines()


@pytest.fixture(scope="session")
def leads_postgres(postgres_server) -> Iterator[str]:
    """The session's PostgreSQL cluster (or a skip), on a database of the lead tests' own."""
    yield postgres_server.url("postgres")
    dispose_engines()
