"""Table model of a section's recommendations in the review, sorted and filtered at source."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hoeringsdesk.domain.enums import Outcome, PartyKind, RecommendationType
from hoeringsdesk.domain.records.review import ReviewRow
from hoeringsdesk.gui import labels
from hoeringsdesk.gui.background_read import retire
from hoeringsdesk.gui.plain_table import PlainTableModel
from hoeringsdesk.gui.roles import ItemRole

_ID, _TYPE, _ANSWERED = attrgetter("id"), attrgetter("type"), attrgetter("answered")

Index = QModelIndex | QPersistentModelIndex
NUMBER, SENDER, KIND, TYPE, SUMMARY, OUTCOME = range(6)

SORT_KEYS: dict[int, Callable[[ReviewRow], Any]] = {
    NUMBER: lambda r: (r.response_number or 0, r.start),
    SENDER: lambda r: r.sender.casefold(),
    KIND: lambda r: r.party_kind or "",  # None (no sender) sorts first
    TYPE: lambda r: r.type,
    SUMMARY: lambda r: r.summary.casefold(),
    OUTCOME: lambda r: (r.answered, r.outcome),
}
DEFAULT_SORT = (NUMBER, False)  # the order the service hands rows in


@dataclass(frozen=True)
class ReviewFilter:
    """The review table's filter: a criterion left None matches everything."""

    rec_type: RecommendationType | None = None
    party_kind: PartyKind | None = None
    outcome: Outcome | None = None
    unanswered_only: bool = False

    def matches(self, row: ReviewRow) -> bool:
        if self.rec_type is not None and row.type != self.rec_type:
            return False
        if self.party_kind is not None and row.party_kind != self.party_kind:
            return False
        if self.outcome is not None and row.outcome != self.outcome:
            return False
        return not (self.unanswered_only and row.answered)

    def __bool__(self) -> bool:
        chosen = (self.rec_type, self.party_kind, self.outcome)
        return any(c is not None for c in chosen) or self.unanswered_only


class ReviewModel(PlainTableModel):
    """ReviewRow lines; the filter and sort work on the plain tuples.

    Rows come in the review's order (number, then place in the response), so with no filter
    and the default sort a reset costs nothing per row. The tooltips are the passages given
    by ``set_passages`` (read off the GUI thread), the summary until they have come."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ReviewRow] = []
        self._rows: list[ReviewRow] = []
        self._filter = ReviewFilter()
        self._sort = DEFAULT_SORT
        self._passages: dict[int, str] = {}
        self._headers = [
            self.tr("No."),
            self.tr("Sender"),
            self.tr("Party kind"),
            self.tr("Type"),
            self.tr("Summary"),
            self.tr("Change?"),
        ]

    def set_items(self, rows: list[ReviewRow], passages: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        retire(self._all)  # the lines shown until now, let go of in a worker
        self._all = rows
        self._passages = passages or {}
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

    def _compute(self) -> list[ReviewRow]:
        flt = self._filter
        rows = [r for r in self._all if flt.matches(r)] if flt else self._all
        if self._sort != DEFAULT_SORT:
            column, descending = self._sort
            rows = sorted(rows, key=SORT_KEYS[column], reverse=descending)
        return rows

    def item_at(self, row: int) -> ReviewRow | None:
        return self.row_at(row)

    def row_of(self, rec_id: int) -> int:
        return next((i for i, item in enumerate(self._rows) if item.id == rec_id), -1)

    def rows_of(self, rec_ids: Collection[int]) -> list[int]:
        """The shown rows of the recommendations (those filtered out are left out), ascending."""
        wanted = set(rec_ids)
        if not wanted:
            return []
        # the lines' ids taken out by C code, then looked up: a Python loop over a section's
        # 10,000 lines held the GUI thread ~10 ms
        position = dict(zip(map(_ID, self._rows), range(len(self._rows)), strict=True))
        return sorted(p for rec_id in wanted if (p := position.get(rec_id)) is not None)

    def items(self) -> list[ReviewRow]:
        return list(self._rows)

    def by_type(self) -> dict[RecommendationType, int]:
        """The shown lines counted by recommendation type."""
        return dict(Counter(map(_TYPE, self._rows)))  # counted in C, not a Python loop

    def set_passages(self, passages: dict[int, str]) -> None:
        """The lines' passages for their tooltips (a hover reads nothing from the store)."""
        self._passages = passages

    def has_passages(self) -> bool:
        return bool(self._passages)

    def ids(self) -> list[int]:
        """The recommendation ids of every line, shown or filtered out."""
        return list(map(_ID, self._all))

    def unanswered(self) -> int:
        return len(self._rows) - sum(map(_ANSWERED, self._rows))

    def total(self) -> int:
        return len(self._all)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.record(index)
        if item is None:
            return None
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
                return labels.party_kind(item.party_kind)
            if col == TYPE:
                return labels.rec_type(item.type)
            if col == SUMMARY:
                return item.summary
            if col == OUTCOME:
                return labels.outcome(item.outcome) if item.commented else self.tr("Not answered")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._passages.get(item.id, item.summary)
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and col == OUTCOME and not item.answered:
            return QBrush(QColor("#a40000"))
        return None
