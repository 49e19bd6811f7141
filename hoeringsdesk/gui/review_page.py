"""The review: the draft section by section beside its recommendations, answered in place."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.domain.records import ReviewItem, SectionCoverage, SectionNode
from hoeringsdesk.gui import labels
from hoeringsdesk.gui import undo_commands as cmd
from hoeringsdesk.gui.review_model import (
    KIND,
    NUMBER,
    OUTCOME,
    SENDER,
    SUMMARY,
    TYPE,
    ReviewFilter,
    ReviewModel,
)
from hoeringsdesk.gui.section_model import SectionTreeModel


def badge(cover: SectionCoverage | None) -> str:
    """'(5 · 2 ubesvarede)' after a tree node's heading."""
    if cover is None or not cover.total:
        return ""
    from PySide6.QtCore import QCoreApplication

    if cover.unanswered:
        return QCoreApplication.translate("ReviewPage", "({0} · {1} unanswered)").format(
            cover.total, cover.unanswered
        )
    return QCoreApplication.translate("ReviewPage", "({0} · all answered)").format(cover.total)


class AnswerEditor(QGroupBox):
    """The quoted passage, the administration's comment and the outcome."""

    answer_changed = Signal(str, str)  # comment, outcome

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Answer"))
        self.passage = QTextBrowser()
        self.passage.setObjectName("passage")
        self.passage.setMaximumHeight(90)
        self.expand = QCheckBox(self.tr("Show the whole quote"))
        self.expand.toggled.connect(
            lambda on: self.passage.setMaximumHeight(16777215 if on else 90)
        )
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("The administration's comment …"))
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        for value in labels.OUTCOMES:
            self.outcome.addItem(labels.outcome(value), value)
        self.outcome.activated.connect(lambda _i: self.flush(force=True))
        self.shared = QLabel()
        self.shared.setWordWrap(True)
        self.shared.setStyleSheet("color: #555")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(800)
        self._timer.timeout.connect(self.flush)
        self.comment.textChanged.connect(self._typed)
        self._loading = False
        self._dirty = False
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(QLabel(self.tr("Gives rise to a change:")))
        outcome_row.addWidget(self.outcome)
        outcome_row.addStretch(1)
        outcome_row.addWidget(self.expand)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passage)
        layout.addLayout(outcome_row)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.shared)
        self.show_items([])

    def _typed(self) -> None:
        if not self._loading:
            self._dirty = True
            self._timer.start()

    def show_items(self, items: list[ReviewItem]) -> None:
        self._timer.stop()
        self._loading = True
        self._dirty = False
        self.setEnabled(bool(items))
        if not items:
            self.passage.clear()
            self.comment.clear()
            self.outcome.setCurrentIndex(0)
            self.shared.setText(self.tr("Choose one or more recommendations to answer them."))
        else:
            quotes = [
                f"<p><b>{i.response_number or '–'}</b> {_esc(i.rec.passage)}</p>"
                for i in items[:20]
            ]
            self.passage.setHtml("".join(quotes))
            comments = {i.rec.comment for i in items}
            outcomes = {i.rec.outcome for i in items}
            self.comment.setPlainText(comments.pop() if len(comments) == 1 else "")
            self.outcome.setCurrentIndex(
                max(0, self.outcome.findData(outcomes.pop() if len(outcomes) == 1 else "undecided"))
            )
            if len(items) > 1:
                self.shared.setText(
                    self.tr("One answer for the {0} chosen recommendations.").format(len(items))
                )
            else:
                self.shared.setText("")
        self._loading = False

    def busy(self) -> bool:
        """True while the officer is typing an answer that is not saved yet."""
        return self._dirty or self.comment.hasFocus()

    def flush(self, force: bool = False) -> None:
        """Save now if anything changed (also before the selection moves on)."""
        if not self.isEnabled() or self._loading:
            return
        if self._dirty or force:
            self._timer.stop()
            self._dirty = False
            self.answer_changed.emit(
                self.comment.toPlainText().strip(), str(self.outcome.currentData())
            )


