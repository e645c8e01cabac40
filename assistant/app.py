"""Start the app: parse the command line, open the user's data, show the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

from assistant import __version__
from assistant.core import i18n, paths

SMOKE_TIMEOUT_MS = 20_000
#: Modules ``run_gui`` imports before PySide6; they must not import Qt themselves.
QT_FREE_AT_START = ("assistant.core.settings", "assistant.core.storage", "assistant.ui.errors",
                    "assistant.ui.context")


def build_parser() -> argparse.ArgumentParser:
    """The command line of the window app (``check`` is handled by :mod:`assistant.cli`)."""
    parser = argparse.ArgumentParser(
        prog="safety-assistant",
        description="Safety Assistant: check messages for signs of fraud, train, recover. "
                    "Use 'safety-assistant check --help' for the command-line checker.",
    )
    parser.add_argument("--lang", choices=[*i18n.LANGUAGES, i18n.PSEUDO],
                        help=f"language of the window ({', '.join(i18n.LANGUAGES)}; "
                             f"'{i18n.PSEUDO}' for layout tests)")
    parser.add_argument("--data-dir", metavar="PATH",
                        help=f"keep user data in PATH (also ${paths.DATA_DIR_ENV})")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, show the main window, wait for its first paint, exit 0")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``safety-assistant`` and ``python -m assistant``."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "check":
        from assistant import cli

        return cli.main(args_list[1:])
    args = build_parser().parse_args(args_list)
    if missing_display():
        print(no_display_message(args.lang), file=sys.stderr)
        return 1
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    try:
        return run_gui(lang=args.lang, smoke_test=args.smoke_test)
    except Exception:
        import traceback

        traceback.print_exc()
        return 1


def missing_display(environ: Mapping[str, str] | None = None,
                    platform: str = sys.platform) -> bool:
    """On Linux: no X server, no Wayland compositor and no Qt platform chosen.

    Qt would then abort with a core dump and a misleading hint about xcb libraries.
    Windows and macOS always have a display.
    """
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def no_display_message(lang: str | None = None) -> str:
    """What is missing and what works instead, in ``lang`` or the system's language."""
    from assistant.core.i18n import _

    chosen = lang if lang in i18n.LANGUAGES else i18n.system_language()
    i18n.set_language(chosen)
    return "\n".join([
        _("Safety Assistant cannot open its window: no screen was found "
          "(neither DISPLAY nor WAYLAND_DISPLAY is set)."),
        _("Start it from your desktop. Without a screen you can check a message "
          "in the terminal:"),
        '    safety-assistant check "' + _("message text") + '"',
    ])


def _declare_modules_to_pyside() -> None:
    """Spare PySide6 reading the whole source file of each of our modules as it is imported.

    Once loaded, PySide6 hooks every import: for a module it has not seen it reads the
    module's source (``inspect.getsource``) to learn whether the module may use its
    ``__feature__`` switches (snake_case, true_property), and records the answer in a
    table: 0, "uses PySide6 without switches", or -1, "ignore". No module of ours uses
    the switches, so 0 is right for every one of them (for a module that never touches
    Qt the two answers behave the same). Recorded up front they are not read again:
    about 10 ms before the first paint. Where PySide6 has no such table (a later
    version, a frozen build without sources), nothing is done.
    """
    table = getattr(sys.modules.get("__feature__"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    package = os.path.dirname(os.path.abspath(__file__))

    def walk(folder: str, prefix: str) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        for entry in entries:
            if entry.name.endswith(".py"):
                name = entry.name[:-3]
                table.setdefault(prefix[:-1] if name == "__init__" else prefix + name, 0)
            elif entry.is_dir() and not entry.name.startswith(("_", ".")):
                walk(entry.path, f"{prefix}{entry.name}.")

    walk(package, "assistant.")


def run_gui(lang: str | None = None, smoke_test: bool = False) -> int:
    """Create the application and the window; run the event loop."""
    # Qt-free modules first (QT_FREE_AT_START): once PySide6 is loaded, every later import
    # also passes through its import hook, which reads the module's source file.
    from assistant.core.settings import Settings
    from assistant.core.storage import Storage
    from assistant.ui import errors
    from assistant.ui.context import AppContext

    # isort: split
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    _declare_modules_to_pyside()
    from assistant.ui import theme, widgets
    from assistant.ui.mainwindow import MainWindow
    from assistant.ui.qt_i18n import LanguageBridge

    existing = QApplication.instance()
    # The palettes are made for Fusion. Asked for on the command line, Qt picks it while
    # it starts; any Python call that returns the QStyle would first build the QStyle
    # class with its eleven enums (about 5 ms of start-up).
    app = existing or QApplication([*sys.argv[:1], "-style", "fusion"])
    assert isinstance(app, QApplication)
    if existing is not None and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setApplicationName("Safety Assistant")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("kz.safety_assistant.SafetyAssistant")
    def set_icon() -> None:  # the shield in the title bar and task switcher
        from PySide6.QtGui import QIcon

        icon = paths.resources_dir() / "icons" / "safety-assistant.svg"
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))

    errors.install()
    # Work the first frame does not show (shortcuts, the icon) waits until it is painted.
    widgets.defer_until_first_paint()
    widgets.after_first_paint(set_icon)
    storage = Storage.open(paths.database_path())
    settings = Settings(storage)
    chosen = lang or settings.language
    i18n.set_language(chosen or i18n.SOURCE_LANGUAGE)
    bridge = LanguageBridge(app)
    theme.apply(app, settings.text_scale, settings.high_contrast)
    window = MainWindow(AppContext(storage=storage, settings=settings), bridge,
                        notices=storage.notices)
    window.show_page("home" if chosen else "language")

    verbose = smoke_test and bool(os.environ.get("ASSISTANT_SMOKE_VERBOSE"))

    class FirstPaint(QObject):
        """Sees the window's first paint: then the work deferred until it runs."""

        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                window.removeEventFilter(self)
                if verbose:  # wall-clock stamp for benchmarks/startup.py
                    import time

                    print(f"first-paint {time.time():.6f}", flush=True)
                QTimer.singleShot(0, widgets.first_paint_done)
            return False

    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    if smoke_test:
        # Quit once the work queued for after the first paint has run too.
        widgets.after_first_paint(lambda: QTimer.singleShot(0, app.quit))
    window.show()

    if smoke_test:
        def timeout() -> None:
            print("smoke test: the window was not painted in time", file=sys.stderr)
            app.quit()

        QTimer.singleShot(SMOKE_TIMEOUT_MS, timeout)
        app.exec()
        storage.close()
        if first_paint.painted and verbose:
            # The title is translated: it shows that the catalogs were found.
            print(f"smoke test: first paint done: {window.windowTitle()}")
        return 0 if first_paint.painted else 1

    code = app.exec()
    storage.close()
    return code
