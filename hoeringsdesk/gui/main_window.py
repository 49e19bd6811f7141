"""The main window: menus, consultation switcher and the pages of the app.

A window command goes into the helper for its menu (consultation_commands, import_commands,
manual_commands, store_commands) or into window_navigation; a page implements gui.pages.Page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
)

from hoeringsdesk.app import Services
from hoeringsdesk.domain.changes import Changes
from hoeringsdesk.gui.consultation_commands import ConsultationCommands
from hoeringsdesk.gui.draft_view import DraftView
from hoeringsdesk.gui.import_commands import ImportCommands
from hoeringsdesk.gui.manual_commands import ManualCommands
from hoeringsdesk.gui.overview_page import OverviewPage
from hoeringsdesk.gui.pages import Page, SeenChanges
from hoeringsdesk.gui.review_page import ReviewPage
from hoeringsdesk.gui.store_commands import StoreCommands
from hoeringsdesk.gui.team_refresh import ChangePoller
from hoeringsdesk.gui.welcome_page import WelcomePage
from hoeringsdesk.gui.window_fit import fit_to_screen
from hoeringsdesk.gui.window_navigation import PageNavigation
from hoeringsdesk.gui.workspace import WorkspacePage

STATUS_MS = 15_000  # how long a passing message stays in the status bar


class MainWindow(QMainWindow):
    """Holds the pages and the menus; the commands live in the helpers it is composed of."""

    restore_requested = Signal(object)  # Path of a backup to restore from

    def __init__(self, services: Services, settings: QSettings) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.consultation_id: int | None = None
        self.closing_for_restore = False
        self.undo = QUndoStack(self)
        self.navigation = PageNavigation(self)
        self.consultation_commands = ConsultationCommands(self)
        self.imports = ImportCommands(self)
        self.manual = ManualCommands(self)
        self.store_commands = StoreCommands(self)
        self.setWindowTitle("Høringsdesk" + (self.tr(" (read-only)") if services.read_only else ""))
        self.setMinimumSize(1000, 640)
        self.poller = ChangePoller(self)
        self.seen = SeenChanges(services.audit)  # what each page saw of the store
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(60_000)
        if services.lock is not None:
            self.heartbeat.timeout.connect(services.lock.heartbeat)
            self.heartbeat.start()
        self.setAcceptDrops(True)

        self.welcome = WelcomePage()
        self.welcome.new_button.clicked.connect(self.consultation_commands.new_consultation)
        self.welcome.demo_button.clicked.connect(self.consultation_commands.create_demo)
        self.draft_view = DraftView(services)
        self.workspace = WorkspacePage(services, self.undo)
        self.workspace.status_message.connect(self.show_status)
        self.counts = QLabel()
        self.counts.setObjectName("listCounts")
        self.statusBar().addPermanentWidget(self.counts)
        self.workspace.counts_message.connect(self.counts.setText)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.review = ReviewPage(services, self.undo)
        self.review.show_passage_requested.connect(self.navigation.show_passage_from_review)
        self.review.open_original_requested.connect(self.imports.open_original)
        self.overview = OverviewPage(services)
        self.overview.gap_activated.connect(self.navigation.go_to_gap)
        self.tabs.addTab(self.workspace, self.tr("Responses"))
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.draft_view, self.tr("Draft"))
        self.tabs.currentChanged.connect(self._page_changed)
        self.pages: tuple[Page, ...] = (self.workspace, self.review, self.overview, self.draft_view)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.switcher = QComboBox()
        self.switcher.setObjectName("consultationSwitcher")
        self.switcher.setMinimumContentsLength(40)
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.switcher.activated.connect(self._on_switch)
        toolbar = QToolBar(self.tr("Consultation"))
        toolbar.setObjectName("consultationToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Consultation:") + " "))
        toolbar.addWidget(self.switcher)
        toolbar.addSeparator()
        self.fetch_button = QPushButton(self.tr("Fetch from mailboxes"))
        self.fetch_button.setObjectName("fetchButton")
        self.fetch_button.setToolTip(
            self.tr(
                "Register what is new in the consultation's mailboxes (nothing is changed there)"
            )
        )
        self.fetch_button.clicked.connect(self.imports.fetch_mailboxes)
        toolbar.addWidget(self.fetch_button)
        toolbar.addSeparator()
        self.back_action = QAction(self.tr("← Back to the review"), self)
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        self.back_action.triggered.connect(self.navigation.back)
        self.back_action.setVisible(False)
        toolbar.addAction(self.back_action)
        self.addToolBar(toolbar)
        self._build_menus()
        writable = not services.read_only
        for widget in (self.fetch_action, self.mailboxes_action, self.fetch_button):
            widget.setEnabled(writable)
        self._restore_layout()
        self.reload_consultations(self._remembered_consultation())
        due = self.services.privacy.due()
        if due:
            self.statusBar().showMessage(
                self.tr(
                    "Personal data is due for deletion in {0} consultation(s): see Consultation → "
                    "Personal data due for deletion."
                ).format(len(due))
            )

    # --- menus ---

    def _build_menus(self) -> None:
        consultations, imports = self.consultation_commands, self.imports
        store = self.store_commands
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.tr("&Import responses…"), imports.import_files, "Ctrl+I"
        )
        self.import_folder_action = self._action(self.tr("Import &folder…"), imports.import_folder)
        self.import_draft_action = self._action(
            self.tr("Import &draft…"), consultations.import_draft
        )
        self.new_response_action = self._action(
            self.tr("&New response…"), self.manual.new_response, "Ctrl+Shift+N"
        )
        self.fetch_action = self._action(
            self.tr("Fetch from &mailboxes"), imports.fetch_mailboxes, "Ctrl+Shift+I"
        )
        for action in (
            self.import_action,
            self.import_folder_action,
            self.fetch_action,
            self.import_draft_action,
            self.new_response_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.export_action = self._action(self.tr("&Export…"), consultations.export, "Ctrl+E")
        file_menu.addAction(self.export_action)
        self.redaction_action = self._action(
            self.tr("Review &anonymisation…"), consultations.review_redaction
        )
        file_menu.addAction(self.redaction_action)
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Backup…"), store.make_backup)
        self.restore_action = self._action(self.tr("&Restore…"), store.restore_backup)
        local = self.services.store.path is not None
        self.backup_action.setEnabled(local)
        self.restore_action.setEnabled(local and not self.services.read_only)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self._action(self.tr("&Database…"), store.choose_database))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.workspace.new_action)
        edit_menu.addAction(self.workspace.accept_all_action)
        edit_menu.addAction(self.workspace.split_action)
        edit_menu.addAction(self.workspace.campaign_action)
        edit_menu.addSeparator()
        self.edit_text_action = self._action(
            self.tr("Edit response &text…"), self.manual.edit_response_text, "Ctrl+Shift+T"
        )
        edit_menu.addAction(self.edit_text_action)
        self.undo_action, self.redo_action = undo, redo
        consultation_menu = bar.addMenu(self.tr("&Consultation"))
        consultation_menu.addAction(
            self._action(self.tr("&New consultation…"), consultations.new_consultation)
        )
        self.settings_action = self._action(self.tr("&Settings…"), consultations.edit_consultation)
        consultation_menu.addAction(self.settings_action)
        self.mailboxes_action = self._action(self.tr("&Mailboxes…"), consultations.edit_mailboxes)
        consultation_menu.addAction(self.mailboxes_action)
        consultation_menu.addSeparator()
        consultation_menu.addAction(
            self._action(self.tr("Personal data due for &deletion…"), consultations.show_due)
        )
        language_menu = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = str(self.settings.value("language", "da"))
        for code, name in (("da", "Dansk"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, c=code: store.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Høringsdesk…"), self.show_about)
        help_menu.addAction(self.about_action)

    def show_about(self) -> None:
        from hoeringsdesk.gui.about import AboutDialog

        AboutDialog(self.services, self).exec()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    # --- consultations ---

    def _remembered_consultation(self) -> int | None:
        value = self.settings.value("lastConsultation")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def reload_consultations(self, select: int | None = None) -> None:
        items = self.services.consultations.list()
        self.switcher.clear()
        for info in items:
            self.switcher.addItem(f"{info.title}  ({info.deadline:%d-%m-%Y})", info.id)
        ids = [info.id for info in items]
        target = select if select in ids else (ids[0] if ids else None)
        self.show_consultation(target)

    def _on_switch(self, row: int) -> None:
        self.show_consultation(self.switcher.itemData(row))

    def show_consultation(self, consultation_id: int | None) -> None:
        self.consultation_id = consultation_id
        has = consultation_id is not None
        self.stack.setCurrentWidget(self.tabs if has else self.welcome)
        for action in (
            self.export_action,
            self.redaction_action,
            self.import_draft_action,
            self.settings_action,
            self.import_action,
            self.import_folder_action,
            self.new_response_action,
        ):
            action.setEnabled(has)
        for widget in (self.fetch_action, self.mailboxes_action, self.fetch_button):
            widget.setEnabled(has and not self.services.read_only)
        self.undo.clear()
        if consultation_id is None:
            self.statusBar().showMessage(self.tr("No consultation yet"))
            return
        row = self.switcher.findData(consultation_id)
        if row >= 0:
            self.switcher.setCurrentIndex(row)
        self.settings.setValue("lastConsultation", consultation_id)
        self.poller.start(consultation_id)  # its token: what the pages are up to date with
        self.reload_pages()

    def show_status(self, message: str) -> None:
        """A passing message: it goes after a while, or when it no longer applies."""
        if message:
            self.statusBar().showMessage(message, STATUS_MS)
        else:
            self.statusBar().clearMessage()

    def show_view(self, view: str) -> None:
        """Bring a view to the front (see PageNavigation.show_view)."""
        self.navigation.show_view(view)

    def reload_pages(self) -> None:
        """Every page shows the consultation afresh (switched to, or its draft replaced)."""
        self.seen.start(self.consultation_id, self.tabs.currentWidget(), self.poller.seen)
        for page in self.pages:
            page.set_consultation(self.consultation_id)

    def refresh(self, changes: Changes) -> None:
        """Tell every page what changed: the one in front reloads what it shows of it, the
        others when they come to the front."""
        if self.consultation_id is None:
            return
        for page in self.pages:
            page.refresh(changes)

    def flush_pages(self) -> None:
        """Save what the officer is still typing on any page."""
        for page in self.pages:
            page.flush()

    def poll_changes(self) -> None:
        """Show others' new responses, tags and answers within a few seconds."""
        self.poller.poll()

    # --- moving between pages ---

    def _page_changed(self, _index: int) -> None:
        """A page comes to the front: it reloads what changed since it was last there (the
        officer's own work elsewhere, as the services recorded it), and what colleagues'
        changes brought in meanwhile (held by its DeferredLoad); nothing if nothing did."""
        self.navigation.page_changed()
        if self.consultation_id is None:
            return
        page = self.tabs.currentWidget()
        changes = self.seen.came_to_front(page)
        for each in self.pages:
            if each is page and changes:
                each.refresh(changes)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.imports.accepts_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.imports.drop(event.mimeData()):
            event.acceptProposedAction()

    # --- layout memory ---

    def _restore_layout(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        fit_to_screen(self, restored)
        self.draft_view.restore_layout(self.settings)
        self.workspace.restore_layout(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        for page in self.pages:
            page.save_layout(self.settings)
        if not self.closing_for_restore:
            self.flush_pages()
        self.heartbeat.stop()
        self.poller.stop()
        self.imports.stop()
        self.store_commands.stop()
        self.workspace.stop()
        self.review.passages.stop()
        self.review.loader.stop()
        self.overview.reads.stop()
        super().closeEvent(event)

    def prepare_for_restore(self) -> None:
        """Save what is pending and stop touching the store: it is about to be replaced."""
        self.flush_pages()
        self.closing_for_restore = True
        self.heartbeat.stop()
        self.poller.stop()
