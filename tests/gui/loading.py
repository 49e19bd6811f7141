"""Waiting for what a page reads off the GUI thread (the review, the overview)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot


def loaded(qtbot: QtBot, page, timeout: int = 15_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the page in front has no load left to start and its reads have come."""
    reads = page.loader if hasattr(page, "loader") else page.reads
    qtbot.waitUntil(lambda: not page.deferred.pending and not reads.busy, timeout=timeout)
