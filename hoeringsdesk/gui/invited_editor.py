"""The høringsliste in the consultation dialog: who was invited (name, e-mail, kind), pasted
or imported from a sheet, and which responses each sent, as matched and as corrected."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.records.consultations import InvitedInfo, InvitedStatus
from hoeringsdesk.gui import labels
from hoeringsdesk.gui.roles import InvitedIdRole, InvitedShownRole
from hoeringsdesk.services.consultations import ConsultationService

NAME, EMAIL, KIND, ANSWERS, HOW = range(5)
_NUMBERS = re.compile(r"^[\d\s,;]*$")


class InvitedEditor(QWidget):
    """A table of invited parties; the 'Response no.' column can be corrected by hand."""

    def __init__(
        self,
        items: tuple[InvitedInfo, ...] = (),
        statuses: tuple[InvitedStatus, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._status = {st.invited.id: st for st in statuses}
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("invitedTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("E-mail"),
                self.tr("Kind"),
                self.tr("Response no."),
                self.tr("Found by"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ANSWERS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HOW, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(EMAIL, 210)
        self.table.setColumnWidth(ANSWERS, 70)
        self.table.setColumnWidth(HOW, 120)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setToolTip(
            self.tr(
                "Ticks are found by e-mail address, organisation name or the organisation's "
                "domain. Correct them in 'Response no.' (for example 3, 7)."
            )
        )
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_empty)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        paste = QPushButton(self.tr("Paste list"))
        paste.setObjectName("pasteInvited")
        paste.clicked.connect(self._paste)
        load = QPushButton(self.tr("Import from file…"))
        load.clicked.connect(self._choose_file)
        buttons = QHBoxLayout()
        for b in (add, remove, paste, load):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        for item in items:
            self._append(item)

    # --- rows ---

    def _kind_box(self, kind: PartyKind | None) -> QComboBox:
        box = QComboBox()
        box.addItem("", "")
        for value in (PartyKind.ORGANISATION, PartyKind.AUTHORITY, PartyKind.PRIVATE):
            box.addItem(labels.party_kind(value), value.value)
        box.setCurrentIndex(max(0, box.findData(kind.value if kind else "")))
        return box

    def _append(self, item: InvitedInfo) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(item.name)
        name.setData(InvitedIdRole, item.id)
        self.table.setItem(row, NAME, name)
        self.table.setItem(row, EMAIL, QTableWidgetItem(item.email))
        self.table.setCellWidget(row, KIND, self._kind_box(item.kind))
        status = self._status.get(item.id) if item.id is not None else None
        numbers = ", ".join(str(m.number) for m in status.responses) if status else ""
        answers = QTableWidgetItem(numbers)
        answers.setData(InvitedShownRole, numbers)
        self.table.setItem(row, ANSWERS, answers)
        how = QTableWidgetItem(self._how(status))
        how.setFlags(how.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, HOW, how)

    def _how(self, status: InvitedStatus | None) -> str:
        if status is None:
            return ""
        words = {
            "email": self.tr("e-mail"),
            "name": self.tr("name"),
            "domain": self.tr("domain"),
            "officer": self.tr("corrected"),
        }
        parts = [words[h] for h in dict.fromkeys(m.how for m in status.responses)]
        if status.possible:
            possible = ", ".join(str(n) for n in status.possible)
            parts.append(self.tr("possibly no. {0}?").format(possible))
        return ", ".join(parts)

    def _add_empty(self) -> None:
        self._append(InvitedInfo(""))
        item = self.table.item(self.table.rowCount() - 1, NAME)
        if item is not None:
            self.table.editItem(item)

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def add_entries(self, entries: list[InvitedInfo]) -> None:
        known = {(n.casefold(), e.casefold()) for n, e, _ in self._rows()}
        added = 0
        for entry in entries:
            if (entry.name.casefold(), entry.email.casefold()) not in known:
                self._append(entry)
                added += 1
        self.message.setText(self.tr("{0} parties added.").format(added))

    def add_text(self, text: str) -> None:
        self.add_entries(ConsultationService.parse_invited(text))

    def _paste(self) -> None:
        self.add_text(QGuiApplication.clipboard().text())

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the consultation list"),
            str(Path.home()),
            self.tr("Sheets (*.xlsx *.csv *.txt)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        try:
            entries = ConsultationService.read_invited_file(path.name, path.read_bytes())
        except Exception as exc:  # ServiceError, OSError: shown, nothing else lost
            self.message.setText(str(getattr(exc, "strerror", None) or exc))
            return False
        self.add_entries(entries)
        return True

    # --- values ---

    def _rows(self) -> list[tuple[str, str, PartyKind | None]]:
        out = []
        for row in range(self.table.rowCount()):
            name = (self.table.item(row, NAME) or QTableWidgetItem()).text().strip()
            email = (self.table.item(row, EMAIL) or QTableWidgetItem()).text().strip()
            box = self.table.cellWidget(row, KIND)
            kind = box.currentData() if isinstance(box, QComboBox) else ""
            out.append((name, email, PartyKind(kind) if kind else None))
        return out

    def error(self) -> str:
        """What is wrong with the table ('' when nothing)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, ANSWERS)
            if item is not None and not _NUMBERS.match(item.text()):
                return self.tr("Response numbers must be numbers separated by commas: {0}").format(
                    item.text()
                )
        return ""

    def values(self) -> list[InvitedInfo]:
        """The list as entered; ``answers`` only where the officer changed the numbers."""
        out = []
        for row, (name, email, kind) in enumerate(self._rows()):
            if not name and not email:
                continue
            name_item = self.table.item(row, NAME)
            iid = name_item.data(InvitedIdRole) if name_item is not None else None
            answers_item = self.table.item(row, ANSWERS)
            answers = None
            if answers_item is not None and answers_item.text() != (
                answers_item.data(InvitedShownRole) or ""
            ):
                answers = tuple(int(n) for n in re.findall(r"\d+", answers_item.text()))
            out.append(InvitedInfo(name or email, email, kind, id=iid, answers=answers))
        return out
