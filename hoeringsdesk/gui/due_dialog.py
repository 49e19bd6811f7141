"""Consultations whose personal data is due for deletion, with erasure on request."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.gui.roles import DueRole
from hoeringsdesk.gui.worker import BackgroundJob, JobProgress


class DueDialog(QDialog):
    """Lists what is due; "Erase now" erases the chosen consultation's personal data."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Personal data due for deletion"))
        self.list = QListWidget()
        self.list.setObjectName("dueList")
        self.erase_button = QPushButton(self.tr("Erase personal data now…"))
        self.erase_button.clicked.connect(self.erase_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Consultations past their “delete personal data after” date:"))
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        items = self.services.privacy.due()
        for due in items:
            item = QListWidgetItem(
                self.tr("{0} – due {1:%d-%m-%Y} – {2} responses").format(
                    due.title, due.delete_after, due.responses_with_data
                )
            )
            item.setData(DueRole, due.consultation_id)
            self.list.addItem(item)
        if not items:
            self.list.addItem(self.tr("Nothing is due."))
        self.erase_button.setEnabled(bool(items))
        if items:
            self.list.setCurrentRow(0)

    def erase_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(DueRole) is None:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Erase the personal data of every response in “{0}”? The anonymised "
                "recommendations and answers are kept. This cannot be undone."
            ).format(item.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        cid, privacy = int(item.data(DueRole)), self.services.privacy
        self.job = BackgroundJob(lambda _progress, _cancelled: privacy.erase_consultation(cid))
        self.job.finished.connect(self._erased)
        self.job.failed.connect(self._failed)
        JobProgress(self.job, self.tr("Erasing the personal data…"), self, cancellable=False)
        self.erase_button.setEnabled(False)
        self.job.start()

    def _erased(self, _result: object) -> None:
        self.reload()

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)
        self.reload()

    def reject(self) -> None:
        if self.job is not None and self.job.running():
            return  # the erasure is one transaction: it finishes, then the dialog closes
        super().reject()
