"""Text size and colour themes: the one source of how the app looks.

Sizes are computed from the chosen text scale (100-200%) into one style sheet, so a
change reaches every page immediately. :func:`apply` sets it and remembers the choice;
everything drawn or styled later asks :func:`current` (colours), :func:`high_contrast`
and :func:`page_style_sheet` (a page's own sheet, keyed by its ``style_role``). Both
palettes are checked for contrast in the tests: 4.5:1 for normal text in the default
theme, 7:1 in high contrast.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from assistant.core import paths
from assistant.core.settings import TEXT_SCALES

BASE_POINT_SIZE = 12.0


class Colours(NamedTuple):
    """The colours of one theme."""

    window: str
    text: str
    base: str
    button: str
    button_text: str
    highlight: str
    highlight_text: str
    accent: str  # borders of big buttons, focus ring
    muted_text: str
    danger_bg: str
    danger_text: str
    warning_bg: str
    warning_text: str
    ok_bg: str  # a right answer in the quiz
    ok_text: str
    info_bg: str  # "no known signs": calm and neutral, never the green of "safe"
    info_text: str
    link: str
    focus: str  # focus ring: differs from every other border so the focused control stands out
    focus_bg: str  # a menu's highlighted item (never a focused control: that is an outline)
    chosen_bg: str  # the fill of a chosen answer (focus is never shown as a fill)


DEFAULT = Colours(
    window="#f6f5f4", text="#1a1a1a", base="#ffffff", button="#ffffff",
    button_text="#1a1a1a", highlight="#1c4f9c", highlight_text="#ffffff",
    accent="#1c4f9c", muted_text="#4a4a4a",
    danger_bg="#fde8e8", danger_text="#8a1111",
    warning_bg="#fff4d6", warning_text="#6b4500",
    ok_bg="#e6f4ea", ok_text="#1e5631", info_bg="#e8eef7", info_text="#1f3d66",
    link="#1c4f9c",
    focus="#b35900", focus_bg="#fff1e0", chosen_bg="#d6e2f5",
)

HIGH_CONTRAST = Colours(
    window="#000000", text="#ffffff", base="#000000", button="#000000",
    button_text="#ffffff", highlight="#ffff00", highlight_text="#000000",
    accent="#ffff00", muted_text="#ffffff",
    danger_bg="#000000", danger_text="#ff9b9b",
    warning_bg="#000000", warning_text="#ffe066",
    ok_bg="#000000", ok_text="#8cff8c", info_bg="#000000", info_text="#9fd0ff",
    link="#ffff00",
    focus="#00ffff", focus_bg="#002b36", chosen_bg="#3d3d00",
)


def colours(high_contrast: bool) -> Colours:
    """The colours of the chosen theme."""
    return HIGH_CONTRAST if high_contrast else DEFAULT


class Appearance(NamedTuple):
    """What :func:`apply` last set."""

    scale: int = 100
    high_contrast: bool = False


_appearance = Appearance()


def current() -> Colours:
    """The colours of the theme in use."""
    return colours(_appearance.high_contrast)


def high_contrast() -> bool:
    """Whether the high-contrast theme is in use."""
    return _appearance.high_contrast


def border_width() -> int:
    """Borders are thicker in high contrast."""
    return 3 if _appearance.high_contrast else 2


def focus_width() -> int:
    """The width of the focus outline in the theme in use."""
    return FOCUS_WIDTH_HIGH_CONTRAST if _appearance.high_contrast else FOCUS_WIDTH


#: The focus outline, in pixels: WCAG 2.4.13 asks for at least 2; we draw more, so it is
#: seen at a glance and is wider than every other border (2 px, 3 in high contrast).
FOCUS_WIDTH = 4
FOCUS_WIDTH_HIGH_CONTRAST = 5


def palette(high_contrast: bool) -> QPalette:
    """A QPalette for the chosen theme (Fusion style honours every role)."""
    c = colours(high_contrast)
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.button_text,
        QPalette.ColorRole.Highlight: c.highlight,
        QPalette.ColorRole.HighlightedText: c.highlight_text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted_text,
        QPalette.ColorRole.Link: c.link,
        QPalette.ColorRole.BrightText: c.text,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted_text))
    return pal


def icon(name: str, dark: bool) -> str:
    """Path of a bundled SVG for style sheets: ``<name>-dark.svg`` or ``<name>-light.svg``."""
    path = paths.resources_dir() / "icons" / f"{name}-{'dark' if dark else 'light'}.svg"
    return path.as_posix()


def style_sheet(scale: int, high_contrast: bool) -> str:
    """The application style sheet for a text scale (percent) and theme."""
    c = colours(high_contrast)
    hc = high_contrast
    base = BASE_POINT_SIZE * scale / 100
    border = 3 if high_contrast else 2
    focus_width = FOCUS_WIDTH_HIGH_CONTRAST if high_contrast else FOCUS_WIDTH

    def pt(factor: float) -> str:
        return f"{base * factor:.1f}pt"

    def px(factor: float) -> str:  # sub-controls do not accept pt sizes
        return f"{round(base * factor * 96 / 72)}px"

    # At large text the window's top bar is compact (its text still larger than at 100%),
    # so that it leaves the page at least 85% of a 768-pixel-high window.
    bar_text, bar_title = (0.8, 1.0) if scale >= 175 else (1.0, 1.45)
    # Its buttons keep their size when focused without the margin other buttons have
    # (the outline is wider than their border: the padding gives way instead), so the
    # bar is no taller than before the outline.
    grow = focus_width - border
    bar_y = max(grow, round(base * bar_text * 0.15 * 96 / 72))
    bar_x = max(grow, round(base * bar_text * 0.6 * 96 / 72))
    language_right = max(grow, round(base * 1.8 * 96 / 72))
    # At most half the outer box, or Qt draws the circle as a square.
    radio_radius = (round(base * 1.1 * 96 / 72) + 2 * border) // 2

    return f"""
    QWidget {{ font-size: {pt(1)}; }}
    QLabel[role="page-title"] {{ font-size: {pt(1.45)}; font-weight: bold; }}
    QLabel[role="heading"] {{ font-size: {pt(1.3)}; font-weight: bold; }}
    QLabel[role="muted"] {{ color: {c.muted_text}; }}
    QLabel[role="big-title"] {{ font-size: {pt(1.35)}; font-weight: bold;
                                color: {c.button_text}; background: transparent; }}
    QLabel[role="big-description"] {{ color: {c.button_text}; background: transparent; }}
    QPushButton {{ padding: 0.4em 1em; min-height: 1.8em; border: {border}px solid {c.accent};
                   border-radius: 6px; background: {c.button}; color: {c.button_text};
                   margin: {focus_width - border}px; }}
    QPushButton:hover {{ background: {c.window}; }}
    QPushButton[role="danger"] {{ color: {c.danger_text}; border-color: {c.danger_text}; }}
    QPushButton:focus, QComboBox:focus, QCheckBox:focus, QRadioButton:focus,
    QPlainTextEdit:focus, QLineEdit:focus, QListWidget:focus, QTextEdit:focus {{
        outline: none; border: {focus_width}px solid {c.focus}; }}
    QPushButton:focus {{ margin: 0; }}
    QPushButton[role="big"] {{ border-radius: 10px; }}
    QPushButton[role="big"][primary="true"] {{ background: {c.highlight};
        border: {border + 1}px solid {c.highlight}; }}
    QPushButton[role="big"][primary="true"]:hover {{ border-color: {c.text}; }}
    QPushButton[role="big"][primary="true"]:focus {{ background: {c.highlight};
        border: {max(focus_width, border + 2)}px solid {c.focus}; }}
    QPushButton[primary="true"] QLabel[role="big-title"],
    QPushButton[primary="true"] QLabel[role="big-description"] {{ color: {c.highlight_text}; }}
    QPushButton[role="big"]:checked {{ background: {c.chosen_bg};
        border: {border + 1}px solid {c.accent}; border-left: 12px solid {c.accent}; }}
    QPushButton[role="big"]:checked:focus {{ border: {focus_width}px solid {c.focus};
        border-left: 12px solid {c.accent}; }}
    QLabel[role="error"] {{ color: {c.danger_text}; font-weight: bold; }}
    QFrame[role="error-summary"] {{ background: {c.danger_bg};
        border: {border + 2}px solid {c.danger_text}; border-radius: 6px; }}
    QFrame[role="error-summary"] QLabel {{ color: {c.danger_text}; background: transparent; }}
    QPushButton[role="error-link"] {{ background: transparent;
        border: {border}px solid transparent; }}
    QPushButton[role="error-link"]:focus {{ border: {focus_width}px solid {c.focus}; }}
    QPushButton[role="error-link"] QLabel {{ color: {c.danger_text}; font-size: {pt(1)};
        text-decoration: underline; }}
    QComboBox {{ padding: 0.3em 0.6em; min-height: 1.8em; border: {border}px solid {c.accent};
                 border-radius: 6px; }}
    QRadioButton, QCheckBox {{ spacing: 0.6em; padding: 0.3em;
                              border: {focus_width}px solid transparent; }}
    QRadioButton::indicator, QCheckBox::indicator {{
        width: {px(1.1)}; height: {px(1.1)}; border: {border}px solid {c.accent};
        background: {c.base}; }}
    QRadioButton::indicator {{ border-radius: {radio_radius}px; }}
    QRadioButton::indicator:checked {{
        background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
            stop:0 {c.accent}, stop:0.55 {c.accent}, stop:0.62 {c.base}, stop:1 {c.base}); }}
    QCheckBox::indicator {{ border-radius: 4px; }}
    QCheckBox::indicator:checked {{ background: {c.accent}; image: url({icon("check", hc)}); }}
    QComboBox::drop-down {{ width: {px(1.6)}; border: none; }}
    QComboBox::down-arrow {{ image: url({icon("arrow", not hc)}); width: {px(0.8)};
                             height: {px(0.8)}; }}
    QMenu {{ background: {c.base}; border: {border}px solid {c.accent}; }}
    QMenu::item {{ padding: 0.3em 1.2em 0.3em 2em; }}
    QMenu::item:selected {{ background: {c.focus_bg}; color: {c.text}; }}
    QMenu::indicator {{ width: {px(0.8)}; height: {px(0.8)}; left: {px(0.5)}; }}
    QMenu::indicator:checked {{ image: url({icon("check", not hc)}); }}
    QScrollBar {{ background: {c.window}; border: none; }}
    QScrollBar:vertical {{ width: {px(1.2)}; }}
    QScrollBar:horizontal {{ height: {px(1.2)}; }}
    QScrollBar::handle {{ background: {c.accent}; border-radius: {px(0.3)}; margin: 3px; }}
    QScrollBar::handle:vertical {{ min-height: {px(2.5)}; }}
    QScrollBar::handle:horizontal {{ min-width: {px(2.5)}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QFrame[role="notice"] {{ background: {c.warning_bg}; border: {border}px solid {c.warning_text};
                             border-radius: 6px; }}
    QFrame[role="notice"] QLabel {{ color: {c.warning_text}; }}
    QFrame[role="calm-notice"] {{ background: {c.info_bg}; border: {border}px solid {c.info_text};
        border-radius: 6px; }}
    QFrame[role="calm-notice"] QLabel {{ color: {c.info_text}; }}
    QLabel[role="call-question"] {{ font-size: {pt(1.8)}; font-weight: bold; }}
    QFrame[role="hang-up"] {{ background: {c.danger_bg}; border: {border}px solid {c.danger_text};
                              border-radius: 10px; }}
    QFrame[role="hang-up"] QLabel {{ color: {c.danger_text}; background: transparent; }}
    QLabel[role="hang-up-title"] {{ font-size: {pt(2.2)}; font-weight: bold;
                                    border: {focus_width}px solid transparent; }}
    QLabel[role="hang-up-title"]:focus {{ border-color: {c.focus}; }}
    QLabel[role="hang-up-why"] {{ font-size: {pt(1.25)}; }}
    QFrame[role="call-no-sign-box"] {{ background: {c.warning_bg};
                                       border: {border}px solid {c.warning_text};
                                       border-radius: 10px; }}
    QLabel[role="call-no-sign"] {{ font-size: {pt(1.5)}; font-weight: bold;
                                   color: {c.warning_text}; background: transparent;
                                   border: {focus_width}px solid transparent;
                                   padding: 0.2em; }}
    QLabel[role="call-no-sign"]:focus {{ border-color: {c.focus}; }}
    QFrame[role="topbar"] {{ border-bottom: {border}px solid {c.accent}; }}
    QFrame[role="topbar"] QPushButton {{ padding: {bar_y}px {bar_x}px; min-height: 1.3em;
                                        font-size: {pt(bar_text)}; margin: 0; }}
    QFrame[role="topbar"] QPushButton:focus {{ padding: {bar_y - grow}px {bar_x - grow}px; }}
    QFrame[role="topbar"] QLabel[role="page-title"] {{ font-size: {pt(bar_title)}; }}
    QFrame[role="topbar"] QPushButton#nav-language {{ padding-right: {language_right}px; }}
    QFrame[role="topbar"] QPushButton#nav-language:focus {{
        padding-right: {language_right - grow}px; }}
    QPushButton#nav-language::menu-indicator {{
        image: url({icon("arrow", not hc)}); width: {px(0.8)}; height: {px(0.8)};
        subcontrol-origin: padding; subcontrol-position: center right; right: {px(0.5)}; }}
    """


def apply(app: QApplication, scale: int, high_contrast: bool) -> None:
    """Apply the text scale and theme to every widget of ``app``, immediately."""
    if scale not in TEXT_SCALES:
        scale = 100
    # The text size lives in the style sheet alone: its "QWidget { font-size }" reaches
    # every widget, Qt's own dialogs and pop-ups included. (Setting it on the application
    # font as well cost ~1.5 ms of start-up for no visible difference.)
    global _appearance
    _appearance = Appearance(scale, high_contrast)
    app.setPalette(palette(high_contrast))
    app.setStyleSheet(style_sheet(scale, high_contrast))


def _check_page(c: Colours, border: int) -> str:
    """The check page: selected reason, message box, check boxes."""
    return (
        f'QPushButton[role="reason"] {{ border-radius: 10px; }}'
        f' QPushButton[role="reason"]:checked {{ background: {c.window};'
        f' border: {border + 2}px solid {c.text}; border-left: 14px solid {c.accent};'
        # square on the bar's side: a rounded corner joins the wide bar to the thin
        # border with a jagged point
        f' border-top-left-radius: 0; border-bottom-left-radius: 0; }}'
        # this sheet is nearer than the application's: repeat its focus ring (an outline,
        # never a fill: the fill means "chosen")
        f' QPushButton[role="reason"]:focus {{ border: {focus_width()}px solid {c.focus}; }}'
        f' QPushButton[role="reason"]:checked:focus {{ border-left: 14px solid {c.accent}; }}'
        f' QPlainTextEdit#check-input {{ border: {border}px solid {c.accent};'
        f' border-radius: 6px; background: {c.base}; color: {c.text}; }}'
        f' QPlainTextEdit#check-input:focus {{ border: {focus_width()}px solid {c.focus}; }}'
        # no size here: the application's sheet sizes the marks with the text
        f' QCheckBox::indicator {{ border: {border}px solid {c.accent}; background: {c.base};'
        f' border-radius: 3px; }}'
        f' QCheckBox::indicator:checked {{ background: {c.highlight}; }}')


def _quiz_page(c: Colours, border: int) -> str:
    """The quiz: the message card and the right and wrong answers."""
    return f"""
    QFrame#quiz-card {{ background: {c.base}; border: 2px solid {c.accent};
                        border-radius: 10px; }}
    QFrame#quiz-card QTextEdit {{ background: {c.base}; color: {c.text}; border: none; }}
    QPushButton[role="big"][state="right"] {{ background: {c.ok_bg};
                                              border: 4px solid {c.ok_text}; }}
    QPushButton[role="big"][state="wrong"] {{ background: {c.danger_bg};
                                              border: 4px solid {c.danger_text}; }}
    QPushButton[role="big"]:disabled {{ border-style: dashed; }}
    """


def _checklist_page(c: Colours, border: int) -> str:
    """The emergency plan's frames and chosen answers; colours come from the palette, so
    the high-contrast theme applies, and no size is given to text."""
    return f"""
