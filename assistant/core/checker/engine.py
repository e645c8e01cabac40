"""The pipeline: read, match rules (scan.py) and shapes (shape.py), clear innocent signs,
make findings and score them, one small function per stage; then the optional learned.py.

``check(text)`` is the whole pipeline. The rules and the official registry are loaded
and compiled on the first call and cached, so importing the checker costs nothing at
start-up. The score is a "noisy or" of the weights of the distinct rules that fired
(``1 - prod(1 - w)``); the thresholds for ``danger`` and ``suspicious`` are in rules.toml.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace

from assistant.core import content as content_module
from assistant.core.checker import campaign, complete, learned, linkask, opener, translit, twins
from assistant.core.checker import links as links_module
from assistant.core.checker import phones as phones_module
from assistant.core.checker import report as report_module
from assistant.core.checker import shape as shape_module
from assistant.core.checker.gates import compile_gated
from assistant.core.checker.normalise import Normalised, normalise
from assistant.core.checker.report import Finding, LinkInfo, PhoneInfo, Report, Verdict
from assistant.core.checker.rules import Rule, RuleSet, load_rules
from assistant.core.checker.scan import Scan, ScanGroup, group_scans, match_patterns
from assistant.core.checker.shape_latin import find_families_latin


@dataclass(frozen=True)
class Engine:
    """Compiled rules and the official registry, ready to check texts."""

    rules: RuleSet
    official_links: links_module.Official
    official_numbers: phones_module.OfficialNumbers
    #: pattern parts by the script a text needs, in rule order
    scans: dict[str, ScanGroup]
    #: the Cyrillic parts for transliterated texts, compiled when first needed
    translit_scans: Callable[[], ScanGroup]
    # The rules sorted by what the engine does with them, so a check loops only over those.
    by_id: dict[str, Rule]
    rank: dict[str, int]  # rule id -> its place in rules.toml (findings keep that order)
    link_rules: tuple[Rule, ...]
    sign_rules: tuple[Rule, ...]
    combo_rules: tuple[Rule, ...]
    unless_rules: tuple[Rule, ...]
    inside_rules: tuple[Rule, ...]
    number_clear_rules: tuple[Rule, ...]
    link_clear_rules: tuple[Rule, ...]
    phone_rules: tuple[Rule, ...]
    #: the word families and shapes (shape.toml, wordforms.tsv)
    lexicon: shape_module.Lexicon
    note_rules: frozenset[str] = frozenset()  # ids of the rules that are neutral notes
    genuine_rules: dict[str, str] = field(default_factory=dict)  # id -> why it looks genuine
    learned_model: learned.Model | None = None  # the optional learned layer, learned.py


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
    scans: dict[str, list[Scan]] = {"any": [], "cyrillic": [], "latin": []}
    cyrillic_sources: list[tuple[Rule, bool, str]] = []
    for rule in rules.rules:
        for script, starts_word, regex, found, source in rule.parts:
            scans[script].append((rule, starts_word, regex, found))
            if script == "cyrillic":
                cyrillic_sources.append((rule, starts_word, source))
    every = rules.rules
    return Engine(
        scans={script: group_scans(parts) for script, parts in scans.items()},
        translit_scans=functools.cache(functools.partial(_translit_scans, cyrillic_sources)),
        by_id={rule.id: rule for rule in every},
        rank={rule.id: number for number, rule in enumerate(every)},
        link_rules=tuple(r for r in every if r.kind == "link"),
        sign_rules=tuple(r for r in every if r.kind in ("hidden", "mixed-script", "truncated")),
        combo_rules=tuple(r for r in every if r.kind == "combo"),
        unless_rules=tuple(r for r in every if r.unless),
        inside_rules=tuple(r for r in every if r.unless_inside),
        number_clear_rules=tuple(r for r in every if r.official_number_clears),
        link_clear_rules=tuple(r for r in every if r.official_link_clears),
        phone_rules=tuple(r for r in every if r.needs_phone),
        lexicon=shape_module.load_lexicon(content),
        note_rules=frozenset(r.id for r in every if r.note),
        genuine_rules={r.id: r.genuine for r in every if r.genuine},
        rules=rules,
        official_links=links_module.make_official(domains, rules.shorteners, brands,
                                                  links_module.load_brands()),
        official_numbers=phones_module.OfficialNumbers(short=short, full=full,
                                                        senders=frozenset(senders)),
    )


def _translit_scans(cyrillic: list[tuple[Rule, bool, str]]) -> ScanGroup:
    """The Cyrillic parts rewritten for a text typed in Latin letters ("kod iz sms").

    Few texts look transliterated, so these are compiled on the first one that does,
    not with the rest of the rules (a third of the engine's build time)."""
    parts: list[Scan] = []
    for rule, starts_word, source in cyrillic:
        regex, found = compile_gated(translit.simplify(source))
        parts.append((rule, starts_word, regex, found))
    return group_scans(parts)


@functools.cache
def default_engine() -> Engine:
    """The engine over the bundled content, with the learned layer if one ships."""
    return replace(build_engine(), learned_model=learned.load_default())


#: A phone number of any country, as written ("0330 133 0198", "+1 (415) 555-0100"): nine
#: digits or more. The phone stage knows Kazakhstan's numbering only.
_ANY_NUMBER_RE = re.compile(r"(?<!\d)\+?\d(?:[ ()-]{0,2}\d){8,14}(?!\d)")


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
    links_module.R_BRAND_PATH: "brandpath",
}


