"""Command-line checker: ``python -m assistant check``. Filled in by the checker engine."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``safety-assistant-cli`` and ``python -m assistant check``."""
    print("The message checker is not available in this build yet.", file=sys.stderr)
    return 2
