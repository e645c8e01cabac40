"""Hostile input through the real check page: no rich text anywhere, no crash, no freeze."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from assistant.ui.check import CheckPage

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from assistant.ui.mainwindow import MainWindow
    from tests.hints import MakeWindow

pytestmark = pytest.mark.gui

HTML_MESSAGE = (
    "<b>Срочно!</b> <a href='http://egov-kz.top/pay'>Оплатите штраф</a>"
    "<img src='http://192.0.2.1/x.png'> <script>alert(1)</script> "
    "Назовите код из SMS: <i>1414</i> &lt;tag&gt; <h1>Big</h1>"
)
MARKUP = ("<b>", "<a href", "<img", "<script", "<i>", "<h1>")


def open_page(make_window: MakeWindow) -> tuple[MainWindow, CheckPage]:
    window = make_window(language="ru")
    window.pages["home"].check_button.click()
    page = window.pages["check"]
    assert isinstance(page, CheckPage)
    return window, page


def check_via_paste(qtbot: QtBot, page: CheckPage, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    qtbot.mouseClick(page.paste_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.runner.report_ready, timeout=20000):
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)


def test_no_widget_renders_pasted_html(qtbot: QtBot, make_window: MakeWindow) -> None:
    window, page = open_page(make_window)
    check_via_paste(qtbot, page, HTML_MESSAGE)
    QApplication.processEvents()
    showing_markup = []
    for widget in window.findChildren(QWidget):
        texts = []
        if isinstance(widget, QLabel):
            if widget.textFormat() != Qt.TextFormat.PlainText and any(
                    m in widget.text() for m in MARKUP):
                showing_markup.append(("label", widget.objectName(), widget.text()[:60]))
            assert not widget.openExternalLinks() or widget.textFormat() == \
                Qt.TextFormat.PlainText
            texts.append(widget.text())
        if isinstance(widget, QTextEdit) and not widget.isReadOnly():
            showing_markup.append(("rich editor", widget.objectName(), ""))
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        # Tool tips detect rich text on their own: user text must never reach one.
        if any(m in widget.toolTip() for m in MARKUP):
            showing_markup.append(("tooltip", widget.objectName(), widget.toolTip()[:60]))
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
    assert showing_markup == []
    # The characters themselves are shown: the user sees exactly what was pasted.
    assert page.editor.toPlainText() == HTML_MESSAGE
    assert isinstance(page.editor, QPlainTextEdit)
    assert page.results.isVisible()


junk = st.one_of(
    st.text(max_size=300),
    st.binary(max_size=300).map(lambda b: b.decode("utf-8", "replace")),
    st.text(alphabet="\u200b\u202e\u2066\ufeff<>&\"'аеорсaeopc01кодkod/.:", max_size=120),
    st.from_regex(r"(https?://)?[a-z0-9\-\.\[\] ]{1,40}\.(kz|com|top)", fullmatch=True),
)


def test_a_sample_of_hostile_inputs_through_the_page(qtbot: QtBot, make_window: MakeWindow) -> None:
    _window, page = open_page(make_window)
    seen: list[str] = []

    @settings(max_examples=60, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(junk)
    def one(text: str) -> None:
        if not text or text.isspace():  # nothing to check: a plain note, no check starts
            page.clear_button.click()
            QGuiApplication.clipboard().setText(text or " ")
            qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
            assert page.note.isVisible() and page.note.text()
            seen.append(page.note.text())
            return
        check_via_paste(qtbot, page, text)
        seen.append(page.banner.words.text())
        assert page.banner.words.text().strip()

    one()
    assert len(seen) == 60
