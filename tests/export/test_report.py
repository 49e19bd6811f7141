"""The export report as one Danish paragraph."""

from __future__ import annotations

from pathlib import Path

from hoeringsdesk.export.model import PUBLIC, ExportReport, TruncatedCell
from hoeringsdesk.export.report import describe


def test_plain_report() -> None:
    text = describe(ExportReport(Path("/tmp/x.xlsx"), "xlsx", PUBLIC, 12, 30))
    assert text == (
        "Excel-projektmappen er gemt i /tmp/x.xlsx (offentlig udgave, privatpersoner "
        "anonymiseret): 12 høringssvar og 30 anbefalinger."
    )


def test_report_with_changes_and_warnings_stays_one_paragraph() -> None:
    cut = tuple(TruncatedCell("Høringsnotat", row, "Citat", 40_000) for row in range(2, 10))
    report = ExportReport(
        Path("notat.xlsx"),
        "xlsx",
        "intern",
        1,
        8,
        truncated=cut,
        replaced_characters=3,
        warnings=("1 dublet er udeladt.",),
    )
    text = describe(report)
    assert "\n" not in text
    assert "intern udgave med personoplysninger" in text
    assert "8 tekster var længere end en Excel-celle" in text
    assert "Høringsnotat række 2, Citat" in text and "og 3 flere" in text
    assert "3 tegn" in text and text.endswith("Bemærk: 1 dublet er udeladt.")