class ReviewPage(QWidget):
    """Walk the draft; answer what respondents recommend about each section."""

    show_passage_requested = Signal(int, int)  # response id, recommendation id
    open_original_requested = Signal(int)
    status_message = Signal(str)

    def __init__(self, services: Services, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo = undo
        self.consultation_id: int | None = None
        self.section: SectionNode | None = None
        self._stale: set[str] = set()  # what to load when the page comes to the front
        self.tree_model = SectionTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("reviewTree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.selectionModel().selectionChanged.connect(self._section_changed)
        self.section_text = QTextBrowser()
        self.section_text.setObjectName("reviewSectionText")
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tree)
        left.addWidget(self.section_text)
        left.setSizes([300, 400])

        self.title = QLabel()
        self.title.setObjectName("reviewTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.subsections = QCheckBox(self.tr("Include sub-sections"))
        self.subsections.setChecked(True)
        self.subsections.toggled.connect(lambda _on: self.load_items())
        self.type_filter = self._combo(
            [(self.tr("All types"), "")] + [(labels.rec_type(t), t) for t in labels.REC_TYPES]
        )
        self.kind_filter = self._combo(
            [(self.tr("All party kinds"), "")]
            + [(labels.party_kind(k), k) for k in labels.PARTY_KINDS]
        )
        self.outcome_filter = self._combo(
            [(self.tr("All outcomes"), "")] + [(labels.outcome(o), o) for o in labels.OUTCOMES]
        )
        self.unanswered = QCheckBox(self.tr("Only unanswered"))
        self.unanswered.toggled.connect(lambda _on: self._apply_filter())
        self.model = ReviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column, width in (
            (NUMBER, 44),
            (SENDER, 200),
            (KIND, 110),
            (TYPE, 130),
            (OUTCOME, 110),
        ):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._items_changed)
        self.table.doubleClicked.connect(lambda _i: self._jump())
        self.editor = AnswerEditor()
        self.editor.answer_changed.connect(self._save_answer)
        self.jump_button = QPushButton(self.tr("Show in the response"))
        self.jump_button.clicked.connect(self._jump)
        self.original_button = QPushButton(self.tr("Open original"))
        self.original_button.clicked.connect(self._open_original)
        self.counts = QLabel()

        filters = QHBoxLayout()
        for w in (
            self.subsections,
            self.type_filter,
            self.kind_filter,
            self.outcome_filter,
            self.unanswered,
        ):
            filters.addWidget(w)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.jump_button)
        buttons.addWidget(self.original_button)
        buttons.addStretch(1)
        buttons.addWidget(self.counts)
        right_top = QWidget()
        top_layout = QVBoxLayout(right_top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(right_top)
        right.addWidget(self.editor)
        right.setSizes([420, 300])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([420, 940])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        return combo

    # --- loading ---

    def set_consultation(self, consultation_id: int | None) -> None:
        self.editor.flush()
        self.consultation_id = consultation_id
        sections = self.services.drafts.sections(consultation_id) if consultation_id else []
        self.tree_model.set_sections(sections)
        self.tree.expandAll()
        self.refresh_badges()
        if sections:
            self.select_section(sections[0].id)
        else:
            self.section = None
            self.load_items()

    def select_section(self, section_id: int) -> None:
        index = self.tree_model.index_of(section_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def in_background(self) -> bool:
        """A page behind another tab loads when it comes to the front (fast start-up)."""
        stack = self.parentWidget()
        return isinstance(stack, QStackedWidget) and stack.currentWidget() is not self

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self._catch_up)

    def _catch_up(self) -> None:
        if self.in_background():
            return
        if "badges" in self._stale:
            self.refresh_badges()
        if "items" in self._stale:
            self.load_items()

    def refresh_badges(self) -> None:
        if self.consultation_id is None:
            return
        if self.in_background():
            self._stale.add("badges")
            return
        self._stale.discard("badges")
        coverage = self.services.review.coverage(self.consultation_id)
        self.tree_model.set_badges({sid: badge(c) for sid, c in coverage.items()})

    def _section_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        self.editor.flush()
        indexes = selected.indexes()
        self.section = self.tree_model.node(indexes[0]) if indexes else None
        if self.section is not None:
            self.title.setText(self.section.title)
            self.section_text.setPlainText(
                self.section.body or self.tr("(This section has no text of its own.)")
            )
        self.load_items()

    def load_items(self, keep: list[int] | None = None) -> None:
        if self.consultation_id is not None and self.section is not None and self.in_background():
            self._stale.add("items")
            return
        self._stale.discard("items")
        if self.consultation_id is None or self.section is None:
            self.model.set_items([])
            self.editor.show_items([])
            return
        ids = (
            [self.section.id]
            if not self.subsections.isChecked()
            else self.services.review.subtree(self.consultation_id, self.section.id)
        )
        self.model.set_items(self.services.review.items(self.consultation_id, ids))
        self._reselect(keep or [])
        if not self.selected_items() and self.model.rowCount():
            self.table.selectRow(0)
        self._update_counts()

    def _apply_filter(self) -> None:
        keep = [i.rec.id for i in self.selected_items()]
        self.model.set_filter(
            ReviewFilter(
                rec_type=self.type_filter.currentData() or "",
                party_kind=self.kind_filter.currentData() or "",
                outcome=self.outcome_filter.currentData() or "",
                unanswered_only=self.unanswered.isChecked(),
            )
        )
        self._reselect(keep)
        self._update_counts()

    def _reselect(self, rec_ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for rec_id in rec_ids:
            row = self.model.row_of(rec_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if not self.selected_items():
            self.editor.show_items([])

    def _update_counts(self) -> None:
        items = self.model.items()
        unanswered = sum(1 for i in items if not i.answered)
        self.counts.setText(
            self.tr("{0} of {1} shown · {2} unanswered").format(
                len(items), self.model.total(), unanswered
            )
        )

    # --- answering ---

    def selected_items(self) -> list[ReviewItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [item for r in rows if (item := self.model.item_at(r)) is not None]

    def _items_changed(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self.editor.flush()
        items = self.selected_items()
        self.editor.show_items(items)
        self.jump_button.setEnabled(len(items) == 1)
        self.original_button.setEnabled(len(items) == 1)

    def _save_answer(self, comment: str, outcome: str) -> None:
        items = self.selected_items()
        if not items:
            return
        ids = [i.rec.id for i in items]
        seen = {i.rec.id: (i.rec.comment_id, i.rec.comment_version) for i in items}
        command = cmd.SetAnswer(
            self.services,
            lambda _rid: self._after_save(ids),
            self._failed,
            ids,
            comment,
            outcome,
            expected=seen,
        )
        command.setText(self.tr("Answer"))
        self.undo.push(command)

    def _after_save(self, ids: list[int]) -> None:
        self.load_items(ids)
        self.refresh_badges()

    def _failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Not saved"), message)

    def _jump(self) -> None:
        items = self.selected_items()
        if len(items) == 1:
            self.editor.flush()
            self.show_passage_requested.emit(items[0].rec.response_id, items[0].rec.id)

    def _open_original(self) -> None:
        items = self.selected_items()
        if len(items) == 1:
            self.open_original_requested.emit(items[0].rec.response_id)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
