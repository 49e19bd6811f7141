"""Dialog to create a consultation or edit its settings (incl. reply addresses, høringsliste)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.domain.records.consultations import ConsultationInfo, InvitedInfo, InvitedStatus
from hoeringsdesk.gui.invited_editor import InvitedEditor
from hoeringsdesk.services.consultations import ConsultationService


def parse_invited(text: str) -> list[InvitedInfo]:
    """One party per line: 'Name <e-mail>', just 'Name', or cells pasted from a sheet."""
    return ConsultationService.parse_invited(text)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ConsultationDialog(QDialog):
    """Title, authority, case number, period, deadline, reply addresses, høringsliste."""

    def __init__(
        self,
        info: ConsultationInfo | None = None,
        parent: QWidget | None = None,
        statuses: tuple[InvitedStatus, ...] = (),
    ):
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("New consultation") if info is None else self.tr("Consultation settings")
        )
        self.title = QLineEdit(info.title if info else "")
        self.title.setObjectName("title")
        self.description = QPlainTextEdit(info.description if info else "")
        self.description.setPlaceholderText(self.tr("What the draft is about (optional)"))
        self.description.setMaximumHeight(60)
        self.authority = QLineEdit(info.authority if info else "")
        self.case_number = QLineEdit(info.case_number if info else "")
        today = date.today()
        self.start = QDateEdit(_qdate(info.start_date if info and info.start_date else today))
        self.start.setCalendarPopup(True)
        self.has_start = QCheckBox(self.tr("Known"))
        self.has_start.setChecked(bool(info and info.start_date) or info is None)
        self.deadline = QDateEdit(_qdate(info.deadline if info else today))
        self.deadline.setObjectName("deadline")
        self.deadline.setCalendarPopup(True)
        self.delete_after = QDateEdit(
            _qdate(
                info.delete_after
                if info and info.delete_after
                else date(today.year + 2, today.month, 1)
            )
        )
        self.delete_after.setCalendarPopup(True)
        self.has_delete_after = QCheckBox(self.tr("Set"))
        self.has_delete_after.setChecked(bool(info and info.delete_after))
        for edit in (self.start, self.deadline, self.delete_after):
            edit.setDisplayFormat("dd-MM-yyyy")
        self.reply = QPlainTextEdit("\n".join(info.reply_addresses) if info else "")
        self.reply.setPlaceholderText(self.tr("One e-mail address per line"))
        self.reply.setMaximumHeight(70)
        self.published = QLineEdit(info.published_where if info else "")
        self.published.setObjectName("publishedWhere")
        self.published.setPlaceholderText(self.tr("e.g. the municipality's website"))
        self.invited = InvitedEditor(info.invited if info else (), statuses)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Authority"), self.authority)
        form.addRow(self.tr("Case number"), self.case_number)
        form.addRow(self.tr("Consultation starts"), _row(self.start, self.has_start))
        form.addRow(self.tr("Deadline (until 23:59)"), self.deadline)
        form.addRow(self.tr("Published at"), self.published)
        form.addRow(self.tr("Reply addresses"), self.reply)
        form.addRow(self.tr("Consultation list"), self.invited)
        form.addRow(
            self.tr("Delete personal data after"), _row(self.delete_after, self.has_delete_after)
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(940, 700)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("The consultation needs a title."))
            self.title.setFocus()
            return
        if self.has_start.isChecked() and self.start.date() > self.deadline.date():
            self.error.setText(self.tr("The consultation cannot start after its deadline."))
            return
        problem = self.invited.error()
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        """The fields as keyword arguments for the consultation service."""
        return {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText().strip(),
            "authority": self.authority.text().strip(),
            "case_number": self.case_number.text().strip(),
            "start_date": _pydate(self.start.date()) if self.has_start.isChecked() else None,
            "deadline": _pydate(self.deadline.date()),
            "reply_addresses": [
                line.strip() for line in self.reply.toPlainText().splitlines() if line.strip()
            ],
            "invited": self.invited.values(),
            "published_where": self.published.text().strip(),
            "delete_after": _pydate(self.delete_after.date())
            if self.has_delete_after.isChecked()
            else None,
        }


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    layout.addStretch(1)
    return box
