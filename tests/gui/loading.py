"""Waiting for what a page reads off the GUI thread (the review, the overview, a response)."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


def loaded(qtbot: QtBot, page, timeout: int = 15_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the page in front has no load left to start and its reads have come."""
    reads = page.loader if hasattr(page, "loader") else page.reads
    qtbot.waitUntil(lambda: not page.deferred.pending and not reads.busy, timeout=timeout)


def response_shown(workspace, response_id: int | None = None, timeout: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until the response chosen in the list (``response_id``: that one) has been read
    off the GUI thread and is shown (a condition, polled with the event loop running)."""

    def arrived() -> bool:
        detail = workspace.detail
        if workspace.detail_reader.busy:
            return False
        wanted = response_id if response_id is not None else workspace.list.current_id()
        return wanted is None or (detail is not None and detail.row.id == wanted)

    deadline = time.monotonic() + timeout
    while not arrived():
        assert time.monotonic() < deadline, "the chosen response was not shown in time"
        QApplication.processEvents()
        time.sleep(0.005)
