"""Shared helpers of the benchmark scripts: where the data is, how to load each public
dataset with normalised labels, and how to call the checker (in-process or via the CLI).

The public datasets live outside the repository (``../shared/data`` beside the checkout,
see its README.md for sources and licences). Their messages are for measurement only:
nothing here copies them into the repository.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import importlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEVSET_DIR = REPO / "benchmarks" / "devset"
REALWORLD_DIR = REPO / "benchmarks" / "realworld"
REALWORLD_PARTS = ("test", "train")
DATA_ENV = "ASSISTANT_BENCH_DATA"

FLAGGED = ("danger", "suspicious")


@dataclasses.dataclass(frozen=True)
class Item:
    """One message of an evaluation set."""

    id: str
    text: str
    cls: str  # the dataset's own class, normalised: ham, spam, smishing, fraud, genuine
    positive: bool  # True when a checker should flag it
    meta: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What the checker said about one message."""

    verdict: str  # danger | suspicious | no_signs | error
    rules: tuple[str, ...] = ()
    scenarios: tuple[str, ...] = ()
    seconds: float = 0.0
    error: str = ""


def find_data_dir(override: str | None = None) -> Path | None:
    """The public data folder: ``--data``, $ASSISTANT_BENCH_DATA, or ``shared/data`` found
    beside the repository (``../shared/data``) or beside one of its parents (worktrees)."""
    if override:
        return Path(override)
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV])
    for base in (REPO, *REPO.parents):
        candidate = base.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return None


# --- public datasets -------------------------------------------------------------------


def load_uci(data: Path) -> list[Item]:
    """UCI SMS Spam Collection: TSV ``label<TAB>text``; this mirror has a header line."""
    path = data / "uci_sms_spam_collection" / "SMSSpamCollection"
    items = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            label, _, text = line.rstrip("\n").partition("\t")
            label = label.strip().lower()
            if n == 0 and label == "label":
                continue
            if label not in ("ham", "spam"):
                raise ValueError(f"{path}:{n + 1}: unknown label {label!r}")
            items.append(Item(f"uci-{n}", text, label, label == "spam"))
    return items


def load_mishra_soni(data: Path) -> list[Item]:
    """Mishra & Soni SMS phishing set: CSV ``label,TEXT,URL,EMAIL,PHONE``; labels come in
    two spellings (``Smishing``/``smishing``, ``spam``/``Spam``)."""
    path = data / "mishra_soni_smishing_5971" / "Dataset_5971.csv"
    items = []
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f)):
            label = row["label"].strip().lower()
            if label not in ("ham", "spam", "smishing"):
                raise ValueError(f"{path}: row {n}: unknown label {label!r}")
            items.append(Item(f"ms-{n}", row["TEXT"], label, label != "ham"))
    return items


def _load_stankin_file(data: Path, name: str) -> list[Item]:
    path = data / "stankin_antispam_ru" / name
    rows = json.loads(path.read_text(encoding="utf-8"))
    stem = name.removesuffix(".json")
    return [
        Item(f"stankin-{stem}-{n}", str(r["text"]), "spam" if r["label"] else "ham",
             bool(r["label"]))
        for n, r in enumerate(rows)
    ]


def load_stankin(data: Path) -> list[Item]:
    """STANKIN Russian Telegram chat messages: ``dataset.json`` (label 1 = spam, mostly
    casino ads) and ``test_clear.json`` (all ham): the two files of the FPR target."""
    return _load_stankin_file(data, "dataset.json") + _load_stankin_file(data, "test_clear.json")


def load_tg_spam(data: Path) -> list[Item]:
    """umputun/tg-spam samples: one message a line; the label is the file name."""
    items = []
    for label in ("spam", "ham"):
        path = data / "tg_spam_umputun_ru" / f"{label}-samples.txt"
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                text = line.strip()
                if text:
                    items.append(Item(f"tg-{label}-{n}", text, label, label == "spam"))
    return items


def load_devset(directory: Path = DEVSET_DIR) -> list[Item]:
    """The hand-written kk/ru/en development set (see devset/README.md)."""
    items = []
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                row = json.loads(line)
                meta = {k: row[k] for k in ("lang", "scenario", "source", "expect")}
                items.append(Item(row["id"], row["text"], row["label"],
                                  row["label"] == "fraud", meta))
    return items


