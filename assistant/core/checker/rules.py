"""Stage 3: the detection rules, read from ``resources/content/rules.toml`` and compiled once.

A rule has per-language regular expressions (ru, kk, en; matched on the normalised,
lower-case text), a weight, the scenario it belongs to, an explanation and advice
(English msgids) and its sources. Kinds of rules:

* ``pattern``: any pattern matches (optionally not right after a negation such as
  "никому не", "never", so "never tell anyone the code" is not a request for it);
* ``combo``: every rule in ``requires`` matched (e.g. a prize *and* a payment);
* ``link:<reason>``, ``hidden``, ``mixed-script``, ``truncated``: signs found by the
  normalise and extract stages, described here so their wording and weight are data too.

Rules with ``report = false`` are context only: they pick the scenario of another rule
("code" + "1414" → the fake 1414 operator) or feed a combo, and are not shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.checker import translit
from assistant.core.checker.gates import Deferred, Gate, compile_gated
from assistant.core.content import (
    Content,
    ContentError,
    load_toml,
    require,
    string_tuple,
)

LANGUAGES = ("ru", "kk", "en")
#: Pattern tables: the three languages, and Russian or Kazakh spelt in Latin letters.
PATTERN_KEYS = (*LANGUAGES, "translit")
_KEY_SCRIPT = {"ru": "cyrillic", "kk": "cyrillic", "en": "latin", "translit": "latin"}
KINDS = ("pattern", "combo", "link", "hidden", "mixed-script", "truncated")


#: One compiled group of a rule's patterns: the script a text needs for it, whether a
#: match must start a word, the regex, its gate (gates.py; None: always searched) and
#: the regex's source.
Part = tuple[str, bool, Deferred, Gate, str]


@dataclass(frozen=True)
class Rule:
    """One detection signal."""

    id: str
    kind: str
    scenario: str
    weight: float
    explanation: str
    advice: str
    sources: tuple[str, ...]
    #: the rule's patterns split by the script they need ("cyrillic" | "latin" | "any"),
    #: and by whether a match must start a word (a leading ``\b``, checked by the engine
    #: because it would stop the regex engine from skipping ahead to the first letter)
    parts: tuple[Part, ...] = ()
    negatable: bool = False
    requires: tuple[str, ...] = ()
    #: context rules that, when they match too, make this sign innocent
    unless: tuple[str, ...] = ()
    #: context rules whose matches make this sign's matches inside them innocent (a
    #: sentence that denies it: "staff will never offer a safe account")
    unless_inside: tuple[str, ...] = ()
    #: context rule id -> scenario used instead of ``scenario`` when that rule matched
    context: dict[str, str] = field(default_factory=dict)
    report: bool = True
    link_reason: str = ""  # for kind "link": the LinkInfo reason msgid it reports
    #: dropped when every link and number in the text is official (a genuine notice)
    official_contact_clears: bool = False
    #: dropped where the match is an official number ("call 1414" is good advice)
    official_number_clears: bool = False
    #: dropped where the match is (or ends right before) an official link or the brand's
    #: own site ("visit https://www.ups.com", "log on to www.chase.com")
    official_link_clears: bool = False
    #: a sign only when the text gives a phone number ("if it was not you, call us" with
    #: no number is a bank's own wording, not a number to avoid)
    needs_phone: bool = False
    #: for costly short numbers: the regex group that holds the number
    number_group: str = ""
    #: a neutral note, not a sign: alone it never makes a message suspicious
    note: bool = False
    #: a context rule that marks a genuine notice: why it looks genuine (English msgid)
    genuine: str = ""


@dataclass(frozen=True)
class RuleSet:
    """Every rule plus the settings of the checker."""

    rules: tuple[Rule, ...]
    negation: re.Pattern[str]
    negation_window: int
    danger: float
    suspicious: float
    analysis_limit: int
    always: tuple[str, ...]  # msgids, in order
    always_ids: dict[str, str]  # id -> msgid, for the scenarios' `covers`
    shorteners: tuple[str, ...]
    brand_labels: tuple[str, ...]

    def by_id(self, rule_id: str) -> Rule:
        """The rule with ``rule_id``; raises ``KeyError``."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def _source(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _compile(patterns: list[str], where: str) -> re.Pattern[str]:
    try:
        return re.compile(_source(patterns))
    except re.error as exc:
        raise ContentError(f"{where}: bad pattern: {exc}") from exc


def _compile_gated(patterns: list[str], where: str) -> tuple[Deferred, Gate]:
    try:
        return compile_gated(_source(patterns))
    except re.error as exc:
        raise ContentError(f"{where}: bad pattern: {exc}") from exc


_FRAGMENT_RE = re.compile(r"%([a-z_]+)%")


