"""Dialog to edit a sender (kind, organisation, contact), or merge or split it off."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.domain.records import PartyInfo
from hoeringsdesk.gui import labels


class PartyDialog(QDialog):
    """``action`` after exec: "save", "merge" (with merge_into) or "split"."""

    def __init__(
        self, party: PartyInfo | None, others: list[PartyInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sender") if party else self.tr("Add sender"))
        self.action = "save"
        self.merge_into: int | None = None
        self.kind = QComboBox()
        for value in labels.PARTY_KINDS:
            self.kind.addItem(labels.party_kind(value), value)
        self.kind.setCurrentIndex(
            max(0, self.kind.findData(party.kind if party else "organisation"))
        )
        self.organisation = QLineEdit(party.organisation if party else "")
        self.contact = QLineEdit(party.contact_name if party else "")
        self.email = QLineEdit(party.email if party else "")
        self.phone = QLineEdit(party.phone if party else "")
        self.address = QLineEdit(party.address if party else "")
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Contact person / name"), self.contact)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if party is not None:
            self.merge_target = QComboBox()
            for other in others:
                if other.id != party.id:
                    self.merge_target.addItem(f"{other.display} {other.email}".strip(), other.id)
            merge = QPushButton(self.tr("Merge into"))
            merge.setEnabled(self.merge_target.count() > 0)
            merge.clicked.connect(self._merge)
            split = QPushButton(self.tr("Make a separate sender for this response"))
            split.clicked.connect(self._split)
            row = QHBoxLayout()
            row.addWidget(merge)
            row.addWidget(self.merge_target, 1)
            layout.addWidget(QLabel(self.tr("The same organisation or person as another sender?")))
            layout.addLayout(row)
            layout.addWidget(split)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def _merge(self) -> None:
        self.action = "merge"
        self.merge_into = self.merge_target.currentData()
        self.accept()

    def _split(self) -> None:
        self.action = "split"
        self.accept()

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "organisation": self.organisation.text().strip(),
            "contact_name": self.contact.text().strip(),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
            "address": self.address.text().strip(),
        }