def _reason_keys(link: LinkInfo) -> set[str]:
    keys = {_REASON_KEYS[r] for r in link.reasons if r in _REASON_KEYS}
    if link.official or links_module.R_BRAND_OWN in link.reasons:
        keys.add("official")
        return keys
    if link.official is None:
        keys.add("any")
        # A link to follow, not just a site named in passing ("утечка с сайта zaimer.kz").
        if link.text.lower().startswith(("http", "hxxp", "www")) or "/" in link.text:
            keys.add("clickable")
    return keys


@dataclass
class _Check:
    """One check in progress: what each stage found, for the next stages."""

    text: str
    truncated: bool
    norm: Normalised
    links: list[LinkInfo]
    phones: list[PhoneInfo] = field(default_factory=list)
    #: rule id -> spans in the original text
    hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    #: spans (normalised offsets) of costly short numbers named by a rule
    costly: list[tuple[int, int]] = field(default_factory=list)
    shapes: list[shape_module.ShapeHit] = field(default_factory=list)

    @property
    def official_link_spans(self) -> list[tuple[int, int]]:
        """Spans (original offsets) of the links to official sites or a brand's own."""
        return [link.span for link in self.links
                if link.official or links_module.R_BRAND_OWN in link.reasons]

    @property
    def only_official_contacts(self) -> bool:
        """A genuine notice points only to official contacts ("call 7111"); the sender's
        number above the message is who wrote, not a contact it gives."""
        sender = self.norm.sender or (0, 0)
        contacts = [link.official or links_module.R_BRAND_OWN in link.reasons
                    for link in self.links] + [p.official for p in self.phones
                                               if p.span[0] >= sender[1]]
        return bool(contacts) and all(contacts)


def _read(engine: Engine, text: str) -> _Check:
    """Stages 1-2: cut to the analysis limit, normalise, find the links."""
    if not isinstance(text, str):
        text = str(text)
    # The limit counts normalised characters: NFKC can make 18 of one (U+FDFA).
    norm = normalise(text, limit=engine.rules.analysis_limit)
    return _Check(text=text, truncated=len(text) > len(norm.original), norm=norm,
                  links=links_module.find_links(norm, engine.official_links))


def _match_rules(engine: Engine, state: _Check) -> None:
    """Stage 3: pattern rules, link rules and the signs of the normalise stage."""
    norm = state.norm
    for rule_id, spans in match_patterns(engine.rules, engine.scans, engine.translit_scans,
                                             norm.folded).items():
        if engine.by_id[rule_id].number_group:
            # an official short number (1414) costs nothing to write to
            spans = [s for s in spans
                     if norm.folded[s[0]:s[1]] not in engine.official_numbers.short]
            if not spans:
                continue
            state.costly.extend(spans)
        state.hits[rule_id] = [norm.span(*s) for s in spans]
    if state.links:
        keys = [_reason_keys(link) for link in state.links]
        for link, k in zip(state.links, keys, strict=True):
            if "any" in k:  # a code notice's own link, a site named as the sender
                k.update(twins.own_link_keys(link, norm.original, "ctx-receipt" in state.hits))
        for rule in engine.link_rules:
            spans = [link.span for link, k in zip(state.links, keys, strict=True)
                     if rule.link_reason in k]
            if spans:
                state.hits[rule.id] = spans
    for rule in engine.sign_rules:
        if rule.kind == "hidden" and norm.hidden:
            state.hits[rule.id] = list(norm.hidden)
        elif rule.kind == "mixed-script" and norm.mixed_words:
            state.hits[rule.id] = list(norm.mixed_words)
        elif rule.kind == "truncated" and state.truncated:
            state.hits[rule.id] = [(len(norm.original), len(state.text))]


