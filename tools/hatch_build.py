"""Hatch build hook: compile the gettext catalogs so the wheel ships ``.mo`` files, and
record the build date (``assistant/_data/build-info.json``, see assistant/core/freshness.py)."""

from __future__ import annotations

import datetime
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    """Compile ``translations/*/LC_MESSAGES/*.po`` before the wheel is assembled."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        root = Path(self.root)
        for po_path in sorted(root.glob("translations/*/LC_MESSAGES/*.po")):
            with po_path.open("rb") as handle:
                catalog = read_po(handle, locale=po_path.parts[-3])
            with po_path.with_suffix(".mo").open("wb") as handle:
                write_mo(handle, catalog)
        if self.target_name == "wheel" and version == "standard":  # not editable installs
            build_data["force_include"][self._build_info()] = "assistant/_data/build-info.json"

    def _build_info(self) -> str:
        """The same file as freshness.write_build_info (the build env lacks appdirs)."""
        value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        epoch = float(value) if value.isdigit() else time.time()
        day = datetime.datetime.fromtimestamp(epoch, datetime.UTC).date()
        folder = Path(tempfile.mkdtemp(prefix="assistant-build-info-"))
        path = folder / "build-info.json"
        path.write_text(json.dumps({"build_date": day.isoformat()}) + "\n", "utf-8")
        return str(path)
