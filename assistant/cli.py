"""Command-line checker: ``python -m assistant check`` (no Qt).

Usage::

    python -m assistant check "TEXT"          # a human verdict
    python -m assistant check --lang kk --file message.txt
    echo "TEXT" | python -m assistant check -  # stdin (also with no text at all)
    python -m assistant check --json "TEXT"   # one JSON object
    python -m assistant check --batch < in.jsonl > out.jsonl
    python -m assistant check -- "-text that starts with a dash"
    python -m assistant check --image screenshot.png   # a picture: its text and QR codes

``--batch`` reads JSON Lines ``{"id": ..., "text": ...}`` (a UTF-8 byte-order mark
before the first line is fine) and writes one object per line, in the same order, with
the same ``id`` and the fields of ``--json``; a line that cannot be read gets an
``error`` field instead; a ``{"id": ..., "image": PATH}`` line reads the picture, like
``--image``. Output is strict JSON: an id such as ``1e999`` or ``NaN``
comes back as a string. ``--`` ends the options, so a message may start with ``-``.
Input is read through :mod:`assistant.core.reading`: ``--file`` takes regular files
only (a device or a FIFO is refused at once), ``.eml`` files are read as the window
reads them, and every input (each batch line too) is limited to 12 MB.
``--image PATH`` reads the words and the QR codes of a picture (offline, through
:mod:`assistant.core.ocr`, which reads the file with its own byte limit and refuses more
than 40 megapixels before decoding) and checks them; with ``--json`` the object also has
``"text"`` (what was checked: the words read, then each QR code's payload on a line of
its own; the spans point into it) and ``"qr"`` (the payloads).
Exit status: 0 whatever the verdicts, 1 when the output cannot be written (a full
disk), 2 on a usage error (bad option, unreadable or refused input). A closed pipe
(``| head``) is not an error.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from assistant.core import i18n, reading
from assistant.core.checker.guidance import Guidance, guidance, link_words, phone_words
from assistant.core.checker.report import Finding, Report, Verdict
from assistant.core.i18n import N_, _

VERDICT_TITLES = {
    Verdict.DANGER: N_("Danger: this message shows clear signs of fraud."),
    Verdict.SUSPICIOUS: N_("Suspicious: this message shows some signs of fraud."),
    Verdict.NO_SIGNS: N_("No known signs of fraud were found."),
    Verdict.CANNOT_TELL: N_("Cannot tell: a number or a link alone says nothing about who "
                            "owns it."),
}
NOTES_HEADING = N_("Also in the message (not signs of fraud by themselves)")
GENUINE_HEADING = N_("Why it looks genuine")
NO_SIGNS_NOTE = N_("This does not mean that the message is safe. These rules always apply:")
WHAT_TO_DO = N_("What to do now")
NUMBERS_HEADING = N_("Official numbers")
LINK_LABEL = N_("Link:")
PHONE_LABEL = N_("Number:")


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse would exit; we return 2 ourselves
        raise _UsageError(message)


def _system_language() -> str:
    """kk or ru when the system locale says so, else en (see i18n.system_language)."""
    return i18n.system_language()


def _parser() -> _Parser:
    parser = _Parser(prog="python -m assistant check",
                     description="Check a message for signs of fraud (offline).",
                     epilog="Put -- before a message that starts with '-': "
                            "python -m assistant check -- \"-50% for you\"")
    parser.add_argument("text", nargs="*", help="the message; '-' or nothing reads stdin")
    parser.add_argument("--lang", choices=list(i18n.LANGUAGES), default=_system_language(),
                        help="language of the explanations (kk, ru, en; default: the "
                             "system's language if it is one of them, else en)")
    parser.add_argument("--file", metavar="PATH", help="read the message from a file")
    parser.add_argument("--image", metavar="PATH",
                        help="read the message from a picture (PNG, JPEG, WebP, BMP): its "
                             "words and QR codes")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--batch", action="store_true",
                        help="JSON Lines in on stdin, JSON Lines out")
    return parser


def _guidance(report: Report) -> Guidance:
    from assistant.core import content

    return guidance(report, content.default())


def report_to_dict(report: Report) -> dict[str, Any]:
    """The JSON shape of a report, with explanations in the current language; the check
    page's "What to do now" as ``what_to_do`` and ``numbers``."""
    from assistant.core import content

    advice = _guidance(report)

    def finding(f: Finding) -> dict[str, Any]:
        return {"rule": f.rule, "scenario": f.scenario,
                "spans": [list(span) for span in f.spans],
                "explanation": _(f.explanation), "advice": _(f.advice),
                # a whole scheme: which words are the lure, the action and the pressure
                "parts": {kind: [list(span) for span in spans] for kind, spans in f.parts}}

    return {
        "verdict": report.verdict.value,
        "score": report.score,
        "summary": advice.summary,
        "findings": [finding(f) for f in report.findings],  # signs only
        "notes": [finding(f) for f in report.notes],  # neutral notes
        "looks_genuine": list(advice.looks_genuine),
        "links": [
            {
                "text": link.text,
                "span": list(link.span),
                "url": link.defanged(),
                "host": link.host,
                "registrable_domain": link.registrable_domain,
                "official": link.official,
                "lookalike_of": link.lookalike_of,
                "reasons": [_(r) for r in link.reasons],
                "in_words": link_words(link, content.default()),
            }
            for link in report.links
        ],
        "phones": [
            {
                "text": phone.text,
                "span": list(phone.span),
                "normalized": phone.normalized,
                "official": phone.official,
                "costly_short_number": phone.costly_short_number,
                "reasons": [_(r) for r in phone.reasons],
                "in_words": phone_words(phone, content.default()),
            }
            for phone in report.phones
        ],
        "what_to_do": list(advice.steps),
        "numbers": [{"id": n.id, "number": n.number, "name": _(n.name)}
                    for n in advice.numbers],
        "already_did_this": list(advice.emergency_scenarios),
    }


