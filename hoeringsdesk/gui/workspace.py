"""The officer's workspace: response list | reader | recommendations and metadata."""

from __future__ import annotations

import html
from itertools import compress, repeat
from operator import attrgetter, is_, truth

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.domain.changes import Changes
from hoeringsdesk.domain.records.consultations import SectionNode
from hoeringsdesk.domain.records.recommendations import RecommendationInfo
from hoeringsdesk.domain.records.responses import ResponseDetail
from hoeringsdesk.gui.audit_view import AuditView
from hoeringsdesk.gui.metadata_panel import MetadataPanel
from hoeringsdesk.gui.reader import ReaderView
from hoeringsdesk.gui.recommendation_panel import RecommendationPanel
from hoeringsdesk.gui.response_list import ResponseList
from hoeringsdesk.gui.suggestion_bar import SuggestionBar
from hoeringsdesk.gui.suggestion_learning import Rescorer, Retrainer
from hoeringsdesk.gui.workspace_detail_read import DetailReader
from hoeringsdesk.gui.workspace_details import DetailCommands
from hoeringsdesk.gui.workspace_refresh import WorkspaceRefresh
from hoeringsdesk.gui.workspace_suggestions import SuggestionCommands
from hoeringsdesk.gui.workspace_tagging import TaggingCommands

_DUPLICATE_OF, _LATE = attrgetter("duplicate_of"), attrgetter("late")
_OPEN = attrgetter("open_suggestions")

COLUMNS_KEY = "workspace/responseColumns"  # the list's columns in their order since 0.1


