"""What a check returns: the contract between the checker engine, the CLI and the page.

All strings in a :class:`Finding` are English msgids from the content (show them with
``i18n._``); ``spans`` index the *original* text the user pasted, so the page can
highlight exactly the words that triggered a rule.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Verdict(enum.Enum):
    """Never "safe": the best answer is "no known signs"."""

    DANGER = "danger"
    SUSPICIOUS = "suspicious"
    NO_SIGNS = "no_signs"


@dataclass(frozen=True)
class Finding:
    """One sign of fraud found in the text."""

    rule: str  # rule id from resources/content
    scenario: str  # scenario id from scenarios.toml; "" for a note about the check itself
    spans: tuple[tuple[int, int], ...]  # [start, end) offsets in the original text
    explanation: str  # English msgid
    advice: str  # English msgid
    weight: float = 0.0


@dataclass(frozen=True)
class LinkInfo:
    """A link found in the text, and what is known about it."""

    text: str  # as written in the message
    span: tuple[int, int]
    url: str  # normalised (scheme added, obfuscation undone)
    host: str
    registrable_domain: str
    official: str | None = None  # registry domain id when the link is official
    lookalike_of: str | None = None  # official domain it imitates
    reasons: tuple[str, ...] = ()  # English msgids

    def defanged(self) -> str:
        """The link in a form that no program turns into a clickable link."""
        return self.url.replace("http", "hxxp", 1).replace(".", "[.]")


@dataclass(frozen=True)
class PhoneInfo:
    """A phone number or short number found in the text."""

    text: str
    span: tuple[int, int]
    normalized: str  # E.164 (+7...) for full numbers, digits for short numbers
    official: str | None = None  # registry number id when it is official
    costly_short_number: bool = False
    reasons: tuple[str, ...] = ()  # English msgids


@dataclass(frozen=True)
class Report:
    """The result of one check."""

    verdict: Verdict
    score: float
    findings: tuple[Finding, ...] = ()
    links: tuple[LinkInfo, ...] = ()
    phones: tuple[PhoneInfo, ...] = ()
    truncated: bool = False  # text beyond the analysis limit was not read
    always: tuple[str, ...] = field(default_factory=tuple)  # rules that always apply (msgids)
    always_ids: tuple[str, ...] = ()  # the ids of ``always``, in the same order
    analysed_chars: int = 0  # how many characters of the text were read

    def scenarios(self) -> list[str]:
        """Scenario ids of the findings, most important first, without repeats."""
        seen: list[str] = []
        for finding in sorted(self.findings, key=lambda f: -f.weight):
            if finding.scenario and finding.scenario not in seen:
                seen.append(finding.scenario)
        return seen
