"""Where user data and resources are found."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.core import paths


def test_env_override_and_flag_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    paths.set_data_dir(tmp_path / "flag")
    assert paths.data_dir() == tmp_path / "flag"
    assert paths.database_path() == tmp_path / "flag" / "assistant.db"


def test_default_is_the_appdirs_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    assert paths.data_dir().name == paths.APP_NAME


def test_resources_found_from_source() -> None:
    assert (paths.content_dir() / "scenarios.toml").is_file()
    assert (paths.locale_dir() / "kk" / "LC_MESSAGES").is_dir()


def test_frozen_bundle_root_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "content").mkdir(parents=True)
    (tmp_path / "translations").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.locale_dir() == tmp_path / "translations"
