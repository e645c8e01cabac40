"""Where things live: user data (appdirs, with an override) and bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import appdirs

APP_NAME = "SafetyAssistant"
APP_AUTHOR = "SafetyAssistant"
DATA_DIR_ENV = "ASSISTANT_DATA_DIR"

_data_dir_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use ``path`` for user data instead of the platform default (``--data-dir``)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """The folder for the user's database and logs; not created here.

    Order: ``--data-dir``, then ``$ASSISTANT_DATA_DIR``, then the appdirs default.
    """
    if _data_dir_override is not None:
        return _data_dir_override
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def database_path() -> Path:
    """The SQLite file holding settings and progress."""
    return data_dir() / "assistant.db"


def _candidate_roots() -> list[Path]:
    """Folders that may hold ``resources/`` and ``translations/``, most specific first."""
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller bundle
        roots.append(Path(frozen_root))
    package_dir = Path(__file__).resolve().parent.parent
    roots.append(package_dir / "_data")  # installed wheel (force-included by hatch)
    roots.append(package_dir.parent)  # source checkout / editable install
    return roots


def data_roots() -> list[Path]:
    """Folders that may hold the app's data files (bundle, wheel, source), most specific first."""
    return _candidate_roots()


def _find(name: str) -> Path:
    for root in _candidate_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(r) for r in _candidate_roots())
    raise FileNotFoundError(f"cannot find the {name!r} folder (looked in: {searched})")


def resources_dir() -> Path:
    """The ``resources/`` folder (content TOML, icons)."""
    return _find("resources")


def content_dir() -> Path:
    """The knowledge base: ``resources/content``."""
    return resources_dir() / "content"


def locale_dir() -> Path:
    """The folder holding ``<lang>/LC_MESSAGES/assistant.mo``."""
    return _find("translations")


LICENCE_FILES = ("LICENSE", "THIRD-PARTY-NOTICES.txt")


def licence_files() -> list[Path]:
    """The app's licence and the third-party notices, wherever this copy keeps them.

    A bundle has them in its root (``sys._MEIPASS``); an installed wheel in its
    ``.dist-info/licenses``; a source checkout in the repository. Empty when none is found.
    """
    folders: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        folders.append(Path(frozen_root))
    try:
        from importlib import metadata

        dist = metadata.distribution("safety-assistant")
        for entry in dist.files or []:
            if entry.name == LICENCE_FILES[0] and entry.parent.name == "licenses":
                folders.append(Path(str(dist.locate_file(entry))).parent)
    except Exception:  # not installed, or metadata unreadable: look further
        pass
    folders.append(Path(__file__).resolve().parent.parent.parent)
    best: list[Path] = []
    for folder in folders:  # the first folder with both files; else the most complete
        found = [folder / name for name in LICENCE_FILES if (folder / name).is_file()]
        if len(found) == len(LICENCE_FILES):
            return found
        if len(found) > len(best):
            best = found
    return best
