"""docker-compose.yml as Docker Compose reads it, without Docker.

Docker cannot run here, so the file is checked against the Compose
Specification's own JSON schema (tests/data/compose-spec/, Apache-2.0) and
for the promises docs/deploy.md makes about it. The proxy configuration it
mounts runs for real in tests/test_deploy_proxy.py.
"""

from __future__ import annotations

import json

import pytest
import yaml
from jsonschema import Draft7Validator

from bot.settings import PROJECT_ROOT

SCHEMA = PROJECT_ROOT / "tests" / "data" / "compose-spec" / "compose-spec.json"
APP_SERVICES = ("rasa", "actions", "worker")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def validator() -> Draft7Validator:
    schema = json.loads(SCHEMA.read_text())
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


def test_the_compose_file_is_valid_against_the_compose_specification(compose, validator):
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                for e in validator.iter_errors(compose)]
    assert not problems, "\n".join(problems)


def test_the_schema_catches_a_misspelt_key(compose, validator):
    """The check above can fail: one typo in a service is reported."""
    broken = {**compose, "services": {**compose["services"],
                                      "nginx": {**compose["services"]["nginx"], "port": ["80:80"]}}}
    assert any("port" in e.message for e in validator.iter_errors(broken))


def test_every_app_service_runs_in_production_mode_on_postgres(compose):
    for name in APP_SERVICES:
        env = compose["services"][name]["environment"]
        assert env["DEPLOY_MODE"] == "production", name
        for url in (env["TRACKER_STORE_URL"], env["DATABASE_URL"]):
            # The password travels as PGPASSWORD, never raw inside a URL.
            assert url.startswith("postgresql://rasa@postgres:5432/"), (name, url)
        assert env["PGPASSWORD"] == "${POSTGRES_PASSWORD:-}"


def test_only_nginx_publishes_ports_and_it_serves_https(compose):
    published = {name: s["ports"] for name, s in compose["services"].items() if "ports" in s}
    assert published == {"nginx": ["80:80", "443:443"]}
    volumes = compose["services"]["nginx"]["volumes"]
    assert "./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro" in volumes
    assert "./deploy/certs:/etc/nginx/certs:ro" in volumes


def test_app_services_check_their_settings_before_starting(compose):
    """Rasa and the action server run the gate first; the worker checks in-process."""
    for name in ("rasa", "actions"):
        command = " ".join(compose["services"][name]["command"])
        assert "python -m bot secrets --check &&" in command, name
    assert compose["services"]["worker"]["command"] == ["python", "-m", "bot", "worker"]


def _pinned(name: str) -> set[str]:
    lines = (PROJECT_ROOT / name).read_text().splitlines()
    return {line.split("==")[0].split("<")[0].split("[")[0].strip().lower()
            for line in lines if line.strip() and not line.startswith(("#", "-r"))}


def test_the_image_installs_production_packages_only_and_keeps_no_pip_cache():
    test_tools = {"pytest", "aiosmtpd", "playwright"}
    assert not test_tools & _pinned("requirements.txt")
    assert test_tools <= _pinned("requirements-test.txt")
    dockerfile = (PROJECT_ROOT / "deploy" / "Dockerfile").read_text()
    assert "PIP_NO_CACHE_DIR=1" in dockerfile and "REQUIREMENTS=requirements.txt" in dockerfile
