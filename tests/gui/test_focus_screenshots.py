"""A focused answer, a chosen one and a focused chosen one look different, in both themes.

Focus is an outline in the focus colour; "chosen" is a fill and a bar on the left;
nothing starts out looking chosen (WCAG 2.4.7, 1.4.1, 1.4.11). The pictures go to
build/screenshots/focus/<theme>-<scale>-answers.png for people to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from assistant.ui import theme

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.hints import MakeWindow

OUT = Path(__file__).resolve().parents[2] / "build" / "screenshots" / "focus"

pytestmark = [pytest.mark.gui, pytest.mark.screenshots]


def settle() -> None:
    for _round in range(6):
        QApplication.processEvents()


def grab(widget: QWidget) -> QImage:
    settle()
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def differing_pixels(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    return sum(1 for y in range(0, first.height(), 2) for x in range(0, first.width(), 2)
               if first.pixel(x, y) != second.pixel(x, y))


def edge(image: QImage) -> str:
    """The colour of the border at the middle of the top edge."""
    return QColor(image.pixel(image.width() // 2, 1)).name()


def inside(image: QImage) -> str:
    """The fill near the right edge, clear of the text."""
    return QColor(image.pixel(image.width() - 16, image.height() // 2)).name()


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_focused_chosen_and_both_look_different(make_window: MakeWindow, qtbot: QtBot,
                                                high_contrast: bool, scale: int) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    window = make_window(language="en", scale=scale, high_contrast=high_contrast)
    colours = theme.current()
    window.show_page("checklist")
    triage = window.pages["checklist"].triage  # type: ignore[attr-defined]
    answer = triage.what_buttons["bank-code"]
    elsewhere = triage.what_buttons["code-1414"]
    elsewhere.setFocus()
    plain = grab(answer)
    answer.setFocus()
    focused = grab(answer)
    qtbot.keyClick(answer, Qt.Key.Key_Space)
    focused_chosen = grab(answer)
    elsewhere.setFocus()
    chosen = grab(answer)

    pictures = {"plain": plain, "focused": focused, "chosen": chosen,
                "focused and chosen": focused_chosen}
    names = list(pictures)
    for index, first in enumerate(names):
        for second in names[index + 1:]:
            assert differing_pixels(pictures[first], pictures[second]) > 50, (first, second)
    assert edge(focused) == colours.focus and edge(focused_chosen) == colours.focus
    assert edge(plain) != colours.focus and edge(chosen) != colours.focus
    assert inside(focused) == inside(plain) == colours.button, "focus is not a fill"
    assert inside(chosen) == inside(focused_chosen) == colours.chosen_bg

    # One picture of the four, labelled, for people to look at.
    gap = 40
    sheet = QImage(plain.width() + 2 * gap, (plain.height() + gap) * 4 + gap,
                   QImage.Format.Format_RGB32)
    sheet.fill(QColor(colours.window))
    painter = QPainter(sheet)
    painter.setPen(QColor(colours.text))
    for row, (label, picture) in enumerate(pictures.items()):
        top = gap + row * (plain.height() + gap)
        painter.drawText(gap, top - 8, label)
        painter.drawImage(gap, top, picture)
    painter.end()
    name = "high-contrast" if high_contrast else "default"
    sheet.save(str(OUT / f"{name}-{scale}-answers.png"))


@pytest.mark.parametrize("high_contrast", [False, True])
def test_nothing_starts_out_looking_chosen(make_window: MakeWindow, qtbot: QtBot,
                                           high_contrast: bool) -> None:
    window = make_window(language="en", high_contrast=high_contrast)
    colours = theme.current()
    home = window.pages["home"]
    first = home.default_focus()
    assert first is not None and first.hasFocus()
    assert inside(grab(first)) == colours.button and edge(grab(first)) == colours.focus
    window.show_page("quiz")
    window.pages["quiz"].start_view.mixed_button.click()  # type: ignore[attr-defined]
    answer = window.pages["quiz"].question_view.buttons[0]  # type: ignore[attr-defined]
    assert answer.hasFocus() and not answer.isChecked()
    picture = grab(answer)
    assert inside(picture) == colours.button and edge(picture) == colours.focus
    window.grab().save(str(OUT / f"{'high-contrast' if high_contrast else 'default'}"
                               "-quiz-first-answer.png"))


@pytest.mark.parametrize("high_contrast", [False, True])
def test_focus_outline_contrasts_with_what_surrounds_it(high_contrast: bool) -> None:
    colours = theme.colours(high_contrast)
    for around in (colours.window, colours.button, colours.base, colours.chosen_bg):
        assert theme.contrast_ratio(colours.focus, around) >= 3.0, around
    assert theme.FOCUS_WIDTH >= 3
    assert theme.contrast_ratio(colours.text, colours.chosen_bg) >= (7.0 if high_contrast
                                                                     else 4.5)


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_error_summary_and_quiz_marks_screenshots(make_window: MakeWindow, qtbot: QtBot,
                                                  language: str, scale: int) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    window = make_window(language=language, scale=scale)
    window.show_page("checklist")
    triage = window.pages["checklist"].triage  # type: ignore[attr-defined]
    triage.submit.setFocus()
    qtbot.keyClick(triage.submit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: triage.errors.link.hasFocus())
    settle()
    window.grab().save(str(OUT / f"{language}-{scale}-triage-error.png"))
    window.show_page("quiz")
    quiz = window.pages["quiz"]
    quiz.start_view.mixed_button.click()  # type: ignore[attr-defined]
    view = quiz.question_view  # type: ignore[attr-defined]
    order = view.round.orders[view.round.index]
    wrong = next(i for i, original in enumerate(order) if original != view.round.current().right)
    view.buttons[wrong].click()
    qtbot.wait(50)
    settle()
    window.grab().save(str(OUT / f"{language}-{scale}-quiz-answered.png"))
    quiz.grab().save(str(OUT / f"{language}-{scale}-quiz-answered-page.png"))
