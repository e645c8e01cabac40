"""Stages 4 and 5: run the rules over a normalised text and score the findings.

``check(text)`` is the whole pipeline. The rules and the official registry are loaded
and compiled on the first call and cached, so importing the checker costs nothing at
start-up. The score is a "noisy or" of the weights of the distinct rules that fired
(``1 - prod(1 - w)``); the thresholds for ``danger`` and ``suspicious`` live in
``rules.toml`` too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.core import content as content_module
from assistant.core.checker import links as links_module
from assistant.core.checker import phones as phones_module
from assistant.core.checker import translit
from assistant.core.checker.normalise import normalise
from assistant.core.checker.report import Finding, LinkInfo, PhoneInfo, Report, Verdict
from assistant.core.checker.rules import Rule, RuleSet, load_rules

_SENTENCE_END = re.compile(r"[.!?\n;]")
# A negation counts only in its own clause: "чтобы не заблокировали счета, оплатите".
_CLAUSE_END = re.compile(r"[.!?\n;,:—–]")


@dataclass(frozen=True)
class Engine:
    """Compiled rules and the official registry, ready to check texts."""

    rules: RuleSet
    official_links: links_module.Official
    official_numbers: phones_module.OfficialNumbers
    #: pattern parts by the script a text needs: [(rule, starts_word, regex)], in rule order
    scans: dict[str, list[tuple[Rule, bool, re.Pattern[str]]]]
    # The rules sorted by what the engine does with them, so a check loops only over those.
    by_id: dict[str, Rule]
    link_rules: tuple[Rule, ...]
    sign_rules: tuple[Rule, ...]
    combo_rules: tuple[Rule, ...]
    unless_rules: tuple[Rule, ...]
    number_clear_rules: tuple[Rule, ...]


def build_engine(content: content_module.Content | None = None) -> Engine:
    """Load the rules and the registry (validated) into an :class:`Engine`."""
    content = content or content_module.default()
    rules = load_rules(content)
    domains = {d.domain: d.id for d in content.domains.values()}
    brands: dict[str, str] = {}
    for label in rules.brand_labels:
        owner = next((d for d in domains if d.split(".")[0] == label
                      or d.split(".")[0].replace("-", "") == label
                      or d.split(".")[0].startswith(label)), None)
        brands[label] = owner or label
    short: dict[str, str] = {}
    full: dict[str, str] = {}
    senders: set[str] = set()
    for number in content.numbers.values():
        digits = re.sub(r"\D", "", number.number)
        if len(digits) <= 5:
            short[digits] = number.id
            if number.kind == "sender":
                senders.add(digits)
        else:
            e164 = phones_module.e164(number.number)
            if e164:
                full[e164] = number.id
    links_module.registrable_domain("warm.up.example.kz")  # load the suffix list now
    scans: dict[str, list[tuple[Rule, bool, re.Pattern[str]]]] = {
        "any": [], "cyrillic": [], "latin": [], "translit": []}
    for rule in rules.rules:
        for script, starts_word, regex in rule.parts:
            scans[script].append((rule, starts_word, regex))
            if script == "cyrillic":  # the same rule read on a transliterated text
                scans["translit"].append((rule, starts_word, re.compile(
                    translit.simplify(regex.pattern))))
    every = rules.rules
    return Engine(
        scans=scans,
        by_id={rule.id: rule for rule in every},
        link_rules=tuple(r for r in every if r.kind == "link"),
        sign_rules=tuple(r for r in every if r.kind in ("hidden", "mixed-script", "truncated")),
        combo_rules=tuple(r for r in every if r.kind == "combo"),
        unless_rules=tuple(r for r in every if r.unless),
        number_clear_rules=tuple(r for r in every if r.official_number_clears),
        rules=rules,
        official_links=links_module.make_official(domains, rules.shorteners, brands),
        official_numbers=phones_module.OfficialNumbers(short=short, full=full,
                                                        senders=frozenset(senders)),
    )


@functools.cache
def default_engine() -> Engine:
    """The engine over the bundled content, built once."""
    return build_engine()


def _negated(rules: RuleSet, text: str, start: int, end: int) -> bool:
    """Is the match a warning ("never tell the code", "кодты ешкімге айтпаңыз")?

    A negation counts in the same sentence just before the match, or inside it
    ("code 1234, do not give it to anyone").
    """
    window_start = max(0, start - rules.negation_window)
    window = text[window_start:end]
    cuts = [m.end() for m in _CLAUSE_END.finditer(window, 0, start - window_start)]
    if cuts:
        window = window[cuts[-1]:]
    return rules.negation.search(window) is not None


def _finditer(regex: re.Pattern[str], text: str, starts_word: bool) -> Iterator[re.Match[str]]:
    if not starts_word:
        yield from regex.finditer(text)
        return
    position = 0
    while True:
        match = regex.search(text, position)
        if match is None:
            return
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            position = start + 1  # not the start of a word: look again just after
            continue
        yield match
        position = max(match.end(), start + 1)


def _match_part(rule: Rule, rules: RuleSet, text: str, starts_word: bool,
                regex: re.Pattern[str], first: re.Match[str],
                spans: list[tuple[int, int]]) -> None:
    """Collect the spans of one part of a rule, starting from its first match."""
    matches = _finditer(regex, text, starts_word) if starts_word else regex.finditer(
        text, first.start())
    for match in matches:
        if rule.negatable and _negated(rules, text, match.start(), match.end()):
            continue
        if rule.number_group:
            # Each alternative names its number group "num", "num2", ...
            for name, value in match.groupdict().items():
                if value is not None and name.startswith(rule.number_group):
                    spans.append(match.span(name))
            continue
        spans.append(match.span())
        if len(spans) >= 20:
            break


_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_RE = re.compile(r"[a-z]")


def _scan(engine: Engine, scans: list[tuple[Rule, bool, re.Pattern[str]]], text: str,
          found: dict[str, list[tuple[int, int]]]) -> None:
    for rule, starts_word, regex in scans:
        first = regex.search(text)  # most texts match no part of most rules: one C call
        if first is None:
            continue
        spans = found.setdefault(rule.id, [])
        _match_part(rule, engine.rules, text, starts_word, regex, first, spans)


def _match_patterns(engine: Engine, text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans (normalised offsets) of every pattern rule that matched ``text``."""
    found: dict[str, list[tuple[int, int]]] = {}
    scans = engine.scans["any"]
    if _CYRILLIC_RE.search(text):
        scans = scans + engine.scans["cyrillic"]
    latin = _LATIN_RE.search(text) is not None
    if latin:
        scans = scans + engine.scans["latin"]
    _scan(engine, scans, text, found)
    if latin and translit.looks_transliterated(text):
        view, starts, ends = translit.to_cyrillic(text)
        extra: dict[str, list[tuple[int, int]]] = {}
        _scan(engine, engine.scans["translit"], view, extra)
        for rule_id, spans in extra.items():
            mapped = [(starts[s], ends[max(s, e - 1)]) for s, e in spans]
            found.setdefault(rule_id, []).extend(mapped)
    return {rule_id: spans for rule_id, spans in found.items() if spans}


