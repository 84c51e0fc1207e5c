"""A real PostgreSQL and a real Redis on loopback, and free ports, for `make bench` and the tests.

Both run from the machine's own binaries in a temporary directory and are
removed afterwards. PostgreSQL refuses to run as root, so as root it runs as
the `postgres` system user (via `runuser`). The classes work without pytest
(`make bench` uses them); the fixtures in conftest.py skip with a reason when a
binary is missing.

Rasa's SQL tracker store does not create its database when it is given a full
URL (`TRACKER_STORE_URL=postgresql://...`): it only creates its tables, and
waits forever for a database that does not exist. So `PostgresServer` creates
the databases it is asked for, as a deployment must (docs/deploy.md).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path



def free_port() -> int:
    """A loopback port nothing listens on now, for servers started by the bench and the tests."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _find(binary: str) -> str | None:
    found = shutil.which(binary)
    if found:
        return found
    # Debian keeps the server binaries out of PATH.
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{binary}"), reverse=True)
    return candidates[0] if candidates else None


def postgres_missing() -> str | None:
    """Why PostgreSQL cannot be started here, or None when it can."""
    for binary in ("initdb", "pg_ctl"):
        if not _find(binary):
            return f"PostgreSQL's {binary} is not installed (Debian: apt-get install postgresql)"
    if os.geteuid() == 0:
        if not shutil.which("runuser"):
            return "running as root and runuser is missing (PostgreSQL refuses root)"
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run PostgreSQL as"
    return None


def redis_missing() -> str | None:
    if not shutil.which("redis-server"):
        return "redis-server is not installed (Debian: apt-get install redis-server)"
    return None


class _ManagedServer:
    """A server used with `with`: started on entry, stopped on exit, and stopped
    again if starting fails half-way, so no process or folder is left behind."""

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()


class PostgresServer(_ManagedServer):
    """`initdb` + `pg_ctl start` on 127.0.0.1 and a free port, trust auth, user postgres."""

    def __init__(self, databases: tuple[str, ...] = ("rasa", "leads"), port: int | None = None):
        self.databases = databases
        self.port = port or free_port()
        self.root: Path | None = None
        self._as_postgres = os.geteuid() == 0

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self._as_postgres else []
        result = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")

    @property
    def data_dir(self) -> Path:
        assert self.root is not None
        return self.root / "data"

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def start(self) -> "PostgresServer":
        self.root = Path(tempfile.mkdtemp(prefix="pg-", dir="/tmp"))
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self.root.chmod(0o700)
        self._run(_find("initdb"), "--auth=trust", "--username=postgres", "--encoding=UTF8",
                  "--no-sync", "-D", str(self.data_dir))
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
                   "-c fsync=off -c max_connections=200")
        self._run(_find("pg_ctl"), "-D", str(self.data_dir), "-l", str(self.root / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")
        self.create_databases()
        return self

    def postmaster_pid(self) -> int:
        """The server's main process (its backends are its children)."""
        return int((self.data_dir / "postmaster.pid").read_text().split()[0])

    def _connect(self, database: str):
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres",
                                      dbname=database)
        connection.autocommit = True
        return connection

    def create_databases(self, *names: str) -> None:
        """The given databases (default: those this server was made for), if missing."""
        connection = self._connect("postgres")
        try:
            with connection.cursor() as cursor:
                for name in names or self.databases:
                    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
                    if not cursor.fetchone():
                        cursor.execute(f'CREATE DATABASE "{name}"')
        finally:
            connection.close()

    def execute(self, database: str, sql: str, params: tuple = ()) -> list[tuple] | None:
        """Runs one statement (or a script without parameters); the rows, if it returns any."""
        connection = self._connect(database)
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params or None)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()

    def stop(self) -> None:
        if self.root is None:
            return
        try:
            if (self.data_dir / "postmaster.pid").exists():
                self._run(_find("pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None


class RedisServer(_ManagedServer):
    """`redis-server` on 127.0.0.1 and a free port, without persistence."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None
        self.root: Path | None = None

    def start(self) -> "RedisServer":
        self.root = Path(tempfile.mkdtemp(prefix="redis-", dir="/tmp"))
        self.process = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
             "--appendonly", "no", "--dir", str(self.root), "--protected-mode", "yes"],
            stdout=open(self.root / "server.log", "wb"), stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1)
        deadline = time.monotonic() + 30
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited; see {self.root / 'server.log'}")
            try:
                if client.ping():
                    return self
            except redis.exceptions.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("redis-server did not answer PING within 30 s")
            time.sleep(0.1)

    def client(self, db: int = 0):
        import redis

        return redis.Redis(host="127.0.0.1", port=self.port, db=db)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if self.root:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None


def shared_stores_env(postgres: "PostgresServer", redis: "RedisServer", smtp_port: int,
                      outbox: Path, action_port: int, token: str) -> dict[str, str]:
    """The environment of instances that share one action server, PostgreSQL
    (conversations and leads), Redis (locks and limits) and an SMTP server."""
    return {
        "ENV_FILE": os.devnull,
        "RASA_API_TOKEN": token,
        "ACTION_PORT": str(action_port),
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook",
        "TRACKER_STORE_URL": postgres.url("rasa"),
        "LOCK_STORE_TYPE": "redis",
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": str(redis.port),
        "REDIS_DB": "1",
        "DATABASE_URL": postgres.url("leads"),
        "OUTBOX_DIR": str(outbox),
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp_port),
        "SMTP_STARTTLS": "false",
        "CLINIC_INBOX_EMAIL": "frontdesk@test-valley.example",
        "CLINIC_NAME": "Test Valley Acupuncture",
        "PRIVACY_URL": "https://test-valley.example/privacy",
    }
