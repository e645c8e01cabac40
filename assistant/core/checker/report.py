"""What a check returns: the contract between the checker engine, the CLI and the page.

All strings in a :class:`Finding` are English msgids from the content (show them with
``i18n._``); ``spans`` index the *original* text the user pasted, so the page can
highlight exactly the words that triggered a rule.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, replace

from assistant.core.i18n import N_


class Verdict(enum.Enum):
    """Never "safe": the best answer is "no known signs". A bare number or link that is not
    official and shows no sign is "cannot tell": nobody can know who owns it."""

    DANGER = "danger"
    SUSPICIOUS = "suspicious"
    NO_SIGNS = "no_signs"
    CANNOT_TELL = "cannot_tell"


@dataclass(frozen=True)
class Finding:
    """One sign of fraud found in the text, or a neutral note (``Report.notes``)."""

    rule: str  # rule id from resources/content
    scenario: str  # scenario id from scenarios.toml; "" for a note about the check itself
    spans: tuple[tuple[int, int], ...]  # [start, end) offsets in the original text
    explanation: str  # English msgid
    advice: str  # English msgid
    weight: float = 0.0
    #: a shape that is the whole scheme: ("lure" | "action" | "pressure", spans), which
    #: words are the bait, what they ask for and the pressure (original offsets)
    parts: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = ()


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
    #: neutral notes ("the message has a link"): never a reason for the verdict
    notes: tuple[Finding, ...] = ()
    #: why a message with no sign looks genuine (English msgids), most telling first
    genuine: tuple[str, ...] = ()
    #: ids of every rule that matched, context rules included (for :func:`settle`)
    fired: tuple[str, ...] = ()

    def scenarios(self) -> list[str]:
        """Scenario ids of the findings, most important first, without repeats."""
        seen: list[str] = []
        for finding in sorted(self.findings, key=lambda f: -f.weight):
            if finding.scenario and finding.scenario not in seen:
                seen.append(finding.scenario)
        return seen


#: Why a message whose every number and link is official looks genuine.
OFFICIAL_CONTACTS = N_("Every number and site in it is on the list of official contacts.")

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _bare(text: str, report: Report) -> bool:
    """Is ``text`` nothing but numbers and links (punctuation and spaces aside)?"""
    spans = sorted([*(link.span for link in report.links), *(p.span for p in report.phones)])
    if not spans:
        return False
    rest: list[str] = []
    position = 0
    for start, end in spans:
        rest.append(text[position:max(position, start)])
        position = max(position, end)
    rest.append(text[position:])
    return _LETTER_OR_DIGIT.search("".join(rest)) is None


def settle(report: Report, text: str, notes: frozenset[str],
           genuine: dict[str, str]) -> Report:
    """Sort a raw report's findings into signs and notes and give the verdict that never
    contradicts them.

    ``notes`` are the ids of the rules that are neutral notes; ``genuine`` maps context
    rule ids to why they make a message look genuine. A sign makes the verdict at least
    ``suspicious``; in a message that is flagged (by a sign, or by notes whose weights
    together reach a verdict) every finding is a sign, except in a message with the shape
    of a genuine notice (a ``genuine`` context rule matched): there notes alone never make
    a verdict. With no sign, a bare number or link that is not official gives
    ``cannot_tell``.
    """
    if not (report.findings or report.fired or report.links or report.phones):
        return report  # nothing found: nothing to sort, nothing to say it looks genuine
    verdict = report.verdict
    looks_genuine = [genuine[rule] for rule in report.fired if rule in genuine]
    if (verdict is not Verdict.NO_SIGNS and looks_genuine
            and all(finding.rule in notes for finding in report.findings)):
        # Notes alone ("a link", "call us") that only add up to a verdict, in a message
        # with the shape of a genuine notice (a code given with "tell no one", a bank's
        # statement of a payment): the notice's own lines, not signs of fraud.
        verdict = Verdict.NO_SIGNS

    def is_note(finding: Finding) -> bool:
        # A message shape that did not flag the message on its own (a lure with no action
        # or pressure: "Mum, I'm at the hospital for a check-up") is context, not a sign.
        return finding.rule in notes or (verdict is Verdict.NO_SIGNS
                                         and finding.rule.startswith("shape-"))

    signs = tuple(f for f in report.findings if not is_note(f))
    kept_notes = tuple(f for f in report.findings if is_note(f))
    if signs and verdict is Verdict.NO_SIGNS:
        verdict = Verdict.SUSPICIOUS
    if verdict is not Verdict.NO_SIGNS:
        # Beside a sign, or together strong enough, the notes are part of the picture.
        signs, kept_notes = report.findings, ()
    reasons: list[str] = []
    if not signs:
        reasons.extend(looks_genuine)
        contacts = [*(link.official for link in report.links),
                    *(phone.official for phone in report.phones)]
        if contacts and all(contacts):
            reasons.append(OFFICIAL_CONTACTS)
        elif _bare(text, report):
            verdict = Verdict.CANNOT_TELL
    genuine_reasons = tuple(dict.fromkeys(reasons))
    if (verdict is report.verdict and signs == report.findings and not kept_notes
            and not report.notes and genuine_reasons == report.genuine):
        return report  # already settled (most texts: nothing found): no copy
    return replace(report, verdict=verdict, findings=signs, notes=kept_notes,
                   genuine=genuine_reasons)
