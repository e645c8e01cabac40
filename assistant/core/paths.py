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
