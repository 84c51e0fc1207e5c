"""The shipped proxy configuration, run for real in front of two Rasa instances.

deploy/nginx.conf runs in Debian's nginx with only what a test machine must
change: the listen ports (no root ports), the resolver (a small DNS server
here instead of Docker's), the Rasa port and the certificate paths (a test
certificate made by openssl). The name `rasa` resolves to two Rasa instances
on 127.0.0.2 and 127.0.0.3, on a real PostgreSQL and Redis, in production mode
with a real SMTP server; Chromium drives the widget over HTTPS through nginx.

nginx starts before any Rasa instance, as after `docker compose up` with Rasa
still loading: it must start and answer 502, then serve the instances once
they are up, and follow the name to a new address as when compose recreates
a container.
"""

from __future__ import annotations

import http.client
import http.server
import os
import re
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest
import requests
from playwright.sync_api import expect, sync_playwright

from bot.launcher import Stack, running
from bot.settings import PROJECT_ROOT, load
from scripts.servers import free_port, shared_stores_env
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, WidgetPage, foreign_requests
from tests.support import Chat
from tests.test_widget_browser import answer_next_question

pytestmark = [pytest.mark.scale, pytest.mark.browser]

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SHIPPED = PROJECT_ROOT / "deploy" / "nginx.conf"
RASA_ADDRESSES = ("127.0.0.2", "127.0.0.3")
BURSTING_CLIENT = "127.0.0.9"
FOREIGN_SITE_ADDRESS = "127.0.0.5"
TOKEN = "proxy-test-api-token"


def nginx_version() -> tuple[int, ...]:
    output = subprocess.run([NGINX, "-v"], capture_output=True, text=True).stderr
    return tuple(int(n) for n in re.search(r"nginx/(\d+)\.(\d+)\.(\d+)", output).groups())


def _substitute(text: str, old: str, new: str) -> str:
    """Replace a line the test must change; a shipped file without it fails the test."""
    assert text.count(old) == 1, f"deploy/nginx.conf no longer has exactly one {old!r}"
    return text.replace(old, new)


class NameServer:
    """Answers A queries for a few names on a loopback UDP port, like Docker's DNS."""

    def __init__(self, names: dict[str, tuple[str, ...]]) -> None:
        self.names = names
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                data, client = self.sock.recvfrom(512)
            except socket.timeout:
                continue
            query = dns.message.from_wire(data)
            reply = dns.message.make_response(query)
            for question in query.question:
                addresses = self.names.get(question.name.to_text(omit_final_dot=True))
                if addresses is None:
                    reply.set_rcode(dns.rcode.NXDOMAIN)
                elif question.rdtype == dns.rdatatype.A:
                    reply.answer.append(dns.rrset.from_text(question.name, 1, "IN", "A", *addresses))
            self.sock.sendto(reply.to_wire(), client)

    def __enter__(self) -> NameServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.thread.join()
        self.sock.close()


def make_certificate(folder: Path) -> Path:
    """A self-signed certificate for localhost, as fullchain.pem and privkey.pem."""
    folder.mkdir()
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(folder / "privkey.pem"), "-out", str(folder / "fullchain.pem")],
        check=True, capture_output=True,
    )
    return folder


@dataclass
class Proxy:
    http_port: int
    https_port: int
    certificate: Path
    access_log: Path

    @property
    def url(self) -> str:
        return f"https://localhost:{self.https_port}"

    def log_lines(self) -> list[str]:
        return self.access_log.read_text().splitlines()

    def upstreams(self, path: str, since: int = 0) -> set[str]:
        """The Rasa instances that answered requests for `path`, from nginx's log."""
        return {line.split()[-1] for line in self.log_lines()[since:] if f" {path} " in line}


def _accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


@contextmanager
def nginx(root: Path, dns_port: int, rasa_port: int, certificates: Path) -> Iterator[Proxy]:
    """deploy/nginx.conf inside a minimal main configuration that logs the upstream."""
    proxy = Proxy(free_port(), free_port(), certificates / "fullchain.pem", root / "access.log")
    site = SHIPPED.read_text()
    site = _substitute(site, "resolver 127.0.0.11 ", f"resolver 127.0.0.1:{dns_port} ")
    site = _substitute(site, "listen 80 ", f"listen 127.0.0.1:{proxy.http_port} ")
    site = _substitute(site, "listen 443 ssl ", f"listen 127.0.0.1:{proxy.https_port} ssl ")
    site = _substitute(site, "set $rasa rasa:5005;", f"set $rasa rasa:{rasa_port};")
    site = site.replace("/etc/nginx/certs/", f"{certificates}/")
    if nginx_version() < (1, 25, 1):
        # Debian 12's nginx 1.22 predates `http2 on;` (the image runs 1.27): the one
        # line this nginx cannot read, so HTTP/2 itself is not tested here.
        site = _substitute(site, "    http2 on;\n", "")
    (root / "site.conf").write_text(site)
    (root / "nginx.conf").write_text(f"""
daemon off;
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log info;
events {{ worker_connections 256; }}
http {{
    log_format upstream '$remote_addr "$request" $status $upstream_addr';
    access_log {proxy.access_log} upstream;
    client_body_temp_path {root}/body;
    proxy_temp_path {root}/proxy;
    fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi;
    scgi_temp_path {root}/scgi;
    include {root}/site.conf;
}}
""")
    command = [NGINX, "-p", str(root), "-c", str(root / "nginx.conf"), "-e", str(root / "error.log")]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=open(root / "stderr.log", "wb"))
    try:
        deadline = time.monotonic() + 20
        while not _accepts(proxy.https_port):
            assert process.poll() is None, (root / "error.log").read_text()
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.1)
        yield proxy
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Deployment:
    proxy: Proxy
    stacks: list[Stack]
    status_while_rasa_down: int
    names: NameServer


