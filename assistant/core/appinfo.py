"""How the app presents itself to the system: menu entry, software centre, installers.

The strings are English msgids (marked with ``N_``) so they are translated in the same
catalogs as the app; ``tools/desktop_entry.py`` writes them into the Linux ``.desktop``
file and AppStream metainfo at build time.
"""

from __future__ import annotations

from assistant import APP_ID
from assistant.core.i18n import N_

__all__ = ["APP_ID", "COMMENT", "DESCRIPTION", "EXECUTABLE", "GENERIC_NAME", "KEYWORDS", "NAME"]

EXECUTABLE = "safety-assistant"

# TRANSLATORS: the name of the app, in the menu and in the window title.
NAME = N_("Safety Assistant")
# TRANSLATORS: a short kind of app, shown under the name in some menus.
GENERIC_NAME = N_("Fraud checker")
# TRANSLATORS: one line in the menu and the software centre; no full stop at the end.
COMMENT = N_("Check a message for signs of phone and online fraud")
# TRANSLATORS: search words for the menu. Separate them with ";" and end with ";".
# Add the words people type in your language; keep it lowercase.
KEYWORDS = N_("fraud;scam;sms;message;code;safety;")

# The long description in the software centre: one paragraph each.
DESCRIPTION: tuple[str, ...] = (
    N_("Safety Assistant helps you recognise phone and online fraud. "
       "It works without the internet and sends nothing anywhere."),
    N_("Paste a message, a link or a phone number, and the app tells you in plain words "
       "whether it shows signs of fraud, why, and what to do now."),
    N_("A quiz with realistic messages lets you practise. If you already told someone "
       "a code, a calm step-by-step plan shows what to do first."),
)
