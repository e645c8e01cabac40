"""A complete fraud message: a lure, an action and pressure, all three.

A shape is a lure and an action (or two lures), with pressure as a bonus; its weight
stops at ``max_weight`` (below ``danger``). When the families a shape found hold all
three kinds on different words (a lure, one of the strong actions of ``[settings.complete]``
in ``shape.toml``: money moved, a code told, a link, a call, details updated; and real
pressure: urgency, a threat, secrecy), the message is the whole scheme and the shape
weighs ``complete.weight``. The parts say which words are which, for the report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.core.content import ContentError

Span = tuple[int, int]
#: (kind, spans) for "lure", "action" and "pressure", in that order
Parts = tuple[tuple[str, tuple[Span, ...]], ...]
PART_KINDS = ("lure", "action", "pressure")


@dataclass(frozen=True)
class Complete:
    """``[settings.complete]``: what makes a shape whole, and what it then weighs."""

    weight: float = 0.0  # 0: the rule is off
    actions: frozenset[str] = frozenset()
    pressure: frozenset[str] = frozenset()
    #: actions that count only when the text has a stranger's link (``(-1, -1)`` among
    #: their spans): "visited the post office" is no link to follow
    with_link: frozenset[str] = frozenset()
    #: twins that keep the shape below the whole scheme ("pay on time to avoid a fine")
    unless: frozenset[str] = frozenset()


def load(settings: Mapping[str, Any], kinds: Mapping[str, str]) -> Complete:
    """The ``complete`` table of ``shape.toml``'s settings; ``kinds``: family -> kind."""
    item = settings.get("complete", {})
    for key in ("actions", "pressure", "with_link", "unless"):
        unknown = [f for f in item.get(key, ()) if f not in kinds]
        if unknown:
            raise ContentError(f"shape.toml settings.complete.{key}: unknown {unknown}")
    return Complete(weight=float(item.get("weight", 0.0)),
                    actions=frozenset(item.get("actions", ())),
                    pressure=frozenset(item.get("pressure", ())),
                    with_link=frozenset(item.get("with_link", ())),
                    unless=frozenset(item.get("unless", ())))


def weigh(rule: Complete, kinds: Mapping[str, str], present: Mapping[str, Sequence[Span]],
          families: Sequence[str], weight: float) -> tuple[float, Parts]:
    """``weight``, raised to the rule's when ``families`` (those a shape found, in
    ``present``) hold a lure, a strong action and pressure on different words."""
    if not rule.weight or weight >= rule.weight or any(f in present for f in rule.unless):
        return weight, ()
    found: dict[str, list[Span]] = {kind: [] for kind in PART_KINDS}
    for family in families:
        kind = kinds.get(family, "")
        if family in rule.with_link and (-1, -1) not in present[family]:
            continue
        if kind == "lure" or (kind == "action" and family in rule.actions) or (
                kind == "pressure" and family in rule.pressure):
            found[kind].extend(present[family][:5])
    lure, action, pressure = (set(found[k]) for k in PART_KINDS)
    # words that are two parts at once ("секретная операция") count for one only
    action -= lure
    pressure -= lure | action
    if not (lure and action and pressure):
        return weight, ()
    parts = tuple((kind, tuple(sorted(spans))) for kind, spans in
                  zip(PART_KINDS, (lure, action, pressure), strict=True))
    return rule.weight, parts


def original(parts: Parts, span: Callable[[int, int], Span],
             sites: Sequence[Span] = ()) -> Parts:
    """``parts`` with their spans in original offsets (``span`` maps a normalised one);
    a link found only as a site (no words) is shown as ``sites``, the spans (original
    offsets) of the links that are not official."""
    return tuple((kind, tuple(sorted({span(*s) for s in spans if s[0] >= 0}
                                     | (set(sites) if (-1, -1) in spans else set()))))
                 for kind, spans in parts)


__all__ = ["PART_KINDS", "Complete", "Parts", "load", "original", "weigh"]
