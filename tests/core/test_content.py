"""The knowledge base: every item is valid, sourced and traceable; bad data is refused."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assistant.core import content, paths

FACTS_AND_SEEDS_NUMBERS = {
    "1414", "8-800-080-7777", "9090", "3030", "119", "8 (727) 258 83 00",
    "8 (727) 258 80 00", "2000", "595", "7111", "102",
}
SOURCED_DOMAINS = {"egov.kz", "kz-imei.kz", "gov.kz", "mykassa.kz", "bankffin.kz",
                   "halykbank.kz", "kaspi.kz", "1cb.kz"}


def test_bundled_content_loads() -> None:
    data = content.load()
    assert len(data.scenarios) >= 20
    kinds = {s.kind for s in data.sources.values()}
    assert {"seed", "official"} <= kinds <= {"seed", "official", "page"}
    for source in data.sources.values():
        if source.kind == "page":  # a public help page is cited by its exact address
            assert source.reference.startswith("https://"), source.id


def test_every_seed_is_a_source_and_used() -> None:
    data = content.load()
    seeds = sorted(p.name for p in (paths.resources_dir().parent.parent / "shared" / "seeds")
                   .glob("*.txt")) if (paths.resources_dir().parent.parent / "shared").exists() \
        else []
    seed_sources = {s.reference.removeprefix("seed ") for s in data.sources.values()
                    if s.kind == "seed"}
    if seeds:
        assert seed_sources == set(seeds)
    used = {sid for sc in data.scenarios.values() for sid in sc.sources}
    assert {s.id for s in data.sources.values() if s.kind == "seed"} <= used


def test_every_item_has_source_and_text() -> None:
    data = content.load()
    for scenario in data.scenarios.values():
        assert scenario.sources and scenario.advice
        assert scenario.title and scenario.summary and scenario.explanation
    for number in data.numbers.values():
        assert number.sources and number.name


def test_registry_holds_only_sourced_numbers_and_domains() -> None:
    data = content.load()
    assert {n.number for n in data.numbers.values()} == FACTS_AND_SEEDS_NUMBERS
    assert {d.domain for d in data.domains.values()} == SOURCED_DOMAINS


def test_advice_never_calls_anything_safe() -> None:
    data = content.load()
    for scenario in data.scenarios.values():
        for text in (scenario.title, scenario.summary, scenario.explanation, *scenario.advice):
            assert not re.search(r"\bsafe\b(?! account)", text, re.I), (scenario.id, text)


def _copy_content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(paths.content_dir(), target)
    return target


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("scenarios.toml", 'source = ["seed:000", "fact:1414"]', 'source = ["seed:999"]',
         "unknown source 'seed:999'"),
        ("scenarios.toml", 'id = "second-call"', 'id = "fake-1414-code"', "duplicate id"),
        ("registry.toml", 'name = "Police"', 'name = ""', "'name' is empty"),
        ("sources.toml", 'kind = "official"', 'kind = "blog"', "kind must be"),
        ("scenarios.toml", 'numbers = ["police-102"]', 'numbers = ["police-103"]',
         "unknown registry number 'police-103'"),
        ("scenarios.toml", "[[scenario]]", "[[scenario]\n", "scenarios.toml:"),
        ("registry.toml", 'danger_numbers = ["police-102"]', 'danger_numbers = ["police-1"]',
         "danger_numbers: unknown number 'police-1'"),
    ],
)
def test_broken_content_is_a_clear_error(tmp_path: Path, file: str, old: str, new: str,
                                         message: str) -> None:
    directory = _copy_content(tmp_path)
    path = directory / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(content.ContentError, match=re.escape(message)):
        content.load(directory)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    (directory / "registry.toml").unlink()
    with pytest.raises(content.ContentError, match=re.escape("registry.toml: file missing")):
        content.load(directory)


def test_scenarios_carry_their_numbers_and_emergency_flag() -> None:
    data = content.load()
    assert data.scenario("fake-1414-code").numbers == ("egov-1414", "egov-1414-free")
    assert data.scenario("fake-1414-code").emergency
    assert not data.scenario("imei-notice").emergency
    emergency = {s.id for s in data.scenarios.values() if s.emergency}
    assert {"card-otp-request", "remote-access-app"} <= emergency
