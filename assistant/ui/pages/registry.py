"""Which widget serves which page. Pages are built on first visit to keep start-up fast.

Each feature owns exactly one factory function here; replace its body when the feature
lands (the placeholder says "coming soon" until then).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.ui.context import AppContext
from assistant.ui.widgets import Page


def _check_page(context: AppContext) -> Page:
    from assistant.ui.check import CheckPage

    return CheckPage(context)


# ---------------------------------------------------------------------------------


def _quiz_page(context: AppContext) -> Page:
    from assistant.ui.quiz import QuizPage

    return QuizPage(context)


# ---------------------------------------------------------------------------------


def _checklist_page(context: AppContext) -> Page:
    from assistant.ui.checklist import ChecklistPage

    return ChecklistPage(context)


# ---------------------------------------------------------------------------------


def _settings_page(context: AppContext) -> Page:
    from assistant.ui.pages.settings import SettingsPage

    return SettingsPage(context)


def _about_page(context: AppContext) -> Page:
    from assistant.ui.pages.about import AboutPage

    return AboutPage(context)


FACTORIES: dict[str, Callable[[AppContext], Page]] = {
    "check": _check_page,
    "quiz": _quiz_page,
    "checklist": _checklist_page,
    "settings": _settings_page,
    "about": _about_page,
}
