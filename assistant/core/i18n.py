"""The one place that owns gettext: ``_``, ``N_``, ``ngettext``, ``pgettext`` and the language.

English source strings; catalogs in ``translations/<lang>/LC_MESSAGES/assistant.mo``.
The language can change at run time: listeners (the Qt bridge) are told, and every
page re-reads its texts through ``_`` again. Builtins are never patched.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.core import paths

if TYPE_CHECKING:  # babel is imported on first use: it is not needed to start the window
    import datetime as _dt

    from babel import Locale

DOMAIN = "assistant"
SOURCE_LANGUAGE = "en"
#: Language names in their own script: each name is written in one script only.
#: The one list of languages: the menus, the CLI, the catalogs and the tools derive theirs.
LANGUAGES: dict[str, str] = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
#: The languages with a catalog (translations/<code>/LC_MESSAGES/assistant.po).
TRANSLATED_LANGUAGES: tuple[str, ...] = tuple(c for c in LANGUAGES if c != SOURCE_LANGUAGE)
#: A layout-testing locale: every string lengthened and accented, placeholders kept.
PSEUDO = "pseudo"

_current = SOURCE_LANGUAGE
_translation: gettext.NullTranslations = gettext.NullTranslations()
_listeners: list[Callable[[str], None]] = []


def available_languages() -> list[str]:
    """Real languages the user can pick, in display order."""
    return list(LANGUAGES)


def system_language() -> str:
    """kk or ru when the system's locale says so, else en (LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG, in gettext's order); read from the environment alone, without babel."""
    import os

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if not value:
            continue
        for item in value.split(":"):  # LANGUAGE may list several: "kk:ru:en"
            code = item.split("_")[0].split(".")[0].split("@")[0].lower()
            if code in LANGUAGES:
                return code
            if variable == "LANGUAGE" or code in ("c", "posix"):
                continue
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The active language code (``kk``, ``ru``, ``en`` or ``pseudo``)."""
    return _current


def babel_locale() -> Locale:
    """A babel Locale for formatting numbers and dates in the active language."""
    from babel import Locale

    code = SOURCE_LANGUAGE if _current == PSEUDO else _current
    return Locale.parse(code)


def _load(lang: str) -> gettext.NullTranslations:
    if lang in (SOURCE_LANGUAGE, PSEUDO):
        return gettext.NullTranslations()
    try:
        localedir = paths.locale_dir()
    except FileNotFoundError:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(localedir), languages=[lang], fallback=True)


def set_language(lang: str) -> None:
    """Switch the active language and tell every listener.

    Raises:
        ValueError: for a code that is neither a known language nor the pseudo-locale.
    """
    global _current, _translation
    if lang not in LANGUAGES and lang != PSEUDO:
        raise ValueError(f"unknown language {lang!r}")
    _translation = _load(lang)
    _current = lang
    for listener in list(_listeners):
        listener(lang)


def add_listener(callback: Callable[[str], None]) -> None:
    """Call ``callback(lang)`` after every language switch."""
    _listeners.append(callback)


def remove_listener(callback: Callable[[str], None]) -> None:
    """Stop calling ``callback``; unknown callbacks are ignored."""
    if callback in _listeners:
        _listeners.remove(callback)


def _(message: str) -> str:
    """Translate ``message`` into the active language."""
    if not message:
        return message
    if _current == PSEUDO:
        return pseudo(message)
    return _translation.gettext(message)


def translator(lang: str) -> Callable[[str], str]:
    """A ``_`` for ``lang`` without switching the app's language (a letter in Russian
    while the window is in Kazakh); the active language's ``_`` for the active one."""
    if lang == _current:
        return _
    if lang == PSEUDO:
        return pseudo
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    translation = _load(lang)

    def translate(message: str) -> str:
        return translation.gettext(message) if message else message

    return translate


def N_(message: str) -> str:
    """Mark ``message`` for extraction; translate it later with ``_``."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message with a plural form chosen by ``n``."""
    if _current == PSEUDO:
        return pseudo(singular if n == 1 else plural)
    return _translation.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Translate ``message`` in ``context`` (for short words with several meanings)."""
    if _current == PSEUDO:
        return pseudo(message)
    return _translation.pgettext(context, message)


def format_number(value: float | int) -> str:
    """A number written the way the active language writes it."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=babel_locale())


def format_date(value: _dt.date) -> str:
    """A date in the active language's medium format."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format="medium", locale=babel_locale())


def format_datetime(value: _dt.datetime) -> str:
    """A date and a time to the minute, the way the active language joins them.

    The medium date ("26 нояб. 2026 г.") with the short time ("16:05"): seconds mean
    nothing to a reader of a history list or a report.
    """
    from babel.dates import format_date as babel_format_date
    from babel.dates import format_time as babel_format_time

    locale = babel_locale()
    joined = str(locale.datetime_formats["medium"])
    return joined.format(babel_format_time(value, format="short", locale=locale),
                         babel_format_date(value, format="medium", locale=locale))


# Placeholders ({name}, %s, %(name)s), Qt mnemonics (&&, &x) and URLs stay as they are.
_KEEP = re.compile(r"\{[^{}]*\}|%\([^)]*\)[sd]|%[sd]|&&|https?://\S+")
_ACCENTS = str.maketrans(
    "aceginorsuyzACEGINORSUYZ",
    "àçéğîñöŕšüýžÀÇÉĞÎÑÖŔŠÜÝŽ",
)


def pseudo(message: str) -> str:
    """Lengthen and accent ``message`` by about 40% to show clipping before real languages do."""
    pieces: list[str] = []
    last = 0
    for match in _KEEP.finditer(message):
        pieces.append(message[last : match.start()].translate(_ACCENTS))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(message[last:].translate(_ACCENTS))
    padding = "·" * max(2, (len(message) * 2) // 5)
    return "⟦" + "".join(pieces) + padding + "⟧"
