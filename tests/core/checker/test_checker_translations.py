"""Every string the checker can show is translated into Kazakh and Russian."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from assistant import cli
from assistant.core import paths
from assistant.core.checker import learned, links, phones
from assistant.core.checker.engine import default_engine

PLACEHOLDER = re.compile(r"\{\w*\}")


def _checker_strings() -> set[str]:
    engine = default_engine()
    rules = engine.rules
    strings = {text for rule in rules.rules for text in (rule.explanation, rule.advice) if text}
    strings |= {text for shape in engine.lexicon.shapes
                for text in (shape.explanation, shape.advice)}
    strings |= set(rules.always) | {learned.EXPLANATION, learned.ADVICE}
    strings |= {value for module in (links, phones) for name, value in vars(module).items()
                if name.startswith("R_") and isinstance(value, str)}
    strings |= {*cli.VERDICT_TITLES.values(), cli.NO_SIGNS_NOTE, cli.LINK_LABEL,
                cli.PHONE_LABEL}
    return strings


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_checker_strings_are_translated(language: str) -> None:
    po = paths.locale_dir() / language / "LC_MESSAGES" / "assistant.po"
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    strings = _checker_strings()
    assert len(strings) > 60
    for text in strings:
        message = catalog.get(text)
        assert message is not None and message.string, (language, text)
        assert "fuzzy" not in message.flags, (language, text)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(message.string))
        assert message.string != text, (language, text)
