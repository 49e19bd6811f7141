"""Table model of the response list: plain rows, sorted and filtered in the source model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hoeringsdesk.domain.enums import Lateness, PartyKind, ResponseStatus
from hoeringsdesk.domain.records.responses import ResponseRow
from hoeringsdesk.gui import labels
from hoeringsdesk.gui.background_read import retire
from hoeringsdesk.gui.plain_table import PlainTableModel
from hoeringsdesk.gui.roles import RowRole

Index = QModelIndex | QPersistentModelIndex
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# What the officer sorts by comes first (status, deadline, sender and its kind, open
# suggestions, campaign), so it is in view at the default split; the received time is last.
NUMBER, STATUS, LATE, SENDER, KIND, RELATION, OPEN, RECS, RECEIVED = range(9)
# The party-kind chooser's item data for "Afsender usikker" (parsed to
# ResponseFilter.sender_uncertain where the chooser is read).
UNCERTAIN = "uncertain"


@dataclass(frozen=True)
class ResponseFilter:
    """The quick filter: every criterion left empty matches everything."""

    text: str = ""
    status: ResponseStatus | None = None
    late: Lateness | None = None
    party_kind: PartyKind | None = None
    sender_uncertain: bool = False  # only those whose sender should be looked at
    section_id: int | None = None
    ids: frozenset[int] | None = None  # e.g. full-text search hits
    assigned_to: str = ""  # "mine": the officer's own login

    def matches(self, row: ResponseRow) -> bool:
        if self.ids is not None and row.id not in self.ids:
            return False
        if self.assigned_to and row.assigned_to != self.assigned_to:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.sender_uncertain and not row.sender_uncertain:
            return False
        if self.party_kind is not None and row.party_kind != self.party_kind:
            return False
        if self.section_id is not None and self.section_id not in row.section_ids:
            return False
        if self.late is not None and not _late_matches(self.late, row):
            return False
        if self.text:
            needle = self.text.casefold()
            return any(needle in field.casefold() for field in _searchable(row))
        return True


def _late_matches(kind: Lateness, row: ResponseRow) -> bool:
    return {
        Lateness.LATE: row.late is True,
        Lateness.ON_TIME: row.late is False,
        Lateness.UNKNOWN: row.late is None,
        Lateness.UNDECIDED: row.late is True and row.accepted_late is None,
    }[kind]


def _searchable(row: ResponseRow) -> list[str]:
    fields = [str(row.number or ""), row.subject, row.source_name, row.document_number]
    for p in row.parties:
        fields.extend((p.organisation, p.contact_name, p.email))
    return fields


def _relation(row: ResponseRow) -> str:
    if row.duplicate_of is not None:
        return QCoreApplication.translate("ResponseTableModel", "Duplicate of no. {0}").format(
            row.duplicate_of_number or "?"
        )
    parts = []
    if row.new_version_of is not None:
        parts.append(
            QCoreApplication.translate("ResponseTableModel", "New version of no. {0}").format(
                row.new_version_of_number or "?"
            )
        )
    if row.campaign_id is not None:
        parts.append(
            QCoreApplication.translate("ResponseTableModel", "Campaign ({0} responses)").format(
                row.campaign_size
            )
        )
    return "; ".join(parts)


SORT_KEYS: dict[int, Callable[[ResponseRow], Any]] = {
    NUMBER: lambda r: r.number or 0,
    RECEIVED: lambda r: r.received or EPOCH,
    SENDER: lambda r: r.sender_display.casefold(),
    KIND: lambda r: r.party_kind or "",  # None (no sender) sorts first
    LATE: lambda r: {True: 2, None: 1, False: 0}[r.late],
    RELATION: lambda r: (r.campaign_id or 0, r.duplicate_of or 0),
    STATUS: lambda r: labels.STATUSES.index(r.status),
    RECS: lambda r: r.recommendations,
    OPEN: lambda r: r.open_suggestions,
}


def ordered(rows: list[ResponseRow], column: int, descending: bool) -> list[ResponseRow]:
    """Sort by a column, keeping duplicates under their original and campaigns together."""
    by_id = {r.id: r for r in rows}

    def group(r: ResponseRow) -> tuple[str, int]:
        base = by_id.get(r.duplicate_of) if r.duplicate_of is not None else r
        base = base or r
        if base.campaign_id is not None:
            return ("c", base.campaign_id)
        return ("r", base.id)

    groups: dict[tuple[str, int], list[ResponseRow]] = {}
    for r in rows:
        groups.setdefault(group(r), []).append(r)
    key = SORT_KEYS[column]

    def inner(r: ResponseRow) -> tuple[int, int, int]:
        original = r.duplicate_of if r.duplicate_of in by_id else r.id
        return (by_id[original].number or 0, 1 if r.duplicate_of else 0, r.id)

    heads = []
    for members in groups.values():
        members.sort(key=inner)
        heads.append((key(members[0]), members))
    heads.sort(key=lambda pair: pair[0], reverse=descending)
    return [r for _, members in heads for r in members]


@dataclass(frozen=True)
class Arranged:
    """Rows filtered and sorted ahead, off the GUI thread, by a filter and sort in force."""

    by: tuple[ResponseFilter, tuple[int, bool]]
    rows: list[ResponseRow]


def arrange(rows: list[ResponseRow], by: tuple[ResponseFilter, tuple[int, bool]]) -> Arranged:
    """What the model would show of ``rows`` (plain data in and out: a worker may call it)."""
    flt, (column, descending) = by
    return Arranged(by, ordered([r for r in rows if flt.matches(r)], column, descending))


class ResponseTableModel(PlainTableModel):
    """Rows of ResponseRow; ``set_filter`` and ``sort`` work on the plain rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ResponseRow] = []
        self._rows: list[ResponseRow] = []
        self._filter = ResponseFilter()
        self._sort = (NUMBER, False)
        headers = {
            NUMBER: self.tr("No."),
            STATUS: self.tr("Status"),
            LATE: self.tr("Deadline"),
            SENDER: self.tr("Sender(s)"),
            KIND: self.tr("Party kind"),
            RELATION: self.tr("Duplicate / campaign"),
            OPEN: self.tr("Open suggestions"),
            RECS: self.tr("Recommendations"),
            RECEIVED: self.tr("Received"),
        }
        self._headers = [headers[column] for column in range(len(headers))]

    # --- data in ---

    def set_rows(self, rows: list[ResponseRow], arranged: Arranged | None = None) -> None:
        """Show ``rows``; ``arranged`` (of the same rows) spares the filter and sort when it
        was made by the filter and sort still in force."""
        self.beginResetModel()
        retire(self._all)  # (the shown rows are among them)
        self._all = list(rows)
        if arranged is not None and arranged.by == self.arrangement():
            self._rows = list(arranged.rows)
        else:
            self._rows = self._compute()
        self.endResetModel()

    def arrangement(self) -> tuple[ResponseFilter, tuple[int, bool]]:
        """The filter and sort in force, as plain data for ``arrange``."""
        return self._filter, self._sort

    def update_row(self, row: ResponseRow) -> None:
        """Replace one row in place (after an edit) without a reset."""
        self._all = [row if r.id == row.id else r for r in self._all]
        for i, r in enumerate(self._rows):
            if r.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def set_filter(self, flt: ResponseFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows = self._compute()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [r.id for r in self._rows]
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._rows = self._compute()
        new = {r.id: i for i, r in enumerate(self._rows)}
        changed_from, changed_to = [], []
        for idx in self.persistentIndexList():
            rid = old_ids[idx.row()] if 0 <= idx.row() < len(old_ids) else None
            if rid is not None and rid in new:
                changed_from.append(idx)
                changed_to.append(self.index(new[rid], idx.column()))
        self.changePersistentIndexList(changed_from, changed_to)
        self.layoutChanged.emit()

    def _compute(self) -> list[ResponseRow]:
        visible = [r for r in self._all if self._filter.matches(r)]
        return ordered(visible, *self._sort)

    # --- data out ---

    def row_of(self, response_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == response_id:
                return i
        return -1

    def visible_rows(self) -> list[ResponseRow]:
        return list(self._rows)

    def all_rows(self) -> list[ResponseRow]:
        return list(self._all)

    # --- Qt interface ---

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.record(index)
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == RowRole:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and col in (LATE, KIND, RELATION, RECEIVED):
            return self._display(r, col) or None  # the column may be too narrow for it
        if role == Qt.ItemDataRole.ToolTipRole and col == SENDER:
            lines = [f"{labels.role(p.role)}: {p.display} {p.email}".strip() for p in r.parties]
            if r.sender_uncertain:
                note = QCoreApplication.translate("ResponseTableModel", "Sender uncertain: {0}")
                lines.append(note.format(r.sender_note))
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.duplicate_of is not None:
                return QBrush(QColor("#7a7a7a"))
            if col == LATE and r.late and r.accepted_late is not True:
                return QBrush(QColor("#a40000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (NUMBER, RECS, OPEN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: ResponseRow, col: int) -> str:
        if col == NUMBER:
            return str(r.number) if r.number is not None else "↳"
        if col == RECEIVED:
            return labels.when(r.received)
        if col == SENDER:
            return f"⚠ {r.sender_display}" if r.sender_uncertain else r.sender_display
        if col == KIND:
            return labels.party_kind(r.party_kind)
        if col == LATE:
            return labels.late(r.late, r.accepted_late)
        if col == RELATION:
            return _relation(r)
        if col == STATUS:
            return labels.response_status(r.status)
        if col == RECS:
            return str(r.recommendations)
        if col == OPEN:
            return str(r.open_suggestions) if r.open_suggestions else ""
        return ""
