"""Table model of a section's recommendations in the review, sorted and filtered at source."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hoeringsdesk.domain.records import ReviewItem
from hoeringsdesk.gui import labels

ItemRole = Qt.ItemDataRole.UserRole + 6
Index = QModelIndex | QPersistentModelIndex
NUMBER, SENDER, KIND, TYPE, SUMMARY, OUTCOME = range(6)

SORT_KEYS = {
    NUMBER: lambda i: (i.response_number or 0, i.rec.start),
    SENDER: lambda i: i.sender.casefold(),
    KIND: lambda i: i.party_kind,
    TYPE: lambda i: i.rec.type,
    SUMMARY: lambda i: i.rec.summary.casefold(),
    OUTCOME: lambda i: (i.answered, i.rec.outcome),
}


@dataclass(frozen=True)
class ReviewFilter:
    rec_type: str = ""
    party_kind: str = ""
    outcome: str = ""
    unanswered_only: bool = False

    def matches(self, item: ReviewItem) -> bool:
        if self.rec_type and item.rec.type != self.rec_type:
            return False
        if self.party_kind and item.party_kind != self.party_kind:
            return False
        if self.outcome and item.rec.outcome != self.outcome:
            return False
        return not (self.unanswered_only and item.answered)


class ReviewModel(QAbstractTableModel):
    """ReviewItem rows; the filter and sort work on the plain items."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ReviewItem] = []
        self._rows: list[ReviewItem] = []
        self._filter = ReviewFilter()
        self._sort = (NUMBER, False)
        self._headers = [
            self.tr("No."),
            self.tr("Sender"),
            self.tr("Party kind"),
            self.tr("Type"),
            self.tr("Summary"),
            self.tr("Change?"),
        ]

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self._all = list(items)
        self._rows = self._compute()
        self.endResetModel()

    def set_filter(self, flt: ReviewFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows = self._compute()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        self.beginResetModel()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._rows = self._compute()
        self.endResetModel()

    def _compute(self) -> list[ReviewItem]:
        column, descending = self._sort
        rows = [i for i in self._all if self._filter.matches(i)]
        rows.sort(key=SORT_KEYS[column], reverse=descending)
        return rows

    def item_at(self, row: int) -> ReviewItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, rec_id: int) -> int:
        return next((i for i, item in enumerate(self._rows) if item.rec.id == rec_id), -1)

    def items(self) -> list[ReviewItem]:
        return list(self._rows)

    def total(self) -> int:
        return len(self._all)

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
        item = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NUMBER:
                return str(item.response_number or "–")
            if col == SENDER:
                if item.campaign_size:
                    return self.tr("{0} (campaign, {1} responses)").format(
                        item.sender, item.campaign_size
                    )
                return item.sender
            if col == KIND:
                return labels.party_kind(item.party_kind) if item.party_kind else "–"
            if col == TYPE:
                return labels.rec_type(item.rec.type)
            if col == SUMMARY:
                return item.rec.summary
            if col == OUTCOME:
                return (
                    labels.outcome(item.rec.outcome)
                    if item.rec.comment
                    else self.tr("Not answered")
                )
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.rec.passage[:800]
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and col == OUTCOME and not item.answered:
            return QBrush(QColor("#a40000"))
        return None
