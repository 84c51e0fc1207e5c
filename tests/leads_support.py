"""Real servers for the lead tests: an SMTP sink, a webhook receiver, PostgreSQL.

Nothing here is a mock: the SMTP sink is aiosmtpd speaking SMTP on loopback,
the webhook receiver is `http.server`, and PostgreSQL (when installed) is a
throwaway cluster. Test modules load the fixtures with
`pytest_plugins = ["tests.leads_support"]` and import the helpers; the names all
start with `leads_` so they cannot shadow the suite's own `conftest.py` fixtures.
Helpers here use no bare asserts, so PYTEST_DONT_REWRITE spares pytest a warning
about rewriting a module the tests already imported.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import ipaddress
import json
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import delete

from bot.leads.db import dispose_engines, transaction
from bot.leads.models import Delivery, Lead
from bot.settings import Settings, load

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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
        session.execute(delete(Lead))
    return settings


class HoldingSmtpSink:
    """An SMTP server that keeps what it accepts; can hold a message mid-DATA.

    With `credentials` it demands AUTH and records who logged in; with `tls` it
    demands STARTTLS first.
    """

    def __init__(
        self,
        port: int | None = None,
        credentials: tuple[str, str] | None = None,
        tls: ssl.SSLContext | None = None,
    ):
        self.port = port or free_port()
        self.messages: list[EmailMessage] = []
        self.logins: list[str] = []
        self.holding = threading.Event()
        self.arrived = threading.Event()
        self.released = threading.Event()
        self._credentials = credentials
        options: dict = {}
        if credentials:
            options.update(
                authenticator=self._authenticate, auth_required=True, auth_require_tls=bool(tls)
            )
        if tls:
            options.update(tls_context=tls, require_starttls=True)
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port, **options)

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        login = (auth_data.login.decode(), auth_data.password.decode())
        if login != self._credentials:
            return AuthResult(success=False, handled=False)
        self.logins.append(login[0])
        return AuthResult(success=True)

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.holding.is_set():
            self.arrived.set()
            while not self.released.is_set():
                await asyncio.sleep(0.02)
            # The client vanished before the reply: the server never committed the message.
            return "451 Requested action aborted"
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        return "250 OK"

    def start(self) -> HoldingSmtpSink:
        self._controller.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self._controller.stop()

    def message_ids(self) -> list[str]:
        return [message["Message-ID"] for message in self.messages]


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
def leads_smtp() -> Iterator[HoldingSmtpSink]:
    sink = HoldingSmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def leads_webhook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver().start()
    yield receiver
    receiver.stop()


@pytest.fixture
def leads_settings(tmp_path: Path, leads_smtp: HoldingSmtpSink) -> Iterator[Settings]:
    """Settings whose SMTP server is the sink and whose database is a fresh file."""
    yield make_settings(tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT=str(leads_smtp.port))
    dispose_engines()


@pytest.fixture(scope="session")
def leads_postgres() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on loopback, or the test is skipped."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    run_as: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no postgres user to run PostgreSQL")
        run_as = ["runuser", "-u", "postgres", "--"]
    base = Path(tempfile.mkdtemp(prefix="leads-pg-"))
    if run_as:
        shutil.chown(base, "postgres")
    data, port = base / "data", free_port()
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off"
    try:
        subprocess.run(
            [*run_as, initdb, "--auth=trust", "-U", "postgres", "-D", str(data)],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                *run_as,
                pg_ctl,
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(base / "log"),
                "-w",
                "start",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql+psycopg2://postgres@127.0.0.1:{port}/postgres"
    finally:
        dispose_engines()
        subprocess.run(
            [*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(base, ignore_errors=True)
