"""Lets `python -m bot ...` reach the command line."""

from bot.cli import main

raise SystemExit(main())
