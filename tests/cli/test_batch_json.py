"""The ``--batch`` output is written by one reused C encoder and ``repr`` for int ids: it
must be the very text ``json.dumps(..., ensure_ascii=False, allow_nan=False)`` gives."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from assistant import batch, cli
from assistant.core import i18n
from assistant.core.checker import check


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


@pytest.mark.parametrize("value", [
    0, -7, 10**30, True, False, None, 1.5, -0.0, 1e300, "", "код \"1414\"\n\t\u2028 ₸",
    "\ud800", [], {}, [1, "a", [2.25, None]], {"a": {"b": [1, {"c": "ж"}]}, "": 0},
    {"id": 3, "score": 0.35, "spans": [[0, 4]], "parts": {"lure": [[1, 2]]}},
])
def test_the_fast_encoding_is_json_dumps(value: Any) -> None:
    assert batch._to_json(value) == _dumps(value)


def test_a_value_json_refuses_is_refused_alike() -> None:
    for value in ({"score": float("nan")}, {"x": float("inf")}, {"x": object()}):
        with pytest.raises((ValueError, TypeError)) as fast:
            batch._to_json(value)
        with pytest.raises(type(fast.value)):
            _dumps(value)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_each_answer_line_is_the_json_of_its_report(language: str) -> None:
    i18n.set_language(language)
    texts = ["Здравствуйте, это 1414. Назовите код из SMS. egov-kz.help +7 701 000 00 00",
             "Your card 4400 4301 1234 5678 is blocked, call 0870 123 4567",
             "Hi mum, see you at 5", "https://kaspi.kz", "", "Ваш код 1234. Никому не сообщайте"]
    ids: list[Any] = [1, "два", 3.5, None, [4], {"n": 5}]
    lines = "".join(_dumps({"id": i, "text": t}) + "\n" for i, t in zip(ids, texts, strict=True))
    out = io.StringIO()
    batch.run(io.BytesIO((lines * 2).encode()), out, cli._batch_answer())
    expected = [_dumps({"id": i, **cli.report_to_dict(check(t))})
                for i, t in zip(ids, texts, strict=True)] * 2
    assert out.getvalue().splitlines() == expected