def format_human(text: str, report: Report) -> str:
    """The verdict, each sign with the words that show it, and what to do (the same steps
    and numbers as the check page)."""
    from assistant.core import content
    from assistant.core.reasons import one_per_reason, scheme_lines, snippet

    advice = _guidance(report)
    lines = [_(VERDICT_TITLES[report.verdict]), advice.summary, ""]
    for finding in one_per_reason(report.findings):
        lines.append(f"* {_(finding.explanation)}")
        # a whole scheme names its words part by part; any other sign lists them
        parts = scheme_lines(finding, text)
        words = ", ".join(f"«{snippet(text, span)}»" for span in finding.spans[:3])
        lines.extend([f"  - {line}" for line in parts] or ([f"  {words}"] if words else []))
    if report.findings:
        lines.append("")
    for heading, items in ((GENUINE_HEADING, list(advice.looks_genuine)),
                           (NOTES_HEADING, [_(f.explanation) for f in report.notes])):
        if items:
            lines.extend([_(heading), *(f"- {item}" for item in items), ""])
    for link in report.links:
        reasons = "; ".join(_(reason).rstrip(".") for reason in link.reasons)
        lines.append(f"{_(LINK_LABEL)} {link_words(link, content.default())}"
                     + (f" ({reasons})" if reasons else ""))
    for phone in report.phones:
        lines.append(f"{_(PHONE_LABEL)} {phone_words(phone, content.default())}")
    if report.links or report.phones:
        lines.append("")
    lines.extend(_what_to_do(report))
    return "\n".join(lines)


def _what_to_do(report: Report) -> list[str]:
    advice = _guidance(report)
    lines = [_(NO_SIGNS_NOTE) if report.verdict in (Verdict.NO_SIGNS, Verdict.CANNOT_TELL)
             else _(WHAT_TO_DO)]
    lines.extend(_("{number}. {step}").format(number=number, step=step)
                 for number, step in enumerate(advice.steps, start=1))
    if advice.numbers:
        lines.extend(["", _(NUMBERS_HEADING)])
        lines.extend(f"- {n.number}: {_(n.name)}" for n in advice.numbers)
    return lines


def _check(text: str) -> Report:
    from assistant.core.checker import check

    return check(text)


