"""`python -m bot secrets`: the secrets a deployment needs, and whether it may start.

Printed as `NAME=value` lines so one shell line appends them to `.env`
(`python -m bot secrets >> .env`), on a developer's machine or in the image
(`docker compose run --rm --no-deps -T worker python -m bot secrets >> .env`).
Only empty secrets are generated, so running it twice changes nothing; the
values never go to a log. `--check` is the start-up gate docker-compose.yml
runs before each service.
"""

from __future__ import annotations

import secrets
import sys

from bot.settings import GENERATED_SECRETS, SECRETS_COMMAND, load, production_problems, raw_values

#: 32 random bytes as hex: safe unquoted in `.env`, YAML, shell and URLs.
SECRET_BYTES = 32


def missing_secrets(values: dict[str, str]) -> list[str]:
    """The generated secrets that have no value yet."""
    return [name for name in GENERATED_SECRETS if not values.get(name)]


def _secrets(args) -> int:
    if args.check:
        settings = load()
        problems = production_problems(settings)
        for problem in problems:
            print(problem, file=sys.stderr)
        if not problems:
            print(f"Settings are ready (DEPLOY_MODE={settings.deploy_mode}).", file=sys.stderr)
        return 1 if problems else 0
    missing = missing_secrets(raw_values())
    for name in missing:
        print(f"{name}={secrets.token_hex(SECRET_BYTES)}")
    note = (f"Generated {', '.join(missing)}: append them with `{SECRETS_COMMAND}`."
            if missing else "Every secret is set; nothing generated.")
    print(note, file=sys.stderr)
    return 0


def register(commands) -> None:
    parser = commands.add_parser(
        "secrets", help="print NAME=value lines for every empty secret (append them to .env)"
    )
    parser.add_argument("--check", action="store_true",
                        help="only check that these settings may start (exit 1 if not)")
    parser.set_defaults(handler=_secrets)
