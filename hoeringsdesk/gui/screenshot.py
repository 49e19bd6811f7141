"""Render a view of the current store offscreen to a PNG (for the README and for review)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

VIEWS = ("responses", "reader", "letter", "draft", "review", "overview")  # the views it shows


def render(
    services,
    view: str,
    out: Path,
    size: tuple[int, int] = (1366, 768),  # type: ignore[no-untyped-def]
    consultation_id: int | None = None,
    language: str = "da",
) -> Path:
    """Show the main window at ``size`` on ``view`` and save what it shows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt

    from hoeringsdesk.gui.launch import application, install_translators
    from hoeringsdesk.gui.main_window import MainWindow

    if view not in VIEWS:
        raise ValueError(view)
    app = application()
    install_translators(app, language)
    scratch = Path(tempfile.mkdtemp(prefix="hoeringsdesk-shot-")) / "settings.ini"
    window = MainWindow(services, QSettings(str(scratch), QSettings.Format.IniFormat))
    window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is small
    window.resize(*size)
    if consultation_id is not None:
        window.show_consultation(consultation_id)
    window.show()
    app.processEvents()
    window.show_view(view)
    settle(app, window)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise OSError(f"kunne ikke gemme {out}")
    window.close()
    return out


def settle(app, window, limit: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Let the window finish what it shows: the pages read in the background, so wait until
    no read runs or waits (twice in a row, a page may start one when it comes to the front),
    then let the layout follow what arrived."""
    from hoeringsdesk.gui.background_read import LatestRead

    deadline = time.monotonic() + limit
    idle = 0
    while idle < 2 and time.monotonic() < deadline:
        app.processEvents()
        busy = any(read.busy for read in window.findChildren(LatestRead))
        idle = 0 if busy else idle + 1
        time.sleep(0.02)
    for _ in range(3):
        app.processEvents()
