"""Dialog to correct a sender (person or organisation, its contact), or merge or split it."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.domain.enums import PartyKind, PartyType
from hoeringsdesk.domain.records.responses import PartyInfo
from hoeringsdesk.gui import labels

NO_CHOICE = None  # the merge list's first entry: nothing chosen


class PartyAction(StrEnum):
    """What the officer chose in the dialog."""

    SAVE = "save"  # the fields as edited
    MERGE = "merge"  # one with another sender (``merge_into``)
    SPLIT = "split"  # this response's sender is its own
    LINK = "link"  # the person is the contact of an organisation (``link_to``)


class PartyDialog(QDialog):
    """``action`` after exec: a PartyAction (MERGE with ``merge_into``, LINK with
    ``link_to``: the organisation the person is the contact of).

    Merging needs an explicit choice (nothing is chosen beforehand) and a confirmation that
    names both senders; the workspace makes it undoable."""

    def __init__(
        self,
        party: PartyInfo | None,
        others: list[PartyInfo],
        parent: QWidget | None = None,
        *,
        contact: PartyInfo | None = None,
        note: str = "",
        suggestions: list[tuple[int, str]] | None = None,
    ) -> None:
        """``party`` and ``contact`` as stored (PartyService.get); ``note``: why the reading
        was unsure; ``suggestions``: (organisation id, text) hints to follow."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sender") if party else self.tr("Add sender"))
        self.party = party
        self.contact_party = contact
        self.action = PartyAction.SAVE
        self.merge_into: int | None = None
        self.link_to: int | None = None
        self._others = {o.id: o for o in others}
        layout = QVBoxLayout(self)
        if note:
            why = QLabel("⚠ " + self.tr("Not sure who sent it: {0}").format(note))
            why.setObjectName("uncertainNote")
            why.setWordWrap(True)
            layout.addWidget(why)
        self.party_type = QComboBox()
        self.party_type.setObjectName("partyType")
        for ptype in PartyType:
            self.party_type.addItem(labels.party_type(ptype), ptype.value)
        default_type = party.type if party else PartyType.ORGANISATION
        self.party_type.setCurrentIndex(max(0, self.party_type.findData(default_type)))
        self.kind = QComboBox()
        self.kind.setObjectName("partyKind")
        for value in labels.PARTY_KINDS:
            self.kind.addItem(labels.party_kind(value), value)
        chosen = party.kind if party else PartyKind.ORGANISATION
        self.kind.setCurrentIndex(max(0, self.kind.findData(chosen)))
        person = party is not None and party.type == PartyType.PERSON
        self.name = QLineEdit(
            (party.contact_name if person else party.organisation) if party else ""
        )
        self.name.setObjectName("partyName")
        self.email = QLineEdit(party.email if party else "")
        self.phone = QLineEdit(party.phone if party else "")
        self.address = QLineEdit(party.address if party else "")
        self.cvr = QLineEdit(party.cvr if party else "")
        form = QFormLayout()
        form.addRow(self.tr("Person or organisation"), self.party_type)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("CVR no."), self.cvr)
        layout.addLayout(form)
        self.contact_box = QGroupBox(self.tr("Contact person in this response"))
        contact_form = QFormLayout(self.contact_box)
        self.contact = QLineEdit(
            contact.contact_name if contact else party.contact_name if party and not person else ""
        )
        self.contact.setObjectName("contactName")
        self.contact_email = QLineEdit(contact.email if contact else "")
        self.contact_phone = QLineEdit(contact.phone if contact else "")
        self.contact_email.setEnabled(contact is not None or party is None)
        self.contact_phone.setEnabled(contact is not None or party is None)
        contact_form.addRow(self.tr("Name"), self.contact)
        contact_form.addRow(self.tr("E-mail"), self.contact_email)
        contact_form.addRow(self.tr("Phone"), self.contact_phone)
        layout.addWidget(self.contact_box)
        self.party_type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        for org_id, text in suggestions or []:
            hint = QLabel(text)
            hint.setWordWrap(True)
            follow = QPushButton(self.tr("Make it the organisation's contact"))
            follow.setObjectName(f"linkContact{org_id}")
            follow.clicked.connect(lambda _=False, o=org_id: self._link(o))
            row = QHBoxLayout()
            row.addWidget(hint, 1)
            row.addWidget(follow)
            layout.addLayout(row)
        if party is not None:
            self.merge_target = QComboBox()
            self.merge_target.setObjectName("mergeTarget")
            self.merge_target.addItem(self.tr("– choose a sender –"), NO_CHOICE)
            for other in others:
                if other.id != party.id:
                    self.merge_target.addItem(f"{other.display} {other.email}".strip(), other.id)
            self.merge_target.setCurrentIndex(0)
            self.merge_button = QPushButton(self.tr("Merge with"))
            self.merge_button.setObjectName("mergeButton")
            self.merge_button.setEnabled(False)
            self.merge_button.clicked.connect(self._merge)
            self.merge_target.currentIndexChanged.connect(
                lambda _i: self.merge_button.setEnabled(self.merge_target.currentData() is not None)
            )
            split = QPushButton(self.tr("Make a separate sender for this response"))
            split.clicked.connect(self._split)
            row = QHBoxLayout()
            row.addWidget(self.merge_button)
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
        self.resize(560, 460)

    def _type_changed(self, _index: int = 0) -> None:
        organisation = self.party_type.currentData() == PartyType.ORGANISATION
        self.cvr.setEnabled(organisation)
        self.contact_box.setVisible(organisation)

    def _merge(self) -> None:
        target = self.merge_target.currentData()
        if target is None or self.party is None:
            return
        other = self._others.get(target)
        shown = other.display if other is not None else self.merge_target.currentText()
        answer = QMessageBox.question(
            self,
            self.tr("Merge senders"),
            self.tr(
                "Merge «{0}» into «{1}»? Every response from «{0}» will then show «{1}», and "
                "«{0}»'s address will find «{1}» in later imports. You can undo it."
            ).format(self.party.display, shown),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.action = PartyAction.MERGE
        self.merge_into = target
        self.accept()

    def _split(self) -> None:
        self.action = PartyAction.SPLIT
        self.accept()

    def _link(self, org_id: int) -> None:
        self.action = PartyAction.LINK
        self.link_to = org_id
        self.accept()

    def values(self) -> dict[str, Any]:
        """The party's fields as edited (for PartyService.update / add_to_response)."""
        person = self.party_type.currentData() == PartyType.PERSON
        name = self.name.text().strip()
        out: dict[str, Any] = {
            "party_type": self.party_type.currentData(),
            "kind": self.kind.currentData(),
            "organisation": "" if person else name,
            "contact_name": name if person else "",
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
            "address": self.address.text().strip(),
            "cvr": "" if person else self.cvr.text().strip(),
        }
        if not person and self.contact_party is None:
            out["contact_name"] = self.contact.text().strip()  # kept on the organisation's row
        return out

    def contact_values(self) -> dict[str, Any] | None:
        """The contact person's fields as edited; None when unchanged or there is none."""
        if self.contact_party is None or self.party_type.currentData() != PartyType.ORGANISATION:
            return None
        new = {
            "contact_name": self.contact.text().strip(),
            "email": self.contact_email.text().strip(),
            "phone": self.contact_phone.text().strip(),
        }
        c = self.contact_party
        old = {"contact_name": c.contact_name, "email": c.email, "phone": c.phone}
        return new if new != old else None

    def changed_values(self) -> dict[str, Any]:
        """Only the party's fields the officer changed (all of them for a new party)."""
        values = self.values()
        if self.party is None:
            return values
        p = self.party
        old = {
            "party_type": p.type, "kind": p.kind, "organisation": p.organisation,
            "contact_name": p.contact_name, "email": p.email, "phone": p.phone,
            "address": p.address, "cvr": p.cvr,
        }  # fmt: skip
        return {k: v for k, v in values.items() if old.get(k) != v}