def load_realworld(root: Path = REALWORLD_DIR, part: str = "train") -> list[Item]:
    """Real messages quoted word for word from public sources (``<root>/<part>/*.jsonl``,
    see realworld/README.md for the fields). A text found by two collectors counts once.
    The ``test`` part is read only to compute aggregate figures: its texts are never printed.
    """
    items: list[Item] = []
    seen: set[str] = set()
    for path in sorted((root / part).glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line still being written by a collector
                text = row.get("text")
                label = row.get("label")
                if not isinstance(text, str) or label not in ("scam", "genuine"):
                    continue
                key = " ".join(text.split()).lower()
                if key in seen:
                    continue
                seen.add(key)
                meta = {
                    "lang": row.get("lang") or "?",
                    "scheme": row.get("scheme") or "other",
                    "quote": row.get("quote") or "full",
                    "region": row.get("region") or "?",
                    "source_key": row.get("source_key") or row.get("source_url") or path.name,
                    "part": part,
                    "collection": path.stem,  # one collector's batch: en8, gen6, ...
                }
                items.append(Item(str(row.get("id") or f"{path.stem}-{n}"), text, label,
                                  label == "scam", meta))
    return items


PUBLIC_SETS: dict[str, Callable[[Path], list[Item]]] = {
    "uci": load_uci,
    "mishra_soni": load_mishra_soni,
    "stankin": load_stankin,
    "tg_spam": load_tg_spam,
}


def held_out(item: Item) -> bool:
    """The documented split of the public data: a message whose text's SHA-1 ends in an odd
    byte is held out. Tune rules (or train a model) on the other half only; the figure on
    this half is the honest one. Splitting by text keeps duplicates on one side."""
    return hashlib.sha1(item.text.encode("utf-8")).digest()[-1] % 2 == 1


def sample(items: Sequence[Item], limit: int) -> list[Item]:
    """A deterministic subset of at most ``limit`` items keeping every class present:
    evenly spaced within each class, classes in proportion but at least a few each."""
    if limit <= 0 or len(items) <= limit:
        return list(items)
    by_class: dict[str, list[Item]] = {}
    for item in items:
        by_class.setdefault(item.cls, []).append(item)
    chosen: list[Item] = []
    for members in by_class.values():
        share = max(min(len(members), 20), round(limit * len(members) / len(items)))
        step = len(members) / share
        chosen.extend(members[int(i * step)] for i in range(min(share, len(members))))
    return chosen


# --- calling the checker ---------------------------------------------------------------


def _outcome_from_report(report: Any, seconds: float) -> Outcome:
    findings = tuple(report.findings)
    return Outcome(
        verdict=report.verdict.value,
        rules=tuple(f.rule for f in findings),
        # most important first (Report.scenarios orders by weight), as the page shows them
        scenarios=tuple(report.scenarios()),
        seconds=seconds,
    )


def load_check(spec: str | None = None) -> Callable[[str], Any] | None:
    """The checker function: ``module:function`` when given, else the engine's ``check``;
    None when the engine cannot be imported (the caller falls back to the CLI)."""
    module_name, _, func = (spec or "assistant.core.checker:check").partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        if spec:
            raise
        return None
    check = getattr(module, func or "check", None)
    if check is None and spec:
        raise ImportError(f"{module_name} has no {func!r}")
    return check


def run_in_process(check: Callable[[str], Any], items: Iterable[Item]) -> list[Outcome]:
    """Check each message in this process; an exception is recorded, not raised."""
    from time import perf_counter

    outcomes = []
    for item in items:
        start = perf_counter()
        try:
            report = check(item.text)
        except Exception as exc:  # an exception is a finding of the evaluation
            outcomes.append(Outcome("error", seconds=perf_counter() - start,
                                    error=f"{type(exc).__name__}: {exc}"))
            continue
        outcomes.append(_outcome_from_report(report, perf_counter() - start))
    return outcomes


def run_cli_batch(items: Sequence[Item], timeout: float = 3600) -> list[Outcome]:
    """Check the messages through ``python -m assistant check --batch`` (JSON Lines)."""
    payload = "".join(json.dumps({"id": i.id, "text": i.text}, ensure_ascii=False) + "\n"
                      for i in items)
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "check", "--batch"],
        input=payload, capture_output=True, text=True, encoding="utf-8", timeout=timeout,
        cwd=REPO, check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"checker CLI exited with {proc.returncode}: {proc.stderr[-2000:]}")
    by_id: dict[str, Outcome] = {}
    for line in proc.stdout.splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "error" in row and "verdict" not in row:
            by_id[str(row.get("id"))] = Outcome("error", error=str(row["error"]))
            continue
        findings = row.get("findings", [])
        by_id[str(row.get("id"))] = Outcome(
            verdict=row["verdict"],
            rules=tuple(f["rule"] for f in findings),
            scenarios=tuple(dict.fromkeys(f["scenario"] for f in findings)),
        )
    return [by_id.get(i.id, Outcome("error", error="no output line")) for i in items]


def run_main(main: Callable[[], int]) -> None:
    """Run a benchmark's ``main`` as a script; a reader that stops early (``| head``) is
    not an error."""
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
