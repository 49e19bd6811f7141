"""The review page: the draft's sections beside their recommendation lines, loaded and shown."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.domain.changes import Changes
from hoeringsdesk.domain.enums import Outcome, PartyKind, RecommendationType
from hoeringsdesk.domain.records.consultations import SectionNode
from hoeringsdesk.domain.records.review import ReviewItem, ReviewRow
from hoeringsdesk.gui import labels
from hoeringsdesk.gui.answer_editor import AnswerEditor
from hoeringsdesk.gui.background_read import LatestRead
from hoeringsdesk.gui.pages import DeferredLoad
from hoeringsdesk.gui.review_answering import ReviewAnswering
from hoeringsdesk.gui.review_loading import Details, ReadPassages, ReviewLoader, Why, runs
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
from hoeringsdesk.gui.review_tree import general_node
from hoeringsdesk.gui.section_model import SectionTreeModel


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
        self.deferred = DeferredLoad(self, self._reload)  # loads when in front
        # The badges and the section's lines are read off the GUI thread; the page shows
        # what it has until the latest answer comes.
        self.loader = ReviewLoader(self)
        # The selection's full items and the answer the officer gives them (in the editor).
        self.answering = answering = ReviewAnswering(self)
        # The selection's full items (passage, comment, its version), read when it changes,
        # and the items the editor shows: an answer goes to those, as the officer saw them.
        self.quiet = False  # lines being replaced: their selection changes are not the officer's
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
        self.passages = LatestRead(self)  # the lines' tooltips, read off the GUI thread
        self.passages.delivered.connect(self._passages_read)
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
        self.table.selectionModel().selectionChanged.connect(answering.items_changed)
        self.table.doubleClicked.connect(lambda _i: answering.jump())
        self.editor = AnswerEditor()
        self.editor.answer_changed.connect(answering.save_answer)
        self.jump_button = QPushButton(self.tr("Show in the response"))
        self.jump_button.clicked.connect(answering.jump)
        self.original_button = QPushButton(self.tr("Open original"))
        self.original_button.clicked.connect(answering.open_original)
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
        self.loader.reset()  # nothing read for the one shown before is of use now
        sections = self.services.drafts.sections(consultation_id) if consultation_id else []
        self.tree_model.set_sections([general_node(), *sections] if consultation_id else [])
        self.tree.expandAll()
        if self.deferred.in_background():
            self.deferred.hold(Changes.everything())
        else:
            self.loader.want(badges=True)
        if sections:
            self.select_section(sections[0].id)
        else:
            self.section = None
            self.load_items()

    def select_section(self, section_id: int) -> None:
        index = self.tree_model.index_of(section_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def refresh(self, changes: Changes) -> None:
        """Others' work or the officer's on another page: the badges and the section's
        recommendations, the selection kept. An answer being typed is not disturbed: the
        changes wait until the next refresh or until the page comes to the front again."""
        if self.editor.busy():
            self.deferred.hold(changes)
        else:
            self.deferred.request(changes)

    def flush(self) -> None:
        self.editor.flush()

    def save_layout(self, settings: QSettings) -> None:
        """The review remembers no layout yet (its splitters start as designed)."""

    def _reload(self, _changes: Changes) -> None:
        # Every kind of change can move a section's counts and the rows shown.
        if self.consultation_id is None:
            return
        self.loader.want(badges=True, rows=self.section is not None)

    def show_busiest_section(self) -> None:
        """Choose the section with the most recommendations of its own (for a first look),
        once the badges are read."""
        if self.consultation_id is None:
            return
        self.loader.to_busiest = True
        self.loader.want(badges=True)

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
        if (
            self.consultation_id is not None
            and self.section is not None
            and self.deferred.in_background()
        ):
            self.deferred.hold(Changes.everything())
            return
        if self.consultation_id is None or self.section is None:
            self.answering.forget()
            self.passages.invalidate()
            self.model.set_items([])
            self.answering.show([])
            return
        if keep is None:  # another section or filter: its lines from the first
            self.answering.forget()
            self.passages.invalidate()
            self.editor.flush()
            self.model.set_items([])
            self.answering.show([])
            self.counts.setText(self.tr("Loading …"))
            self.loader.want(rows=True, why=Why.CHOSEN)
        else:
            self.loader.want(rows=True, why=Why.OWN, keep=keep)

    def show_lines(
        self, rows: list[ReviewRow], keep: list[int] | None, details: Details = ((), [])
    ) -> None:
        """The section's lines as read, ``keep`` selected (None: the officer's selection
        now; none of them: the first line), ``details`` the full items read with them. An
        answer being typed to the same lines stays as it is in the editor."""
        keep = self._selected_ids() if keep is None else keep
        answering = self.answering
        typing_to = sorted(i.rec.id for i in answering.shown) if self.editor.busy() else None
        answering.forget()
        self.quiet = True
        try:
            self.model.set_items(rows)
            self.passages.request_after_paint(ReadPassages(self.services.review, self.model.ids()))
            self._reselect(keep)
            if not self._selected_ids() and self.model.rowCount():
                self.table.selectRow(0)
        finally:
            self.quiet = False
        answering.take(details)
        if typing_to is None or sorted(self._selected_ids()) != typing_to:
            # (else the editor is left as it is, with the versions the officer saw)
            self.editor.flush()
            answering.show(self.selected_items())
        self._update_counts()

    @Slot(object)
    def _passages_read(self, passages: dict[int, str]) -> None:
        self.model.set_passages(passages)

    def _apply_filter(self) -> None:
        keep = self._selected_ids()
        self.model.set_filter(
            ReviewFilter(
                rec_type=labels.member(RecommendationType, self.type_filter.currentData()),
                party_kind=labels.member(PartyKind, self.kind_filter.currentData()),
                outcome=labels.member(Outcome, self.outcome_filter.currentData()),
                unanswered_only=self.unanswered.isChecked(),
            )
        )
        self._reselect(keep)
        self._update_counts()

    def _reselect(self, rec_ids: list[int]) -> None:
        """Select the recommendations' rows in one go (one selection change, not one each)."""
        rows = self.model.rows_of(rec_ids)
        chosen = QItemSelection()
        last = self.model.columnCount() - 1
        for first, end in runs(rows):
            chosen.select(self.model.index(first, 0), self.model.index(end, last))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().select(chosen, flags.ClearAndSelect | flags.Rows)
        if not rows and not self.quiet:
            self.answering.show([])

    def _update_counts(self) -> None:
        by_type = self.model.by_type()
        kinds = " · ".join(
            f"{labels.rec_type(t)} {by_type[t]}" for t in labels.REC_TYPES if by_type.get(t)
        )
        self.counts.setText(
            self.tr("{0} of {1} shown · {2} unanswered").format(
                self.model.rowCount(), self.model.total(), self.model.unanswered()
            )
            + (f"  ({kinds})" if kinds else "")
        )

    # --- the selection ---

    def selected_ids(self) -> list[int]:
        """The recommendations of the selected lines, in the lines' order."""
        return self._selected_ids()

    def _selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [line.id for r in rows if (line := self.model.item_at(r)) is not None]

    def selected_items(self) -> list[ReviewItem]:
        """The chosen recommendations in full, read when the selection changes."""
        return self.answering.selected_items()
