"""The optional learned layer (``learned.py``): pure-Python logistic regression over rule
ids and hashed character n-grams. No model ships (it did not pass its grouped
cross-validation, docs/checker.md), so these tests give the engine a small hand-made model
and check the contract: it raises only ``no_signs``, only to ``suspicious``, points at the
words that weighed most, never lowers a rule's verdict and never contradicts the rules'
"looks genuine"."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from assistant import cli
from assistant.core.checker import Verdict, learned
from assistant.core.checker import engine as engine_module
from assistant.core.checker.engine import default_engine, run

SIZES = (3, 4)
BUCKETS = 1 << 12


def model_for(words: list[str], threshold: float = 0.5) -> learned.Model:
    """A model that finds fraud in the n-grams of ``words`` and in nothing else."""
    weights: dict[int, float] = {}
    for word in words:
        for gram in learned.ngram_positions(word, SIZES):
            if gram.strip() == gram:  # the word's inside, not its edges
                weights[learned._bucket("g:" + gram, BUCKETS)] = 1.0
    return learned.Model(weights=weights, bias=-3.0, buckets=BUCKETS, sizes=SIZES,
                         threshold=threshold)


def engine_with(model: learned.Model | None):  # type: ignore[no-untyped-def]
    return dataclasses.replace(default_engine(), learned_model=model)


def test_raises_no_signs_to_suspicious_pointing_at_the_words() -> None:
    text = "Hello, the zorblatt quintessa arrangement is ready for tomorrow"
    assert run(engine_with(None), text).verdict is Verdict.NO_SIGNS
    report = run(engine_with(model_for(["zorblatt", "quintessa"])), text)
    assert report.verdict is Verdict.SUSPICIOUS
    (finding,) = report.findings
    assert finding.rule.startswith("ml-")
    marked = {text[s:e] for s, e in finding.spans}
    assert {"zorblatt", "quintessa"} <= marked
    assert "tomorrow" not in marked


def test_spans_point_into_the_pasted_text_after_normalisation() -> None:
    text = "ＺＯＲＢＬＡＴＴ  QUINTESSA  is here"  # full-width letters, upper case
    report = run(engine_with(model_for(["zorblatt", "quintessa"])), text)
    assert report.verdict is Verdict.SUSPICIOUS
    marked = {text[s:e] for s, e in report.findings[0].spans}
    assert {"ＺＯＲＢＬＡＴＴ", "QUINTESSA"} <= marked


def test_below_the_threshold_nothing_changes() -> None:
    text = "the zorblatt is ready"
    report = run(engine_with(model_for(["zorblatt"], threshold=1.0)), text)
    assert report.verdict is Verdict.NO_SIGNS


def test_never_lowers_and_never_says_danger() -> None:
    scam = "Назовите код из СМС, иначе карта будет заблокирована: https://kaspi-bank.top/login"
    rules_only = run(engine_with(None), scam)
    assert rules_only.verdict is Verdict.DANGER
    # a model that finds fraud everywhere changes nothing on a flagged text
    everywhere = learned.Model(weights={}, bias=10.0, buckets=BUCKETS, sizes=SIZES,
                               threshold=0.5)
    report = run(engine_with(everywhere), scam)
    assert report.verdict is Verdict.DANGER
    assert not any(f.rule.startswith("ml-") for f in report.findings)
    raised = run(engine_with(everywhere), "see you at six")
    assert raised.verdict is Verdict.SUSPICIOUS


def test_load_reads_the_file_format_and_refuses_a_broken_file(tmp_path: Path) -> None:
    good = tmp_path / "learned.json"
    good.write_text(json.dumps({"weights": {"7": 0.5}, "bias": -1.0, "buckets": 64,
                                "sizes": [2, 3], "threshold": 0.8}), encoding="utf-8")
    model = learned.load(good)
    assert model is not None and model.weights == {7: 0.5} and model.sizes == (2, 3)
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert learned.load(broken) is None
    assert learned.load(tmp_path / "absent.json") is None



def test_a_message_the_rules_call_genuine_is_left_alone() -> None:
    everywhere = learned.Model(weights={}, bias=10.0, buckets=BUCKETS, sizes=SIZES,
                               threshold=0.5)
    notice = "Код подтверждения: 4821. Никому не сообщайте этот код."
    rules_only = run(engine_with(None), notice)
    assert rules_only.verdict is Verdict.NO_SIGNS and rules_only.genuine
    report = run(engine_with(everywhere), notice)
    assert report == rules_only


def test_the_notes_become_part_of_the_picture_when_raised() -> None:
    text = "the zorblatt is ready, see https://example.org/zorblatt for the photos"
    rules_only = run(engine_with(None), text)
    assert rules_only.verdict is Verdict.NO_SIGNS and rules_only.notes
    report = run(engine_with(model_for(["zorblatt"])), text)
    assert report.verdict is Verdict.SUSPICIOUS and not report.notes
    assert report.findings[0].rule == learned.RULE_ID
    assert {f.rule for f in rules_only.notes} <= {f.rule for f in report.findings}


def test_symbols_carry_the_context_rules_that_matched() -> None:
    notice = "Код подтверждения: 4821. Никому не сообщайте этот код."
    symbols = learned.report_symbols(run(engine_with(None), notice))
    assert any(s.startswith("r:") for s in symbols)
    assert "l:0" in symbols and "s:0" in symbols


def test_the_default_engine_reads_the_bundled_model_if_any() -> None:
    assert default_engine().learned_model == learned.load_default()


@pytest.mark.parametrize(("lang", "words"), [
    ("kk", "алаяқтық хабарламаларға ұқсайды"),
    ("ru", "похож на мошеннические сообщения"),
    ("en", "resembles fraud messages"),
])
def test_the_command_line_explains_the_learned_finding(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        lang: str, words: str) -> None:
    model = model_for(["zorblatt", "quintessa"])
    monkeypatch.setattr(engine_module, "default_engine", lambda: engine_with(model))
    text = "Hello, the zorblatt quintessa arrangement is ready for tomorrow"
    assert cli.main(["check", "--lang", lang, "--json", text]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == "suspicious"
    (finding,) = out["findings"]
    assert finding["rule"] == learned.RULE_ID and words in finding["explanation"]
    assert {text[s:e] for s, e in finding["spans"]} >= {"zorblatt", "quintessa"}
