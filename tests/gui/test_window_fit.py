"""The main window opens inside the screen's available area, its status bar included."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

from hoeringsdesk.gui.window_fit import FRAME, fits, initial_geometry


def test_a_large_screen_gets_the_wanted_size_centred() -> None:
    rect, maximise = initial_geometry(QRect(0, 0, 1920, 1050))
    assert not maximise and rect.size() == QSize(1366, 768)
    assert rect.center() == QRect(0, 0, 1920, 1050).center()


def test_a_1366x768_screen_with_a_title_bar_gets_the_whole_available_area() -> None:
    available = QRect(0, 0, 1366, 740)  # a panel takes 28 pixels
    rect, maximise = initial_geometry(available)
    assert maximise and fits(rect, available)
    assert rect.marginsAdded(FRAME).bottom() <= available.bottom()


def test_a_remembered_geometry_is_kept_only_when_it_fits() -> None:
    available = QRect(0, 0, 1366, 768)
    assert fits(QRect(100, 100, 1000, 600), available)
    assert not fits(QRect(0, 0, 1366, 768), available)  # its frame would stick out
    assert not fits(QRect(0, 0, 1000, 700), available, QMargins(4, 80, 4, 4))