def _batch_answer() -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The answer to one ``--batch`` line (``batch.run`` reads, limits and writes them).

    A report with nothing in it (no sign, note, link or number: most lines) has the
    object of every other such report with its verdict and score: that object is made
    once and handed out again, the same object, which ``batch.run`` encodes once.
    """
    from assistant.core.checker.engine import check  # once, not an import a line

    plain: dict[tuple[object, ...], dict[str, Any]] = {}

    def answer(item: dict[str, Any]) -> dict[str, Any]:
        if isinstance(item.get("image"), str):
            return _image_result(item["image"])[1]
        if not isinstance(item.get("text"), str):
            raise ValueError("each line must be an object with a string 'text' or 'image'")
        report = check(item["text"])
        if report.findings or report.notes or report.links or report.phones:
            return report_to_dict(report)
        key = (report.verdict, report.score, report.genuine, report.always_ids, report.always)
        known = plain.get(key)
        if known is None:
            if len(plain) >= 64:
                plain.clear()
            known = plain[key] = report_to_dict(report)
        return known

    return answer


def _refused(name: str, error: reading.ReadError) -> _UsageError:
    return _UsageError(f"{name}: {reading.describe(error)}")


def _read_file(name: str) -> str:
    from assistant.core.message_files import notice_text, parse_email

    try:
        data = reading.read_file(name)
    except reading.ReadError as error:
        if error.reason == "read":
            raise _UsageError(f"cannot read {name}: {error.detail}") from error
        raise _refused(name, error) from error
    if Path(name).suffix.lower() == ".eml":  # as the window reads a dropped e-mail
        message = parse_email(data)
        if message.notice:
            print(notice_text(message.notice), file=sys.stderr)
        return message.text
    return reading.decode_text(data)


def _read_stdin(stdin: TextIO) -> str:
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:  # a test's StringIO
        return stdin.read(reading.MAX_MESSAGE_BYTES)
    try:
        info = os.fstat(buffer.fileno())
    except (OSError, ValueError):
        info = None
    if (info is not None and stat.S_ISCHR(info.st_mode)
            and not os.isatty(buffer.fileno())):  # < /dev/zero, < /dev/urandom
        raise _refused("stdin", reading.ReadError("special"))
    try:
        return reading.decode_text(reading.read_stream(buffer))
    except reading.ReadError as error:
        raise _refused("stdin", error) from error


def _image_result(path: str) -> tuple[str, dict[str, Any]]:
    """Read the picture at ``path`` and check it: (human text, JSON object).

    A picture that cannot be read gives the plain reason, as ``error`` in the object.
    """
    from assistant.core import ocr

    try:
        picture = ocr.read_picture(path, i18n.current_language())
    except ocr.ImageError as error:
        return ocr.describe(error), {"error": ocr.describe(error)}
    message = picture.message()
    report = _check(message)
    result = report_to_dict(report)
    result.update({"text": message, "qr": list(picture.qr)})
    lines = [_("Read from a picture: check that the words are right."), "",
             message or _("No words were found in this picture."), ""]
    lines.extend(ocr.describe_codes(picture.qr))
    if picture.qr:
        lines.append("")
    return "\n".join(lines) + format_human(message, report), result


def _read_input(args: argparse.Namespace, stdin: TextIO) -> str:
    if args.file:
        if args.text:
            raise _UsageError("give either TEXT or --file, not both")
        return _read_file(args.file)
    if not args.text or args.text == ["-"]:
        return _read_stdin(stdin)
    return " ".join(args.text)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``safety-assistant-cli`` and ``python -m assistant check``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["check"]:  # "safety-assistant-cli check ..." works too
        argv = argv[1:]
    for stream in (sys.stdin, sys.stdout):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    try:
        status = _run(argv)
        sys.stdout.flush()  # a full disk shows here, not in the interpreter's exit
        return status
    except BrokenPipeError:  # "| head": the reader left; that is not an error
        _silence_stdout()
        return 0
    except OSError as exc:  # a full disk, a quota, an I/O error: one line, status 1
        _silence_stdout()
        reason = exc.strerror or str(exc)
        print(f"python -m assistant check: error: cannot write the output: {reason}",
              file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _run(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
        if args.batch and (args.text or args.file or args.json or args.image):
            raise _UsageError("--batch reads stdin only; it takes no TEXT, --file, --image "
                              "or --json")
        if args.image and (args.text or args.file):
            raise _UsageError("give either TEXT, --file or --image, not two of them")
        i18n.set_language(args.lang)
        if args.image:
            human, result = _image_result(args.image)
            failed = "error" in result
            print(json.dumps(result, ensure_ascii=False) if args.json else human,
                  file=sys.stderr if failed and not args.json else sys.stdout)
            return 2 if failed else 0
        if args.batch:
            from assistant import batch

            batch.run(sys.stdin.buffer, sys.stdout, _batch_answer())
            return 0
        text = _read_input(args, sys.stdin)
    except _UsageError as exc:
        print(f"python -m assistant check: error: {exc}", file=sys.stderr)
        return 2
    report = _check(text)
    if args.json:
        print(json.dumps(report_to_dict(report), ensure_ascii=False))
    else:
        print(format_human(text, report))
    return 0