def _expand(pattern: str, fragments: dict[str, str], where: str) -> str:
    """Replace ``%name%`` with the shared fragment ``name`` (word lists used by many rules)."""
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise ContentError(f"{where}: unknown fragment %{name}%")
        return f"(?:{fragments[name]})"

    return _FRAGMENT_RE.sub(replace, pattern)


_SYNTAX_RE = re.compile(r"\\[a-zA-Z]|\(\?P<\w+>|\(\?P=\w+\)|\[\^?a-z")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_RE = re.compile(r"[a-zA-Z]")


def script_of(pattern: str) -> str:
    """Which script a text must contain for ``pattern`` to match: a cheap pre-filter.

    A pattern with Cyrillic letters (and no Latin ones) cannot match a text without
    Cyrillic; one with Latin letters only cannot match a text without Latin letters;
    "mixed" patterns go by their language table, "any" (digits only) run on every text.
    Escapes such as ``\\w`` and group names are not letters of the pattern.
    """
    letters = _SYNTAX_RE.sub("", pattern)
    cyrillic = bool(_CYRILLIC_RE.search(letters))
    latin = bool(_LATIN_RE.search(letters))
    if cyrillic and not latin:
        return "cyrillic"
    if latin and not cyrillic:
        return "latin"
    return "mixed" if latin else "any"


def _split(patterns: list[tuple[str, str]], where: str) -> tuple[Part, ...]:
    """Group patterns by the script a text needs for them to match, and compile each group
    with its gate (gates.py).

    Russian and Kazakh patterns need Cyrillic, English and transliterated ones need Latin
    letters; a pattern of digits only (a number) is run on every text. A pattern with no
    literal words to gate on ("\\d{2,4}p") would make its whole group searched on every
    text, so such patterns are compiled apart from the others of their group.
    """
    groups: dict[tuple[str, bool], list[str]] = {}
    for key, pattern in patterns:
        script = script_of(pattern)
        if script == "mixed":  # "отправьте sms": Cyrillic in Russian, Latin in English
            script = _KEY_SCRIPT[key]
        starts_word = pattern.startswith("\\b") and not pattern.startswith("\\b|")
        if starts_word:
            pattern = pattern[2:]
        groups.setdefault((script, starts_word), []).append(pattern)
    parts: list[Part] = []
    for (script, starts_word), group in groups.items():
        regex, found = _compile_gated(group, where)
        if found is None and len(group) > 1:
            gated = [p for p in group if _compile_gated([p], where)[1] is not None]
            ungated = [p for p in group if p not in gated]
            if gated and ungated:
                regex, found = _compile_gated(gated, where)
                parts.append((script, starts_word, regex, found, _source(gated)))
                group = ungated
                regex, found = _compile_gated(group, where)
        parts.append((script, starts_word, regex, found, _source(group)))
    return tuple(parts)


def _patterns(item: dict[str, Any], where: str,
              fragments: dict[str, str] | None = None) -> list[tuple[str, str]]:
    table = item.get("patterns", {})
    if not isinstance(table, dict):
        raise ContentError(f"{where}: 'patterns' must be a table of languages")
    unknown = set(table) - set(PATTERN_KEYS)
    if unknown:
        raise ContentError(f"{where}: unknown pattern languages {sorted(unknown)}")
    found: list[tuple[str, str]] = []
    for key in PATTERN_KEYS:
        found.extend((key, _expand(p, fragments or {}, where))
                     for p in string_tuple(table, key, f"{where} patterns"))
    return found


def _fragments(data: dict[str, Any]) -> dict[str, str]:
    """The ``[fragments]`` table, each fragment expanded."""
    fragments = data.get("fragments", {})
    if not isinstance(fragments, dict) or not all(isinstance(v, str) for v in fragments.values()):
        raise ContentError("rules.toml: [fragments] must map names to patterns")
    return {k: _expand(v, fragments, f"rules.toml fragment {k}") for k, v in fragments.items()}


