"""The consultation's mailboxes: a list to add, edit, test and remove them, and the form for
one mailbox (server, TLS, user, password to the OS keyring, folder, received since)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.domain.enums import MailboxAuth, MailboxSecurity
from hoeringsdesk.domain.mailbox import DEFAULT_PORTS, MailboxInfo
from hoeringsdesk.domain.progress import Cancel, Progress
from hoeringsdesk.gui.roles import MailboxIdRole
from hoeringsdesk.gui.worker import BackgroundJob, Job
from hoeringsdesk.services.errors import ServiceError


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class MailboxForm(QDialog):
    """One mailbox's settings. The password is never shown again once kept; leave it empty
    to keep the one in the keyring."""

    def __init__(self, info: MailboxInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New mailbox") if info is None else self.tr("Mailbox"))
        self.name = QLineEdit(info.name if info else "")
        self.name.setPlaceholderText(self.tr("e.g. Høringspostkassen"))
        self.host = QLineEdit(info.host if info else "")
        self.host.setObjectName("host")
        self.host.setPlaceholderText("outlook.office365.com")
        self.security = QComboBox()
        self.security.addItem(
            self.tr("TLS (encrypted from the start, port 993)"), MailboxSecurity.TLS
        )
        self.security.addItem(
            self.tr("STARTTLS (encrypted before login, port 143)"), MailboxSecurity.STARTTLS
        )
        self.security.setCurrentIndex(
            max(0, self.security.findData(info.security if info else MailboxSecurity.TLS))
        )
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(info.port if info else 993)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.username = QLineEdit(info.username if info else "")
        self.username.setObjectName("username")
        self.username.setPlaceholderText("hoering@kommune.dk")
        self.auth = QComboBox()
        self.auth.addItem(self.tr("Password or app password"), MailboxAuth.PASSWORD)
        self.auth.addItem(self.tr("Microsoft 365 sign-in"), MailboxAuth.OAUTH2)
        self.auth.setCurrentIndex(
            max(0, self.auth.findData(info.auth if info else MailboxAuth.PASSWORD))
        )
        self.auth.currentIndexChanged.connect(self._auth_changed)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("kept in the keyring; leave empty to keep it") if info else ""
        )
        self.client_id = QLineEdit(info.oauth_client_id if info else "")
        self.client_id.setPlaceholderText(self.tr("from IT (Microsoft Entra)"))
        self.tenant = QLineEdit(info.oauth_tenant if info else "")
        self.tenant.setPlaceholderText("kommune.dk")
        self.folder = QLineEdit(info.folder if info else "INBOX")
        self.has_since = QCheckBox(self.tr("Only mail received since"))
        self.since = QDateEdit(_qdate(info.since if info and info.since else date.today()))
        self.since.setCalendarPopup(True)
        self.has_since.setChecked(bool(info and info.since))
        self.since.setEnabled(self.has_since.isChecked())
        self.has_since.toggled.connect(self.since.setEnabled)
        self.ca_file = QLineEdit(info.ca_file if info else "")
        self.ca_file.setPlaceholderText(self.tr("only for an internal certificate (from IT)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        since_row = QHBoxLayout()
        since_row.addWidget(self.has_since)
        since_row.addWidget(self.since)
        since_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Login:"), self.auth)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Client id:"), self.client_id)
        form.addRow(self.tr("Tenant:"), self.tenant)
        form.addRow(self.tr("Folder:"), self.folder)
        form.addRow("", since_row)
        form.addRow(self.tr("CA file:"), ca_row)
        self.form = form
        note = QLabel(
            self.tr(
                "Fetching only reads: nothing is marked as read, moved or deleted in the "
                "mailbox. The password is kept in the computer's keyring, not in Høringsdesk."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._auth_changed()
        self.resize(560, self.sizeHint().height())

    def _security_changed(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[MailboxSecurity(self.security.currentData())])

    def _auth_changed(self) -> None:
        oauth = self.auth.currentData() == MailboxAuth.OAUTH2
        for widget, show in (
            (self.password, not oauth),
            (self.client_id, oauth),
            (self.tenant, oauth),
        ):
            widget.setVisible(show)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(show)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA file"), "", self.tr("Certificates (*.pem *.crt *.cer);;All (*)")
        )
        if path:
            self.ca_file.setText(path)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "host": self.host.text(),
            "security": MailboxSecurity(self.security.currentData()),
            "port": self.port.value(),
            "username": self.username.text(),
            "auth": MailboxAuth(self.auth.currentData()),
            "oauth_client_id": self.client_id.text(),
            "oauth_tenant": self.tenant.text(),
            "folder": self.folder.text(),
            "since": self.since.date().toPython() if self.has_since.isChecked() else None,
            "ca_file": self.ca_file.text(),
        }


class MailboxesDialog(QDialog):
    """The consultation's mailboxes, with what was fetched from each and when."""

    def __init__(self, services: Services, consultation_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.consultation_id = consultation_id
        self.setWindowTitle(self.tr("Mailboxes"))
        self.list = QListWidget()
        self.list.setObjectName("mailboxList")
        self.list.itemDoubleClicked.connect(self._double_clicked)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.sign_in_button = QPushButton(self.tr("Sign in to Microsoft 365…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.status = QLabel("")
        self.status.setObjectName("mailboxStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.worker: BackgroundJob | None = None
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.test_button.clicked.connect(self.test)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentRowChanged.connect(self._row_changed)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.test_button,
            self.sign_in_button,
            self.remove_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Responses are fetched from these mailboxes with File → Fetch from mailboxes."
                )
            )
        )
        layout.addLayout(row, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(720, 360)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for info in self.services.mailboxes.list(self.consultation_id):
            if info.fetched_at is None:
                fetched = self.tr("not fetched yet")
            else:
                fetched = self.tr("{0} message(s), last fetched {1}").format(
                    info.messages, info.fetched_at.strftime("%d-%m-%Y %H:%M") + " UTC"
                )
            text = f"{info.label}   {info.host}:{info.port}  {info.folder}\n    {fetched}"
            item = QListWidgetItem(text)
            item.setData(MailboxIdRole, info.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._row_changed()

    def _row_changed(self, _row: int = -1) -> None:
        mailbox_id = self._current()
        busy = self.worker is not None
        for button in (self.edit_button, self.test_button, self.remove_button):
            button.setEnabled(mailbox_id is not None and not busy)
        oauth = (
            mailbox_id is not None
            and self.services.mailboxes.get(mailbox_id).auth == MailboxAuth.OAUTH2
        )
        self.sign_in_button.setEnabled(oauth and not busy)

    def _double_clicked(self, _item: QListWidgetItem) -> None:
        self.edit()

    def _current(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(MailboxIdRole))

    def _warn(self, exc: ServiceError) -> None:
        QMessageBox.warning(self, self.tr("Mailboxes"), str(exc))

    def add(self) -> None:
        form = MailboxForm(None, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        values = form.values()
        password = form.password.text() if values["auth"] == MailboxAuth.PASSWORD else None
        try:
            self.services.mailboxes.add(self.consultation_id, password=password or None, **values)
        except ServiceError as exc:
            self._warn(exc)
        self.reload()

    def edit(self) -> None:
        mailbox_id = self._current()
        if mailbox_id is None:
            return
        info = self.services.mailboxes.get(mailbox_id)
        form = MailboxForm(info, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.services.mailboxes.update(mailbox_id, info.version, **form.values())
            if form.password.text():
                self.services.mailboxes.set_password(mailbox_id, form.password.text())
        except ServiceError as exc:
            self._warn(exc)
        self.reload()

    # --- network work, off the GUI thread ---

    def _run(self, job: Job, done: Callable[[object], None]) -> None:
        self.worker = BackgroundJob(job)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(done)
        self.worker.failed.connect(self._failed)
        self.worker.start()
        self._row_changed()

    def _ended(self) -> None:
        self.worker = None
        self._row_changed()

    def _progress(self, _done: int, _total: int, text: str) -> None:
        self.status.setText(text)

    def _failed(self, message: str) -> None:
        self._ended()
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Mailboxes"), message)

    def test(self) -> None:
        mailbox_id = self._current()
        if mailbox_id is None:
            return
        self.status.setText(self.tr("Connecting…"))
        mailboxes = self.services.mailboxes
        self._run(lambda _p, _c: mailboxes.test(mailbox_id), self._tested)

    def _tested(self, count: object) -> None:
        self._ended()
        self.status.setText(
            self.tr("Connected and logged in; the folder holds {0} message(s).").format(count)
        )

    def sign_in(self) -> None:
        """Microsoft's device code: the officer opens the page shown and types the code."""
        mailbox_id = self._current()
        if mailbox_id is None:
            return
        mailboxes = self.services.mailboxes

        def job(progress: Progress, cancelled: Cancel) -> None:
            code = mailboxes.start_sign_in(mailbox_id)
            progress(0, 0, code.message)
            mailboxes.finish_sign_in(mailbox_id, code, cancelled)

        self.status.setText(self.tr("Asking Microsoft for a sign-in code…"))
        self._run(job, self._signed_in)

    def _signed_in(self, _result: object) -> None:
        self._ended()
        self.status.setText(self.tr("Signed in; the access is kept in the keyring."))

    def done(self, result: int) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait(5_000, deliver=False)
        super().done(result)

    def remove(self) -> None:
        mailbox_id = self._current()
        if mailbox_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Mailboxes"),
            self.tr("Forget this mailbox? Responses fetched from it stay registered."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.services.mailboxes.remove(mailbox_id)
            self.reload()