def _port_free_on_all(addresses: tuple[str, ...]) -> int:
    """One port free on every address, so `rasa:PORT` reaches each instance."""
    for _ in range(50):
        port = free_port()
        try:
            for address in addresses:
                with socket.socket() as sock:
                    sock.bind((address, port))
            return port
        except OSError:
            continue
    raise RuntimeError("no port free on all Rasa addresses")


def _status(proxy: Proxy, path: str) -> int:
    return requests.get(proxy.url + path, verify=str(proxy.certificate), timeout=30).status_code


@pytest.fixture(scope="module")
def deployment(model, smtp_sink, postgres_server, redis_server, tmp_path_factory):
    """nginx first (Rasa down), then instance A (Rasa, actions, worker) and B (Rasa)."""
    if not os.path.exists(NGINX):
        pytest.skip("nginx is not installed (Debian: apt-get install nginx)")
    root = tmp_path_factory.mktemp("nginx")
    rasa_port = _port_free_on_all(RASA_ADDRESSES)
    action_port = free_port()
    var = tmp_path_factory.mktemp("proxy-var")
    common = {
        **shared_stores_env(postgres_server, redis_server, smtp_sink.port, var / "outbox",
                            action_port, TOKEN),
        "DEPLOY_MODE": "production",
        "WIDGET_TOKEN_SECRET": "proxy-test-widget-secret",
        "RASA_PORT": str(rasa_port),
        # As docker-compose.yml: Rasa believes X-Forwarded-For from the proxy in front of it.
        "TRUSTED_PROXIES": "127.0.0.1",
    }

    def instance(address: str, services: tuple[str, ...]) -> Stack:
        env = {**common, "RASA_HOST": address}
        return Stack(load(environ=env), model, extra_env=env, services=services,
                     log_dir=tmp_path_factory.mktemp(f"proxy-logs-{address}"))

    stacks = [instance(RASA_ADDRESSES[0], ("actions", "rasa", "worker")),
              instance(RASA_ADDRESSES[1], ("rasa",))]
    with NameServer({"rasa": RASA_ADDRESSES}) as names, \
            nginx(root, names.port, rasa_port, make_certificate(root / "certs")) as proxy:
        status_while_rasa_down = _status(proxy, "/webhooks/widget/")
        # Two Rasa instances loading at once on a shared, busy machine can take minutes.
        with running(*stacks, timeout=600):
            yield Deployment(proxy, stacks, status_while_rasa_down, names)


@pytest.fixture(scope="module")
def chromium():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_nginx_starts_without_rasa_and_serves_it_once_up(deployment):
    proxy = deployment.proxy
    assert deployment.status_while_rasa_down == 502
    response = requests.get(proxy.url + "/webhooks/widget/", verify=str(proxy.certificate),
                            timeout=30)
    assert response.json() == {"status": "ok"}


def test_http_redirects_to_https_which_sets_hsts_and_hides_the_api(deployment):
    proxy = deployment.proxy
    plain = requests.get(f"http://127.0.0.1:{proxy.http_port}/webhooks/widget/demo?x=1",
                         allow_redirects=False, timeout=30)
    assert plain.status_code == 301
    assert plain.headers["Location"] == "https://127.0.0.1/webhooks/widget/demo?x=1"

    page = requests.get(proxy.url + "/webhooks/widget/demo", verify=str(proxy.certificate),
                        timeout=30)
    assert page.status_code == 200 and "widget.js" in page.text
    assert page.headers["Strict-Transport-Security"] == "max-age=31536000"
    for path in (f"/conversations/x/tracker?token={TOKEN}", "/status", "/socket.io/?EIO=4",
                 "/webhooks/rest/webhook"):
        assert _status(proxy, path) in (403, 404), path


