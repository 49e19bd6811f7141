"""Fil → Eksportér: format and variant, what is still missing, progress, open when done."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.gui.worker import Worker, finish, start


def _safe_name(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(keep.split())[:60] or "hoering"


class ExportDialog(QDialog):
    """Choose what to export; the completeness check's warnings come first."""

    def __init__(
        self, services: Services, consultation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.consultation_id = consultation_id
        self.report = None
        self.worker: Worker | None = None
        self._thread = None
        self.setWindowTitle(self.tr("Export"))
        info = services.consultations.get(consultation_id)
        self._base = Path.home() / f"{_safe_name(info.title)}-{date.today():%Y-%m-%d}"

        gaps = services.review.gaps(consultation_id)
        self.gaps = QListWidget()
        self.gaps.setObjectName("exportGaps")
        self.gaps.setWordWrap(True)
        for gap in gaps[:200]:
            self.gaps.addItem(gap.message)
        gap_box = QGroupBox(
            self.tr("Before you export: {0} thing(s) are not finished").format(len(gaps))
            if gaps
            else self.tr("Nothing is missing")
        )
        gap_layout = QVBoxLayout(gap_box)
        if gaps:
            gap_layout.addWidget(
                QLabel(
                    self.tr(
                        "You can export anyway; the list shows what the council will not see yet."
                    )
                )
            )
            gap_layout.addWidget(self.gaps)
        else:
            gap_layout.addWidget(
                QLabel(self.tr("Every response is finished and every recommendation answered."))
            )

        self.xlsx = QRadioButton(self.tr("Excel overview for the council (.xlsx)"))
        self.docx = QRadioButton(self.tr("Word høringsnotat (.docx)"))
        self.pdf = QRadioButton(self.tr("All responses in one PDF for the case file (.pdf)"))
        self.xlsx.setChecked(True)
        formats = QButtonGroup(self)
        for b in (self.xlsx, self.docx, self.pdf):
            formats.addButton(b)
            b.toggled.connect(self._suggest_path)
        self.internal = QRadioButton(self.tr("Internal – everything"))
        self.public = QRadioButton(self.tr("Public – private persons anonymised"))
        self.public.setChecked(True)
        variants = QButtonGroup(self)
        for b in (self.internal, self.public):
            variants.addButton(b)
            b.toggled.connect(self._suggest_path)
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.open_after = QCheckBox(self.tr("Open the file when it is done"))
        self.open_after.setChecked(True)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        what = QVBoxLayout()
        what.addWidget(self.xlsx)
        what.addWidget(self.docx)
        what.addWidget(self.pdf)
        variant = QVBoxLayout()
        variant.addWidget(self.public)
        variant.addWidget(self.internal)
        form.addRow(self.tr("What"), what)
        form.addRow(self.tr("Variant"), variant)
        form.addRow(self.tr("File"), path_row)
        form.addRow("", self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(gap_box, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(680, 560)
        self._suggest_path()

    def fmt(self) -> str:
        if self.pdf.isChecked():
            return "pdf"
        return "xlsx" if self.xlsx.isChecked() else "docx"

    def _suggest_path(self) -> None:
        variant = self.tr("public") if self.public.isChecked() else self.tr("internal")
        self.path.setText(str(self._base.with_name(f"{self._base.name}-{variant}.{self.fmt()}")))

    def _browse(self) -> None:
        filters = {
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "docx": self.tr("Word documents (*.docx)"),
            "pdf": self.tr("PDF documents (*.pdf)"),
        }[self.fmt()]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), filters)
        if path:
            self.path.setText(path)

    def run_export(self) -> None:
        """Write the file off the GUI thread, with progress and cancel."""
        target = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip():
            return
        export = {
            "xlsx": self.services.export.export_xlsx,
            "docx": self.services.export.export_docx,
            "pdf": self.services.export.export_pdf,
        }[self.fmt()]
        public = self.public.isChecked()
        cid = self.consultation_id

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            return export(
                cid,
                target,
                public=public,
                progress=lambda done, total: progress(done, total, ""),
                cancel=cancelled,
            )

        self.worker = Worker(job)
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(self.worker.cancel)
        self.worker.progress.connect(
            lambda done, total, _n: (progress.setMaximum(total), progress.setValue(done))
        )
        self.worker.finished.connect(lambda report: self._done(report, progress))
        self.worker.failed.connect(lambda message: self._failed(message, progress))
        self.export_button.setEnabled(False)
        self._thread = start(self.worker, self)

    def _done(self, report, progress: QProgressDialog) -> None:  # type: ignore[no-untyped-def]
        finish(self._thread)
        progress.close()
        progress.deleteLater()
        self.report = report
        lines = [self.tr("Written: {0}").format(report.path)]
        if report.truncated:
            lines.append(
                self.tr("{0} very long text(s) were cut (marked in the file).").format(
                    len(report.truncated)
                )
            )
        lines.extend(report.warnings)
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.path)))
        QMessageBox.information(self, self.windowTitle(), "\n".join(lines))
        self.accept()

    def _failed(self, message: str, progress: QProgressDialog) -> None:
        finish(self._thread)
        progress.close()
        progress.deleteLater()
        self.export_button.setEnabled(True)
        QMessageBox.warning(self, self.windowTitle(), message)
