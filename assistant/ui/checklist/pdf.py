"""The incident report as a PDF or on paper, with Qt's own text layout and printing.

The document is built with QTextCursor.insertText only: every string, the user's notes
included, is plain text and can never be read as HTML.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from assistant.core.checklist import IncidentReport
from assistant.core.i18n import _
from assistant.ui.pdf_writer import save_pdf

BODY_PT = 11.0


def _char(size: float, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return fmt


def _block(top: float = 0.0, indent: int = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setIndent(indent)
    return fmt


def build_document(report: IncidentReport) -> QTextDocument:
    """The report laid out for A4 paper, as plain text with a few headings."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setIndentWidth(18)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.title)
    cursor = QTextCursor(doc)
    body, bold = _char(BODY_PT), _char(BODY_PT, bold=True)

    def line(text: str, fmt: QTextCharFormat = body, top: float = 0.0, indent: int = 0,
             first: bool = False) -> None:
        if not first:
            cursor.insertBlock(_block(top, indent))
        else:
            cursor.setBlockFormat(_block(top, indent))
        cursor.insertText(text, fmt)

    line(report.title, _char(18, bold=True), first=True)
    line(report.created, top=8)
    line(report.printed)
    if report.closed:
        line(report.closed)
    line(report.details_heading, _char(14, bold=True), top=14)
    for detail in report.details:
        line(f"{detail.label}:", bold, top=4)
        line(detail.value, indent=1)
    line(report.answers_heading, _char(14, bold=True), top=14)
    for answer in report.answers:
        line(f"• {answer}", indent=1)
    for heading, steps, empty in ((report.done_heading, report.done, report.no_done),
                                  (report.todo_heading, report.todo, report.no_todo)):
        line(heading, _char(14, bold=True), top=14)
        for step in steps:
            line(f"{step.number}. {step.title}", bold, top=6)
            line(step.status, indent=1)
            if step.note:
                line(step.note, indent=1)
        if not steps:
            line(empty, indent=1)
    line(report.contacts_heading, _char(14, bold=True), top=14)
    if report.contacts:
        for contact in report.contacts:
            parts = [contact.when, contact.who] + ([contact.reference] if contact.reference
                                                   else [])
            line("• " + " — ".join(parts), indent=1)
    else:
        line(report.no_contacts, indent=1)
    line(report.footer, _char(9), top=18)
    return doc


def write_pdf(report: IncidentReport, path: Path) -> None:
    """Save the report at ``path`` as an A4 PDF, whole or not at all.

    Raises:
        NotSaved: with the reason in plain words (a full disk, a folder that cannot be
            written to, a file that came out incomplete).
    """
    save_pdf(build_document(report), report.title, path)


def suggested_path(file_name: str) -> Path:
    """Where to offer saving: the Documents folder, the report's name (in its language)."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(folder) / file_name


def ask_pdf_path(parent: QWidget, suggested: Path, title: str) -> Path | None:
    """Ask where to save a PDF under ``title``; None if the user cancels."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), _("PDF files (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save the report (replaced in tests); None if the user cancels."""
    return ask_pdf_path(parent, suggested, _("Save the report as PDF"))


def print_report(parent: QWidget, report: IncidentReport) -> bool:
    """Print on paper through the system's print dialog; False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    build_document(report).print_(printer)
    return True
