"""The ``check --batch`` loop: JSON Lines in, one object per line out, in order.

Each input line is read with the 12 MB limit of :mod:`assistant.core.reading`, decoded
as JSON (an id such as ``1e999`` or ``NaN`` comes back as a string: the output is
strict JSON), answered by the command line's ``answer`` (a text's report, or a
picture's), and written with the line's ``id``; a line that cannot be read or answered
gets an ``error`` field instead.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from collections.abc import Callable
from typing import Any, BinaryIO, TextIO

from assistant.core import reading

#: Set by benchmarks/speed.py: ``--batch`` then writes ``batch-cpu LINES SECONDS`` to
#: stderr, the CPU time of every line after the first (whose check builds the rules), so
#: the figure leaves start-up out without subtracting a second, equally noisy, run.
TIMING_ENV = "ASSISTANT_BATCH_TIMING"

Answer = Callable[[dict[str, Any]], dict[str, Any]]


def _finite_or_text(number: str) -> float | str:
    """A JSON number, or its own text when it is not finite (``1e999``): strict JSON out."""
    value = float(number)
    return value if math.isfinite(value) else number


# One decoder and one encoder for the whole batch: json.loads/dumps with options build a
# new one for every line.
_DECODER = json.JSONDecoder(parse_constant=str, parse_float=_finite_or_text)
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
# ``_ENCODER.encode`` makes its C encoder anew for each object and records every list and
# dict it enters, to refuse a circular one: a third of the cost of an answer's object.
# An answer is built of fresh lists and dicts, never circular, so this one encoder serves
# the whole batch, with the same output (the standard library's, when it has no C one).
_MAKE_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_C_ENCODER = _MAKE_ENCODER and _MAKE_ENCODER(
    None, _ENCODER.default, json.encoder.encode_basestring, None,
    _ENCODER.key_separator, _ENCODER.item_separator, False, False, False)


def _to_json(value: Any) -> str:
    """``_ENCODER.encode(value)``, faster for an answer's object and a line's ``id``."""
    kind = type(value)
    if kind is dict and _C_ENCODER is not None:
        return "".join(_C_ENCODER(value, 0))
    if kind is int:  # most ids: json writes an int as repr does
        return int.__repr__(value)
    return _ENCODER.encode(value)


def run(stdin: BinaryIO, stdout: TextIO, answer: Answer) -> None:
    """Answer every line of ``stdin`` on ``stdout``.

    ``answer`` may hand out the same object for many lines (an answer with nothing in
    it): such an object is encoded once, and kept while it may come again."""
    started = time.process_time()
    number = 0
    encoded: dict[int, tuple[dict[str, Any], str]] = {}
    for number, line in enumerate(reading.read_lines(stdin), start=1):
        _line(number, line, stdout, answer, encoded)
        if number == 1:
            started = time.process_time()
    if os.environ.get(TIMING_ENV):
        print(f"batch-cpu {max(0, number - 1)} {time.process_time() - started:.6f}",
              file=sys.stderr)


def _encode(result: dict[str, Any], encoded: dict[int, tuple[dict[str, Any], str]]) -> str:
    """The JSON text of ``result``, from ``encoded`` when it is an object seen before (kept
    there with its text, so that no other object can take its id while it is)."""
    known = encoded.get(id(result))
    if known is not None and known[0] is result:
        return known[1]
    if len(encoded) >= 64:
        encoded.clear()
    text = _to_json(result)
    encoded[id(result)] = (result, text)
    return text


def _line(number: int, line: bytes | reading.ReadError, stdout: TextIO,
          answer: Answer, encoded: dict[int, tuple[dict[str, Any], str]]) -> None:
    """Answer one line and write its object (nothing for an empty line)."""
    if isinstance(line, reading.ReadError):
        out: dict[str, Any] = {"id": None, "line": number,
                               "error": "the line is longer than 12 MB"}
        stdout.write(_ENCODER.encode(out) + "\n")
        return
    if not line.strip():
        return
    item: Any = None
    try:
        item = _DECODER.decode(line.decode("utf-8", errors="replace"))
        if not isinstance(item, dict):
            raise ValueError("each line must be an object with a string 'text' or 'image'")
        result = answer(item)
    except (ValueError, RecursionError) as exc:
        ident = item.get("id") if isinstance(item, dict) else None
        out = {"id": ident, "line": number, "error": str(exc)}
        stdout.write(_ENCODER.encode(out) + "\n")
        return
    if not result or "id" in result:
        stdout.write(_to_json({"id": item.get("id"), **result}) + "\n")
        return
    # {"id": ..., then the answer's own fields}, as one object of both would be written
    stdout.write(f'{{"id": {_to_json(item.get("id"))}, {_encode(result, encoded)[1:]}\n')
