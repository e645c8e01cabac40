"""Guard against the PySide6 release whose method calls drop references to None.

PySide6 6.12.0 decremented None's reference count on every call of a void method, so
CPython 3.11 aborted ("deallocating None") after a few thousand calls: minutes of use.
pyproject.toml excludes it; this test fails if such a release comes back.
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


def test_calls_do_not_steal_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    button = QPushButton()
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        button.setAccessibleName("y")
        button.setToolTip("")
    gc.collect()
    assert sys.getrefcount(None) >= before - 50
