"""The baseline for start-up: a bare PySide6 window with a label, shown and painted once."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    """Show the window, quit after its first paint."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    watcher = _FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(20_000, lambda: sys.exit(1))
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
