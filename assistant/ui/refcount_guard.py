"""Keep CPython 3.11 alive despite a reference-count leak on ``None`` in PySide6 6.12.

With PySide6 6.12.0 on Python 3.11, method calls on freshly created widgets drop a
reference to ``None`` that was never taken. Every page built loses hundreds of them;
when the count reaches zero the interpreter aborts ("none_dealloc: deallocating None"),
typically after a dozen windows in the test suite or a long session. Python 3.12 made
``None`` immortal, so there nothing is needed. On 3.11 we give ``None`` a reference
reserve so large that the leak can never empty it. Remove this when PySide6 is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_applied = False


def apply() -> None:
    """Give ``None`` its reserve once (only on Python versions where None is mortal)."""
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _RESERVE
    _applied = True