QFrame[role="step"] {{ border: 2px solid palette(mid); border-radius: 8px; }}
QFrame[role="step"][state="done"] {{ border-color: palette(highlight); }}
QFrame[role="step"][open="true"] {{ border: 4px solid palette(highlight); }}
QPushButton[role="step-line"] {{ text-align: left; border: none; padding: 0; }}
QPushButton[role="step-line"]:focus {{ border: {focus_width()}px solid {c.focus}; }}
QPushButton[role="primary"] {{ background: palette(highlight); color: palette(highlighted-text);
    font-weight: bold; }}
QLabel[role="subheading"], QLabel[role="status"] {{ font-weight: bold; }}
QLineEdit, QPlainTextEdit {{
    border: 2px solid palette(window-text); border-radius: 4px; padding: 0.2em; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border: {focus_width()}px solid {c.focus}; }}
QDateEdit {{ border: 2px solid palette(window-text); border-radius: 4px; padding: 0.3em;
    min-height: 1.6em; }}
QDateEdit:focus {{ border: {focus_width()}px solid {c.focus}; }}
QDateEdit QLineEdit, QDateEdit QLineEdit:focus {{ border: none; padding: 0; }}
QPushButton#triage-submit {{ background: palette(highlight); }}
QPushButton#triage-submit QLabel {{ color: palette(highlighted-text); }}
"""


#: The style sheet of each page that needs one of its own, by the page's ``style_role``.
PAGE_STYLES = {"check": _check_page, "quiz": _quiz_page, "checklist": _checklist_page}


def page_style_sheet(role: str) -> str:
    """The style sheet of pages with ``style_role`` ``role``, in the theme in use."""
    return PAGE_STYLES[role](current(), border_width()) if role in PAGE_STYLES else ""


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio between two ``#rrggbb`` colours."""

    def luminance(value: str) -> float:
        colour = QColor(value)
        channels = []
        for channel in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(channel / 12.92 if channel <= 0.03928
                            else ((channel + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