_REASON_KEYS = {
    links_module.R_LOOKALIKE: "lookalike",
    links_module.R_SUBDOMAIN: "lookalike",
    links_module.R_HOMOGLYPH: "homoglyph",
    links_module.R_PUNYCODE: "punycode",
    links_module.R_SHORTENER: "shortener",
    links_module.R_IP: "ip",
    links_module.R_HTTP: "http",
    links_module.R_DISGUISED: "disguised",
    links_module.R_UNKNOWN: "unknown",
}


def _reason_keys(link: LinkInfo) -> set[str]:
    keys = {_REASON_KEYS[r] for r in link.reasons if r in _REASON_KEYS}
    if link.official:
        keys.add("official")
    if link.official is None:
        keys.add("any")
        # A link to follow, not just a site named in passing ("утечка с сайта zaimer.kz").
        if link.text.lower().startswith(("http", "hxxp", "www")) or "/" in link.text:
            keys.add("clickable")
    return keys


def run(engine: Engine, text: str) -> Report:
    """Check ``text`` with ``engine`` and return the :class:`Report`."""
    rules = engine.rules
    if not isinstance(text, str):
        text = str(text)
    # The limit counts normalised characters: NFKC can make 18 of one (U+FDFA).
    norm = normalise(text, limit=rules.analysis_limit)
    analysed_up_to = len(norm.original)
    truncated = len(text) > analysed_up_to
    found_links = links_module.find_links(norm, engine.official_links)

    hits: dict[str, list[tuple[int, int]]] = {}
    costly: list[tuple[int, int]] = []
    for rule_id, spans in _match_patterns(engine, norm.folded).items():
        if engine.by_id[rule_id].number_group:
            costly.extend(spans)
        hits[rule_id] = [norm.span(*s) for s in spans]
    if found_links:
        keys = [_reason_keys(link) for link in found_links]
        for rule in engine.link_rules:
            spans = [link.span for link, k in zip(found_links, keys, strict=True)
                     if rule.link_reason in k]
            if spans:
                hits[rule.id] = spans
    for rule in engine.sign_rules:
        if rule.kind == "hidden" and norm.hidden:
            hits[rule.id] = list(norm.hidden)
        elif rule.kind == "mixed-script" and norm.mixed_words:
            hits[rule.id] = list(norm.mixed_words)
        elif rule.kind == "truncated" and truncated:
            hits[rule.id] = [(analysed_up_to, len(text))]
    found_phones = phones_module.find_phones(norm, engine.official_numbers, costly)
    if not hits:
        return Report(verdict=Verdict.NO_SIGNS, score=0.0, links=tuple(found_links),
                      phones=tuple(found_phones), truncated=truncated, always=rules.always,
                      always_ids=tuple(rules.always_ids), analysed_chars=analysed_up_to)

    official_phones = [phone.span for phone in found_phones if phone.official]
    if official_phones:
        # "If it was not you, call 7111": calling an official number is the right advice.
        for rule in engine.number_clear_rules:
            if rule.id in hits:
                # "позвоните по номеру 7111": the number may follow the words just after.
                kept = [span for span in hits[rule.id]
                        if not any(s < span[1] + 3 and span[0] < e for s, e in official_phones)]
                if kept:
                    hits[rule.id] = kept
                else:
                    del hits[rule.id]
    for rule in engine.unless_rules:
        # "Скинь код от домофона": a context that makes the sign innocent.
        if rule.id in hits and any(u in hits for u in rule.unless):
            del hits[rule.id]
    for rule in engine.combo_rules:
        if all(r in hits for r in rule.requires):
            spans = []
            for needed in rule.requires:
                spans.extend(hits[needed])
            if not any(u in hits for u in rule.unless):
                hits[rule.id] = spans

    # A genuine notice points only to official contacts ("if it was not you, call 7111").
    contacts = [link.official for link in found_links] + [p.official for p in found_phones]
    only_official_contacts = bool(contacts) and all(contacts)

    findings: list[Finding] = []
    for rule in rules.rules:
        if rule.id not in hits or not rule.report:
            continue
        if rule.official_contact_clears and only_official_contacts:
            continue
        scenario = rule.scenario
        for context_rule, context_scenario in rule.context.items():
            if context_rule in hits:
                scenario = context_scenario
                break
        findings.append(Finding(rule=rule.id, scenario=scenario,
                                spans=tuple(sorted(set(hits[rule.id]))),
                                explanation=rule.explanation, advice=rule.advice,
                                weight=rule.weight))
    # A combo explains its parts: drop the parts, keep the stronger whole.
    combined = {part for f in findings for part in engine.by_id[f.rule].requires}
    findings = [f for f in findings if f.rule not in combined]

    remaining = 1.0
    for finding in findings:
        remaining *= 1.0 - finding.weight
    score = round(1.0 - remaining, 4)
    if score >= rules.danger:
        verdict = Verdict.DANGER
    elif score >= rules.suspicious:
        verdict = Verdict.SUSPICIOUS
    else:
        verdict = Verdict.NO_SIGNS
    findings.sort(key=lambda f: (-f.weight, f.spans[0] if f.spans else (0, 0)))
    return Report(
        verdict=verdict,
        score=score,
        findings=tuple(findings),
        links=tuple(found_links),
        phones=tuple(found_phones),
        truncated=truncated,
        always=rules.always,
        always_ids=tuple(rules.always_ids),
        analysed_chars=analysed_up_to,
    )


def check(text: str) -> Report:
    """Check one message with the bundled rules."""
    return run(default_engine(), text)


__all__ = ["Engine", "PhoneInfo", "build_engine", "check", "default_engine", "run"]
