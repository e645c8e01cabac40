"""The reasons a check shows: one per sign, whichever rules found it, and the parts of a
whole scheme in the message's own words.

The check page and ``check`` on the command line list the same reasons.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from assistant.core.checker.report import Finding
from assistant.core.i18n import N_, _

#: Under a reason that is a whole scheme: which words are which (``Finding.parts``).
PART_LABELS = {
    "lure": N_("The bait: {words}"),
    "action": N_("What they ask you to do: {words}"),
    "pressure": N_("How they rush or scare you: {words}"),
}
#: One quoted piece of the message inside those lines.
QUOTED = N_("“{words}”")
#: At most this many pieces of the message a part, each at most ``PIECE_WIDTH`` long.
MAX_PIECES = 3
PIECE_WIDTH = 40


def one_per_reason(findings: Iterable[Finding]) -> list[Finding]:
    """The findings most important first, those with the same explanation as one.

    A rule and a message shape can find the same sign ("asks for a code"); the user sees
    it once, and choosing it marks the words of both (and names the scheme's parts, if
    either found the whole scheme).
    """
    merged: dict[str, Finding] = {}
    for finding in sorted(findings, key=lambda f: -f.weight):
        first = merged.get(finding.explanation)
        if first is None:
            merged[finding.explanation] = finding
        else:
            spans = _union(first.spans + finding.spans)
            merged[finding.explanation] = dataclasses.replace(
                first, spans=spans, parts=first.parts or finding.parts)
    return list(merged.values())


def snippet(text: str, span: tuple[int, int], width: int = 80) -> str:
    """The words of ``text`` at ``span`` on one line, at most ``width`` characters."""
    # O(width), not O(span): a span may cover megabytes ("the rest was not checked").
    piece = text[span[0]:min(span[1], span[0] + width + 120)]
    piece = " ".join("".join(c if c.isprintable() else " " for c in piece).split())
    return piece[:width - 3] + "..." if len(piece) > width else piece


def scheme_lines(finding: Finding, text: str) -> list[str]:
    """For a whole scheme, one translated line a part: "The bait: “your parcel”", in the
    words of ``text`` (words side by side read as one piece)."""
    lines = []
    for kind, spans in finding.parts:
        # a word inside another part's words ("kazpost" in the link to follow) is said there
        others = [o for k, s in finding.parts if k != kind for o in s]
        inner = [s for s in spans
                 if not any(o[0] <= s[0] and s[1] <= o[1] and o != s for o in others)]
        pieces: list[str] = []
        for span in _phrases(text, inner):
            piece = snippet(text, span, PIECE_WIDTH)
            if piece and piece not in pieces:
                pieces.append(piece)
        if pieces and kind in PART_LABELS:
            words = ", ".join(_(QUOTED).format(words=piece) for piece in pieces[:MAX_PIECES])
            lines.append(_(PART_LABELS[kind]).format(words=words))
    return lines


def _phrases(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` joined where only spaces part them ("по" "ссылке" → "по ссылке")."""
    joined: list[tuple[int, int]] = []
    for start, end in _union(tuple(spans)):
        if joined and not text[joined[-1][1]:start].strip():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _union(spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``spans`` sorted, overlapping ones joined (so no word is marked twice)."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return tuple(joined)
