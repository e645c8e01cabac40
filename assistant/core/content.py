"""The knowledge base: scenarios, sources and the official registry, read from TOML.

Knowledge is data: every item lives in ``resources/content/*.toml`` with an ``id`` and
the ``source`` ids it comes from (a seed document or an official fact). English strings
in the TOML are msgids; show them through ``i18n._``. Everything is validated at load,
so a typo in the data is a clear :class:`ContentError`, not a wrong answer on screen.
Features (checker rules, quiz, checklist) read their own files with :func:`load_toml`
and check their references against :class:`Content`.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core import paths

#: TOML keys whose string values (or lists of strings) are user-visible English msgids.
#: The babel extractor (tools/babel_toml.py) and the translation tests use this set.
TRANSLATABLE_KEYS = frozenset(
    {
        "title", "summary", "explanation", "advice", "name", "note", "text",
        "question", "answers", "clue", "label", "why", "how", "description",
        "prompt", "feedback", "sender", "caption", "details", "reference",
        "always",
        "caveat", "genuine", "message_advice",
        "already", "steps",
        "statement",
    }
)


#: Where a fact may come from: a seed document, a checked fact of the fact sheet, or a
#: public help page (Microsoft's, a government's) whose exact address is the reference.
SOURCE_KINDS = ("seed", "official", "page")


class ContentError(ValueError):
    """The content data is inconsistent; the message names the file and the item."""


@dataclass(frozen=True)
class Source:
    """Where a fact comes from: a seed document or an official page named in FACTS.md."""

    id: str
    kind: str  # one of SOURCE_KINDS
    title: str
    reference: str  # seed file name, or the outlets/pages as FACTS.md names them
    language: str = ""


@dataclass(frozen=True)
class Scenario:
    """One fraud pattern of the seeds, with what it looks like and what to do."""

    id: str
    title: str
    summary: str
    explanation: str
    advice: tuple[str, ...]
    sources: tuple[str, ...]
    danger: bool = True  # False for genuine-notice "scenarios" such as IMEI registration
    numbers: tuple[str, ...] = ()  # registry numbers that help (shown with the advice)
    emergency: bool = False  # the person may already have told a code or given card data
    #: ids of rules.toml's always-advice that this scenario's own advice already says
    covers: tuple[str, ...] = ()
    #: advice for a checked message, when ``advice`` speaks of a call ("End the call")
    message_advice: tuple[str, ...] = ()


@dataclass(frozen=True)
class OfficialNumber:
    """A real phone number or SMS sender from the registry."""

    id: str
    number: str  # as dialled: "1414", "8 (727) 258 83 00", sender "2000"
    name: str
    note: str
    kind: str  # government, operator, bank, police, sender
    sources: tuple[str, ...]
    caveat: str = ""


@dataclass(frozen=True)
class OfficialDomain:
    """A real website of the registry."""

    id: str
    domain: str
    name: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Content:
    """The validated knowledge base."""

    sources: dict[str, Source]
    scenarios: dict[str, Scenario]
    numbers: dict[str, OfficialNumber]
    domains: dict[str, OfficialDomain]
    #: registry numbers shown with every "danger" verdict (registry.toml ``danger_numbers``)
    danger_numbers: tuple[str, ...] = ()

    def scenario(self, scenario_id: str) -> Scenario:
        """The scenario with ``scenario_id``; raises ``KeyError`` if unknown."""
        return self.scenarios[scenario_id]

    def check_sources(self, where: str, source_ids: tuple[str, ...]) -> None:
        """Raise :class:`ContentError` unless every id is a known source (and there is one)."""
        if not source_ids:
            raise ContentError(f"{where}: no source given")
        for source_id in source_ids:
            if source_id not in self.sources:
                raise ContentError(f"{where}: unknown source {source_id!r}")

    def check_scenario(self, where: str, scenario_id: str) -> None:
        """Raise :class:`ContentError` unless ``scenario_id`` is a known scenario."""
        if scenario_id not in self.scenarios:
            raise ContentError(f"{where}: unknown scenario {scenario_id!r}")


def load_toml(name: str, directory: Path | None = None) -> dict[str, Any]:
    """Read ``resources/content/<name>`` as TOML, with the file named in any error."""
    path = (directory or paths.content_dir()) / name
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ContentError(f"{name}: file missing") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{name}: {exc}") from exc


def require(item: dict[str, Any], key: str, where: str, kind: type = str) -> Any:
    """The value of ``key`` in ``item``, checked for presence and type."""
    if key not in item:
        raise ContentError(f"{where}: missing {key!r}")
    value = item[key]
    if not isinstance(value, kind):
        raise ContentError(f"{where}: {key!r} must be {kind.__name__}")
    if isinstance(value, str) and not value.strip():
        raise ContentError(f"{where}: {key!r} is empty")
    return value


def string_tuple(item: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    """A list of non-empty strings under ``key`` (a single string is accepted too)."""
    value = item.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ContentError(f"{where}: {key!r} must be a list of non-empty strings")
    return tuple(value)


def _unique(items: list[dict[str, Any]], file: str, table: str) -> dict[str, dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for index, item in enumerate(items):
        where = f"{file} [[{table}]] #{index + 1}"
        item_id = require(item, "id", where)
        if item_id in seen:
            raise ContentError(f"{file}: duplicate id {item_id!r}")
        seen[item_id] = item
    return seen


def load(directory: Path | None = None) -> Content:
    """Load and validate ``sources.toml``, ``scenarios.toml`` and ``registry.toml``."""
    src = load_toml("sources.toml", directory)
    sources = {
        sid: Source(
            id=sid,
            kind=require(item, "kind", f"sources.toml {sid}"),
            title=require(item, "title", f"sources.toml {sid}"),
            reference=require(item, "reference", f"sources.toml {sid}"),
            language=item.get("language", ""),
        )
        for sid, item in _unique(src.get("source", []), "sources.toml", "source").items()
    }
    for source in sources.values():
        if source.kind not in SOURCE_KINDS:
            raise ContentError(f"sources.toml {source.id}: kind must be one of "
                               f"{', '.join(SOURCE_KINDS)}")
        if source.kind == "page" and not source.reference.startswith("https://"):
            raise ContentError(f"sources.toml {source.id}: a page's reference is its address")

    reg = load_toml("registry.toml", directory)
    content = Content(sources=sources, scenarios={}, numbers={}, domains={},
                      danger_numbers=string_tuple(reg, "danger_numbers", "registry.toml"))
    for nid, item in _unique(reg.get("number", []), "registry.toml", "number").items():
        where = f"registry.toml number {nid}"
        number = OfficialNumber(
            id=nid,
            number=require(item, "number", where),
            name=require(item, "name", where),
            note=item.get("note", ""),
            kind=require(item, "kind", where),
            sources=string_tuple(item, "source", where),
            caveat=item.get("caveat", ""),
        )
        content.check_sources(where, number.sources)
        content.numbers[nid] = number
    for number_id in content.danger_numbers:
        if number_id not in content.numbers:
            raise ContentError(f"registry.toml danger_numbers: unknown number {number_id!r}")
    for did, item in _unique(reg.get("domain", []), "registry.toml", "domain").items():
        where = f"registry.toml domain {did}"
        domain = OfficialDomain(
            id=did,
            domain=require(item, "domain", where).lower(),
            name=require(item, "name", where),
            sources=string_tuple(item, "source", where),
        )
        content.check_sources(where, domain.sources)
        content.domains[did] = domain

    sc = load_toml("scenarios.toml", directory)
    for sid, item in _unique(sc.get("scenario", []), "scenarios.toml", "scenario").items():
        where = f"scenarios.toml {sid}"
        scenario = Scenario(
            id=sid,
            title=require(item, "title", where),
            summary=require(item, "summary", where),
            explanation=require(item, "explanation", where),
            advice=string_tuple(item, "advice", where),
            sources=string_tuple(item, "source", where),
            danger=bool(item.get("danger", True)),
            numbers=string_tuple(item, "numbers", where),
            emergency=bool(item.get("emergency", False)),
            covers=string_tuple(item, "covers", where),
            message_advice=string_tuple(item, "message_advice", where),
        )
        for number_id in scenario.numbers:
            if number_id not in content.numbers:
                raise ContentError(f"{where}: unknown registry number {number_id!r}")
        if not scenario.advice:
            raise ContentError(f"{where}: no advice")
        content.check_sources(where, scenario.sources)
        content.scenarios[sid] = scenario
    return content


@functools.cache
def default() -> Content:
    """The bundled knowledge base, loaded once."""
    return load()
