"""Table model of one response's recommendations (suggestions first, then by position)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hoeringsdesk.domain.enums import RecommendationStatus
from hoeringsdesk.domain.records.recommendations import RecommendationInfo
from hoeringsdesk.gui import labels
from hoeringsdesk.gui.plain_table import PlainTableModel
from hoeringsdesk.gui.roles import RecRole

Index = QModelIndex | QPersistentModelIndex
SUMMARY, TYPE, SECTIONS, STATUS = range(4)


class RecommendationModel(PlainTableModel):
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
        return self.row_at(row)

    def row_of(self, rec_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == rec_id), -1)

    def rows(self) -> list[RecommendationInfo]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.record(index)
        if r is None:
            return None
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
        if role == Qt.ItemDataRole.BackgroundRole and r.status == RecommendationStatus.SUGGESTED:
            return QBrush(QColor("#eef4ff"))
        return None
