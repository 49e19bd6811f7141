"""Nyt høringssvar (a response entered by hand) and Rediger tekst (correct or type the text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.domain.enums import Channel, PartyKind
from hoeringsdesk.gui.worker import BackgroundJob, JobProgress
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.manual_entry import ManualEntry
from hoeringsdesk.services.text_edit import TextEdit, TextState

SCAN_FILTER = "*.png *.jpg *.jpeg *.tif *.tiff *.pdf"


class NewResponseDialog(QDialog):
    """Sender(s), received date, channel, the text and optionally a scan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New response"))
        self.senders = QPlainTextEdit()
        self.senders.setObjectName("manualSenders")
        self.senders.setPlaceholderText(
            self.tr("One sender a line, e.g. “Anne Holm, Egevej 4, 8000 Aarhus C”")
        )
        self.senders.setFixedHeight(64)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Read from what is written"), None)
        self.kind.addItem(self.tr("Private person"), PartyKind.PRIVATE)
        self.kind.addItem(self.tr("Organisation"), PartyKind.ORGANISATION)
        self.kind.addItem(self.tr("Public authority"), PartyKind.AUTHORITY)
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd-MM-yyyy")
        self.channel = QComboBox()
        self.channel.setObjectName("manualChannel")
        self.channel.addItem(self.tr("Post"), Channel.POST)
        self.channel.addItem(self.tr("Telephone"), Channel.TELEPHONE)
        self.channel.addItem(self.tr("In person"), Channel.IN_PERSON)
        self.text = QPlainTextEdit()
        self.text.setObjectName("manualText")
        self.text.setPlaceholderText(
            self.tr("The response as written or said; leave empty to read an attached scan")
        )
        self.scan_path: Path | None = None
        self.scan_label = QLabel(self.tr("No scan attached"))
        attach = QPushButton(self.tr("Attach scan…"))
        attach.clicked.connect(self._attach)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(attach)
        form = QFormLayout()
        form.addRow(self.tr("Sender(s)"), self.senders)
        form.addRow(self.tr("Sender type"), self.kind)
        form.addRow(self.tr("Received"), self.received)
        form.addRow(self.tr("Received by"), self.channel)
        form.addRow(self.tr("Scan"), scan_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Text")))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach scan"), str(Path.home()), self.tr("Scans") + f" ({SCAN_FILTER})"
        )
        if path:
            self.scan_path = Path(path)
            self.scan_label.setText(self.scan_path.name)

    def entry(self) -> ManualEntry:
        """What was entered; ServiceError when the scan cannot be read from disk."""
        scan = None
        if self.scan_path is not None:
            try:
                scan = self.scan_path.read_bytes()
            except OSError as exc:
                raise ServiceError(f"{self.scan_path.name} kan ikke læses: {exc.strerror}") from exc
        when = self.received.date()
        from datetime import date

        return ManualEntry(
            senders=self.senders.toPlainText(),
            received=date(when.year(), when.month(), when.day()),
            channel=Channel(self.channel.currentData()),
            text=self.text.toPlainText(),
            scan_name=self.scan_path.name if self.scan_path else "",
            scan=scan,
            kind=self.kind.currentData(),
        )


class ManualEntryFlow(QObject):
    """Registers an entry off the GUI thread (a scan may be read with OCR); emits the id."""

    done = Signal(object)  # response id or None

    def __init__(
        self, services: Services, consultation_id: int, entry: ManualEntry, parent: QWidget
    ):
        super().__init__(parent)
        self._parent = parent
        job: Callable = lambda _progress, _cancelled: services.intake.register_manual(  # noqa: E731
            consultation_id, entry
        )
        self.job = BackgroundJob(job)
        JobProgress(self.job, self.tr("Registering…"), parent, cancellable=False)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.job.start()

    def _on_finished(self, outcome: object) -> None:
        self.done.emit(getattr(outcome, "response_id", None))

    def _on_failed(self, message: str) -> None:
        QMessageBox.warning(self._parent, self.tr("New response"), message)
        self.done.emit(None)


class EditTextDialog(QDialog):
    """The response's whole text, to correct OCR errors or type a letter in."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit response text"))
        self.editor = QPlainTextEdit(text)
        self.editor.setObjectName("responseTextEditor")
        note = QLabel(
            self.tr(
                "Words marked with a wavy red line were read uncertainly by text recognition. "
                "Tagged passages move with the text; you are told if an edit changes one."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(760, 600)


class EditText(QUndoCommand):
    """One text edit: redo writes the new text, undo puts the old one back (one call each)."""

    def __init__(
        self,
        services: Services,
        changed: Callable[[int | None], None],
        told: Callable[[str], None],
        response_id: int,
        text: str,
        expected_version: int,
    ) -> None:
        super().__init__()
        self.setText(QCoreApplication.translate("EditText", "Edit text"))
        self.services, self.changed, self.told = services, changed, told
        self.response_id, self.new_text, self.version = response_id, text, expected_version
        self.edit: TextEdit | None = None
        self.redo_state: TextState | None = None
        self.left = expected_version  # the response's version the last step left
        self.ok = True

    def redo(self) -> None:
        try:
            if self.edit is None:
                self.edit = self.services.texts.edit(self.response_id, self.new_text, self.version)
                self.redo_state = self.edit.after
                self.left = self.edit.after.version
                self._tell(self.edit)
            elif self.redo_state is not None:  # refused if a colleague changed it since the undo
                self.left = self.services.texts.restore(self.redo_state, self.left).version
        except ServiceError as exc:
            self.ok = False
            self.setObsolete(True)
            self.told(str(exc))
        self.changed(self.response_id)

    def undo(self) -> None:
        if self.edit is None:
            return
        try:  # refused if a colleague has changed the response since the edit
            self.left = self.services.texts.restore(self.edit.before, self.left).version
        except ServiceError as exc:
            self.setObsolete(True)  # (as a refused ServiceCommand: it leaves the stack)
            self.told(str(exc))
        self.changed(self.response_id)

    def _tell(self, edit: TextEdit) -> None:
        lines = []
        if edit.changed_tags:
            lines.append(
                QCoreApplication.translate(
                    "EditText", "The edit changed the passage of {0} recommendation(s); check them."
                ).format(len(edit.changed_tags))
            )
        if edit.emptied_tags:
            lines.append(
                QCoreApplication.translate(
                    "EditText", "{0} recommendation(s) lost their whole passage; check them."
                ).format(len(edit.emptied_tags))
            )
        if lines:
            self.told(" ".join(lines))
