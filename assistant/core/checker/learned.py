"""The optional learned layer: logistic regression over the rule ids that matched, the
score band, the links and numbers, and hashed character n-grams of the normalised text
(``resources/content/learned.json``, trained by ``tools/train_checker_model.py``; none
ships, docs/checker.md says why). Pure Python at check time.

It only reads reports the rules settle at ``no_signs`` with no reason to look genuine; it
may raise them to ``suspicious`` with an ``ml-ngrams`` finding that points at the words
whose n-grams weighed most. It never lowers a verdict and never says ``danger``.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assistant.core import paths
from assistant.core.checker.normalise import normalise
from assistant.core.checker.report import Finding, Report, Verdict
from assistant.core.checker.rules import RuleSet
from assistant.core.i18n import N_

RULE_ID = "ml-ngrams"
EXPLANATION = N_("Its wording resembles fraud messages collected from real cases "
                 "(a statistical comparison, not a rule): the words most like them are "
                 "highlighted.")
ADVICE = N_("Do not follow links or call numbers from this message; check with the "
            "organisation through its official number or app.")
#: The learned layer reads at most this many normalised characters (speed on big texts).
MAX_CHARS = 2000
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Model:
    """Weights by hashed feature, the bias, the n-gram sizes and the threshold."""

    weights: dict[int, float]
    bias: float
    buckets: int
    sizes: tuple[int, ...]
    threshold: float


def _bucket(feature: str, buckets: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) % buckets


def prepare(folded: str) -> str:
    """The text the n-grams are read from: the normalised text, cut (offsets kept)."""
    return folded[:MAX_CHARS]


def symbolic(rules: list[str], score: float, links: int, phones: int) -> list[str]:
    """The non-text features: each rule id that matched (context rules too: a code the
    message gives, a statement of a payment), the score band, links and numbers."""
    feats = ["r:" + rule for rule in dict.fromkeys(rules)]
    feats.append(f"s:{min(int(score * 10), 9)}")
    feats.append(f"l:{min(links, 2)}")
    feats.append(f"p:{min(phones, 2)}")
    return feats


def ngram_positions(text: str, sizes: tuple[int, ...]) -> dict[str, int]:
    """Each distinct n-gram (padded with spaces) and where it first starts in ``text``."""
    padded = f" {text} "
    found: dict[str, int] = {}
    for n in sizes:
        for i in range(len(padded) - n + 1):
            gram = padded[i:i + n]
            if gram not in found:
                found[gram] = max(i - 1, 0)
    return found


def feature_buckets(text: str, symbols: list[str], buckets: int,
                    sizes: tuple[int, ...]) -> set[int]:
    """The hashed features of one text (binary presence), as the training script sees them."""
    result = {_bucket("g:" + gram, buckets) for gram in ngram_positions(text, sizes)}
    result.update(_bucket(s, buckets) for s in symbols)
    return result


def report_symbols(report: Report) -> list[str]:
    """:func:`symbolic` of a settled report, as the engine and the training script see it."""
    rules = [*report.fired, *(f.rule for f in report.findings), *(f.rule for f in report.notes)]
    return symbolic(rules, report.score, len(report.links), len(report.phones))


def readable(report: Report) -> bool:
    """Does the layer read this report? Only ``no_signs`` with no reason to look genuine:
    it never lowers a verdict nor contradicts the rules' "looks genuine"."""
    return report.verdict is Verdict.NO_SIGNS and not report.genuine


def raise_no_signs(model: Model | None, report: Report, text: str, rules: RuleSet) -> Report:
    """``report`` raised to ``suspicious`` with an ``ml-ngrams`` finding when the model
    reads it and its probability reaches the threshold; else ``report`` unchanged."""
    if model is None or not readable(report):
        return report
    weight = rules.suspicious
    norm = normalise(text, limit=rules.analysis_limit)
    folded = prepare(norm.folded)
    if probability(model, folded, report_symbols(report)) < model.threshold:
        return report
    spans = tuple(norm.span(s, e) for s, e in weighed_words(model, folded))
    raised = Finding(rule=RULE_ID, scenario="", spans=spans, explanation=EXPLANATION,
                     advice=ADVICE, weight=weight)
    return replace(report, verdict=Verdict.SUSPICIOUS, score=max(report.score, weight),
                   findings=(raised, *report.findings, *report.notes), notes=())


def load_default() -> Model | None:
    """The bundled model (``resources/content/learned.json``), or None when none ships."""
    return load(paths.content_dir() / "learned.json")


def load(path: Path) -> Model | None:
    """The model in ``path``, or None when the file is absent or unreadable."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return Model(weights={int(k): float(v) for k, v in data["weights"].items()},
                     bias=float(data["bias"]), buckets=int(data["buckets"]),
                     sizes=tuple(int(n) for n in data["sizes"]),
                     threshold=float(data["threshold"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def probability(model: Model, text: str, symbols: list[str]) -> float:
    """The model's probability that the text is fraud."""
    total = model.bias
    for b in feature_buckets(text, symbols, model.buckets, model.sizes):
        total += model.weights.get(b, 0.0)
    return 1.0 / (1.0 + math.exp(-max(min(total, 50.0), -50.0)))


def weighed_words(model: Model, text: str, top: int = 3) -> list[tuple[int, int]]:
    """Spans (in ``text``) of the words holding the n-grams that weighed most for fraud."""
    per_word: dict[tuple[int, int], float] = {}
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    if not words:
        return []
    for gram, start in ngram_positions(text, model.sizes).items():
        weight = model.weights.get(_bucket("g:" + gram, model.buckets), 0.0)
        if weight <= 0:
            continue
        end = start + len(gram.strip())
        for word in words:
            if word[0] < end and start < word[1]:
                per_word[word] = per_word.get(word, 0.0) + weight
    best = sorted(per_word.items(), key=lambda kv: -kv[1])[:top]
    return sorted(span for span, _ in best)
