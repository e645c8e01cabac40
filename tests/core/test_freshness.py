"""The build date and when the knowledge counts as possibly dated."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

from assistant.core import freshness


@pytest.mark.parametrize(("built", "months", "expected"), [
    (dt.date(2026, 1, 15), 6, dt.date(2026, 7, 15)),
    (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
    (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),
    (dt.date(2026, 12, 7), 6, dt.date(2027, 6, 7)),
])
def test_add_months(built: dt.date, months: int, expected: dt.date) -> None:
    assert freshness.add_months(built, months) == expected


def test_dated_from_six_months_after_the_build_on() -> None:
    built = dt.date(2026, 6, 1)
    assert not freshness.is_dated(built, dt.date(2026, 6, 1))
    assert not freshness.is_dated(built, dt.date(2026, 11, 30))
    assert freshness.is_dated(built, dt.date(2026, 12, 1))
    assert freshness.is_dated(built, dt.date(2030, 1, 1))
    assert not freshness.is_dated(None, dt.date(2030, 1, 1))


def test_build_info_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    path = freshness.write_build_info(tmp_path)
    assert json.loads(Path(path).read_text("utf-8")) == {"build_date": "2026-01-01"}
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert freshness.build_info()["build_date"] == dt.datetime.now(dt.UTC).date().isoformat()


def test_build_date_is_read_from_a_bundle(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert freshness.build_date() is None  # nothing written: no notice, no error
    (tmp_path / freshness.BUILD_INFO).write_text('{"build_date": "2026-03-04"}')
    assert freshness.build_date() == dt.date(2026, 3, 4)
    (tmp_path / freshness.BUILD_INFO).write_text("not json")
    assert freshness.build_date() is None


def test_a_source_checkout_has_no_build_date() -> None:
    assert freshness.build_date() is None
