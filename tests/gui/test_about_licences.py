"""The About page names the licences and shows where their full texts are."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from assistant.core import i18n, paths

ROOT = Path(__file__).resolve().parents[2]


def test_about_page_names_the_licences_and_their_files(make_window, qtbot) -> None:
    window = make_window(language="en")
    qtbot.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    about = window.current_page()
    assert about.licences_heading.text() == "Licences"
    assert "GNU General Public License, version 3 or later" in about.licences_text.text()
    assert "Lesser General Public License" in about.licences_text.text()
    shown = about.licences_files.text().splitlines()
    assert [Path(line).name for line in shown] == ["LICENSE", "THIRD-PARTY-NOTICES.txt"]
    assert all(Path(line).is_file() for line in shown)
    i18n.set_language("kk")
    assert about.licences_heading.text() == "Лицензиялар"
    assert about.licences_files.text().splitlines() == shown  # paths are not translated


def test_licence_files_are_found_in_a_bundle_first(tmp_path, monkeypatch) -> None:
    for name in paths.LICENCE_FILES:
        (tmp_path / name).write_text("text")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.licence_files() == [tmp_path / name for name in paths.LICENCE_FILES]


def test_licence_files_in_the_source_tree_are_the_committed_ones() -> None:
    found = paths.licence_files()
    assert [p.name for p in found] == list(paths.LICENCE_FILES)
    assert found[0].read_text("utf-8").startswith("                    GNU GENERAL PUBLIC LICENSE")
    assert found[0].read_bytes() == (ROOT / "LICENSE").read_bytes()
