"""The PDF writer: whole files only, mode 0600, "not saved" with the reason."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from assistant.core.writing import NotSaved, write_private_file
from assistant.ui.pdf_writer import save_pdf


def long_document() -> QTextDocument:
    document = QTextDocument()
    document.setPlainText("\n".join(f"Line {n}: the bank's reference 12345-{n}"
                                    for n in range(3000)))
    return document


def test_a_saved_pdf_is_whole_and_private(qtbot, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    save_pdf(long_document(), "Report", target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_an_incomplete_file_is_refused_before_it_replaces_anything(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")
    with pytest.raises(NotSaved) as info:
        write_private_file(target, b"%PDF-1.4 cut short", ending=b"%%EOF")
    assert info.value.reason == "The file came out incomplete."
    assert target.read_bytes() == b"the old report"


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_gives_not_saved_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")
    code = textwrap.dedent(f"""
        import resource, signal
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        app = QApplication(["x", "-platform", "offscreen"])
        from PySide6.QtGui import QTextDocument
        from assistant.ui.pdf_writer import NotSaved, save_pdf
        document = QTextDocument()
        document.setPlainText("\\n".join(f"Line {{n}}: reference 12345-{{n}}"
                                        for n in range(3000)))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))  # the disk is "full"
        try:
            save_pdf(document, "Report", Path({str(target)!r}))
        except NotSaved as failure:
            print("NOT SAVED:", failure.reason)
        else:
            print("SAVED")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "NOT SAVED: The disk is full."
    assert target.read_bytes() == b"the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
