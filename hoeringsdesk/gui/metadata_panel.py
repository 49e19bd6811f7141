"""The response's facts: parties, received time, lateness, status, document number, notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.records.responses import ResponseDetail
from hoeringsdesk.gui import labels
from hoeringsdesk.gui.roles import FileRole, PartyIdRole


def received_source(source: str) -> str:
    """Where the received time comes from, in the officer's words."""
    return {
        "date": QCoreApplication.translate("MetadataPanel", "sent, as the e-mail says"),
        "received": QCoreApplication.translate("MetadataPanel", "received by the mail server"),
        "file": QCoreApplication.translate("MetadataPanel", "the file's time"),
        "imap": QCoreApplication.translate(
            "MetadataPanel", "arrived in the mailbox (the e-mail has no date)"
        ),
    }.get(source, "")


class MetadataPanel(QScrollArea):
    """Shows and edits one response's metadata; every change is emitted at once."""

    status_changed = Signal(str)
    late_decision_changed = Signal(object)  # True / False / None
    document_number_changed = Signal(str)
    notes_changed = Signal(str)
    party_edit_requested = Signal(int)
    party_add_requested = Signal()
    party_confirm_requested = Signal()
    open_file_requested = Signal(int)
    anonymise_requested = Signal()
    assign_changed = Signal(str)
    erase_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("metadataPanel")
        body = QWidget()
        self.title = QLabel()
        self.title.setObjectName("responseTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.parties = QListWidget()
        self.parties.setObjectName("parties")
        self.parties.setMaximumHeight(110)
        self.parties.itemActivated.connect(self._edit_party)
        edit_party = QPushButton(self.tr("Edit sender…"))
        edit_party.clicked.connect(lambda: self._edit_party(self.parties.currentItem()))
        add_party = QPushButton(self.tr("Add sender…"))
        add_party.clicked.connect(self.party_add_requested)
        self.sender_note = QLabel()
        self.sender_note.setObjectName("senderUncertain")
        self.sender_note.setWordWrap(True)
        self.sender_note.setStyleSheet("color: #8a4b00;")
        self.confirm_party = QPushButton(self.tr("Senders are right"))
        self.confirm_party.setObjectName("confirmSenders")
        self.confirm_party.setToolTip(
            self.tr("Confirm the senders as they stand; the response is no longer flagged.")
        )
        self.confirm_party.clicked.connect(self.party_confirm_requested)
        self.received = QLabel()
        self.received.setWordWrap(True)  # "… (afsendt, ifølge …)" fits the panel at 1366×768
        self.late = QLabel()
        self.late_decision = QComboBox()
        self.late_decision.setObjectName("lateDecision")
        for text, value in (
            (self.tr("Not decided"), None),
            (self.tr("Yes, include it"), True),
            (self.tr("No, leave it out"), False),
        ):
            self.late_decision.addItem(text, value)
        self.late_decision.activated.connect(
            lambda i: self.late_decision_changed.emit(self.late_decision.itemData(i))
        )
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in labels.STATUSES:
            self.status.addItem(labels.response_status(status), status)
        self.status.activated.connect(lambda i: self.status_changed.emit(self.status.itemData(i)))
        self.assigned = QComboBox()
        self.assigned.setObjectName("assigned")
        self.assigned.setEditable(True)
        self.assigned.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        assigned_edit = self.assigned.lineEdit()
        assert assigned_edit is not None  # an editable combo box has one
        assigned_edit.setPlaceholderText(self.tr("nobody"))
        self.assigned.activated.connect(lambda _i: self._assign(self.assigned.currentText()))
        assigned_edit.editingFinished.connect(lambda: self._assign(self.assigned.currentText()))
        self.user = ""
        self.assign_me = QPushButton(self.tr("Assign to me"))
        self.assign_me.clicked.connect(lambda: self._assign(self.user))
        self._assigned_now = ""
        self.document_number = QLineEdit()
        self.document_number.setObjectName("documentNumber")
        self.document_number.setPlaceholderText(self.tr("F2 / eDoc document number"))
        self.document_number.editingFinished.connect(
            lambda: self.document_number_changed.emit(self.document_number.text())
        )
        self.notes = QPlainTextEdit()
        self.notes_seen = ""  # the stored notes as last shown or saved (checked on save)
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(90)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(700)
        self._notes_timer.timeout.connect(self.flush_notes)
        self.notes.textChanged.connect(self._notes_timer.start)
        self.files = QListWidget()
        self.files.setObjectName("files")
        self.files.setMaximumHeight(90)
        self.files.itemActivated.connect(
            lambda item: self.open_file_requested.emit(item.data(FileRole))
        )
        open_original = QPushButton(self.tr("Open original"))
        open_original.clicked.connect(lambda: self.open_file_requested.emit(0))
        self.anonymise_button = QPushButton(self.tr("Anonymise sender…"))
        self.anonymise_button.setObjectName("anonymise")
        self.anonymise_button.clicked.connect(self.anonymise_requested)
        self.erase_button = QPushButton(self.tr("Erase personal data…"))
        self.erase_button.setObjectName("erase")
        self.erase_button.clicked.connect(self.erase_requested)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Received"), self.received)
        form.addRow(self.tr("Deadline"), self.late)
        form.addRow(self.tr("Include anyway"), self.late_decision)
        form.addRow(self.tr("Status"), self.status)
        assign_row = QHBoxLayout()
        assign_row.addWidget(self.assigned, 1)
        assign_row.addWidget(self.assign_me)
        form.addRow(self.tr("Assigned to"), assign_row)
        form.addRow(self.tr("Document no."), self.document_number)
        party_buttons = QHBoxLayout()
        party_buttons.addWidget(edit_party)
        party_buttons.addWidget(add_party)
        party_buttons.addWidget(self.confirm_party)
        party_buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("Senders")))
        layout.addWidget(self.parties)
        layout.addWidget(self.sender_note)
        layout.addLayout(party_buttons)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Notes")))
        layout.addWidget(self.notes)
        layout.addWidget(QLabel(self.tr("Files")))
        layout.addWidget(self.files)
        layout.addWidget(open_original, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.warnings)
        layout.addWidget(QLabel(self.tr("Personal data")))
        for button in (self.anonymise_button, self.erase_button):  # one above the other:
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)  # side by side, too wide
        layout.addStretch(1)
        self.setWidget(body)
        self.show_detail(None)

    def show_detail(self, detail: ResponseDetail | None) -> None:
        self._notes_timer.stop()
        body = self.widget()
        assert body is not None  # set in __init__
        body.setEnabled(detail is not None)
        self.parties.clear()
        self.files.clear()
        self.sender_note.setVisible(False)
        self.confirm_party.setVisible(False)
        if detail is None:
            self.title.setText(self.tr("No response chosen"))
            for w in (self.received, self.late, self.warnings):
                w.setText("")
            self.document_number.clear()
            self.notes.blockSignals(True)
            self.notes.clear()
            self.notes.blockSignals(False)
            return
        row = detail.row
        number = str(row.number) if row.number is not None else self.tr("duplicate")
        self.title.setText(
            self.tr("Response no. {0}").format(number)
            + (f" – {row.subject}" if row.subject else "")
        )
        for p in row.parties:
            text = f"{labels.role(p.role)}: {p.display}"
            if p.email and p.email != p.display:
                text += f" <{p.email}>"
            unknown = p.kind == PartyKind.UNKNOWN and p.role != PartyRole.FORWARDER
            mark = "⚠ " if p.uncertain or unknown else ""
            item = QListWidgetItem(f"{mark}{text}  ({labels.party_kind(p.kind)})")
            item.setData(PartyIdRole, p.id)
            self.parties.addItem(item)
        if not row.parties:
            self.parties.addItem(self.tr("(no sender found – add one)"))
        if row.sender_uncertain:
            why = self.tr("Sender uncertain: {0}").format(row.sender_note)
            self.sender_note.setText("⚠ " + why)
            self.sender_note.setVisible(True)
            self.confirm_party.setVisible(bool(row.senders))
        source = received_source(detail.received_source)
        if detail.channel:  # entered by hand: how it came in
            source = {
                "post": self.tr("by post"),
                "telephone": self.tr("by telephone"),
                "in_person": self.tr("in person"),
            }.get(detail.channel, detail.channel)
        self.received.setText(
            labels.when(row.received, seconds=True)
            + (f"  ({source})" if source and row.received else "")
        )
        self.late.setText(labels.late(row.late, row.accepted_late))
        self.late_decision.setEnabled(row.late is True)
        self.late_decision.setCurrentIndex(
            max(0, self.late_decision.findData(row.accepted_late))
            if row.accepted_late is not None
            else 0
        )
        self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        self._assigned_now = row.assigned_to
        self.assigned.setEditText(row.assigned_to)
        self.document_number.setText(row.document_number)
        self.notes.blockSignals(True)
        self.notes.setPlainText(detail.notes)
        self.notes.blockSignals(False)
        self.notes_seen = detail.notes
        for f in detail.files:
            indent = "    " if f.parent_position is not None else ""
            item = QListWidgetItem(f"{indent}{f.filename}  ({_size(f.size)})")
            item.setData(FileRole, f.position)
            self.files.addItem(item)
        self.warnings.setText("\n".join(f"⚠ {w}" for w in detail.warnings))
        self.anonymise_button.setEnabled(  # one taken for an organisation may be a citizen
            any(p.role != PartyRole.FORWARDER for p in row.parties)
        )

    def set_officers(self, names: list[str]) -> None:
        current = self.assigned.currentText()
        self.assigned.blockSignals(True)
        self.assigned.clear()
        self.assigned.addItems(names)
        self.assigned.setEditText(current)
        self.assigned.blockSignals(False)

    def _assign(self, name: str) -> None:
        name = name.strip()
        if name != self._assigned_now:
            self._assigned_now = name
            self.assigned.setEditText(name)
            self.assign_changed.emit(name)

    def flush_notes(self) -> None:
        """Save pending note edits now (also called before switching response)."""
        if self._notes_timer.isActive() or self.notes.document().isModified():
            self._notes_timer.stop()
            self.notes.document().setModified(False)
            self.notes_changed.emit(self.notes.toPlainText())

    def _edit_party(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(PartyIdRole) is not None:
            self.party_edit_requested.emit(int(item.data(PartyIdRole)))


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} kB"
    return f"{n / 1024 / 1024:.1f} MB"
