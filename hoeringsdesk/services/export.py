"""Use cases for the council export: write the workbook, the høringsnotat or the PDF from
the data ``export_collect`` reads, and record the export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from hoeringsdesk.domain.enums import ExportFormat
from hoeringsdesk.export.files import Cancel, PdfFontMissing, Progress
from hoeringsdesk.export.model import ExportCancelled, ExportData, ExportReport
from hoeringsdesk.export.redact import anonymise, public_cleaner
from hoeringsdesk.services import audit, export_collect, pseudonyms
from hoeringsdesk.services.base import Service
from hoeringsdesk.services.errors import ReadOnlyStore, ServiceError, as_store_fault
from hoeringsdesk.services.export_texts import read_texts
from hoeringsdesk.services.large_reads import gc_paused

Writer = Callable[..., ExportReport]


class ExportCancelledError(ServiceError):
    """The officer cancelled; the target file was not touched."""


class ExportService(Service):
    """Collect a consultation for the council and write the workbook or the høringsnotat."""

    def collect(self, consultation_id: int, public: bool = False) -> ExportData:
        """Everything an export writes; ``public`` anonymises private persons."""
        with self._read() as s, gc_paused():
            data = export_collect.collect(s, consultation_id)
            return anonymise(data) if public else data

    def export_xlsx(
        self,
        consultation_id: int,
        path: str | Path,
        public: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ExportReport:
        """Write the council workbook; old file intact on error or cancel."""
        from hoeringsdesk.export.xlsx import write_xlsx  # openpyxl loads on first export

        return self._export(
            ExportFormat.XLSX, write_xlsx, consultation_id, path, public, progress, cancel
        )

    def export_docx(
        self,
        consultation_id: int,
        path: str | Path,
        public: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ExportReport:
        """Write the Word høringsnotat; old file intact on error or cancel."""
        from hoeringsdesk.export.docx import write_docx  # python-docx loads on first export

        return self._export(
            ExportFormat.DOCX, write_docx, consultation_id, path, public, progress, cancel
        )

    def export_pdf(
        self,
        consultation_id: int,
        path: str | Path,
        public: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ExportReport:
        """Write every response into one PDF for the case file; the public variant's texts
        go through the same redaction as the other exports. Old file intact on error."""
        from hoeringsdesk.export.pdf import write_pdf  # fpdf2 loads on first export

        target = _target(Path(path), ExportFormat.PDF)  # before the (slow) reading
        with self._read() as s, gc_paused():
            internal = export_collect.collect(s, consultation_id)
        domains = internal.consultation.own_domains
        clean = (
            public_cleaner(
                internal.responses,
                domains,
                internal.pseudonyms,
                lifted=internal.lifted,
                hidden=internal.hidden,
            )
            if public
            else None
        )
        data = anonymise(internal) if public else internal
        texts = partial(read_texts, self._read, consultation_id, clean=clean)
        writer = partial(write_pdf, texts=texts)
        return self._export(
            ExportFormat.PDF, writer, consultation_id, target, public, progress, cancel, data=data
        )

    def _export(
        self,
        fmt: ExportFormat,
        writer: Writer,
        consultation_id: int,
        path: str | Path,
        public: bool,
        progress: Progress | None,
        cancel: Cancel | None,
        data: ExportData | None = None,
    ) -> ExportReport:
        target = _target(Path(path), fmt)
        if data is None:
            data = self.collect(consultation_id, public)
        try:
            report = writer(data, target, progress=progress, cancel=cancel)
        except ExportCancelled:
            raise ExportCancelledError(
                f"Eksporten blev afbrudt; {target.name} er ikke ændret."
            ) from None
        except PdfFontMissing as exc:
            raise ServiceError(str(exc)) from None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise ServiceError(
                f"{target} kunne ikke skrives: {reason}. Er filen åben i et andet program?"
            ) from None
        try:
            with self._write.begin() as s:
                pseudonyms.store(s, consultation_id)  # as exported: fixed from now on
                audit.record(
                    s,
                    self._user,
                    "consultation",
                    consultation_id,
                    "export",
                    None,
                    {
                        "format": fmt,
                        "variant": report.variant,
                        "path": str(target),
                        "responses": report.responses,
                        "recommendations": report.recommendations,
                    },
                    consultation_id=consultation_id,
                )
        except ReadOnlyStore:
            pass  # opened to read only (e.g. while the window has it): the file is what counts
        except (SQLAlchemyError, ServiceError) as exc:
            fault = as_store_fault(exc)
            why = f": {fault}" if fault is not None else "."
            note = f"Filen er gemt, men eksporten kunne ikke noteres i historikken{why}"
            report = replace(report, warnings=(*report.warnings, note))
        return report


def _target(path: Path, fmt: ExportFormat) -> Path:
    path = path.expanduser()
    if path.suffix == "":
        path = path.with_suffix(f".{fmt}")
    if path.suffix.lower() != f".{fmt}":
        raise ServiceError(f"{path.name}: filen skal have endelsen .{fmt}.")
    if path.is_dir():
        raise ServiceError(f"{path} er en mappe.")
    if not path.parent.is_dir():
        raise ServiceError(f"Mappen {path.parent} findes ikke.")
    return path.resolve()
