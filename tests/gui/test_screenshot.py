"""The screenshot command shows what the pages read in the background, not their empty state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from hoeringsdesk.app import Services
from hoeringsdesk.gui.background_read import LatestRead
from hoeringsdesk.gui.main_window import MainWindow
from hoeringsdesk.gui.screenshot import render, settle


def test_settling_waits_for_the_review_and_the_overview_to_arrive(
    qapp: QApplication, make_window: Callable[[], MainWindow], full_demo_id: int
) -> None:
    window = make_window()
    window.show_consultation(full_demo_id)
    window.show_view("review")
    settle(qapp, window)
    assert not any(read.busy for read in window.findChildren(LatestRead))
    assert window.review.model.rowCount() > 0
    window.show_view("overview")
    settle(qapp, window)
    assert not any(read.busy for read in window.findChildren(LatestRead))
    assert any(n for _label, n in window.overview.per_type.rows())


def test_a_screenshot_of_the_review_is_written_at_the_size_asked(
    services: Services, full_demo_id: int, tmp_path: Path
) -> None:
    out = render(services, "review", tmp_path / "review.png", (1366, 768), full_demo_id)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