def test_the_widget_over_https_crosses_both_instances_and_the_lead_arrives(
    deployment, chromium, smtp_sink
):
    proxy, stacks = deployment.proxy, deployment.stacks
    context = chromium.new_context(ignore_https_errors=True)
    widget = WidgetPage(context.new_page(), proxy.url, stacks[0].settings.widget_token_secret)
    try:
        widget.visit()
        assert widget.page.evaluate("() => location.protocol") == "https:"
        widget.open()
        widget.say("My lower back has been hurting for a few months")
        chat = Chat(stacks[0].rasa_url, TOKEN, sender=widget.sender_id())
        for _ in range(30):
            tracker = chat.tracker()
            if tracker["slots"]["lead_id"]:
                break
            answer_next_question(widget, tracker)
        lead_id = tracker["slots"]["lead_id"]
        assert lead_id, "the intake did not end in a lead"
        expect(widget.bot_messages.last).to_contain_text("Dana Whitfield")
        assert not foreign_requests(widget.requests)
    finally:
        context.close()

    served_by = proxy.upstreams("/webhooks/widget/message")
    assert served_by == {f"{address}:{stacks[0].settings.rasa_port}" for address in RASA_ADDRESSES}
    smtp_sink.wait_for(lambda message: f"<lead-{lead_id}@" in message["Message-ID"], timeout=60)


def test_rasa_at_a_new_address_is_used_without_restarting_nginx(deployment):
    """As when `docker compose up` recreates Rasa: its name now resolves elsewhere."""
    proxy, stacks, names = deployment.proxy, deployment.stacks, deployment.names
    valid = int(re.search(r"resolver .* valid=(\d+)s", SHIPPED.read_text()).group(1))
    remaining = RASA_ADDRESSES[1:]
    names.names["rasa"] = remaining
    try:
        time.sleep(valid + 1)
        before = len(proxy.log_lines())
        for _ in range(6):
            assert _status(proxy, "/webhooks/widget/") == 200
        port = stacks[0].settings.rasa_port
        assert proxy.upstreams("/webhooks/widget/", since=before) == {f"{a}:{port}" for a in remaining}
    finally:
        names.names["rasa"] = RASA_ADDRESSES


@contextmanager
def foreign_site(embed_from: str) -> Iterator[str]:
    """Another website on this machine (127.0.0.5) that embeds the widget with its tag.

    A real local server: Chromium does not let a public origin load scripts from
    loopback addresses, so a page faked as public would not get the widget at all.
    """
    page = (f'<html><body><script src="{embed_from}/webhooks/widget/widget.js" defer>'
            "</script></body></html>").encode()

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer((FOREIGN_SITE_ADDRESS, 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{FOREIGN_SITE_ADDRESS}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def test_the_widget_on_a_foreign_site_gets_no_conversation(deployment, chromium):
    """A site not in WIDGET_ALLOWED_ORIGINS embeds the widget: the browser is refused."""
    proxy = deployment.proxy
    context = chromium.new_context(ignore_https_errors=True)
    before = len(proxy.log_lines())
    try:
        with foreign_site(proxy.url) as site:
            page = context.new_page()
            page.goto(f"{site}/")
            widget = WidgetPage(page, proxy.url, deployment.stacks[0].settings.widget_token_secret)
            widget.launcher.click()
            expect(page.get_by_role("alert")).to_contain_text("can't reach the clinic's assistant")
            assert widget.bot_messages.count() == 0 and not widget.stored().get("token")
    finally:
        context.close()
    refused = [line for line in proxy.log_lines()[before:] if "/webhooks/widget/session" in line]
    assert refused and all(" 403 " in line for line in refused), refused


def _session(proxy: Proxy, origin: str, source: str = "127.0.0.1") -> int:
    """POST /session as a browser on `origin` would, from the client address `source`."""
    context = ssl.create_default_context(cafile=str(proxy.certificate))
    connection = http.client.HTTPSConnection("localhost", proxy.https_port, timeout=30,
                                             context=context, source_address=(source, 0))
    try:
        connection.request("POST", "/webhooks/widget/session", body=b"{}",
                           headers={"Origin": origin, "Content-Type": "application/json"})
        return connection.getresponse().status
    finally:
        connection.close()


def test_the_own_origin_with_its_port_is_served_and_a_foreign_origin_refused(deployment):
    proxy = deployment.proxy
    assert _session(proxy, proxy.url) == 200
    assert _session(proxy, "https://evil.example") == 403
    assert _session(proxy, "https://localhost") == 403, "another port is another origin"


def test_one_clients_burst_does_not_lock_out_another(deployment):
    """40 requests at once from one address: the proxy refuses that address only."""
    proxy = deployment.proxy
    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(lambda _: _session(proxy, proxy.url, source=BURSTING_CLIENT),
                                 range(40)))
    assert 429 in statuses, "the proxy's per-address limit never applied"
    assert statuses.count(200) >= 20, "the burst allowance of deploy/nginx.conf was not given"
    assert _session(proxy, proxy.url) == 200, "another visitor was locked out"
