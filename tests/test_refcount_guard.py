"""The guard against PySide6 6.12's reference leak on None keeps the interpreter alive."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_importing_the_ui_gives_none_a_reserve() -> None:
    import assistant.ui  # noqa: F401 - the import applies the guard

    assert sys.getrefcount(None) > 2**39


@pytest.mark.gui
def test_building_widgets_cannot_use_up_the_reserve(qtbot) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.widgets import BigButton

    before = sys.getrefcount(None)
    buttons = [BigButton("x", "y") for _ in range(50)]
    for button in buttons:
        qtbot.addWidget(button)
    lost = before - sys.getrefcount(None)
    # Whatever PySide6 drops per widget, a lifetime of pages cannot reach the reserve.
    assert lost * 10**6 < sys.getrefcount(None)
