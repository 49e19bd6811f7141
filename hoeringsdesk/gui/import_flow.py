"""Import from the GUI: progress with cancel off the GUI thread, then a copyable report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.domain.enums import FileStatus
from hoeringsdesk.gui.worker import BackgroundJob, JobProgress
from hoeringsdesk.services.intake import ImportReport


def report_text(report: ImportReport) -> str:
    """The report as plain Danish text, one line per file that needs attention."""
    lines = [
        QCoreApplication.translate(
            "ImportReport", "Imported: {0}   Duplicates: {1}   Rejected: {2}"
        ).format(report.imported, report.duplicates, report.rejected)
        + (
            QCoreApplication.translate("ImportReport", "   Skipped: {0}").format(report.skipped)
            if report.skipped
            else ""
        )
    ]
    for note in report.errors:
        lines.append(QCoreApplication.translate("ImportReport", "ERROR     {0}").format(note))
    for note in report.notes:
        lines.append(QCoreApplication.translate("ImportReport", "NOTE      {0}").format(note))
    if report.stopped:
        lines.append(
            QCoreApplication.translate(
                "ImportReport",
                "{0} The import stopped: {1} file(s) from {2} on were not registered (what is "
                "already registered is recognised as duplicates).",
            ).format(report.stopped, report.left, Path(report.remaining[0]).name)
        )
    if report.cancelled:
        lines.append(
            QCoreApplication.translate(
                "ImportReport",
                "The import was cancelled; the files above were handled, the rest were left.",
            )
        )
    for o in report.outcomes:
        # A file by its name; a message of a mailbox (file) by its place ("…#17").
        name = o.path if "#" in o.path else Path(o.path).name
        if o.status == FileStatus.REJECTED:
            lines.append(
                QCoreApplication.translate("ImportReport", "REJECTED  {0}: {1}").format(
                    name, o.reason
                )
            )
        elif o.status == FileStatus.SKIPPED:
            lines.append(
                QCoreApplication.translate("ImportReport", "SKIPPED   {0}: {1}").format(
                    name, o.reason
                )
            )
        elif o.status == FileStatus.DUPLICATE:
            lines.append(
                QCoreApplication.translate("ImportReport", "DUPLICATE {0}: {1}").format(
                    name, o.reason
                )
            )
        for warning in o.warnings:
            lines.append(
                QCoreApplication.translate("ImportReport", "WARNING   {0}: {1}").format(
                    name, warning
                )
            )
    return "\n".join(lines)


class ImportReportDialog(QDialog):
    """Shows the report; the text can be selected and copied."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.text = QPlainTextEdit(report_text(report))
        self.text.setObjectName("reportText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)  # long reasons
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{0} file(s) handled.").format(len(report.outcomes))))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)


class ImportFlow(QObject):
    """One import run: a background job, its progress dialog, the report; emits when done."""

    done = Signal(object)  # ImportReport | None

    def __init__(
        self,
        services: Services,
        consultation_id: int,
        paths: list[Path],
        parent: QWidget,
        show_report: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._show_report = show_report
        self.report: ImportReport | None = None
        self.job = BackgroundJob(self.make_job(services, consultation_id, paths))
        self.progress = JobProgress(self.job, self.busy_text(), parent, title=self.title())
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.job.start()

    def make_job(self, services: Services, consultation_id: int, paths: list[Path]) -> Callable:
        """What runs off the GUI thread: ``job(progress, cancelled) -> ImportReport``."""
        return lambda progress, cancelled: services.intake.import_paths(
            consultation_id, paths, progress=progress, cancel=cancelled
        )

    def title(self) -> str:
        return self.tr("Import")

    def busy_text(self) -> str:
        return self.tr("Importing…")

    def step_text(self, done: int, total: int, name: str) -> str:
        return self.tr("Importing {0} of {1}: {2}").format(done, total, name)

    def _on_progress(self, done: int, total: int, name: str) -> None:
        if not self.job.cancelled():
            self.progress.setLabelText(self.step_text(done, total, name))

    def stop(self) -> None:
        """Cancel and wait (the window is closing): what was registered stays."""
        self.job.cancel()
        self.job.wait(deliver=False)

    def _on_finished(self, report: ImportReport) -> None:
        self.report = report
        if self._show_report:
            ImportReportDialog(report, self._parent).exec()
        self.done.emit(report)

    def _on_failed(self, message: str) -> None:
        QMessageBox.warning(self._parent, self.title(), message)
        self.done.emit(None)