def _match_shapes(engine: Engine, state: _Check) -> None:
    """Stage 3b: the lure / action / pressure families and the shapes they make."""
    found = shape_module.find_families(engine.lexicon, state.norm.folded)
    opener.mark_vocative(found, state.norm)  # "Amy, when are you picking me up?"
    if translit.reading(state.norm.folded) is not None:  # "salem, aqsha kerek", "сизге"
        for family, spans in find_families_latin(engine.lexicon, state.norm.folded).items():
            found.setdefault(family, []).extend(spans)
    # a bare campaign site ("parcel-redelivery.com") is a link to follow for the shapes too
    # (the rules' link combos still want a scheme, "www" or a path); (-1, -1) tells a whole
    # scheme "click" has a link to click; "site" is that link alone ("ссылка" is "link" too)
    if any("clickable" in (keys := _reason_keys(link))
           or ("any" in keys and campaign.made_up_site(link.registrable_domain))
           for link in state.links):  # links have original offsets, shapes normalised ones
        found.setdefault("link", []).append((-1, -1))
        found["site"] = [(-1, -1)]
    if state.links and not found.keys().isdisjoint(linkask.FAMILIES):  # "Secure it: <link>"
        linkask.add_requests(found, state.norm, state.links, engine.lexicon, _reason_keys)
    if not found:
        return
    folded = state.norm.folded
    twins.drop_placeholders(found, folded)  # "%{link}" is a template's slot, not a word
    # "do not pay" is a warning; "visit https://www.ups.com" sends you to the courier's
    # own site; "you visited the Post Office" is a fact: none asks you to act.
    not_a_request = functools.partial(
        twins.not_a_request, folded, state.text, state.norm.span,
        set(state.official_link_spans), sorted(link.span for link in state.links))
    state.shapes = shape_module.match_shapes(
        engine.lexicon, folded, found, state.only_official_contacts, not_a_request,
        state.hits)


def _clear_innocent(engine: Engine, state: _Check) -> None:
    """Stage 4: signs made innocent by an official number or by their context."""
    hits = state.hits
    twins.clear_near_official(
        hits, state.text, engine.number_clear_rules,
        [phone.span for phone in state.phones if phone.official], engine.link_clear_rules,
        [link.span for link in state.links], set(state.official_link_spans))
    twins.clear_inside(hits, engine.inside_rules)
    for rule in engine.unless_rules:
        # "Скинь код от домофона": a context that makes the sign innocent.
        if rule.id in hits and any(u in hits for u in rule.unless):
            del hits[rule.id]
    for rule in engine.combo_rules:
        if rule.requires[0] in hits and all(r in hits for r in rule.requires) and not any(
                u in hits for u in rule.unless):
            hits[rule.id] = [span for needed in rule.requires for span in hits[needed]]
    sender = state.norm.sender or (0, 0)  # who wrote: not a number the message gives
    if engine.phone_rules and not any(p.span[0] >= sender[1] for p in state.phones) and not (
            _ANY_NUMBER_RE.search(state.text, sender[1])):
        for rule in engine.phone_rules:  # "call this number" with no number in the text
            hits.pop(rule.id, None)


def _rule_findings(engine: Engine, state: _Check) -> list[Finding]:
    """Stage 5: one finding per reported rule, in the scenario its context names."""
    findings: list[Finding] = []
    only_official = state.only_official_contacts
    for rule_id in sorted(state.hits, key=engine.rank.__getitem__):  # in rule order
        rule = engine.by_id[rule_id]
        if not rule.report:
            continue
        if rule.official_contact_clears and only_official:
            continue
        scenario = next((s for ctx, s in rule.context.items() if ctx in state.hits),
                        rule.scenario)
        findings.append(Finding(rule=rule.id, scenario=scenario,
                                spans=tuple(sorted(set(state.hits[rule.id]))),
                                explanation=rule.explanation, advice=rule.advice,
                                weight=rule.weight))
    # A combo explains its parts: drop the parts, keep the stronger whole.
    combined = {part for f in findings for part in engine.by_id[f.rule].requires}
    return [f for f in findings if f.rule not in combined]


