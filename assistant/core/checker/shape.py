"""The shape of a fraud message: a lure, an action and pressure, found by word families.

The families and the shapes they make are data (``resources/content/shape.toml``); the
forms of their words were generated offline (``wordforms.tsv``, by
``tools/build_wordforms.py`` with pymorphy3 for Russian and a suffix table for Kazakh).
Checking a message is then only look-ups: the text is cut into words, each word is looked
up among the forms (a Kazakh word: a stem followed by one whole chain of endings), and
the families found are combined into shapes. Every shape found points at its words.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.checker import complete as complete_module
from assistant.core.content import Content, ContentError, load_toml, require, string_tuple

#: Words: runs of letters, with an apostrophe inside ("won't" is not "won").
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: The same words in a text of ASCII characters only, where a letter is a-z or A-Z: found
#: without asking Unicode about each character (most of the cost of ``WORD_RE``).
_ASCII_WORD_RE = re.compile(r"[a-zA-Z]+(?:'[a-zA-Z]+)*")
_GROUP = re.Match.group
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
LANGUAGES = ("ru", "kk", "en")
#: "idiom": a set phrase whose words look like an action but are not one ("назар
#: аударыңыз" is "attention!", not "transfer"): the action words inside it do not count.
KINDS = ("lure", "action", "pressure", "twin", "idiom")
#: Words kept per family: enough to point at, and a wall of one word stays cheap.
MAX_SPANS = 20
#: Words whose keys are remembered between checks, at most.
CACHE_SIZE = 50_000
#: A Kazakh stem this short takes only endings of two letters or more ("ал-ыңыз").
SHORT_STEM = 3


@dataclass(frozen=True)
class Shape:
    """Families that, found together, make a sign of fraud."""

    id: str
    scenario: str
    weight: float
    requires: tuple[tuple[str, ...], ...]
    bonus: tuple[str, ...]
    unless: tuple[str, ...]
    official_contact_clears: bool
    explanation: str
    advice: str
    sources: tuple[str, ...]
    #: how many different words of the first family are needed (an offer of "easy money"
    #: needs three: "income", "no experience", "per day")
    distinct: int = 1
    #: the groups of ``requires`` as sets, to skip a shape in one test per group
    needed: tuple[frozenset[str], ...] = ()
    #: a genuine twin that clears the shape only when none of its overruling families is
    #: present: a parcel "out for delivery, track it at <link>" is a status, but "out for
    #: delivery, pay the fee at <link>" is still the lure
    unless_without: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class ShapeHit:
    """A shape found in a text: its weight there and the spans (normalised offsets)."""

    shape: Shape
    weight: float
    spans: tuple[tuple[int, int], ...]
    parts: complete_module.Parts = ()  # the lure, action and pressure of a whole scheme


@dataclass(frozen=True)
class Lexicon:
    """Everything a check needs, built once from the data files."""

    forms: dict[str, tuple[str, ...]]  # form -> word keys ("ru:перевести", "en:pay")
    kk_stems: frozenset[str]
    kk_endings: frozenset[str]
    kk_short_endings: frozenset[str]
    kk_longest: int
    single: dict[str, tuple[str, ...]]  # word key -> families whose entry is that word
    #: first key -> (family, the other keys in order, the set of those keys)
    phrases: dict[str, tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]]
    kinds: dict[str, str]  # family -> kind
    shapes: tuple[Shape, ...]
    phrase_gap: int
    bonus_weight: float
    max_weight: float
    complete: complete_module.Complete = field(default_factory=complete_module.Complete)
    #: word -> its keys and entries (None: no keys), filled while checking
    cache: dict[str, Any] = field(default_factory=dict, compare=False)
    #: the same lexicon in simplified Cyrillic, for texts typed in Latin letters; made
    #: when the first such text comes (``shape_latin.simplified_lexicon``)
    derived: dict[str, Lexicon] = field(default_factory=dict, compare=False)

    @functools.cached_property
    def shapes_by_family(self) -> dict[str, tuple[int, ...]]:
        """Family -> the indices of the shapes whose first group holds it: a shape is
        found only where a family of each of its groups is, so only these are tried."""
        index: dict[str, list[int]] = {}
        for number, shape in enumerate(self.shapes):
            for family in shape.needed[0] if shape.needed else ():
                index.setdefault(family, []).append(number)
        return {family: tuple(numbers) for family, numbers in index.items()}


def _keys(lang: str, entry: str) -> tuple[str, ...]:
    words = (word.replace("\u2019", "'") for word in WORD_RE.findall(entry.lower()))
    return tuple(f"{lang}:{word}" for word in words)


def _shape(item: dict[str, Any], content: Content | None, kinds: dict[str, str]) -> Shape:
    shape_id = require(item, "id", "shape.toml [[shape]]")
    where = f"shape.toml shape {shape_id}"
    scenario = item.get("scenario", "")
    if scenario and content is not None:
        content.check_scenario(where, scenario)
    sources = string_tuple(item, "source", where)
    if content is not None:
        content.check_sources(where, sources)
    requires = item.get("requires", [])
    if not requires or not all(isinstance(group, list) and group for group in requires):
        raise ContentError(f"{where}: 'requires' must be a list of non-empty lists")
    groups = tuple(tuple(str(f) for f in group) for group in requires)
    bonus = string_tuple(item, "bonus", where)
    unless = string_tuple(item, "unless", where)
    table = item.get("unless_without", {})
    if not isinstance(table, dict):
        raise ContentError(f"{where}: 'unless_without' must be a table of family = [families]")
    unless_without = tuple((str(twin), string_tuple(table, twin, where)) for twin in table)
    for family in (*[f for g in groups for f in g], *bonus, *unless,
                   *(f for twin, over in unless_without for f in (twin, *over))):
        if family not in kinds and not family.startswith("rule:"):
            raise ContentError(f"{where}: unknown family {family!r}")
    return Shape(
        id=shape_id, scenario=scenario, weight=float(require(item, "weight", where, float)),
        requires=groups, bonus=bonus, unless=unless,
        official_contact_clears=bool(item.get("official_contact_clears", False)),
        explanation=require(item, "explanation", where), advice=require(item, "advice", where),
        sources=sources, distinct=int(item.get("distinct", 1)),
        needed=tuple(frozenset(group) for group in groups), unless_without=unless_without)


def load_lexicon(content: Content | None = None, directory: Path | None = None) -> Lexicon:
    """Read ``shape.toml`` and ``wordforms.tsv`` (validated against ``content``)."""
    data = load_toml("shape.toml", directory)
    forms_path = (directory or _content_dir()) / "wordforms.tsv"
    forms: dict[str, list[str]] = {}
    endings_list: list[str] = []
    try:
        lines = forms_path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeError) as exc:
        raise ContentError(f"{forms_path.name}: {exc}") from exc
    for line in lines:  # a loop, not one long call: the window stays responsive
        lang, _, rest = line.partition("\t")
        if lang == "kk":
            endings_list.append(rest)
            continue
        if not rest:  # the heading comment, the last line break
            continue
        form, _, lemmas = rest.partition("\t")
        lemma_keys = ([f"{lang}:{lemma}" for lemma in lemmas.split(",")] if "," in lemmas
                      else [f"{lang}:{lemmas}"])
        known = forms.get(form)
        if known is None:
            forms[form] = lemma_keys
        else:
            known.extend(lemma_keys)
    kinds: dict[str, str] = {}
    single: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    stems: set[str] = set()
    for item in data.get("family", []):
        family = require(item, "id", "shape.toml [[family]]")
        kind = require(item, "kind", f"shape.toml family {family}")
        if kind not in KINDS or family in kinds:
            raise ContentError(f"shape.toml family {family}: bad kind or duplicate id")
        kinds[family] = kind
        for lang in LANGUAGES:
            for entry in string_tuple(item, lang, f"shape.toml family {family}"):
                keys = _keys(lang, entry)
                if not keys:
                    continue
                if lang == "kk":
                    stems.update(k[3:] for k in keys)
                if len(keys) == 1:
                    single.setdefault(keys[0], set()).add(family)
                else:
                    phrases.setdefault(keys[0], []).append((family, keys[1:]))
    for key in list(single) + [k for p in phrases.values() for _f, rest in p for k in rest]:
        lang, _, word = key.partition(":")
        if lang in ("ru", "en") or not _CYRILLIC_RE.search(word):  # unknown to pymorphy3,
            forms.setdefault(word, []).append(key)  # or Latin in Kazakh: "тегін wi-fi"
    settings = data.get("settings", {})
    endings = frozenset(endings_list)
    return Lexicon(
        forms={form: tuple(keys) if len(keys) == 1 else tuple(sorted(set(keys)))
               for form, keys in forms.items()},
        kk_stems=frozenset(stems),
        kk_endings=endings,
        kk_short_endings=frozenset(e for e in endings if len(e) >= 2),
        kk_longest=max((len(s) for s in stems), default=0),
        single={key: tuple(sorted(families)) for key, families in single.items()},
        phrases={key: tuple((family, rest, frozenset(rest)) for family, rest in entries)
                 for key, entries in phrases.items()},
        kinds=kinds,
        shapes=tuple(_shape(item, content, kinds) for item in data.get("shape", [])),
        phrase_gap=int(settings.get("phrase_gap", 2)),
        bonus_weight=float(settings.get("bonus_weight", 0.1)),
        max_weight=float(settings.get("max_weight", 0.6)),
        complete=complete_module.load(settings, kinds))


def _content_dir() -> Path:
    from assistant.core import paths
    return paths.content_dir()


_Word = tuple[frozenset[str], tuple[tuple[str, Any, Any], ...]]


def _word(lexicon: Lexicon, word: str) -> _Word | None:
    """A word's keys (its forms, a Kazakh stem + a chain of endings) and per key the entries
    it is (family, None, None) or starts (family, the rest, their set); None: no keys."""
    keys = set(lexicon.forms.get(word, ()))
    if _CYRILLIC_RE.search(word):
        for cut in range(min(len(word), lexicon.kk_longest), 1, -1):
            stem = word[:cut]
            if stem in lexicon.kk_stems:
                endings = lexicon.kk_endings if cut >= SHORT_STEM else lexicon.kk_short_endings
                if word[cut:] in endings or (cut == len(word) and cut >= SHORT_STEM):
                    keys.add(f"kk:{stem}")
    if not keys:
        return None
    found = frozenset(keys)
    return found, tuple(entry for key in found for entry in (
        *((family, None, None) for family in lexicon.single.get(key, ())),
        *lexicon.phrases.get(key, ())))


def find_families(lexicon: Lexicon, text: str) -> dict[str, list[tuple[int, int]]]:
    """Families found in ``text`` (normalised, lower case) and the spans of their words."""
    if "\u2019" in text:
        text = text.replace("\u2019", "'")  # one character for one: the offsets hold
    matches = list((_ASCII_WORD_RE if text.isascii() else WORD_RE).finditer(text))
    words = list(map(_GROUP, matches))
    # most words were seen before and have no keys: the look-ups are done word by word
    # only for new words, and the entries only for the words with keys
    cache = lexicon.cache
    unseen = set(words).difference(cache)
    if unseen:
        if len(cache) + len(unseen) > CACHE_SIZE:
            cache.clear()
            unseen = set(words)
        for word in unseen:
            cache[word] = _word(lexicon, word)
    known: list[_Word | None] = list(map(cache.get, words))
    keyed = list(zip(itertools.compress(itertools.count(), known), filter(None, known),
                     strict=True))
    present: set[str] = set().union(*[keys for _index, (keys, _entries) in keyed])
    found: dict[str, list[tuple[int, int]]] = {}
    gap = lexicon.phrase_gap
    for index, (_keys, entries) in keyed:
        for family, rest, needed in entries:
            if rest is not None and not needed <= present:
                continue  # a word of the phrase is nowhere in the text
            spans = found.setdefault(family, [])
            if len(spans) < MAX_SPANS:
                last = matches[index].end() if rest is None else _phrase_end(
                    matches, known, index + 1, rest, gap)
                if last is not None:
                    spans.append((matches[index].start(), last))
    return {family: spans for family, spans in found.items() if spans}


def _phrase_end(matches: list[re.Match[str]], known: list[_Word | None],
                position: int, rest: tuple[str, ...], gap: int) -> int | None:
    """End offset of the phrase whose remaining words are ``rest``, from ``position``."""
    end = None  # rest is never empty
    for key in rest:
        for index in range(position, min(position + gap + 1, len(known))):
            word = known[index]
            if word and key in word[0]:
                end = matches[index].end()
                position = index + 1
                break
        else:
            return None
    return end


def match_shapes(lexicon: Lexicon, text: str, found: dict[str, list[tuple[int, int]]],
                 only_official_contacts: bool, negated: Callable[[int, int], bool],
                 rules: Collection[str] = ()) -> list[ShapeHit]:
    """The shapes the families ``found`` in ``text`` make. ``negated(start, end)``: an
    action right after a negation ("do not pay") or leading into an official site ("visit
    https://www.ups.com") is no request of the shape. ``rules``: ids of the rules that
    matched, for ``unless = ["rule:<id>"]``."""
    present: dict[str, list[tuple[int, int]]] = {}
    idioms = [s for family, spans in found.items() if lexicon.kinds.get(family) == "idiom"
              for s in spans]
    for family, spans in found.items():
        kind = lexicon.kinds.get(family)
        if kind == "idiom":
            continue
        if kind == "action":
            spans = [s for s in spans if not negated(*s)
                     and not any(a <= s[0] and s[1] <= b for a, b in idioms)]
        if spans:
            present[family] = spans
    hits: list[ShapeHit] = []
    families = set(present)
    kinds, by_family, shapes = lexicon.kinds, lexicon.shapes_by_family, lexicon.shapes
    for number in sorted({n for f in families for n in by_family.get(f, ())}):
        shape = shapes[number]
        # most shapes lack a family of some group: that test first, it is the cheapest
        if any(needed.isdisjoint(families) for needed in shape.needed):
            continue
        if any(f in present or (f.startswith("rule:") and f[5:] in rules)
               for f in shape.unless):
            continue
        if any(twin in present and not any(f in present for f in over)
               for twin, over in shape.unless_without):
            continue
        if shape.official_contact_clears and only_official_contacts:
            continue
        chosen: list[str] = []
        for group in shape.requires:
            # each group is its own sign: two lures found on the very same words ("гүл" is
            # a parcel and flowers) are one lure; words that are both a lure and pressure
            # ("секретная операция": an authority and secrecy) say both
            first = next((f for f in group if f in present
                          and not any(present[f] == present[c] and kinds.get(f) == kinds.get(c)
                                      for c in chosen)), None)
            if first is None:
                break
            chosen.append(first)
        else:
            if shape.distinct > 1 and len(
                    {text[a:b] for a, b in present[chosen[0]]}) < shape.distinct:
                continue
            extra = [f for f in shape.bonus if f in present and f not in chosen]
            weight, parts = complete_module.weigh(
                lexicon.complete, kinds, present, (*chosen, *extra),
                min(lexicon.max_weight, shape.weight + lexicon.bonus_weight * len(extra)))
            spans = sorted({s for f in (*chosen, *extra) for s in present[f][:5]})
            hits.append(ShapeHit(shape, round(weight, 4), tuple(spans), parts))
    return hits
