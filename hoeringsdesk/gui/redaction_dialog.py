"""Gennemse anonymisering: every find of the public variant, lift a false hit, hide more.

The finds are read off the GUI thread (a large consultation takes a while); each decision is
one write, in the history, and can be taken back here."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.domain import redaction, redaction_names, redaction_patterns
from hoeringsdesk.domain.enums import DecisionKind
from hoeringsdesk.export.model import DecisionRow
from hoeringsdesk.gui.plain_table import Index, PlainTableModel
from hoeringsdesk.gui.roles import DecisionIdRole
from hoeringsdesk.gui.worker import BackgroundJob
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.redaction_review import Review, ReviewedFinding


def rule_text(rule: str) -> str:
    """A rule of the redaction engine in the officer's words."""
    names = {
        redaction.KNOWN_NAME: QCoreApplication.translate(
            "RedactionDialog", "known name of the sender"
        ),
        redaction.KNOWN_EMAIL: QCoreApplication.translate(
            "RedactionDialog", "known e-mail of the sender"
        ),
        redaction.KNOWN_PHONE: QCoreApplication.translate(
            "RedactionDialog", "known phone of the sender"
        ),
        redaction.KNOWN_ADDRESS: QCoreApplication.translate(
            "RedactionDialog", "known address of the sender"
        ),
        redaction.ADDED: QCoreApplication.translate("RedactionDialog", "added by the officer"),
        redaction.LEARNT: QCoreApplication.translate(
            "RedactionDialog", "name (mentioned elsewhere in the text)"
        ),
        redaction_names.INTRODUCED: QCoreApplication.translate(
            "RedactionDialog", "name (introduces themselves)"
        ),
        redaction_names.SIGNATURE: QCoreApplication.translate(
            "RedactionDialog", "name (signature)"
        ),
        redaction_names.RELATIVE: QCoreApplication.translate(
            "RedactionDialog", "name (family or neighbour)"
        ),
        redaction_patterns.EMAIL: QCoreApplication.translate("RedactionDialog", "e-mail address"),
        redaction_patterns.PHONE: QCoreApplication.translate("RedactionDialog", "phone number"),
        redaction_patterns.CPR: QCoreApplication.translate("RedactionDialog", "CPR number"),
        redaction_patterns.ADDRESS: QCoreApplication.translate("RedactionDialog", "street address"),
    }
    return names.get(rule, rule)


def place_text(place: str) -> str:
    names = {
        "Filnavn": QCoreApplication.translate("RedactionDialog", "File name"),
        "Kampagne": QCoreApplication.translate("RedactionDialog", "Campaign"),
        "Afsender": QCoreApplication.translate("RedactionDialog", "Sender"),
        "Citat": QCoreApplication.translate("RedactionDialog", "Quote"),
        "Resumé": QCoreApplication.translate("RedactionDialog", "Summary"),
        "Svar": QCoreApplication.translate("RedactionDialog", "Answer"),
    }
    return names.get(place, place)