def _shape_findings(state: _Check, findings: list[Finding]) -> list[Finding]:
    """Stage 5b: a shape adds a finding unless a rule of its scenario says it as strongly."""
    strongest: dict[str, float] = {}
    for finding in findings:
        strongest[finding.scenario] = max(strongest.get(finding.scenario, 0.0), finding.weight)
    extra: list[Finding] = []
    for hit in state.shapes:
        shape = hit.shape
        if shape.scenario and strongest.get(shape.scenario, 0.0) >= hit.weight:
            continue
        spans = tuple(sorted({state.norm.span(*s) for s in hit.spans if s[0] >= 0}))
        sites = [link.span for link in state.links if not link.official]
        extra.append(Finding(shape.id, shape.scenario, spans, shape.explanation, shape.advice,
                             hit.weight, complete.original(hit.parts, state.norm.span, sites)))
    return extra


def _score(engine: Engine, findings: list[Finding],
           shape_ids: Collection[str] = ()) -> tuple[float, Verdict]:
    """Stage 6: "noisy or" of the weights, and the verdict its thresholds give.

    A shape and the rules of its own scenario see the same words: within a scenario that
    has a shape, the stronger of the two counts, not both."""
    by_scenario: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.rule in shape_ids and finding.scenario:
            by_scenario.setdefault(finding.scenario, [])
    remaining = 1.0
    for finding in findings:
        if finding.scenario in by_scenario:
            by_scenario[finding.scenario].append(finding)
        else:
            remaining *= 1.0 - finding.weight
    for group in by_scenario.values():
        rules_left = 1.0
        for finding in group:
            if finding.rule not in shape_ids:
                rules_left *= 1.0 - finding.weight
        strongest_shape = max(f.weight for f in group if f.rule in shape_ids)
        remaining *= min(rules_left, 1.0 - strongest_shape)
    score = round(1.0 - remaining, 4)
    if score >= engine.rules.danger:
        return score, Verdict.DANGER
    if score >= engine.rules.suspicious:
        return score, Verdict.SUSPICIOUS
    return score, Verdict.NO_SIGNS


def run(engine: Engine, text: str) -> Report:
    """Check ``text``: signs and notes apart, a verdict that never contradicts them."""
    if not isinstance(text, str):
        text = str(text)
    report = report_module.settle(_run(engine, text), text, engine.note_rules,
                                  engine.genuine_rules)
    return learned.raise_no_signs(engine.learned_model, report, text, engine.rules)


def _run(engine: Engine, text: str) -> Report:
    """The raw report: every finding, the verdict of the score alone."""
    state = _read(engine, text)
    _match_rules(engine, state)
    state.phones = phones_module.find_phones(state.norm, engine.official_numbers, state.costly)
    _match_shapes(engine, state)
    if not state.hits and not state.shapes:
        return Report(verdict=Verdict.NO_SIGNS, score=0.0, links=tuple(state.links),
                      phones=tuple(state.phones), truncated=state.truncated,
                      always=engine.rules.always, always_ids=tuple(engine.rules.always_ids),
                      analysed_chars=len(state.norm.original), fired=())
    _clear_innocent(engine, state)
    findings = _rule_findings(engine, state)
    findings += _shape_findings(state, findings)
    score, verdict = _score(engine, findings, {hit.shape.id for hit in state.shapes})
    findings.sort(key=lambda f: (-f.weight, f.spans[0] if f.spans else (0, 0)))
    return Report(verdict=verdict, score=score, findings=tuple(findings),
                  links=tuple(state.links), phones=tuple(state.phones),
                  truncated=state.truncated, always=engine.rules.always,
                  always_ids=tuple(engine.rules.always_ids),
                  analysed_chars=len(state.norm.original), fired=tuple(state.hits))


def check(text: str) -> Report:
    """Check one message with the bundled rules."""
    return run(default_engine(), text)


__all__ = ["Engine", "PhoneInfo", "build_engine", "check", "default_engine", "run"]
