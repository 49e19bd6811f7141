"""Responses to import and checks of what the frozen program made of them and exported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.intake_generate import generate
from hoeringsdesk.samples.documents import letter_docx, simple_pdf
from scripts.smoke.run import Failed

TEMPLATE_MAILS = 10  # with the one PDF and one letter: above the parse pool's threshold
PDF_PHRASE = "Vi ønsker flere aftenhold på sprogcentret"


def write_inbox(folder: Path) -> Path:
    """Template e-mails (some duplicates), a PDF letter and a Word letter."""
    generate(folder, TEMPLATE_MAILS, seed=22)
    (folder / "brev.pdf").write_bytes(simple_pdf(["Høringssvar fra en borger", PDF_PHRASE]))
    (folder / "brev.docx").write_bytes(
        letter_docx(["Kære kommune", "Vi foreslår længere åbningstider i borgerservice."])
    )
    return folder


def check_import_report(report: dict[str, Any], inbox: Path) -> None:
    files = report.get("files", [])
    written = sorted(p.name for p in inbox.iterdir())
    seen = sorted(Path(f["path"]).name for f in files)
    if seen != written:
        raise Failed(f"import reported {seen}, the inbox holds {written}")
    rejected = [f for f in files if f["status"] not in ("imported", "duplicate")]
    if rejected:
        raise Failed(f"import rejected files: {rejected}")
    imported = sum(f["status"] == "imported" for f in files)
    if imported < len(written) // 2:
        raise Failed(f"only {imported} of {len(written)} files were registered")


def check_export(path: Path, public: bool) -> None:
    if not path.is_file() or path.stat().st_size < 2000:
        raise Failed(f"{path.name} was not written")
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True)
        rows = sum(1 for sheet in book.worksheets for _ in sheet.iter_rows())
        if rows < 10:
            raise Failed(f"{path.name} holds {rows} rows")
        return
    import docx

    document = docx.Document(str(path))
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    text = "\n".join([p.text for p in document.paragraphs] + cells)
    if "Høringsnotat" not in text and "høringsnotat" not in text.lower():
        raise Failed(f"{path.name} does not read as a høringsnotat: {text[:300]!r}")
    if public and "Privatperson" not in text:
        raise Failed(f"{path.name}: the public notat names no 'Privatperson'")