def _read_rule(item: dict[str, Any], where: str, content: Content,
               fragments: dict[str, str]) -> Rule:
    """One ``[[rule]]``, checked against the scenarios and sources of ``content``."""
    rule_id = require(item, "id", where)
    kind = item.get("kind", "pattern")
    base_kind = kind.split(":")[0]
    if base_kind not in KINDS:
        raise ContentError(f"{where}: unknown kind {kind!r}")
    report = bool(item.get("report", True))
    scenario = item.get("scenario", "")
    # A finding about the check itself ("truncated") belongs to no scenario.
    if (report and base_kind != "truncated") or scenario:
        content.check_scenario(where, require(item, "scenario", where))
    sources = string_tuple(item, "source", where)
    content.check_sources(where, sources)
    weight = float(item.get("weight", 0.0))
    if not 0.0 <= weight <= 1.0:
        raise ContentError(f"{where}: weight must be between 0 and 1")
    context = item.get("context", {})
    for ctx_scenario in context.values():
        content.check_scenario(f"{where} context", ctx_scenario)
    parts: tuple[Part, ...] = ()
    if base_kind == "pattern":
        patterns = _patterns(item, where, fragments)
        if not patterns:
            raise ContentError(f"{where}: no patterns")
        parts = _split(patterns, where)
    number_group = item.get("number_group", "")
    if number_group and not any(name.startswith(number_group)
                                for _script, _starts, regex, _gate, _source in parts
                                for name in regex.group_names):
        raise ContentError(f"{where}: no group {number_group!r} in the patterns")
    return Rule(
        id=rule_id,
        kind=base_kind,
        scenario=scenario,
        weight=weight,
        explanation=require(item, "explanation", where) if report else "",
        advice=require(item, "advice", where) if report else "",
        sources=sources,
        parts=parts,
        negatable=bool(item.get("negatable", False)),
        requires=string_tuple(item, "requires", where),
        unless=string_tuple(item, "unless", where),
        unless_inside=string_tuple(item, "unless_inside", where),
        context=dict(context),
        report=report,
        link_reason=kind.partition(":")[2],
        official_contact_clears=bool(item.get("official_contact_clears", False)),
        official_number_clears=bool(item.get("official_number_clears", False)),
        official_link_clears=bool(item.get("official_link_clears", False)),
        needs_phone=bool(item.get("needs_phone", False)),
        number_group=number_group,
        note=not item.get("sign", True),
        genuine=str(item.get("genuine", "")),
    )


def _read_rules(data: dict[str, Any], content: Content) -> list[Rule]:
    """Every ``[[rule]]``, with unique ids and references to known rules only."""
    fragments = _fragments(data)
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, item in enumerate(data.get("rule", [])):
        rule_id = require(item, "id", f"rules.toml [[rule]] #{index + 1}")
        if rule_id in seen:
            raise ContentError(f"rules.toml: duplicate rule id {rule_id!r}")
        seen.add(rule_id)
        rules.append(_read_rule(item, f"rules.toml rule {rule_id}", content, fragments))
    for rule in rules:
        for needed in (*rule.requires, *rule.context, *rule.unless, *rule.unless_inside):
            if needed not in seen:
                raise ContentError(f"rules.toml rule {rule.id}: unknown rule {needed!r}")
        if rule.kind == "combo" and not rule.requires:
            raise ContentError(f"rules.toml rule {rule.id}: a combo needs 'requires'")
    return rules


def _read_always(settings: dict[str, Any], content: Content) -> dict[str, str]:
    """``[[settings.always]]``: id -> msgid, and every scenario's ``covers`` among them."""
    always: dict[str, str] = {}
    for index, item in enumerate(require(settings, "always", "rules.toml settings", list)):
        where = f"rules.toml [[settings.always]] #{index + 1}"
        if not isinstance(item, dict):
            raise ContentError(f"{where}: must be a table with 'id' and 'advice'")
        advice_id = require(item, "id", where)
        if advice_id in always:
            raise ContentError(f"{where}: duplicate id {advice_id!r}")
        always[advice_id] = require(item, "advice", where)
    for scenario in content.scenarios.values():
        for advice_id in scenario.covers:
            if advice_id not in always:
                raise ContentError(f"scenarios.toml {scenario.id}: 'covers' names "
                                   f"{advice_id!r}, which is not in rules.toml [[settings.always]]")
    return always


def load_rules(content: Content, directory: Path | None = None) -> RuleSet:
    """Read and validate ``rules.toml`` against the scenarios and sources of ``content``."""
    data = load_toml("rules.toml", directory)
    settings = require(data, "settings", "rules.toml", dict)
    rules = _read_rules(data, content)
    negation = settings.get("negation", {})
    links = data.get("links", {})
    always = _read_always(settings, content)
    return RuleSet(
        rules=tuple(rules),
        # the Kazakh ones also as typed without the Kazakh letters ("қайтармаңыз" and
        # "кайтарманыз": a text may be read in that spelling, see translit.reading)
        negation=_compile(sorted({q for k, p in _patterns({"patterns": negation},
                                                         "rules.toml negation")
                                  for q in (p, translit.simplify(p) if k == "kk" else p)}),
                          "rules.toml negation"),
        negation_window=int(settings.get("negation_window", 30)),
        danger=float(require(settings, "danger", "rules.toml settings", float)),
        suspicious=float(require(settings, "suspicious", "rules.toml settings", float)),
        analysis_limit=int(require(settings, "analysis_limit", "rules.toml settings", int)),
        always=tuple(always.values()),
        always_ids=always,
        shorteners=tuple(s.lower() for s in string_tuple(links, "shorteners", "rules.toml")),
        brand_labels=tuple(s.lower() for s in string_tuple(links, "brand_labels",
                                                           "rules.toml")),
    )
