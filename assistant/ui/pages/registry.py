"""The page table: every page of the window, once. Adding a page is one module plus one row.

The window builds a page on its first visit (start-up builds only home), the home page
shows a big button for each row with ``on_home``, and each page's title comes from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from assistant.core.i18n import N_

if TYPE_CHECKING:
    from assistant.ui.context import AppContext
    from assistant.ui.widgets import Page


class PageSpec(NamedTuple):
    """One page: its id, its title and home-page description (msgids), how to build it.

    A named tuple, not a dataclass: the table is read before the first paint, and
    ``dataclasses`` (with the class it would build) costs ~6 ms of start-up there.
    """

    id: str
    title: str  # msgid; the language page's is the same in all three languages
    description: str  # msgid shown under the title on the home page ("" if not there)
    factory: Callable[[AppContext], Page]
    on_home: bool = False


def _home(context: AppContext) -> Page:
    from assistant.ui.pages.home import HomePage

    return HomePage(context)


def _language(context: AppContext) -> Page:
    from assistant.ui.pages.language import LanguagePage

    return LanguagePage(context)


def _check(context: AppContext) -> Page:
    from assistant.ui.check import CheckPage

    return CheckPage(context)


def _quiz(context: AppContext) -> Page:
    from assistant.ui.quiz import QuizPage

    return QuizPage(context)


def _checklist(context: AppContext) -> Page:
    from assistant.ui.checklist import ChecklistPage

    return ChecklistPage(context)


def _call(context: AppContext) -> Page:
    from assistant.ui.call import CallPage

    return CallPage(context)


def _settings(context: AppContext) -> Page:
    from assistant.ui.pages.settings import SettingsPage

    return SettingsPage(context)


def _about(context: AppContext) -> Page:
    from assistant.ui.pages.about import AboutPage

    return AboutPage(context)


#: Shown before any language is chosen, so it is written in all three at once.
LANGUAGE_PROMPT = "Тілді таңдаңыз · Выберите язык · Choose your language"

PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", N_("Home"), "", _home),
    PageSpec("language", LANGUAGE_PROMPT, "", _language),
    PageSpec("call", N_("Someone is calling me now"),
             N_("A few questions during the call. You will see at once if you should hang up. "
                "Key: F2."), _call, on_home=True),
    PageSpec("check", N_("Check a message"),
             N_("Paste an SMS, a messenger message, a link or a phone number. "
                "See if it shows signs of fraud."), _check, on_home=True),
    PageSpec("quiz", N_("Train with a quiz"),
             N_("Practise on real fraud messages, so you recognise them at once."),
             _quiz, on_home=True),
    PageSpec("checklist", N_("I already gave my code"),
             N_("A calm step-by-step plan: what to do first, second, third."),
             _checklist, on_home=True),
    PageSpec("settings", N_("Settings"), "", _settings),
    PageSpec("about", N_("About"), "", _about),
)

_BY_ID = {spec.id: spec for spec in PAGES}


def spec(page_id: str) -> PageSpec:
    """The row of ``page_id``; raises ``KeyError`` for an unknown page."""
    return _BY_ID[page_id]


def home_pages() -> list[PageSpec]:
    """The pages the home page offers, in order."""
    return [s for s in PAGES if s.on_home]
