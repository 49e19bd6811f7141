"""Fil → Eksportér: format and variant, what is still missing, progress, open when done.

The choices (format, variant, folder, open afterwards) are remembered for the next export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
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
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.domain.enums import ExportFormat
from hoeringsdesk.export.model import ExportReport
from hoeringsdesk.gui.worker import BackgroundJob, JobProgress


def _safe_name(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(keep.split())[:60] or "hoering"


class ExportDialog(QDialog):
    """Choose what to export; the completeness check's warnings come first."""

    def __init__(
        self,
        services: Services,
        consultation_id: int,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.consultation_id = consultation_id
        self.settings = settings
        self.report: ExportReport | None = None
        self.job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Export"))
        info = services.consultations.get(consultation_id)
        remembered = str(self._remembered("folder", "") or "")
        folder = Path(remembered) if remembered else Path.home()
        if not folder.is_dir():
            folder = Path.home()
        self._base = folder / f"{_safe_name(info.title)}-{date.today():%Y-%m-%d}"

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
        public_row = QHBoxLayout()
        public_row.addWidget(self.public)
        self.review_button = QPushButton(self.tr("Review anonymisation…"))
        self.review_button.setObjectName("reviewRedaction")
        self.review_button.setToolTip(
            self.tr("See everything the public variant hides; show a false hit or hide more.")
        )
        self.review_button.clicked.connect(self.review_redaction)
        public_row.addWidget(self.review_button)
        public_row.addStretch(1)
        variant.addLayout(public_row)
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
        remembered_format = self._remembered("format", ExportFormat.XLSX)
        if remembered_format == ExportFormat.DOCX:
            self.docx.setChecked(True)
        elif remembered_format == ExportFormat.PDF:
            self.pdf.setChecked(True)
        if self._remembered("variant", "public") == "internal":
            self.internal.setChecked(True)
        self.open_after.setChecked(str(self._remembered("openAfter", "true")) != "false")
        self._suggest_path()

    def _remembered(self, key: str, default: str) -> object:
        return self.settings.value(f"export/{key}", default) if self.settings else default

    def _remember(self, target: Path) -> None:
        if self.settings is None:
            return
        self.settings.setValue("export/format", self.fmt())
        self.settings.setValue(
            "export/variant", "public" if self.public.isChecked() else "internal"
        )
        self.settings.setValue("export/folder", str(target.parent))
        self.settings.setValue(
            "export/openAfter", "true" if self.open_after.isChecked() else "false"
        )

    def fmt(self) -> ExportFormat:
        if self.pdf.isChecked():
            return ExportFormat.PDF
        return ExportFormat.XLSX if self.xlsx.isChecked() else ExportFormat.DOCX

    def _suggest_path(self) -> None:
        variant = self.tr("public") if self.public.isChecked() else self.tr("internal")
        self.path.setText(str(self._base.with_name(f"{self._base.name}-{variant}.{self.fmt()}")))

    def _browse(self) -> None:
        filters = {
            ExportFormat.XLSX: self.tr("Excel workbooks (*.xlsx)"),
            ExportFormat.DOCX: self.tr("Word documents (*.docx)"),
            ExportFormat.PDF: self.tr("PDF documents (*.pdf)"),
        }[self.fmt()]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), filters)
        if path:
            self.path.setText(path)

    def review_redaction(self) -> None:
        """Gennemse anonymisering before a public export (the decisions count for it)."""
        from hoeringsdesk.gui.redaction_dialog import RedactionDialog

        RedactionDialog(self.services, self.consultation_id, self).exec()

    def run_export(self) -> None:
        """Write the file off the GUI thread, with progress and cancel."""
        if not self.path.text().strip() or (self.job is not None and self.job.running()):
            return
        target = Path(self.path.text().strip()).expanduser()
        export = {
            ExportFormat.XLSX: self.services.export.export_xlsx,
            ExportFormat.DOCX: self.services.export.export_docx,
            ExportFormat.PDF: self.services.export.export_pdf,
        }[self.fmt()]
        public = self.public.isChecked()
        cid = self.consultation_id

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            return export(
                cid,
                target,
                public=public,
                progress=progress,
                cancel=cancelled,
            )

        self.job = BackgroundJob(job)
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        JobProgress(self.job, self.tr("Exporting…"), self, title=self.tr("Exporting…"))
        self.export_button.setEnabled(False)
        self._remember(target)
        self.job.start()

    def _done(self, report: ExportReport) -> None:
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

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        QMessageBox.warning(self, self.windowTitle(), message)

    def reject(self) -> None:
        """While the file is being written, Cancel stops the export (the dialog stays)."""
        if self.job is not None and self.job.running():
            self.job.cancel()
            return
        super().reject()
