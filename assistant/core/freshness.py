"""How old this copy's knowledge is: the build date, and whether to say it may be dated.

Fraud schemes change; the app learns nothing new offline. Six months after its build
date the home page says so, calmly. The build writes the date (from ``SOURCE_DATE_EPOCH``,
so builds stay reproducible) into ``build-info.json`` beside ``resources/`` in a bundle
and in a wheel; a source checkout has none and never shows the notice.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import time

from assistant.core import paths

BUILD_INFO = "build-info.json"
#: After this many months the home page says a newer version may know more.
AGE_LIMIT_MONTHS = 6


def build_info(epoch: float | None = None) -> dict[str, str]:
    """What the build writes: the date of ``SOURCE_DATE_EPOCH``, else of today (UTC)."""
    if epoch is None:
        value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        epoch = float(value) if value.isdigit() else time.time()
    day = _dt.datetime.fromtimestamp(epoch, _dt.UTC).date()
    return {"build_date": day.isoformat()}


def write_build_info(folder: os.PathLike[str] | str) -> str:
    """Write ``build-info.json`` into ``folder``; return its path."""
    path = os.path.join(folder, BUILD_INFO)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(build_info(), handle)
        handle.write("\n")
    return path


def build_date() -> _dt.date | None:
    """The date this copy was built, or ``None`` (source checkout, unreadable file)."""
    for root in paths.data_roots():
        path = root / BUILD_INFO
        if not path.is_file():
            continue
        try:
            data = json.loads(path.read_text("utf-8"))
            return _dt.date.fromisoformat(str(data["build_date"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None
    return None


def add_months(day: _dt.date, months: int) -> _dt.date:
    """``day`` plus ``months`` calendar months (31 August + 6 months = 28/29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return _dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def is_dated(built: _dt.date | None, today: _dt.date | None = None) -> bool:
    """True from ``AGE_LIMIT_MONTHS`` after the build date on (never without a date)."""
    if built is None:
        return False
    today = today or _dt.date.today()
    return today >= add_months(built, AGE_LIMIT_MONTHS)
