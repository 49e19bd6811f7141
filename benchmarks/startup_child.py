"""Child process of bench_startup.py: open a store in the main window and report when painted."""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hoeringsdesk.app import open_app  # noqa: E402
from hoeringsdesk.gui.launch import install_translators  # noqa: E402
from hoeringsdesk.gui.main_window import MainWindow  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return float(line.split()[1]) / 1024
    return float("nan")


class FirstPaint(QObject):
    """Notes the first paint of the window's response table (what the officer looks at)."""

    def __init__(self, on_paint) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.on_paint = on_paint
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.on_paint)
        return False


def main() -> None:
    store, settings_file, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    app = QApplication([sys.argv[0]])
    install_translators(app, "da")
    services = open_app(store, user="benchmark")
    window = MainWindow(services, QSettings(settings_file, QSettings.Format.IniFormat))

    def painted() -> None:
        elapsed = time.perf_counter() - STARTED
        print(f"PAINTED {elapsed:.4f} RSS {rss_mb():.1f}", flush=True)
        if mode == "memory":
            for page in range(window.tabs.count()):
                window.tabs.setCurrentIndex(page)
                app.processEvents()
            window.tabs.setCurrentIndex(0)
            app.processEvents()
            print(f"ALLPAGES RSS {rss_mb():.1f}", flush=True)
        os._exit(0)

    watcher = FirstPaint(painted)
    window.workspace.list.table.viewport().installEventFilter(watcher)
    window.resize(1366, 768)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
