"""A plain horizontal bar chart painted with QPainter (no chart module needed)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#3f6e9e")
ROW = 20


class BarChart(QWidget):
    """Labels on the left, bars with their value on the right; grows with its rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []
        self._widest: tuple[str, int] | None = None  # (the font it was measured in, the width)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self._rows = list(rows)
        self._widest = None
        self.setFixedHeight(max(ROW, ROW * len(self._rows)) + 4)
        self.update()

    def rows(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(400, ROW * max(1, len(self._rows)) + 4)

    def _widest_label(self, metrics: QFontMetrics) -> int:
        """The widest label's width, measured once per rows and font (not at every paint)."""
        font = self.font().key()
        if self._widest is None or self._widest[0] != font:
            widest = max((metrics.horizontalAdvance(t) for t, _ in self._rows), default=0)
            self._widest = (font, widest)
        return self._widest[1]

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paints the rows in the area asked for only (of 200 sections a few are in view)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = min(int(self.width() * 0.45), self._widest_label(metrics) + 12)
        value_width = metrics.horizontalAdvance("00000") + 8
        top = max((v for _, v in self._rows), default=0) or 1
        span = max(10, self.width() - label_width - value_width)
        area = event.rect()
        first = max(0, (area.top() - 2) // ROW)
        last = min(len(self._rows), area.bottom() // ROW + 1)
        for i in range(first, last):
            text, value = self._rows[i]
            y = i * ROW + 2
            painter.setPen(self.palette().text().color())
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRectF(0, y, label_width - 8, ROW),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                elided,
            )
            width = span * value / top
            painter.fillRect(QRectF(label_width, y + 3, width, ROW - 6), BAR)
            painter.drawText(
                QRectF(label_width + width + 4, y, value_width, ROW),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
        painter.end()
