"""Where the main window opens: inside the screen's available area, status bar included."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

WANTED = QSize(1366, 768)
# A window manager's title bar and borders, before the window is shown and they are known.
FRAME = QMargins(4, 32, 4, 4)


def initial_geometry(
    available: QRect, wanted: QSize = WANTED, frame: QMargins = FRAME
) -> tuple[QRect, bool]:
    """The window's rectangle, and whether to maximise it: the wanted size, centred, when it
    fits with its frame; otherwise the whole available area (maximised, so a window manager
    fits its frame in; without one the rectangle alone keeps it on the screen)."""
    outer = wanted.grownBy(frame)
    if outer.width() <= available.width() and outer.height() <= available.height():
        rect = QRect(QPoint(0, 0), wanted)
        rect.moveCenter(available.center())
        return rect, False
    return available.marginsRemoved(frame), True


def fits(rect: QRect, available: QRect, frame: QMargins = FRAME) -> bool:
    return available.contains(rect.marginsAdded(frame))


def fit_to_screen(window: QWidget, restored: bool) -> None:
    """Open inside the available area; a remembered geometry is kept when it still fits."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(WANTED)
        return
    available = screen.availableGeometry()
    if restored and (window.isMaximized() or fits(window.geometry(), available)):
        return
    rect, maximise = initial_geometry(available)
    window.setGeometry(rect)
    if maximise:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
