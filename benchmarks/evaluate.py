"""Evaluate the message checker on real-world messages, the public datasets and the dev set.

The real-world corpus (``benchmarks/realworld/{test,train}/*.jsonl``, or ``--realworld
PATH``) comes first: messages quoted word for word from public sources, split by source.
The ``test`` part is held out: only its aggregate figures are printed (complete messages:
recall at danger|suspicious, false alarms and danger on genuine notices, per language and
per scheme; fragments apart), never a text of it. The ``train`` part follows with the
same figures, the grouped-by-source cross-validation of the learned part (when there is
one) and the list of its misses and false alarms. A ``cannot_tell`` verdict (a bare number
or link) counts as neither caught nor a false alarm.

For each set it prints the size, the recall on fraud/spam (verdict ``danger`` or
``suspicious``), the false-positive rate on genuine messages, the same two figures for
``danger`` alone, and the time taken; the targets of the project stand beside the figures
with PASS or FAIL. For the development set it adds the catch per scenario and language,
the fraud messages missed and the genuine messages flagged.

    python benchmarks/evaluate.py                 # all sets
    python benchmarks/evaluate.py --quick         # a few hundred messages per set
    python benchmarks/evaluate.py --sets dev,uci --json

The data folder is found beside the repository (``../shared/data``); ``--data`` overrides.
Label normalisation: UCI spam/ham; Mishra & Soni smishing/spam/ham (both spellings);
STANKIN ``dataset.json`` + ``test_clear.json`` (1 = spam, 0 = ham); tg-spam by file name.
The checker runs in-process (``assistant.core.checker.check``), or through
``python -m assistant check --batch`` with ``--cli`` or when the engine cannot be imported.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import (
    DEVSET_DIR,
    FLAGGED,
    PUBLIC_SETS,
    REALWORLD_DIR,
    REALWORLD_PARTS,
    Item,
    Outcome,
    find_data_dir,
    held_out,
    load_check,
    load_devset,
    load_realworld,
    run_cli_batch,
    run_in_process,
    run_main,
    sample,
)

DEV_SETS = ("dev", "holdout")
ALL_SETS = ("realworld", *DEV_SETS, *PUBLIC_SETS)
CANNOT_TELL = "cannot_tell"
#: The issue's targets on the held-out real-world messages (complete ones).
RW_RECALL, RW_FPR, RW_DANGER = 0.90, 0.02, 0.005
QUICK_LIMIT = 300


def rate(hits: int, total: int) -> float | None:
    return hits / total if total else None


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.2f}%"


MODEL_RULE_PREFIXES = ("model", "ml-")


def model_only(outcome: Outcome) -> bool:
    """Flagged, and every finding comes from a learned model rather than a rule."""
    return outcome.verdict in FLAGGED and bool(outcome.rules) and all(
        r.startswith(MODEL_RULE_PREFIXES) for r in outcome.rules)


def verdict_figures(items: Sequence[Item], outcomes: Sequence[Outcome],
                    positive: Callable[[Item], bool]) -> dict[str, Any]:
    """Recall on positives and FPR on negatives, for flagged and for danger alone, and
    how many of the flags come from a learned model alone (rule ids ``model*``/``ml-*``)."""
    pos = [o for i, o in zip(items, outcomes, strict=True) if positive(i)]
    neg = [o for i, o in zip(items, outcomes, strict=True) if not i.positive]
    return {
        "model_only_true_positives": sum(model_only(o) for o in pos),
        "model_only_false_positives": sum(model_only(o) for o in neg),
        "positives": len(pos),
        "negatives": len(neg),
        "recall": rate(sum(o.verdict in FLAGGED for o in pos), len(pos)),
        "fpr": rate(sum(o.verdict in FLAGGED for o in neg), len(neg)),
        "recall_danger": rate(sum(o.verdict == "danger" for o in pos), len(pos)),
        "fpr_danger": rate(sum(o.verdict == "danger" for o in neg), len(neg)),
    }


def target(name: str, ok: bool | None, detail: str) -> dict[str, Any]:
    return {"target": name, "status": "n/a" if ok is None else ("PASS" if ok else "FAIL"),
            "detail": detail}


def rules_on(items: Sequence[Item], outcomes: Sequence[Outcome],
             select: Callable[[Item, Outcome], bool]) -> list[tuple[str, int]]:
    counter: collections.Counter[str] = collections.Counter()
    for item, outcome in zip(items, outcomes, strict=True):
        if select(item, outcome):
            counter.update(set(outcome.rules))
    return counter.most_common(10)


def example(item: Item, outcome: Outcome, width: int = 160) -> dict[str, Any]:
    text = " ".join(item.text.split())
    return {"id": item.id, "verdict": outcome.verdict, "rules": list(outcome.rules),
            "text": text if len(text) <= width else text[: width - 1] + "…",
            **({"error": outcome.error} if outcome.error else {})}


def _is_class(cls: str) -> Callable[[Item], bool]:
    return lambda item: item.cls == cls


def summarise_public(name: str, items: Sequence[Item], outcomes: Sequence[Outcome],
                     seconds: float, examples: int) -> dict[str, Any]:
    result: dict[str, Any] = {"set": name, "size": len(items), "seconds": round(seconds, 3),
                              "msgs_per_s": round(len(items) / seconds, 1) if seconds else None,
                              "errors": sum(o.verdict == "error" for o in outcomes)}
    classes = sorted({i.cls for i in items if i.positive})
    result["overall"] = verdict_figures(items, outcomes, lambda i: i.positive)
    result["by_class"] = {c: verdict_figures(items, outcomes, _is_class(c)) for c in classes}
    for half, keep in (("tuning_half", False), ("held_out_half", True)):
        pairs = [(i, o) for i, o in zip(items, outcomes, strict=True) if held_out(i) == keep]
        sub_items, sub_outcomes = [i for i, _ in pairs], [o for _, o in pairs]
        result[half] = {
            "overall": verdict_figures(sub_items, sub_outcomes, lambda i: i.positive),
            **{c: verdict_figures(sub_items, sub_outcomes, _is_class(c)) for c in classes},
        }
    targets = []
    fig = result["overall"]
    if name == "uci":
        f = result["by_class"]["spam"]
        ok = None if f["recall"] is None else f["recall"] >= 0.85 and f["fpr"] <= 0.005
        targets.append(target("UCI spam recall >= 85% at ham FPR <= 0.5%", ok,
                              f"recall {pct(f['recall'])}, FPR {pct(f['fpr'])}"))
    elif name == "mishra_soni":
        f = result["by_class"]["smishing"]
        ok = None if f["recall"] is None else f["recall"] >= 0.95 and f["fpr"] <= 0.005
        targets.append(target("Mishra&Soni smishing recall >= 95% at ham FPR <= 0.5%", ok,
                              f"recall {pct(f['recall'])}, FPR {pct(f['fpr'])}"))
    elif name == "stankin":
        ok = None if fig["fpr"] is None else fig["fpr"] <= 0.003
        targets.append(target("STANKIN Russian ham FPR <= 0.3%", ok,
                              f"FPR {pct(fig['fpr'])} on {fig['negatives']} ham"))
    result["targets"] = targets
    result["rules_on_false_positives"] = rules_on(
        items, outcomes, lambda i, o: not i.positive and o.verdict in FLAGGED)
    result["rules_on_true_positives"] = rules_on(
        items, outcomes, lambda i, o: i.positive and o.verdict in FLAGGED)
    result["false_positives"] = [
        example(i, o) for i, o in zip(items, outcomes, strict=True)
        if not i.positive and o.verdict in FLAGGED][:examples]
    result["misses"] = [
        example(i, o) for i, o in zip(items, outcomes, strict=True)
        if i.positive and o.verdict not in FLAGGED][:examples]
    result["error_examples"] = [
        example(i, o) for i, o in zip(items, outcomes, strict=True) if o.error][:examples]
    result["slowest"] = slowest(items, outcomes)
    return result


def slowest(items: Sequence[Item], outcomes: Sequence[Outcome], n: int = 3) -> list[Any]:
    ranked = sorted(zip(items, outcomes, strict=True), key=lambda p: -p[1].seconds)[:n]
    return [{"id": i.id, "ms": round(1000 * o.seconds, 2), "chars": len(i.text)}
            for i, o in ranked if o.seconds]


def met(expect: str, verdict: str) -> bool:
    return {
        "danger": verdict == "danger",
        "suspicious": verdict in FLAGGED,
        "no_signs": verdict == "no_signs",
        "not_danger": verdict not in ("danger", "error"),
    }[expect]


def summarise_dev(items: Sequence[Item], outcomes: Sequence[Outcome], seconds: float,
                  scenario_ids: Sequence[str], name: str = "dev") -> dict[str, Any]:
    pairs = list(zip(items, outcomes, strict=True))
    result: dict[str, Any] = {"set": name, "size": len(items), "seconds": round(seconds, 3),
                              "errors": sum(o.verdict == "error" for o in outcomes)}
    result["overall"] = verdict_figures(items, outcomes, lambda i: i.positive)
    langs = sorted({i.meta["lang"] for i in items})
    result["by_lang"] = {}
    for lang in langs:
        sub = [(i, o) for i, o in pairs if i.meta["lang"] == lang]
        result["by_lang"][lang] = verdict_figures(
            [i for i, _ in sub], [o for _, o in sub], lambda i: i.positive)
    # catch per scenario and language: flagged / fraud messages
    table: dict[str, dict[str, list[int]]] = {}
    for item, outcome in pairs:
        if item.positive:
            cell = table.setdefault(item.meta["scenario"], {}).setdefault(
                item.meta["lang"], [0, 0])
            cell[0] += outcome.verdict in FLAGGED
            cell[1] += 1
    result["scenario_catch"] = table
    # the hold-out set is small: only the scenarios it has fraud messages for count
    uncovered = [s for s in scenario_ids if s not in table] if name == "dev" else []
    not_caught = sorted(f"{s}/{lang}" for s, row in table.items()
                        for lang, (hit, _) in row.items() if hit == 0)
    partly = sorted(f"{s}/{lang}" for s, row in table.items()
                    for lang, (hit, total) in row.items() if 0 < hit < total)
    result["scenarios_without_fraud_messages"] = uncovered
    result["expectations_met"] = rate(sum(met(i.meta["expect"], o.verdict) for i, o in pairs),
                                      len(pairs))
    result["misses"] = [dict(example(i, o, 200), scenario=i.meta["scenario"])
                        for i, o in pairs if i.positive and o.verdict not in FLAGGED]
    result["weaker_than_expected"] = [
        dict(example(i, o, 200), scenario=i.meta["scenario"]) for i, o in pairs
        if i.positive and i.meta["expect"] == "danger" and o.verdict == "suspicious"]
    result["genuine_danger"] = [dict(example(i, o, 200), scenario=i.meta["scenario"])
                                for i, o in pairs if not i.positive and o.verdict == "danger"]
    result["genuine_suspicious"] = [
        dict(example(i, o, 200), expect=i.meta["expect"]) for i, o in pairs
        if not i.positive and o.verdict == "suspicious"]
    result["wrong_scenario"] = [
        dict(example(i, o, 120), scenario=i.meta["scenario"], found=list(o.scenarios))
        for i, o in pairs if i.positive and o.verdict in FLAGGED
        and i.meta["scenario"] not in o.scenarios]
    caught = [(i, o) for i, o in pairs if i.positive and o.verdict in FLAGGED]
    result["first_scenario_right"] = rate(
        sum(bool(o.scenarios) and o.scenarios[0] == i.meta["scenario"] for i, o in caught),
        len(caught))
    result["error_examples"] = [example(i, o) for i, o in pairs if o.error]
    if name == "holdout":
        # Messages never used to write rules: their words are never printed, only which
        # ones (id, scenario, verdict), so reading the output cannot leak them.
        for key in ("misses", "weaker_than_expected", "genuine_danger", "genuine_suspicious",
                    "wrong_scenario", "error_examples"):
            result[key] = [{k: v for k, v in row.items() if k not in ("text", "rules")}
                           for row in result.get(key, [])]
    result["slowest"] = slowest(items, outcomes)
    result["verdicts"] = {i.id: o.verdict for i, o in pairs}
    result["targets"] = [
        target(f"{name}: every fraud scenario caught in every language (at least one message)",
               not not_caught and not uncovered,
               "not caught: " + (", ".join(not_caught + uncovered) or "none")),
        target(f"{name}: every fraud message caught (danger or suspicious)", not result["misses"],
               f"{len(result['misses'])} missed; partly caught: {', '.join(partly) or 'none'}"),
        target(f"{name}: no genuine notice flagged danger", not result["genuine_danger"],
               f"{len(result['genuine_danger'])} genuine flagged danger"),
    ]
    return result


def compare(previous: dict[str, Any], report: dict[str, Any],
            texts: dict[str, str]) -> list[str]:
    """Lines describing dev-set messages whose verdict changed since a saved --json run."""
    before: dict[str, str] = next(
        (r.get("verdicts", {}) for r in previous.get("sets", []) if r.get("set") == "dev"), {})
    after: dict[str, str] = next(
        (r.get("verdicts", {}) for r in report["sets"] if r.get("set") == "dev"), {})
    lines = []
    for item_id, verdict in after.items():
        old = before.get(item_id)
        if old is not None and old != verdict:
            text = " ".join(texts.get(item_id, "").split())[:120]
            lines.append(f"  {item_id}: {old} -> {verdict}  {text}")
    return lines


def scenario_ids() -> list[str]:
    import tomllib

    path = Path(__file__).resolve().parent.parent / "resources/content/scenarios.toml"
    return [s["id"] for s in tomllib.loads(path.read_text(encoding="utf-8"))["scenario"]]


# --- printing --------------------------------------------------------------------------


def print_figures(label: str, f: dict[str, Any]) -> None:
    print(f"  {label:<18} pos {f['positives']:>6}  recall {pct(f['recall']):>8}"
          f" (danger {pct(f['recall_danger']):>8})   neg {f['negatives']:>6}"
          f"  FPR {pct(f['fpr']):>7} (danger {pct(f['fpr_danger']):>7})")
    if f["model_only_true_positives"] or f["model_only_false_positives"]:
        print(f"  {'':<18} of these flagged by the learned model alone:"
              f" {f['model_only_true_positives']} fraud, {f['model_only_false_positives']} genuine")


def print_examples(title: str, rows: Sequence[dict[str, Any]], limit: int) -> None:
    if not rows or limit <= 0:
        return
    print(f"  {title} ({len(rows)}):")
    for row in rows[:limit]:
        extra = f" [{row['scenario']}]" if "scenario" in row else ""
        rules = f" rules={','.join(row['rules']) or '-'}" if "rules" in row else ""
        print(f"    {row['id']}{extra} {row['verdict']}{rules}")
        if row.get("error") or row.get("text"):
            print(f"      {row.get('error') or row['text']}")
    if len(rows) > limit:
        print(f"    ... and {len(rows) - limit} more")


def print_result(r: dict[str, Any], examples: int) -> None:
    speed = f", {r['msgs_per_s']} msg/s" if r.get("msgs_per_s") else ""
    print(f"\n== {r['set']}: {r['size']} messages, {r['seconds']} s{speed},"
          f" errors {r['errors']}")
    print_figures("all", r["overall"])
    for name, f in r.get("by_class", {}).items():
        if len(r.get("by_class", {})) > 1:
            print_figures(f"class {name}", f)
    for name, f in r.get("by_lang", {}).items():
        print_figures(f"lang {name}", f)
    if "held_out_half" in r:
        key = "smishing" if "smishing" in r["held_out_half"] else (
            "spam" if "spam" in r["held_out_half"] else "overall")
        for half in ("tuning_half", "held_out_half"):
            f = r[half][key]
            print(f"  {half.replace('_', ' '):<18} {key}: recall {pct(f['recall'])},"
                  f" FPR {pct(f['fpr'])} ({f['positives']} + {f['negatives']} messages)")
    for t in r["targets"]:
        print(f"  [{t['status']}] {t['target']}: {t['detail']}")
    if r["set"] in DEV_SETS:
        print(f"  expectations met: {pct(r['expectations_met'])}; first scenario shown is the"
              f" message's own for {pct(r['first_scenario_right'])} of the caught fraud")
        print("  catch per scenario (flagged/fraud):")
        for scenario, row in sorted(r["scenario_catch"].items()):
            cells = "  ".join(f"{lang} {h}/{t}" for lang, (h, t) in sorted(row.items()))
            mark = "" if all(h == t for h, t in row.values()) else "   <-"
            print(f"    {scenario:<24} {cells}{mark}")
        print_examples("MISSED fraud", r["misses"], 1000)
        print_examples("GENUINE flagged danger", r["genuine_danger"], 1000)
        print_examples("expected danger, got suspicious", r["weaker_than_expected"], examples)
        print_examples("genuine flagged suspicious", r["genuine_suspicious"], examples)
        print_examples("flagged under another scenario", r["wrong_scenario"], examples)
    else:
        if r["rules_on_false_positives"]:
            print("  rules on false positives: " + ", ".join(
                f"{k} {v}" for k, v in r["rules_on_false_positives"]))
        print_examples("false positives", r["false_positives"], examples)
        print_examples("misses", r["misses"], examples)
    print_examples("errors", r["error_examples"], examples)
    if r["slowest"]:
        print("  slowest: " + ", ".join(f"{s['id']} {s['ms']} ms ({s['chars']} chars)"
                                        for s in r["slowest"]))


# --- the real-world corpus -------------------------------------------------------------


def rw_figures(pairs: Sequence[tuple[Item, Outcome]]) -> dict[str, Any]:
    """Counts and rates of one group of real-world messages; ``cannot_tell`` apart.

    ``*_rules`` figures leave out flags that come from the learned part alone."""
    told = [(i, o) for i, o in pairs if o.verdict != CANNOT_TELL]
    scams = [o for i, o in told if i.positive]
    genuine = [o for i, o in told if not i.positive]
    caught = sum(o.verdict in FLAGGED for o in scams)
    flagged = sum(o.verdict in FLAGGED for o in genuine)
    return {
        "scam": len(scams), "caught": caught,
        "caught_rules": caught - sum(model_only(o) for o in scams),
        "caught_danger": sum(o.verdict == "danger" for o in scams),
        "genuine": len(genuine), "flagged": flagged,
        "flagged_rules": flagged - sum(model_only(o) for o in genuine),
        "genuine_danger": sum(o.verdict == "danger" for o in genuine),
        "cannot_tell": len(pairs) - len(told),
        "errors": sum(o.verdict == "error" for _, o in pairs),
        "recall": rate(caught, len(scams)),
        "recall_rules": rate(caught - sum(model_only(o) for o in scams), len(scams)),
        "fpr": rate(flagged, len(genuine)),
        "danger_rate": rate(sum(o.verdict == "danger" for o in genuine), len(genuine)),
    }


def _grouped(pairs: Sequence[tuple[Item, Outcome]], key: str) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[tuple[Item, Outcome]]] = {}
    for item, outcome in pairs:
        groups.setdefault(str(item.meta.get(key, "?")), []).append((item, outcome))
    return {name: rw_figures(group) for name, group in sorted(groups.items())}


def summarise_realworld(part: str, items: Sequence[Item], outcomes: Sequence[Outcome],
                        seconds: float, cv: dict[str, Any] | None) -> dict[str, Any]:
    """Figures of one part; the texts only for the train part (the test part is unread)."""
    pairs = list(zip(items, outcomes, strict=True))
    full = [(i, o) for i, o in pairs if i.meta["quote"] == "full"]
    fragments = [(i, o) for i, o in pairs if i.meta["quote"] != "full"]
    result: dict[str, Any] = {
        "set": f"realworld-{part}", "size": len(items), "seconds": round(seconds, 3),
        "errors": sum(o.verdict == "error" for o in outcomes),
        "sources": len({i.meta["source_key"] for i in items}),
        "complete": rw_figures(full),
        "complete_by_lang": _grouped(full, "lang"),
        "complete_by_scheme": _grouped(full, "scheme"),
        # each collector's batch apart: a batch collected after the rules were written is
        # the freshest measure of how they generalise
        "complete_by_collection": _grouped(full, "collection"),
        "fragments": rw_figures(fragments),
        "fragments_by_lang": _grouped(fragments, "lang"),
        "all": rw_figures(pairs),
    }
    if part == "test":
        c = result["complete"]
        result["targets"] = [
            target(f"real-world test, complete scams caught >= {RW_RECALL:.0%}",
                   None if c["recall"] is None else c["recall"] >= RW_RECALL,
                   f"{pct(c['recall'])} ({c['caught']} of {c['scam']})"),
            target(f"real-world test, genuine notices flagged <= {RW_FPR:.0%}",
                   None if c["fpr"] is None else c["fpr"] <= RW_FPR,
                   f"{pct(c['fpr'])} ({c['flagged']} of {c['genuine']})"),
            target(f"real-world test, genuine notices called danger <= {RW_DANGER:.1%}",
                   None if c["danger_rate"] is None else c["danger_rate"] <= RW_DANGER,
                   f"{pct(c['danger_rate'])} ({c['genuine_danger']} of {c['genuine']})"),
        ]
        return result
    result["targets"] = []
    result["cross_validation"] = cv
    result["misses"] = [dict(example(i, o, 220), scheme=i.meta["scheme"], lang=i.meta["lang"],
                             quote=i.meta["quote"])
                        for i, o in pairs if i.positive and o.verdict not in FLAGGED
                        and o.verdict != CANNOT_TELL]
    result["false_alarms"] = [dict(example(i, o, 220), scheme=i.meta["scheme"],
                                   lang=i.meta["lang"], quote=i.meta["quote"])
                              for i, o in pairs if not i.positive and o.verdict in FLAGGED]
    return result


def learned_cross_validation(items: Sequence[Item]) -> dict[str, Any] | None:
    """Grouped-by-source cross-validation of the learned part, when the project has one
    (``tools/train_checker_model.py``); None otherwise."""
    tools = Path(__file__).resolve().parent.parent / "tools"
    if not (tools / "train_checker_model.py").is_file():
        return None
    sys.path.insert(0, str(tools))
    try:
        import train_checker_model  # type: ignore[import-not-found]
    except ImportError as error:  # scikit-learn is in the tools extra only
        print(f"learned part not cross-validated: {error}", file=sys.stderr)
        return None
    finally:
        sys.path.remove(str(tools))
    return train_checker_model.cross_validate_items(items)  # type: ignore[no-any-return]


def print_rw_row(label: str, f: dict[str, Any]) -> None:
    scam = (f"scam {f['caught']:>3}/{f['scam']:<3} {pct(f['recall']):>8}"
            f" (rules alone {pct(f['recall_rules']):>8}, danger {f['caught_danger']:>3})"
            if f["scam"] else f"{'':<56}")
    genuine = (f"   genuine flagged {f['flagged']:>2}/{f['genuine']:<3} {pct(f['fpr']):>7},"
               f" danger {f['genuine_danger']}" if f["genuine"] else "")
    tell = f"   cannot tell {f['cannot_tell']}" if f["cannot_tell"] else ""
    print(f"  {label:<28} {scam}{genuine}{tell}")


def print_realworld(r: dict[str, Any], examples: int) -> None:
    print(f"\n== {r['set']}: {r['size']} messages from {r['sources']} sources,"
          f" {r['seconds']} s, errors {r['errors']}")
    print_rw_row("complete messages", r["complete"])
    for name, f in r["complete_by_lang"].items():
        print_rw_row(f"  lang {name}", f)
    for name, f in r["complete_by_scheme"].items():
        print_rw_row(f"  scheme {name}", f)
    for name, f in r.get("complete_by_collection", {}).items():
        print_rw_row(f"  collection {name}", f)
    print_rw_row("fragments", r["fragments"])
    for name, f in r["fragments_by_lang"].items():
        print_rw_row(f"  lang {name}", f)
    for t in r["targets"]:
        print(f"  [{t['status']}] {t['target']}: {t['detail']}")
    cv = r.get("cross_validation")
    if cv:
        print(f"  learned part, {cv['folds']}-fold cross-validation grouped by source"
              f" ({cv['groups']} sources): threshold {cv['threshold']:.6f};"
              f" rules alone recall {pct(cv['recall_rules'])} FPR {pct(cv['fpr_rules'])};"
              f" rules + learned recall {pct(cv['recall'])} FPR {pct(cv['fpr'])}")
        for group in ("by_lang", "by_scheme", "public"):
            for name, f in cv.get(group, {}).items():
                print(f"    {group[3:] if group != 'public' else 'public'} {name:<24}"
                      f" scams {f['scams']:>5} recall {pct(f['recall_rules']):>7}"
                      f" -> {pct(f['recall']):>7}; genuine {f['genuine']:>5}"
                      f" FPR {pct(f['fpr_rules']):>7} -> {pct(f['fpr']):>7}")
    if "misses" in r:
        print_examples("MISSED scams (train)", r["misses"], examples)
        print_examples("GENUINE flagged (train)", r["false_alarms"], examples)


def evaluate_realworld(root: Path, check: Callable[[str], Any] | None,
                       report: dict[str, Any]) -> None:
    for part in REALWORLD_PARTS:
        items = load_realworld(root, part)
        if not items:
            report["sets"].append({"set": f"realworld-{part}",
                                   "skipped": f"no messages in {root / part}"})
            continue
        start = time.perf_counter()
        outcomes = run_in_process(check, items) if check else run_cli_batch(items)
        seconds = time.perf_counter() - start
        cv = learned_cross_validation(items) if part == "train" else None
        report["sets"].append(summarise_realworld(part, items, outcomes, seconds, cv))


# --- main ------------------------------------------------------------------------------


def evaluate(args: argparse.Namespace) -> dict[str, Any]:
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [s for s in sets if s not in ALL_SETS]
    if unknown:
        raise SystemExit(f"unknown set(s): {', '.join(unknown)}; choose from {ALL_SETS}")
    if args.engine:
        # another checkout (e.g. `git archive <commit> | tar -x -C DIR`): its package first
        for name in [m for m in sys.modules if m == "assistant" or m.startswith("assistant.")]:
            del sys.modules[name]
        sys.path.insert(0, str(Path(args.engine).resolve()))
    check = None if args.cli else load_check(args.checker)
    if check is not None and args.engine:
        where = Path(sys.modules[check.__module__].__file__ or "").resolve()
        if Path(args.engine).resolve() not in where.parents:
            raise SystemExit(f"--engine {args.engine}: the checker came from {where}")
    mode = "in-process" if check else "cli-batch"
    if check:
        check("warm-up: rules are compiled on the first call, not timed per set")
    data = find_data_dir(args.data)
    limit = args.limit if args.limit is not None else (QUICK_LIMIT if args.quick else 0)
    report: dict[str, Any] = {"mode": mode, "data": str(data) if data else None,
                              "limit": limit or None, "sets": []}
    for name in sets:
        if name == "realworld":
            evaluate_realworld(Path(args.realworld) if args.realworld else REALWORLD_DIR,
                               check, report)
            continue
        if name in DEV_SETS:
            folder = DEVSET_DIR if name == "dev" else DEVSET_DIR / "holdout"
            items = load_devset(folder)
            if not items:
                report["sets"].append({"set": name, "skipped": f"no messages in {folder}"})
                continue
        else:
            if data is None or not data.is_dir():
                report["sets"].append({"set": name, "skipped": "data folder not found"})
                continue
            items = sample(PUBLIC_SETS[name](data), limit)
        start = time.perf_counter()
        outcomes = run_in_process(check, items) if check else run_cli_batch(items)
        seconds = time.perf_counter() - start
        if name in DEV_SETS:
            report["sets"].append(summarise_dev(items, outcomes, seconds, scenario_ids(), name))
        else:
            report["sets"].append(summarise_public(name, items, outcomes, seconds,
                                                   args.examples))
    report["targets"] = [t for r in report["sets"] for t in r.get("targets", [])]
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="folder of the public datasets (default ../shared/data)")
    parser.add_argument("--realworld", metavar="PATH",
                        help="folder holding the real-world corpus's train/ and test/"
                             f" (default {REALWORLD_DIR})")
    parser.add_argument("--sets", default=",".join(ALL_SETS),
                        help=f"comma-separated sets to run (default: {','.join(ALL_SETS)})")
    parser.add_argument("--quick", action="store_true",
                        help=f"at most {QUICK_LIMIT} messages per public set")
    parser.add_argument("--limit", type=int, help="at most this many messages per public set")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--examples", type=int, default=10,
                        help="how many example messages to print per list (0: none)")
    parser.add_argument("--cli", action="store_true",
                        help="use `python -m assistant check --batch` instead of importing")
    parser.add_argument("--checker", help="module:function to evaluate instead of the engine")
    parser.add_argument("--engine", metavar="DIR",
                        help="evaluate the checker of another checkout (an old commit) on the"
                             " current sets")
    parser.add_argument("--compare", metavar="JSON",
                        help="a saved --json run: list dev-set messages whose verdict changed")
    args = parser.parse_args(argv)
    report = evaluate(args)
    changes: list[str] = []
    if args.compare:
        previous = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        texts = {i.id: i.text for i in load_devset()}
        changes = compare(previous, report, texts)
        report["changed_since_compare"] = changes
    if args.json:
        if args.examples <= 0:
            for r in report["sets"]:
                for key in ("false_positives", "misses", "error_examples", "false_alarms"):
                    if r.get("set") not in DEV_SETS and key in r:
                        r[key] = []
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"checker: {report['mode']}; data: {report['data']}"
          + (f"; at most {report['limit']} messages per public set" if report["limit"] else ""))
    for r in report["sets"]:
        if "skipped" in r:
            print(f"\n== {r['set']}: skipped ({r['skipped']})")
        elif r["set"].startswith("realworld-"):
            print_realworld(r, args.examples)
        else:
            print_result(r, args.examples)
    if args.compare:
        print(f"\nDev-set verdicts changed since {args.compare}: {len(changes)}")
        print("\n".join(changes))
    print("\nTargets:")
    for t in report["targets"]:
        print(f"  [{t['status']}] {t['target']}: {t['detail']}")
    return 0


if __name__ == "__main__":
    run_main(main)
