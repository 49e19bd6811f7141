"""Table model of one response's recommendations (suggestions first, then by position)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hoeringsdesk.domain.records import RecommendationInfo
from hoeringsdesk.gui import labels

RecRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
SUMMARY, TYPE, SECTIONS, STATUS = range(4)


class RecommendationModel(QAbstractTableModel):
    """Rows of RecommendationInfo for the tagging panel."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RecommendationInfo] = []
        self._headers = [
            self.tr("Summary"),
            self.tr("Type"),
            self.tr("Sections"),
            self.tr("Status"),
        ]

    def set_rows(self, rows: list[RecommendationInfo]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (r.start, r.id))
        self.endResetModel()

    def rec_at(self, row: int) -> RecommendationInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, rec_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == rec_id), -1)

    def rows(self) -> list[RecommendationInfo]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == STATUS:
                return labels.rec_status(r.status)
            if col == TYPE:
                return labels.rec_type(r.type)
            if col == SECTIONS:
                return ", ".join(s.heading for s in r.sections) or "–"
            if col == SUMMARY:
                return r.summary
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.passage[:600]
        if role == RecRole:
            return r
        if role == Qt.ItemDataRole.BackgroundRole and r.status == "suggested":
            return QBrush(QColor("#eef4ff"))
        return None
