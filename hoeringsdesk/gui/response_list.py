"""The response list with its quick filter (text, status, deadline, party kind, section)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.domain.enums import Lateness, PartyKind, ResponseStatus
from hoeringsdesk.domain.records.consultations import SectionNode
from hoeringsdesk.domain.records.responses import ResponseRow
from hoeringsdesk.gui import labels
from hoeringsdesk.gui.response_model import (
    KIND,
    LATE,
    OPEN,
    RELATION,
    SENDER,
    UNCERTAIN,
    Arranged,
    ResponseFilter,
    ResponseTableModel,
)

FIT_ROWS = 100


class ResponseList(QWidget):
    """Emits the chosen response id; the filter runs on the model's plain rows."""

    response_selected = Signal(object)  # int | None
    counts_changed = Signal()
    search_requested = Signal(str)  # text typed; the page may answer with full-text ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ResponseTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("responseTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Column widths are fitted to the first rows, not to 1,000 of 10,000 (slow start-up).
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.text = QLineEdit()
        self.text.setObjectName("quickFilter")
        self.text.setPlaceholderText(self.tr("Search responses (sender, number, text) …"))
        self.text.setClearButtonEnabled(True)
        self.status = self._combo(
            "statusFilter",
            [(self.tr("All statuses"), "")]
            + [(labels.response_status(s), s) for s in labels.STATUSES],
        )
        self.late = self._combo(
            "lateFilter",
            [
                (self.tr("All deadlines"), ""),
                (self.tr("On time"), Lateness.ON_TIME),
                (self.tr("Late"), Lateness.LATE),
                (self.tr("Late, not decided"), Lateness.UNDECIDED),
                (self.tr("Time unknown"), Lateness.UNKNOWN),
            ],
        )
        self.kind = self._combo(
            "kindFilter",
            [(self.tr("All party kinds"), "")]
            + [(labels.party_kind(k), k) for k in labels.PARTY_KINDS]
            + [(self.tr("Sender uncertain"), UNCERTAIN)],
        )
        self.section = self._combo("sectionFilter", [(self.tr("All sections"), None)])
        self.section.setMinimumContentsLength(14)
        self.section.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._text_changed)
        self.text.textChanged.connect(self._debounce.start)
        self._search_ids: frozenset[int] | None = None
        self.user = ""
        self.mine = QCheckBox(self.tr("Only mine"))
        self.mine.setObjectName("mineFilter")
        self.mine.toggled.connect(lambda _on: self.apply_filter())

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.text, 0, 0)
        grid.addWidget(self.mine, 0, 1)
        grid.addWidget(self.status, 1, 0)
        grid.addWidget(self.late, 1, 1)
        grid.addWidget(self.kind, 2, 0)
        grid.addWidget(self.section, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)

    def _combo(self, name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        return combo

    def set_sections(self, sections: list[SectionNode]) -> None:
        current = self.section.currentData()
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItem(self.tr("All sections"), None)
        for node in sections:
            self.section.addItem("  " * node.depth + node.title, node.id)
        self.section.setCurrentIndex(max(0, self.section.findData(current)))
        self.section.blockSignals(False)

    def set_rows(
        self,
        rows: list[ResponseRow],
        keep: int | None = None,
        arranged: Arranged | None = None,
        fit: bool = True,
    ) -> None:
        """Show rows (``arranged`` ahead in a worker, if at all); ``fit=False`` (a colleague's
        change brought in) keeps the columns as they are."""
        self.model.set_rows(rows, arranged)
        if fit:
            self._fit_columns()
        if keep is not None:
            self.select(keep)
        self.counts_changed.emit()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for col, cap in ((SENDER, 170), (RELATION, 125), (KIND, 95), (OPEN, 90), (LATE, 80)):
            if self.table.columnWidth(col) > cap:
                self.table.setColumnWidth(col, cap)

    def set_search_ids(self, ids: frozenset[int] | None) -> None:
        self._search_ids = ids
        self.apply_filter()

    def current_filter(self) -> ResponseFilter:
        kind = self.kind.currentData()
        uncertain = kind == UNCERTAIN
        return ResponseFilter(
            text="" if self._search_ids is not None else self.text.text().strip(),
            status=labels.member(ResponseStatus, self.status.currentData()),
            late=labels.member(Lateness, self.late.currentData()),
            party_kind=None if uncertain else labels.member(PartyKind, kind),
            sender_uncertain=uncertain,
            section_id=self.section.currentData(),
            ids=self._search_ids,
            assigned_to=self.user if self.mine.isChecked() else "",
        )

    def _text_changed(self) -> None:
        self._search_ids = None
        self.search_requested.emit(self.text.text().strip())
        self.apply_filter()

    def apply_filter(self) -> None:
        keep = self.current_id()
        self.model.set_filter(self.current_filter())
        if keep is not None:
            self.select(keep)
        self.counts_changed.emit()

    def select(self, response_id: int) -> None:
        row = self.model.row_of(response_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        r = self.model.row_at(rows[0].row())
        return r.id if r else None

    def _on_selection(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self.response_selected.emit(self.current_id())
