"""The shape of the code: small modules, and pages that reach user data through services."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "assistant"
MAX_LINES = 400


def test_no_module_is_longer_than_the_limit() -> None:
    long = {str(path.relative_to(PACKAGE)): n for path in PACKAGE.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these modules (over {MAX_LINES} lines): {long}"


def test_pages_use_the_context_services_not_the_storage() -> None:
    """Only the context (and the app that opens the database) hands out Storage."""
    allowed = {PACKAGE / "ui" / "context.py"}
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        if path in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.ImportFrom) and node.module == "assistant.core.storage"
                    and any(alias.name == "Storage" for alias in node.names)):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert not offenders, offenders
