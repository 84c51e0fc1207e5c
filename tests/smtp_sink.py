"""A real SMTP server on loopback that keeps what it receives, for the tests.

One class serves the conversation tests (the clinic's mail server behind the
running assistant) and the delivery tests, which also need a server that
demands STARTTLS or a login, or that holds a message mid-DATA to play a mail
server dying while it is being sent to.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import ssl
import threading
import time
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from scripts.servers import free_port


class SmtpSink:
    """aiosmtpd on a free port; `messages` holds every parsed email accepted.

    With `credentials` it demands AUTH and records who logged in in `logins`;
    with `tls` it demands STARTTLS first. While `holding` is set, DATA waits
    (setting `arrived`) until `released`, then refuses the message.
    """

    def __init__(
        self,
        port: int | None = None,
        credentials: tuple[str, str] | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.port = port or free_port()
        self.messages: list[EmailMessage] = []
        self.logins: list[str] = []
        self.holding = threading.Event()
        self.arrived = threading.Event()
        self.released = threading.Event()
        self._credentials = credentials
        self._lock = threading.Lock()
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
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self._lock:
            self.messages.append(message)
        return "250 OK"

    def wait_for(self, predicate, timeout: float = 30) -> EmailMessage:
        """The first received message matching `predicate`, waiting for it to arrive."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for message in self.messages:
                    if predicate(message):
                        return message
            time.sleep(0.2)
        raise AssertionError("no matching email arrived")

    def message_ids(self) -> list[str]:
        with self._lock:
            return [message["Message-ID"] for message in self.messages]

    def start(self) -> SmtpSink:
        self._controller.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self._controller.stop()

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
