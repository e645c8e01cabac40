"""Write the Linux menu entry and AppStream metainfo, translated from the gettext catalogs.

``python -m tools.desktop_entry OUTDIR [--exec COMMAND]`` fills the templates in
``packaging/linux/`` with the kk and ru translations of the strings in
``assistant/core/appinfo.py``; with ``--share`` it lays out OUTDIR like ``/usr/share``
(``applications/``, ``metainfo/``, ``icons/hicolor/``) with the icons too. Every
translatable text of a template must be one of those msgids, so the menu entry can never
show a string the translators were not given.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

from babel.messages.pofile import read_po

from assistant import APP_ID, __version__
from assistant.core import appinfo
from assistant.core.i18n import TRANSLATED_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "packaging" / "linux"
ICON_SVG = ROOT / "resources" / "icons" / "safety-assistant.svg"
ICON_PNGS = ROOT / "packaging" / "icons" / "png"
TRANSLATIONS = ROOT / "translations"
LANGS = TRANSLATED_LANGUAGES
DESKTOP_KEYS = {
    "Name": appinfo.NAME,
    "GenericName": appinfo.GENERIC_NAME,
    "Comment": appinfo.COMMENT,
    "Keywords": appinfo.KEYWORDS,
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MSGIDS = frozenset([*DESKTOP_KEYS.values(), *appinfo.DESCRIPTION])

Translations = Mapping[str, Mapping[str, str]]  # lang -> msgid -> msgstr


def load_translations(translations_dir: Path = TRANSLATIONS) -> dict[str, dict[str, str]]:
    """The finished (non-empty, non-fuzzy) translations of the app-info strings per language."""
    result: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        po = translations_dir / lang / "LC_MESSAGES" / "assistant.po"
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        found: dict[str, str] = {}
        for msgid in MSGIDS:
            message = catalog.get(msgid)
            if message is not None and message.string and not message.fuzzy:
                found[msgid] = str(message.string)
        result[lang] = found
    return result


def _one_line(text: str) -> str:
    """Desktop-entry values are single lines; catalogs may wrap."""
    return " ".join(text.split())


def desktop_entry(translations: Translations, exec_command: str | None = None) -> str:
    """The ``.desktop`` file: the template with ``Key[lang]=`` lines after each key."""
    template = (TEMPLATES / f"{APP_ID}.desktop.in").read_text(encoding="utf-8")
    lines: list[str] = []
    for line in template.splitlines():
        if line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if sep and key == "Exec" and exec_command:
            line = f"Exec={exec_command}"
        lines.append(line)
        if not sep or key not in DESKTOP_KEYS:
            continue
        if value != DESKTOP_KEYS[key]:
            raise ValueError(f"{key}= in the template is not the msgid in appinfo.py: {value!r}")
        for lang in LANGS:
            translated = translations.get(lang, {}).get(value)
            if translated:
                lines.append(f"{key}[{lang}]={_one_line(translated)}")
    return "\n".join(lines) + "\n"


def metainfo(translations: Translations) -> str:
    """The AppStream metainfo: name, summary and paragraphs followed by their translations."""
    text = (TEMPLATES / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    root = ET.fromstring(text.replace("@VERSION@", __version__))
    description = root.find("description")
    assert description is not None
    for parent, tag in ((root, "name"), (root, "summary"), (description, "p")):
        for element in list(parent.findall(tag)):
            msgid = _one_line(element.text or "")
            if msgid not in MSGIDS:
                raise ValueError(f"<{tag}> in the template is not a msgid in appinfo.py: "
                                 f"{msgid!r}")
            position = list(parent).index(element)
            for offset, lang in enumerate(LANGS, start=1):
                translated = translations.get(lang, {}).get(msgid)
                if translated:
                    copy = ET.Element(tag, {XML_LANG: lang})
                    copy.text = _one_line(translated)
                    copy.tail = element.tail
                    parent.insert(position + offset, copy)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") \
        + "\n"


def write(outdir: Path, exec_command: str | None = None,
          translations_dir: Path = TRANSLATIONS) -> list[Path]:
    """Write both files into ``outdir``; return their paths."""
    translations = load_translations(translations_dir)
    outdir.mkdir(parents=True, exist_ok=True)
    desktop = outdir / f"{APP_ID}.desktop"
    desktop.write_text(desktop_entry(translations, exec_command), encoding="utf-8")
    meta = outdir / f"{APP_ID}.metainfo.xml"
    meta.write_text(metainfo(translations), encoding="utf-8")
    return [desktop, meta]


INNO_MESSAGES = {"AppName": appinfo.NAME, "AppComment": appinfo.COMMENT}
INNO_FILE = ROOT / "packaging" / "windows" / "messages.iss"


def inno_messages(translations: Translations) -> str:
    """``[CustomMessages]`` of the Windows installer in en, kk and ru, from the catalogs."""
    lines = [
        "; The app's name and comment for the Windows installer, from the gettext catalogs.",
        "; Generated by `python -m tools.desktop_entry --inno packaging/windows/messages.iss`;",
        "; do not edit (tests/system/test_packaging.py checks that it is up to date).",
        "[CustomMessages]",
    ]
    for key, msgid in INNO_MESSAGES.items():
        lines.append(f"en.{key}={msgid}")
        for lang in LANGS:
            # Every language needs its own line; English stands in until it is translated.
            translated = translations.get(lang, {}).get(msgid) or msgid
            lines.append(f"{lang}.{key}={_one_line(translated)}")
    return "\n".join(lines) + "\n"


def write_share(share: Path, exec_command: str | None = None) -> list[Path]:
    """Lay out ``share`` like ``/usr/share``: menu entry, metainfo and hicolor icons."""
    desktop, meta = write(share / "applications", exec_command)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    meta = Path(shutil.move(meta, share / "metainfo" / meta.name))
    written = [desktop, meta]
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    written.append(Path(shutil.copyfile(ICON_SVG, scalable)))
    for png in sorted(ICON_PNGS.glob("*/safety-assistant.png")):
        target = share / "icons" / "hicolor" / png.parent.name / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        written.append(Path(shutil.copyfile(png, target)))
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m tools.desktop_entry OUTDIR [--share] [--exec COMMAND]``.

    Or ``python -m tools.desktop_entry --inno FILE`` for the Windows installer's messages.
    """
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("outdir", type=Path, nargs="?")
    parser.add_argument("--share", action="store_true",
                        help="lay out OUTDIR like /usr/share, icons included")
    parser.add_argument("--exec", dest="exec_command",
                        help="the Exec= line (default: the template's 'safety-assistant')")
    parser.add_argument("--inno", type=Path, metavar="FILE",
                        help="write the Windows installer's messages to FILE instead")
    args = parser.parse_args(argv)
    if args.inno:
        # UTF-8 with a BOM: read as Unicode by every Inno Setup 6 release.
        args.inno.write_text(inno_messages(load_translations()), encoding="utf-8-sig")
        print(args.inno)
        return 0
    if args.outdir is None:
        parser.error("OUTDIR is needed (or --inno FILE)")
    writer = write_share if args.share else write
    for path in writer(args.outdir, args.exec_command):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
