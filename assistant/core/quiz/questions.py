"""Quiz questions: read from ``quiz.toml`` and validated against the scenarios and the
official registry (no fraudster's number may be a real one)."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core import content as content_module
from assistant.core.content import ContentError, load_toml, require, string_tuple
from assistant.core.i18n import N_, _

ROUND_SIZE = 10

#: Question kinds, with the prompt shown above the card.
KINDS: dict[str, str] = {
    "scam-or-not": N_("Is this a fraud?"),
    "what-to-do": N_("What do you do?"),
    "real-address": N_("Which address is the real one?"),
}
#: Where the message on the card comes from.
CHANNELS: dict[str, str] = {
    "sms": N_("SMS"),
    "whatsapp": N_("WhatsApp message"),
    "messenger": N_("Message in a social network"),
    "call": N_("Phone call"),
    "browser": N_("Web page"),
    "screen": N_("On the phone's screen"),
    "egov": N_("Notification in the eGov app"),
    "situation": N_("Situation"),
}
#: The two answers of every "Is this a fraud?" question: index 0 is "fraud".
SCAM_ANSWERS = (N_("Fraud"), N_("Genuine, not a fraud"))

_DOMAIN = re.compile(r"(?<![\w.@-])((?:[\w-]+\.)+[a-z]{2,})(?![\w-])", re.IGNORECASE)
_DIGITS = re.compile(r"\+?\d[\d ()-]{1,}\d|\b\d{3,4}\b")


@dataclass(frozen=True)
class Card:
    """The message a question shows: channel, sender and text (msgids; ``number`` is literal)."""

    channel: str
    text: str
    sender: str = ""  # a name to translate: "Mum", "Your bank"
    number: str = ""  # a literal sender: "1414", "+7 7XX XXX XX 14"

    def sender_label(self) -> str:
        """The sender as shown: the number as it is, or the translated name."""
        return self.number or (_(self.sender) if self.sender else "")

    def shown_text(self) -> str:
        """The card text in the active language."""
        return _(self.text)


@dataclass(frozen=True)
class Question:
    """One quiz question; ``answers`` are msgids, or literal web addresses when ``literal``."""

    id: str
    scenario: str
    kind: str
    card: Card
    answers: tuple[str, ...]
    right: int  # index into ``answers``
    explanation: str
    clue: str
    sources: tuple[str, ...]
    literal: bool = False
    #: a checker rule this question teaches (``sign`` in quiz.toml), and the message the
    #: checker shows for it (its explanation, or why a genuine twin looks genuine): the
    #: quiz shows the same msgid, so both say it in the same words
    sign: str = ""
    sign_explanation: str = ""

    @property
    def genuine(self) -> bool:
        """True for a genuine message (an "Is this a fraud?" question answered "no")."""
        return self.kind == "scam-or-not" and self.right == 1

    def prompt(self) -> str:
        """The translated question above the card."""
        return _(KINDS[self.kind])

    def answer_text(self, index: int) -> str:
        """Answer ``index`` in the active language."""
        text = self.answers[index]
        return text if self.literal else _(text)

    def shown_clue(self) -> str:
        """The clue in the active language: a piece of :meth:`Card.shown_text`."""
        return _(self.clue)

    def clue_span(self) -> tuple[int, int] | None:
        """Where the translated clue sits in the translated card text, if it is found."""
        text, clue = self.card.shown_text(), self.shown_clue()
        start = text.find(clue)
        if start < 0:
            start = text.casefold().find(clue.casefold())
        return (start, start + len(clue)) if start >= 0 and clue else None


# -- loading -----------------------------------------------------------------------------

def _official_numbers(content: content_module.Content) -> set[str]:
    return {re.sub(r"\D", "", n.number) for n in content.numbers.values()}


def _check_card_facts(where: str, card: Card, content: content_module.Content,
                      scam: bool | None) -> None:
    """Official numbers and sites only from the registry; fraudsters' ones clearly fake."""
    official_domains = {d.domain for d in content.domains.values()}
    official_numbers = _official_numbers(content)
    if card.number:
        digits = re.sub(r"\D", "", card.number)
        if "X" not in card.number and digits not in official_numbers:
            raise ContentError(f"{where}: sender {card.number!r} is neither official "
                               "nor a fictional number with X")
    for match in _DOMAIN.finditer(card.text):
        domain = match.group(1).lower()
        if domain in official_domains:
            continue
        if scam is False:
            raise ContentError(f"{where}: a genuine message links to {domain!r}, "
                               "which is not in the registry")
        if any(domain.endswith("." + d) for d in official_domains):
            raise ContentError(f"{where}: {domain!r} is a real subdomain of an official site")
    for match in _DIGITS.finditer(card.text):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) >= 7 and digits not in official_numbers:
            raise ContentError(f"{where}: phone number {match.group(0)!r} is not official; "
                               "write fraudsters' numbers with X")


