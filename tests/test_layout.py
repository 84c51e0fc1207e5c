"""The layout's import rules, checked on the source: `bot/` is plain Python
that knows nothing of rasa_sdk or the actions, and `scripts/` (the bench, the
training of the second opinion) runs from a clone without the test suite."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def offending_imports(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((PROJECT_ROOT / folder).rglob("*.py")):
        for module in imported_modules(path):
            if module.split(".")[0] in forbidden:
                found.append(f"{path.relative_to(PROJECT_ROOT)} imports {module}")
    return found


@pytest.mark.parametrize("folder, forbidden", [
    ("bot", ("rasa_sdk", "actions", "tests")),
    ("scripts", ("tests",)),
    ("actions", ("tests",)),
])
def test_layers_import_only_what_the_layout_allows(folder, forbidden):
    assert offending_imports(folder, forbidden) == []


def test_the_check_sees_an_import_from_the_tests(tmp_path):
    module = tmp_path / "x.py"
    module.write_text("import os\nfrom tests.support import Chat\nfrom . import sibling\n")
    assert imported_modules(module) == {"os", "tests.support"}
