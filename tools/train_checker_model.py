"""Train the checker's optional learned layer (``resources/content/learned.json``).

Logistic regression (scikit-learn, the ``tools`` extra; the app reads the weights in pure
Python, ``assistant/core/checker/learned.py``) over the rule ids that matched, the score
band, the links and numbers, and hashed character n-grams of the normalised text. Trained
on the real-world corpus's train part and the tuning halves of the public sets (never their
held-out halves, never the test part).

The threshold comes from cross-validation grouped by source (``source_key``; a public set
is one group): the lowest probability at which the layer's own false alarms stay within
1% of the complete real-world genuine notices and 0.2% of each public set's genuine
messages, among the messages the layer reads (the rules leave them at ``no_signs`` and see
no reason to call them genuine). The file is written only when, so held out, the layer
catches more complete real-world scams than the rules alone.

    python tools/train_checker_model.py            # cross-validate, train, write the file
    python tools/train_checker_model.py --cv-only  # figures only
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import PUBLIC_SETS, Item, find_data_dir, held_out, load_realworld  # noqa: E402

from assistant.core.checker import engine as engine_module  # noqa: E402
from assistant.core.checker import learned  # noqa: E402
from assistant.core.checker.normalise import normalise  # noqa: E402

OUT = ROOT / "resources" / "content" / "learned.json"
BUCKETS = 1 << 18
SIZES = (2, 3, 4, 5)
C = 0.5
FOLDS = 5
RW_BUDGET = 0.01  # the layer's own false alarms on real-world genuine notices
PUBLIC_BUDGET = 0.002  # ... and on each public set's genuine messages


class Row:
    """One training message: its features, label, group and what the rules said."""

    def __init__(self, item: Item, group: str, kind: str, engine: Any) -> None:
        report = engine_module.run(engine, item.text)  # rules and shapes alone
        norm = normalise(item.text, limit=engine.rules.analysis_limit)
        text = learned.prepare(norm.folded)
        symbols = learned.report_symbols(report)
        self.features = sorted(learned.feature_buckets(text, symbols, BUCKETS, SIZES))
        self.label = 1 if item.positive else 0
        self.group = group
        self.kind = kind  # "rw" or the public set's name
        self.rules_flag = report.verdict.value in ("danger", "suspicious")
        self.readable = learned.readable(report)  # the layer reads only these
        self.complete = item.meta.get("quote", "full") == "full"
        self.lang = item.meta.get("lang", "?")
        self.scheme = item.meta.get("scheme", "")


def build_rows(rw_items: Sequence[Item], public: bool = True) -> list[Row]:
    engine = engine_module.build_engine()
    rows = [Row(item, "rw:" + item.meta["source_key"], "rw", engine) for item in rw_items]
    data = find_data_dir() if public else None
    if data is not None:
        for name, loader in PUBLIC_SETS.items():
            try:
                items = loader(data)
            except (OSError, ValueError):
                continue
            rows += [Row(i, "public:" + name, name, engine) for i in items if not held_out(i)]
    return rows


def matrix(rows: Sequence[Row]) -> sparse.csr_matrix:
    indptr = np.cumsum([0] + [len(r.features) for r in rows])
    indices = np.fromiter((f for r in rows for f in r.features), dtype=np.int64,
                          count=int(indptr[-1]))
    return sparse.csr_matrix((np.ones(len(indices), dtype=np.float32), indices, indptr),
                             shape=(len(rows), BUCKETS))


def fit(rows: Sequence[Row]) -> LogisticRegression:
    model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear",
                               max_iter=2000)
    model.fit(matrix(rows), np.array([r.label for r in rows]))
    return model


def choose_threshold(rows: Sequence[Row], probs: np.ndarray) -> float:
    """The lowest threshold (at least 0.5) keeping the layer's own false alarms within the
    budgets: complete real-world genuine notices, and each public set's genuine messages.
    Only the messages the layer reads count (the rules leave them at ``no_signs``)."""
    threshold = 0.5
    for kind in {r.kind for r in rows}:
        genuine = [i for i, r in enumerate(rows) if r.kind == kind and not r.label
                   and (r.complete or kind != "rw")]
        if not genuine:
            continue
        budget = RW_BUDGET if kind == "rw" else PUBLIC_BUDGET
        allowed = int(budget * len(genuine))
        scores = sorted((float(probs[i]) for i in genuine if rows[i].readable), reverse=True)
        if len(scores) > allowed:  # flag only above the (allowed+1)-th highest genuine score
            threshold = max(threshold, scores[allowed] + 1e-9)
    return threshold


def figures(rows: Sequence[Row], flags: Sequence[bool]) -> dict[str, Any]:
    """Recall and FPR, rules alone and with the layer, on complete real-world messages."""
    def rate(sel: list[int], with_layer: bool) -> float | None:
        if not sel:
            return None
        hit = sum(1 for i in sel if rows[i].rules_flag or (with_layer and flags[i]))
        return hit / len(sel)

    def block(sel: list[int]) -> dict[str, Any]:
        pos = [i for i in sel if rows[i].label]
        neg = [i for i in sel if not rows[i].label]
        return {"scams": len(pos), "genuine": len(neg),
                "recall_rules": rate(pos, False), "recall": rate(pos, True),
                "fpr_rules": rate(neg, False), "fpr": rate(neg, True)}

    rw = [i for i, r in enumerate(rows) if r.kind == "rw" and r.complete]
    result = block(rw)
    result["fragments"] = block([i for i, r in enumerate(rows)
                                 if r.kind == "rw" and not r.complete])
    result["by_lang"] = {lang: block([i for i in rw if rows[i].lang == lang])
                         for lang in sorted({rows[i].lang for i in rw})}
    result["by_scheme"] = {s: block([i for i in rw if rows[i].scheme == s])
                           for s in sorted({rows[i].scheme for i in rw})}
    result["public"] = {kind: block([i for i, r in enumerate(rows) if r.kind == kind])
                        for kind in sorted({r.kind for r in rows} - {"rw"})}
    return result


def cross_validate(rows: Sequence[Row]) -> tuple[dict[str, Any], float]:
    probs = np.zeros(len(rows))
    groups = [r.group for r in rows]
    for train, test in GroupKFold(n_splits=FOLDS).split(rows, groups=groups):
        model = fit([rows[i] for i in train])
        probs[test] = model.predict_proba(matrix([rows[i] for i in test]))[:, 1]
    threshold = choose_threshold(rows, probs)
    flags = [bool(p >= threshold) and r.readable for p, r in zip(probs, rows, strict=True)]
    result = figures(rows, flags)
    result.update(folds=FOLDS, groups=len(set(groups)), threshold=threshold)
    return result, threshold


def cross_validate_items(items: Sequence[Item]) -> dict[str, Any]:
    """For benchmarks/evaluate.py: the grouped cross-validation on the train part."""
    result, _ = cross_validate(build_rows(items))
    return result


def write(model: LogisticRegression, threshold: float, cv: dict[str, Any],
          out: Path | None = None) -> None:
    """The weights for ``learned.load``: non-zero buckets only, rounded (a small file)."""
    coef = model.coef_[0]
    weights = {str(i): round(float(w), 4) for i, w in enumerate(coef) if abs(w) >= 1e-3}
    data = {"about": "tools/train_checker_model.py: logistic regression over rule ids and "
                     "hashed character n-grams; see docs/checker.md",
            "buckets": BUCKETS, "sizes": list(SIZES), "bias": round(float(model.intercept_[0]), 4),
            "threshold": round(threshold, 8),
            "cv": {k: cv[k] for k in ("recall_rules", "recall", "fpr_rules", "fpr", "groups")},
            "weights": weights}
    (out or OUT).write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true")
    args = parser.parse_args(argv)
    rows = build_rows(load_realworld(part="train"))
    cv, threshold = cross_validate(rows)
    print(json.dumps({k: v for k, v in cv.items() if k != "by_scheme"}, indent=1))
    if args.cv_only:
        return 0
    if not cv["recall"] or cv["recall"] <= (cv["recall_rules"] or 0.0):
        print("not written: held out by source, the layer catches no scam the rules miss")
        return 1
    write(fit(rows), threshold, cv)
    print(f"wrote {OUT} (threshold {threshold:.6f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