def _sign_messages(directory: Path | None) -> dict[str, str]:
    """Rule id -> the message the checker shows for it (rules.toml)."""
    data = load_toml("rules.toml", directory)
    return {rule["id"]: rule.get("explanation") or rule.get("genuine", "")
            for rule in data.get("rule", []) if isinstance(rule, dict) and "id" in rule}


def _parse(item: dict[str, Any], content: content_module.Content) -> Question:
    qid = item["id"]
    where = f"quiz.toml {qid}"
    scenario = require(item, "scenario", where)
    content.check_scenario(where, scenario)
    kind = require(item, "kind", where)
    if kind not in KINDS:
        raise ContentError(f"{where}: unknown kind {kind!r}")
    card_data = require(item, "card", where, dict)
    channel = require(card_data, "channel", where)
    if channel not in CHANNELS:
        raise ContentError(f"{where}: unknown channel {channel!r}")
    card = Card(channel=channel, text=require(card_data, "text", where),
                sender=card_data.get("sender", ""), number=card_data.get("number", ""))
    literal = False
    scam: bool | None = None
    if kind == "scam-or-not":
        scam = require(item, "scam", where, bool)
        answers: tuple[str, ...] = SCAM_ANSWERS
        right = 0 if scam else 1
    else:
        key = "addresses" if kind == "real-address" else "answers"
        literal = kind == "real-address"
        answers = string_tuple(item, key, where)
        if not 3 <= len(answers) <= 4:
            raise ContentError(f"{where}: {key!r} needs 3 or 4 entries")
        if len(set(answers)) != len(answers):
            raise ContentError(f"{where}: two answers are the same")
        position = require(item, "right", where, int)
        if not 1 <= position <= len(answers):
            raise ContentError(f"{where}: 'right' must be 1..{len(answers)}")
        right = position - 1
    if literal:
        official = {d.domain for d in content.domains.values()}
        for index, address in enumerate(answers):
            host = address.lower().split("/")[0]
            if (host in official) != (index == right):
                raise ContentError(f"{where}: exactly the right address must be official "
                                   f"({address!r})")
    question = Question(
        id=qid, scenario=scenario, kind=kind, card=card, answers=answers, right=right,
        explanation=require(item, "explanation", where), clue=require(item, "clue", where),
        sources=string_tuple(item, "source", where), literal=literal,
    )
    if question.clue not in card.text:
        raise ContentError(f"{where}: the clue {question.clue!r} is not in the card text")
    content.check_sources(where, question.sources)
    _check_card_facts(where, card, content, scam)
    return question


def load(content: content_module.Content | None = None,
         directory: Path | None = None) -> dict[str, Question]:
    """Load and validate ``quiz.toml``; raises :class:`ContentError` on any problem."""
    content = content or content_module.default()
    data = load_toml("quiz.toml", directory)
    questions: dict[str, Question] = {}
    signs: dict[str, str] | None = None  # rules.toml read only when a question needs it
    for index, item in enumerate(data.get("question", [])):
        qid = require(item, "id", f"quiz.toml [[question]] #{index + 1}")
        if qid in questions:
            raise ContentError(f"quiz.toml: duplicate id {qid!r}")
        question = _parse(item, content)
        if "sign" in item:
            if signs is None:
                signs = _sign_messages(directory if directory and (
                    directory / "rules.toml").exists() else None)
            sign = require(item, "sign", f"quiz.toml {qid}")
            if not signs.get(sign):
                raise ContentError(f"quiz.toml {qid}: unknown checker rule {sign!r}")
            question = dataclasses.replace(question, sign=sign,
                                           sign_explanation=signs[sign])
        questions[qid] = question
    return questions


@functools.cache
def default() -> dict[str, Question]:
    """The bundled questions, loaded once."""
    return load()
