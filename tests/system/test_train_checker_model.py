"""tools/train_checker_model.py: what it writes is what the pure-Python reader computes,
its threshold keeps the layer's own false alarms within the budget, and it reads the
real-world train part only. scikit-learn is in the ``tools`` extra: skipped without it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("sklearn")

import numpy as np

from assistant.core.checker import engine as engine_module
from assistant.core.checker import learned
from assistant.core.checker.normalise import normalise
from tools import train_checker_model as train

SCAMS = ["Your parcel is held, pay the zorblatt fee now",
         "Final notice: the zorblatt fee is unpaid, pay today",
         "zorblatt fee due for your parcel, pay within 24 hours",
         "We hold your parcel until the zorblatt fee is paid",
         "Pay the zorblatt fee to release the parcel",
         "zorblatt fee outstanding, parcel returned unless you pay"]
GENUINE = ["See you at six by the station", "Dinner is at seven, bring the salad",
           "The meeting moved to Tuesday afternoon", "Thanks for the photos from Sunday",
           "Call me when you land, love you", "The plumber comes at nine tomorrow"]


def _items() -> list[Any]:
    item = train.Item  # benchmarks/_common.Item
    return ([item(id=f"s{i}", text=t, cls="fraud", positive=True,
                  meta={"source_key": f"src{i}", "quote": "full", "lang": "en"})
             for i, t in enumerate(SCAMS)]
            + [item(id=f"g{i}", text=t, cls="genuine", positive=False,
                    meta={"source_key": f"src{i}", "quote": "full", "lang": "en"})
               for i, t in enumerate(GENUINE)])


def test_the_written_weights_give_the_reader_the_same_probability(tmp_path: Path) -> None:
    rows = train.build_rows(_items(), public=False)
    model = train.fit(rows)
    out = tmp_path / "learned.json"
    train.write(model, 0.5, {"recall_rules": 0.0, "recall": 0.0, "fpr_rules": 0.0,
                             "fpr": 0.0, "groups": 6}, out=out)
    read = learned.load(out)
    assert read is not None and read.sizes == train.SIZES and read.buckets == train.BUCKETS
    expected = model.predict_proba(train.matrix(rows))[:, 1]
    engine = engine_module.build_engine()
    for item, want in zip(_items(), expected, strict=True):
        report = engine_module.run(engine, item.text)
        text = learned.prepare(normalise(item.text, limit=engine.rules.analysis_limit).folded)
        got = learned.probability(read, text, learned.report_symbols(report))
        assert got == pytest.approx(want, abs=0.01), item.text
    assert expected[: len(SCAMS)].min() > expected[len(SCAMS):].max()


def _row(label: int, readable: bool = True, complete: bool = True,
         kind: str = "rw") -> train.Row:
    row = train.Row.__new__(train.Row)
    row.label, row.readable, row.complete, row.kind = label, readable, complete, kind
    row.rules_flag = not readable
    return row


def test_the_threshold_keeps_the_layers_own_false_alarms_within_budget() -> None:
    # 300 complete genuine notices: 1% allows 3 of the layer's own false alarms
    rows = [_row(0) for _ in range(300)]
    probs = list(np.linspace(0.0, 0.99, 300))
    # what the layer never reads, and fragments, do not count against the budget
    rows += [_row(0, readable=False), _row(0, complete=False)]
    probs += [1.0, 1.0]
    threshold = train.choose_threshold(rows, np.array(probs))
    own = sum(1 for r, p in zip(rows, probs, strict=True)
              if r.readable and r.complete and not r.label and p >= threshold)
    assert own == 3
    # a public set's genuine messages have their own, tighter budget (0.2%)
    rows += [_row(0, kind="uci") for _ in range(500)]
    probs += [0.999] * 2 + [0.1] * 498
    threshold = train.choose_threshold(rows, np.array(probs))
    assert sum(1 for r, p in zip(rows, probs, strict=True)
               if r.kind == "uci" and p >= threshold) <= 1
    assert threshold >= 0.5


def test_it_trains_on_the_train_part_only(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    parts: list[str] = []

    def load(root: Path = Path(), part: str = "train") -> list[Any]:
        parts.append(part)
        return _items()

    monkeypatch.setattr(train, "load_realworld", load)
    monkeypatch.setattr(train, "find_data_dir", lambda: None)
    monkeypatch.setattr(train, "OUT", tmp_path / "learned.json")
    assert train.main(["--cv-only"]) == 0
    assert parts == ["train"]
    assert not (tmp_path / "learned.json").exists()



@pytest.mark.parametrize(("recall", "written"), [(0.9, False), (0.95, True)])
def test_it_writes_the_file_only_when_the_layer_catches_more(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, recall: float, written: bool) -> None:
    monkeypatch.setattr(train, "load_realworld", lambda part="train": _items())
    monkeypatch.setattr(train, "find_data_dir", lambda: None)
    monkeypatch.setattr(train, "OUT", tmp_path / "learned.json")
    cv = {"recall_rules": 0.9, "recall": recall, "fpr_rules": 0.0, "fpr": 0.0, "groups": 6}
    monkeypatch.setattr(train, "cross_validate", lambda rows: (cv, 0.75))
    assert train.main([]) == (0 if written else 1)
    assert (tmp_path / "learned.json").exists() == written
    if written:
        model = learned.load(tmp_path / "learned.json")
        assert model is not None and model.threshold == 0.75