class FindingModel(PlainTableModel):
    """The finds, one a row: response, where, the text in its context, rule, what is shown."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [
            QCoreApplication.translate("RedactionDialog", "No."),
            QCoreApplication.translate("RedactionDialog", "Where"),
            QCoreApplication.translate("RedactionDialog", "Found text in its context"),
            QCoreApplication.translate("RedactionDialog", "Rule"),
        ]
        self._headers.append(QCoreApplication.translate("RedactionDialog", "Public variant"))

    def set_rows(self, rows: list[ReviewedFinding]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: ReviewedFinding | None = self.record(index)
        if row is None:
            return None
        f = row.finding
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            status = (
                QCoreApplication.translate("RedactionDialog", "shown (lifted)")
                if row.lifted
                else QCoreApplication.translate("RedactionDialog", "hidden")
            )
            values = [str(f.response_number), place_text(f.place), f.context or f.text]
            values += [rule_text(f.rule), status]
            return values[index.column()]
        if role == Qt.ItemDataRole.FontRole and row.lifted:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class RedactionDialog(QDialog):
    """Review what the public variant hides, before exporting it."""

    def __init__(self, services: Services, consultation_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.consultation_id = consultation_id
        self.review: Review | None = None
        self.job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Review anonymisation"))
        intro = QLabel(
            self.tr(
                "Everything the public variant hides, with where and why. Show a false hit "
                "after all, or add a text that must also be hidden. Your decisions apply to "
                "every later public export and to anonymising, and are kept in the history."
            )
        )
        intro.setWordWrap(True)
        self.status = QLabel(self.tr("Reading the responses…"))
        self.status.setObjectName("redactionStatus")
        self.model = FindingModel(self)
        self.table = QTableView()
        self.table.setObjectName("redactionFindings")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(col, mode)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.lift_button = QPushButton(self.tr("Show it after all (false hit)"))
        self.lift_button.setObjectName("liftFinding")
        self.lift_button.clicked.connect(self.lift_chosen)
        self.unlift_button = QPushButton(self.tr("Hide it again"))
        self.unlift_button.setObjectName("unliftFinding")
        self.unlift_button.clicked.connect(self.unlift_chosen)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.lift_button)
        row_buttons.addWidget(self.unlift_button)
        row_buttons.addStretch(1)

        self.hide_text = QLineEdit()
        self.hide_text.setObjectName("hideText")
        self.hide_text.setPlaceholderText(self.tr("A name, an address, a word …"))
        self.hide_text.returnPressed.connect(self.hide_typed)
        self.hide_button = QPushButton(self.tr("Also hide this"))
        self.hide_button.setObjectName("hideButton")
        self.hide_button.clicked.connect(self.hide_typed)
        add_row = QHBoxLayout()
        add_row.addWidget(self.hide_text, 1)
        add_row.addWidget(self.hide_button)
        self.decisions = QListWidget()
        self.decisions.setObjectName("redactionDecisions")
        self.decisions.currentRowChanged.connect(self._decision_chosen)
        self.remove_button = QPushButton(self.tr("Take the decision back"))
        self.remove_button.setObjectName("removeDecision")
        self.remove_button.clicked.connect(self.remove_chosen)
        decided = QGroupBox(self.tr("Your decisions"))
        decided_layout = QVBoxLayout(decided)
        decided_layout.addLayout(add_row)
        decided_layout.addWidget(self.decisions)
        decided_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 3)
        layout.addLayout(row_buttons)
        layout.addWidget(decided, 1)
        layout.addWidget(buttons)
        self.resize(1100, 680)
        self._enable()
        self.reload()

    # --- reading (off the GUI thread) ---

    def reload(self) -> None:
        """Read the finds again in the background; the table stays until they are back."""
        if self.job is not None and self.job.running():
            return
        review = self.services.redaction.review
        cid = self.consultation_id

        def job(_progress, _cancelled):  # type: ignore[no-untyped-def]
            return review(cid)

        self.job = BackgroundJob(job)
        self.job.finished.connect(self._loaded)
        self.job.failed.connect(self._failed)
        self._enable()
        self.job.start()

    @Slot(object)
    def _loaded(self, review: Review) -> None:
        self.review = review
        chosen = self.chosen()
        self.model.set_rows(list(review.findings))
        lifted = sum(f.lifted for f in review.findings)
        self.status.setText(
            self.tr("{0} find(s) in the public variant; {1} shown after all.").format(
                len(review.findings), lifted
            )
        )
        self.decisions.clear()
        for d in review.decisions:
            item = QListWidgetItem(self._decision_text(d))
            item.setData(DecisionIdRole, d.id)
            self.decisions.addItem(item)
        if chosen is not None:  # the officer's place stays
            for row, f in enumerate(review.findings):
                if f.finding == chosen.finding:
                    self.table.selectRow(row)
                    break
        self._enable()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The finds could not be read: {0}").format(message))
        self._enable()

    def _decision_text(self, d: DecisionRow) -> str:
        where = self.tr(" (response {0})").format(d.response_number) if d.response_number else ""
        if d.kind == DecisionKind.LIFT:
            return self.tr("Shown: “{0}”{1}, {2}").format(d.text, where, rule_text(d.rule))
        return self.tr("Also hidden: “{0}”{1}").format(d.text, where)

    # --- decisions (each one write) ---

    def chosen(self) -> ReviewedFinding | None:
        found: ReviewedFinding | None = self.model.record(self.table.currentIndex())
        return found

    def lift_chosen(self) -> None:
        row = self.chosen()
        if row is None or row.lifted:
            return
        f = row.finding
        self._decide(
            lambda: self.services.redaction.lift(
                self.consultation_id, f.text, f.rule, f.response_number
            )
        )

    def unlift_chosen(self) -> None:
        row = self.chosen()
        if row is None or not row.lifted or self.review is None:
            return
        ids = [
            d.id
            for d in self.review.decisions
            if d.kind == DecisionKind.LIFT
            and redaction.normalised(d.text) == redaction.normalised(row.finding.text)
        ]
        self._decide(partial(self._remove_all, ids))

    def _remove_all(self, ids: list[int]) -> None:
        for decision_id in ids:
            self.services.redaction.remove(decision_id)

    def hide_typed(self) -> None:
        text = self.hide_text.text()
        if not text.strip():
            return
        row = self.chosen()
        number = row.finding.response_number if row is not None else None
        if self._decide(lambda: self.services.redaction.hide(self.consultation_id, text, number)):
            self.hide_text.clear()

    def remove_chosen(self) -> None:
        item = self.decisions.currentItem()
        if item is None:
            return
        decision_id = int(item.data(DecisionIdRole))
        self._decide(lambda: self.services.redaction.remove(decision_id))

    def _decide(self, write: Any) -> bool:
        try:
            write()
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        self.reload()
        return True

    # --- state ---

    @Slot(QModelIndex, QModelIndex)
    def _chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._enable()

    @Slot(int)
    def _decision_chosen(self, _row: int) -> None:
        self._enable()

    def _enable(self) -> None:
        busy = self.job is not None and self.job.running()
        row = self.chosen()
        writable = not self.services.read_only and not busy
        self.lift_button.setEnabled(writable and row is not None and not row.lifted)
        self.unlift_button.setEnabled(writable and row is not None and row.lifted)
        self.hide_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and self.decisions.currentItem() is not None)

    def reject(self) -> None:
        """Close at once; a reading still under way finishes unseen (it writes nothing)."""
        if self.job is not None and self.job.running():
            self.job.cancel()
            self.job.finished.disconnect(self._loaded)
            self.job.failed.disconnect(self._failed)
        super().reject()
