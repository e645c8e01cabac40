"""Nothing leaves the computer: an audit hook fails any connection or URL open."""

from __future__ import annotations

import socket
import sys
import urllib.request
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.hints import MakeWindow

_ACTIVE = {"on": False}
_BLOCKED_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                   "socket.sendto", "urllib.Request", "webbrowser.open"}
_SEEN: list[str] = []


def _hook(event: str, args: tuple) -> None:
    if _ACTIVE["on"] and event in _BLOCKED_EVENTS:
        _SEEN.append(event)
        raise RuntimeError(f"network access attempted: {event} {args!r:.200}")


sys.addaudithook(_hook)  # audit hooks cannot be removed; the flag switches it


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail on any network use; also record QDesktopServices.openUrl calls."""
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toString()) or True))
    _SEEN.clear()
    _ACTIVE["on"] = True
    try:
        yield opened
    finally:
        _ACTIVE["on"] = False
    assert _SEEN == []


def test_the_hook_really_blocks(no_network: list[str]) -> None:
    with pytest.raises(RuntimeError, match="network access attempted"):
        socket.create_connection(("192.0.2.1", 80), timeout=0.01)
    with pytest.raises(RuntimeError, match="network access attempted"):
        urllib.request.urlopen("http://192.0.2.1/")
    _SEEN.clear()


MESSAGES = [
    "Ваш код 1414: 4821. Никому не сообщайте.",
    "Срочно! Перейдите https://egov-kz.help/pay и оплатите штраф, иначе счёт заблокируют",
    "Сізге сыйлық! hxxp://kaspi-bonus[.]top сілтемесіне өтіңіз",
    "<a href='http://192.0.2.1/x'>click</a><img src='http://192.0.2.1/i.png'>",
]


@pytest.mark.gui
def test_every_page_and_the_cli_work_offline(no_network: list[str], make_window: MakeWindow,
                                             qtbot: QtBot,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtWidgets import QApplication

    from assistant import cli

    for text in MESSAGES:
        cli.main(["--json", text])
    window = make_window(language="ru")
    for page_id in ("home", "settings", "about", "check", "quiz", "checklist"):
        window.show_page(page_id)
        QApplication.processEvents()
    # Check messages full of links through the real page; click every reason and link row.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QAbstractButton
    from shiboken6 import isValid

    window.show_page("check")
    page = window.pages["check"]
    for text in MESSAGES:
        QGuiApplication.clipboard().setText(text)
        qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(page.runner.report_ready, timeout=20000):
            qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
        for button in page.results.findChildren(QAbstractButton):
            if isValid(button) and button.isVisible() \
                    and button is not page.advice.emergency_button:
                button.click()
                QApplication.processEvents()
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
    assert "PySide6.QtWebEngineCore" not in sys.modules
