"""The tagging panel: a response's recommendations and suggestions with their actions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.domain.enums import RecommendationStatus
from hoeringsdesk.domain.records.recommendations import RecommendationInfo
from hoeringsdesk.gui.recommendation_model import (
    SECTIONS,
    STATUS,
    SUMMARY,
    TYPE,
    RecommendationModel,
)


class RecommendationPanel(QWidget):
    """Lists recommendations; emits what the officer wants done with them."""

    selected = Signal(object)  # RecommendationInfo | None
    new_requested = Signal()
    accept_requested = Signal(list)  # rec ids
    accept_all_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    split_requested = Signal(int)
    campaign_requested = Signal(int)
    jump_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecommendationModel(self)
        self.table = QTableView()
        self.table.setObjectName("recommendationTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TYPE, 104)
        header.resizeSection(SECTIONS, 110)
        header.resizeSection(STATUS, 72)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _i: self._emit_current(self.edit_requested))
        self.counts = QLabel()
        self.counts.setObjectName("recommendationCounts")

        self.new_button = QPushButton(self.tr("New recommendation"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_all_button = QPushButton(self.tr("Accept all"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.split_button = QPushButton(self.tr("Split at cursor"))
        self.campaign_button = QPushButton(self.tr("Apply to campaign"))
        self.new_button.clicked.connect(self.new_requested)
        self.accept_button.clicked.connect(self._accept_selected)
        self.accept_all_button.clicked.connect(self.accept_all_requested)
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        self.split_button.clicked.connect(lambda: self._emit_current(self.split_requested))
        self.campaign_button.clicked.connect(lambda: self._emit_current(self.campaign_requested))

        for text, key, slot in (
            (self.tr("Accept"), "A", self._accept_selected),
            (self.tr("Edit"), "F2", lambda: self._emit_current(self.edit_requested)),
            (self.tr("Edit"), "E", lambda: self._emit_current(self.edit_requested)),
            (self.tr("Delete"), "Del", lambda: self._emit_current(self.delete_requested)),
            (self.tr("Show passage"), "Return", lambda: self._emit_current(self.jump_requested)),
        ):
            action = QAction(text, self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

        row1 = QHBoxLayout()
        for b in (self.new_button, self.accept_button, self.accept_all_button):
            row1.addWidget(b)
        row1.addStretch(1)
        row2 = QGridLayout()  # two by two: the panel stays narrow, no button is cut off
        for i, b in enumerate(
            (self.edit_button, self.delete_button, self.split_button, self.campaign_button)
        ):
            row2.addWidget(b, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row1)
        layout.addWidget(self.table, 1)
        layout.addLayout(row2)
        layout.addWidget(self.counts)
        self._update_buttons()

    def set_recommendations(
        self, recs: list[RecommendationInfo], in_campaign: bool, keep: int | None = None
    ) -> None:
        self.in_campaign = in_campaign
        self.model.set_rows(recs)
        suggested = sum(1 for r in recs if r.status == RecommendationStatus.SUGGESTED)
        self.counts.setText(
            self.tr("{0} accepted, {1} open suggestions").format(len(recs) - suggested, suggested)
        )
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def select(self, rec_id: int) -> None:
        row = self.model.row_of(rec_id)
        if row >= 0:
            # Through the selection model: QTableView.selectRow does nothing while the
            # table has not been laid out (no column at x = 0).
            index = self.model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)

    def current(self) -> RecommendationInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rec_at(rows[0].row()) if rows else None

    def selected_ids(self) -> list[int]:
        return [
            r.id
            for idx in self.table.selectionModel().selectedRows()
            if (r := self.model.rec_at(idx.row())) is not None
        ]

    def _accept_selected(self) -> None:
        ids = [
            i
            for i in self.selected_ids()
            if (r := self.model.rec_at(self.model.row_of(i)))
            and r.status == RecommendationStatus.SUGGESTED
        ]
        if ids:
            self.accept_requested.emit(ids)

    def _emit_current(self, signal) -> None:  # type: ignore[no-untyped-def]
        current = self.current()
        if current is not None:
            signal.emit(current.id)

    def _on_selection(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self._update_buttons()
        self.selected.emit(self.current())

    def _update_buttons(self) -> None:
        current = self.current()
        has = current is not None
        suggestions = any(r.status == RecommendationStatus.SUGGESTED for r in self.model.rows())
        self.accept_button.setEnabled(
            has and current is not None and current.status == RecommendationStatus.SUGGESTED
        )
        self.accept_all_button.setEnabled(suggestions)
        for b in (self.edit_button, self.delete_button, self.split_button):
            b.setEnabled(has)
        self.delete_button.setText(
            self.tr("Discard")
            if current is not None and current.status == RecommendationStatus.SUGGESTED
            else self.tr("Delete")
        )
        self.campaign_button.setEnabled(has and getattr(self, "in_campaign", False))