class WorkspacePage(QWidget):
    """Find a response, read it, tag it; every change is saved at once."""

    status_message = Signal(str)  # a passing message ("" when it no longer applies)
    counts_message = Signal(str)  # what the list shows, kept in view

    def __init__(self, services: Services, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo = undo
        self.consultation_id: int | None = None
        self.sections: list[SectionNode] = []
        self.detail: ResponseDetail | None = None
        self.refresher = WorkspaceRefresh(self)  # changes made elsewhere, when in front
        self.detail_reader = DetailReader(self)  # the response chosen, read off the GUI thread

        self.list = ResponseList()
        self.reader = ReaderView()
        self.reader_title = QLabel()
        self.reader_title.setObjectName("readerTitle")
        self.reader_title.setWordWrap(True)
        self.panel = RecommendationPanel()
        self.suggestion_bar = SuggestionBar()
        self.retrainer = Retrainer(services.suggestions, self)
        self.rescorer = Rescorer(services.suggestions, services.responses.detail, self)
        self.suggestions = SuggestionCommands(self)
        self.details = DetailCommands(self)
        self.metadata = MetadataPanel()
        self.side = QTabWidget()
        self.side.setObjectName("sideTabs")
        self.side.addTab(self.panel, self.tr("Recommendations"))
        self.side.addTab(self.metadata, self.tr("Details"))
        self.history = AuditView()
        self.side.addTab(self.history, self.tr("History"))
        self.side.currentChanged.connect(lambda _i: self._load_history())
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.reader_title)
        middle_layout.addWidget(self.reader, 1)
        middle_layout.addWidget(self.suggestion_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.side)
        # No pane can be dragged away to nothing: the reader least of all.
        for pane, least in ((self.list, 260), (middle, 320), (self.side, 300)):
            pane.setMinimumWidth(least)
        for i in range(3):
            self.splitter.setCollapsible(i, False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 410, 356])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.tagging = TaggingCommands(self)
        tagging = self.tagging

        self.new_action = QAction(self.tr("New recommendation from selection"), self)
        self.new_action.setShortcuts([QKeySequence("Ctrl+T"), QKeySequence("Ctrl+N")])
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(tagging.new_recommendation)
        self.addAction(self.new_action)
        self.accept_all_action = QAction(self.tr("Accept all suggestions in this response"), self)
        self.accept_all_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.accept_all_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.accept_all_action.triggered.connect(tagging.accept_all)
        self.addAction(self.accept_all_action)
        self.split_action = self._workspace_action(
            self.tr("Split the recommendation at the cursor"),
            "Ctrl+Shift+D",
            lambda: tagging.on_current(tagging.split_recommendation),
        )
        self.campaign_action = self._workspace_action(
            self.tr("Apply the recommendation to the whole campaign"),
            "Ctrl+Shift+K",
            lambda: tagging.on_current(tagging.apply_to_campaign),
        )
        self.focus_actions = []
        for key, target in (
            ("Ctrl+1", self.list.table),
            ("Ctrl+2", self.reader),
            ("Ctrl+3", self.panel.table),
            ("Ctrl+F", self.list.text),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(target.setFocus)
            self.addAction(action)
            self.focus_actions.append(action)

        for key, slot in (
            ("A", self.suggestions.accept_shown),
            ("E", self.suggestions.edit_shown),
        ):
            action = QAction(self.reader)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.reader.addAction(action)
        self.suggestion_bar.accept_requested.connect(tagging.accept)
        self.suggestion_bar.edit_requested.connect(tagging.edit_recommendation)
        self.retrainer.retrained.connect(self.suggestions.retrained)
        self.rescorer.rescored.connect(self.suggestions.rescored)
        self.list.response_selected.connect(self._response_chosen)
        self.list.counts_changed.connect(self._emit_counts)
        self.list.search_requested.connect(self._search)
        self.reader.recommendation_clicked.connect(self._select_rec)
        self.panel.selected.connect(self._rec_selected)
        self.panel.new_requested.connect(tagging.new_recommendation)
        self.panel.accept_requested.connect(tagging.accept)
        self.panel.accept_all_requested.connect(tagging.accept_all)
        self.panel.edit_requested.connect(tagging.edit_recommendation)
        self.panel.delete_requested.connect(tagging.delete_recommendation)
        self.panel.split_requested.connect(tagging.split_recommendation)
        self.panel.campaign_requested.connect(tagging.apply_to_campaign)
        self.panel.jump_requested.connect(self.jump_to)
        details = self.details
        self.metadata.status_changed.connect(lambda v: details.update_response(status=v))
        self.metadata.late_decision_changed.connect(
            lambda v: details.update_response(accepted_late=v)
        )
        self.metadata.document_number_changed.connect(
            lambda v: details.update_response(document_number=v)
        )
        self.metadata.notes_changed.connect(details.save_notes)
        self.metadata.party_edit_requested.connect(details.edit_party)
        self.metadata.party_add_requested.connect(details.add_party)
        self.metadata.party_confirm_requested.connect(details.confirm_senders)
        self.metadata.open_file_requested.connect(details.open_file)
        self.metadata.anonymise_requested.connect(details.anonymise)
        self.metadata.assign_changed.connect(lambda v: details.update_response(assigned_to=v))
        self.metadata.user = services.user
        self.list.user = services.user
        self.metadata.erase_requested.connect(details.erase)
        self.show_response(None)

    def _workspace_action(self, text: str, key: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- loading ---

    def set_consultation(self, consultation_id: int | None) -> None:
        self.metadata.flush_notes()
        self.consultation_id = consultation_id
        self.detail = None
        if consultation_id is None:
            self.list.set_rows([])
            self.show_response(None)
            return
        self.sections = self.services.drafts.sections(consultation_id)
        self.list.set_sections(self.sections)
        self.suggestion_bar.set_sections(self.sections)
        self.retrainer.request(consultation_id)  # learn from the tags already made
        self.metadata.set_officers(
            sorted(set(self.services.audit.users(consultation_id)) | {self.services.user})
        )
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        if self.consultation_id is None:
            return
        keep = keep if keep is not None else self.list.current_id()
        self.list.set_rows(self.services.responses.rows(self.consultation_id), keep)
        if self.list.current_id() is None:
            first = self.list.model.row_at(0)
            if first is not None:
                self.list.select(first.id)
            else:
                self.show_response(None)

    def show_response(
        self, response_id: int | None, keep_rec: int | None = None, rescore: bool = True
    ) -> None:
        """Show a response at once (read here; a choice in the list is read in a worker);
        its open suggestions are scored again in a worker (with ``rescore``) and the bar
        follows when they come back."""
        self.detail_reader.invalidate()  # a read of an earlier choice is not shown
        self.metadata.flush_notes()
        detail = self.services.responses.detail(response_id) if response_id else None
        self.show_read(detail, keep_rec, rescore)

    def show_read(
        self, detail: ResponseDetail | None, keep_rec: int | None = None, rescore: bool = True
    ) -> None:
        """Show a response just read (``None``: none) and score its open suggestions again."""
        self.show_detail(detail, keep_rec)
        if detail is not None and rescore and not self.services.read_only:
            self.rescorer.request(detail.row.id)
        else:
            self.rescorer.invalidate()  # a scoring under way read what is no longer shown

    def _response_chosen(self, response_id: int | None) -> None:
        if (
            self.refresher.refreshing
            and self.detail is not None
            and self.detail.row.id == response_id
        ):
            return  # reselected by a refresh, which shows what changed in it itself
        if response_id is None:
            self.show_response(None)
        else:
            self.detail_reader.request(response_id)  # shown when it has been read

    def show_detail(self, detail: ResponseDetail | None, keep_rec: int | None = None) -> None:
        """Show a response already read (``None``: none)."""
        if self.detail is None or detail is None or self.detail.row.id != detail.row.id:
            self.status_message.emit("")  # a message about the last response is done with
        self.detail = detail
        self.reader.show_detail(self.detail)
        self.metadata.show_detail(self.detail)
        recs = list(self.detail.recommendations) if self.detail else []
        in_campaign = bool(self.detail and self.detail.row.campaign_id)
        self.panel.set_recommendations(recs, in_campaign, keep_rec)
        self.panel.setEnabled(self.detail is not None)
        self.suggestions.show_suggestion(self.panel.current())
        self._load_history()
        if self.detail is None:
            self.reader_title.setText(self.tr("Choose a response in the list."))
        else:
            row = self.detail.row
            number = row.number if row.number is not None else "–"
            heading = self.tr("No. {0}").format(number)
            self.reader_title.setText(f"<b>{heading}</b> · {html.escape(row.sender_display)}")

    def refresh(self, changes: Changes) -> None:
        """Changes from a colleague or another page: the list, and the shown response if it
        changed (the officer's place in it kept; a note being typed is not overwritten)."""
        self.refresher.deferred.request(changes)

    def flush(self) -> None:
        self.metadata.flush_notes()

    def stop(self) -> None:
        """Stop the suggestions' background work (the window is closing)."""
        self.retrainer.stop()
        self.rescorer.stop()
        self.detail_reader.stop()

    def show_richest_response(self) -> None:
        """Select the response with the most open suggestions (for a telling screenshot)."""
        rows = self.list.model.visible_rows()
        if rows:
            best = max(rows, key=lambda r: (r.open_suggestions, r.recommendations, -r.id))
            self.list.select(best.id)
            self.reader.setFocus()

    def _load_history(self) -> None:
        if self.side.currentWidget() is not self.history:
            return
        entries = self.services.audit.for_response(self.detail.row.id) if self.detail else []
        self.history.show_entries(entries, self.services.audit.names(entries))

    def refresh_response(self, response_id: int | None) -> None:
        """After a change: the row in the list and, if shown, the response itself."""
        if response_id is None or self.consultation_id is None:
            self.reload()
            return
        current = self.panel.current()
        self.retrainer.tagged(self.consultation_id)
        self.list.model.update_row(self.services.responses.row(response_id))
        self._emit_counts()
        if self.detail is not None and self.detail.row.id == response_id:
            self.show_response(response_id, current.id if current else None)

    def _emit_counts(self) -> None:
        rows = self.list.model.all_rows()
        visible = self.list.model.rowCount()
        # counted by C code (map, compress, sum), not a Python loop: ~10 ms at 10,000 rows
        counted = list(compress(rows, map(is_, map(_DUPLICATE_OF, rows), repeat(None))))
        late = sum(map(truth, map(_LATE, counted)))
        open_ = sum(map(truth, map(_OPEN, counted)))
        self.counts_message.emit(
            self.tr(
                "Showing {0} of {1} rows · {2} responses · {3} late · {4} with open suggestions"
            ).format(visible, len(rows), len(counted), late, open_)
        )

    def _search(self, text: str) -> None:
        if self.consultation_id is None or not text:
            return
        ids = self.services.responses.search_ids(self.consultation_id, text)
        self.list.set_search_ids(frozenset(ids))

    # --- reader ↔ panel ---

    def _select_rec(self, rec_id: int) -> None:
        self.side.setCurrentWidget(self.panel)
        self.panel.select(rec_id)

    def _rec_selected(self, rec: RecommendationInfo | None) -> None:
        self.reader.set_current(rec.id if rec else None)
        self.suggestions.show_suggestion(rec)

    def jump_to(self, rec_id: int) -> None:
        rec = next((r for r in self.panel.model.rows() if r.id == rec_id), None)
        if rec is not None:
            self.reader.select_range(rec.start, rec.end)
            self.reader.setFocus()

    def show_passage_response(self, response_id: int) -> None:
        """Show one response, clearing filters that would hide it."""
        if self.list.model.row_of(response_id) < 0:
            self.list.text.clear()
            for combo in (self.list.status, self.list.late, self.list.kind, self.list.section):
                combo.setCurrentIndex(0)
            self.list.set_search_ids(None)
        self.list.select(response_id)
        if self.detail is None or self.detail.row.id != response_id:
            self.show_response(response_id)

    def show_passage(self, response_id: int, rec_id: int) -> None:
        """Open a response with one recommendation selected and its passage highlighted."""
        self.show_passage_response(response_id)
        self.side.setCurrentWidget(self.panel)
        self.panel.select(rec_id)
        self.jump_to(rec_id)

    # --- tagging ---

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)

    # --- metadata ---

    # --- layout memory ---

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("workspace/splitter", self.splitter.saveState())
        settings.setValue(COLUMNS_KEY, self.list.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("workspace/splitter")
        if state is not None:
            defaults = self.splitter.sizes()
            self.splitter.restoreState(state)
            for i in range(3):
                self.splitter.setCollapsible(i, False)
            if min(self.splitter.sizes()) <= 0:  # saved by a version that let a pane collapse
                self.splitter.setSizes(defaults)
        columns = settings.value(COLUMNS_KEY)
        if columns is not None:
            self.list.table.horizontalHeader().restoreState(columns)
