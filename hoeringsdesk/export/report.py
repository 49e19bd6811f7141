"""The export report in one Danish paragraph, for the command line and the GUI."""

from __future__ import annotations

from hoeringsdesk.export.model import PUBLIC, ExportReport

KINDS = {
    "xlsx": "Excel-projektmappen",
    "docx": "Høringsnotatet (Word)",
    "pdf": "Den samlede PDF med høringssvarene",
}
MAX_LISTED = 5


def describe(report: ExportReport) -> str:
    """One paragraph: what was written where, what had to be changed, and the warnings."""
    variant = (
        "offentlig udgave, privatpersoner anonymiseret"
        if report.variant == PUBLIC
        else "intern udgave med personoplysninger"
    )
    parts = [
        f"{KINDS.get(report.format, report.format)} er gemt i {report.path} ({variant}): "
        f"{report.responses} høringssvar og {report.recommendations} anbefalinger."
    ]
    if report.truncated:
        listed = "; ".join(
            f"{c.sheet} række {c.row}, {c.column}" for c in report.truncated[:MAX_LISTED]
        )
        more = (
            f" og {len(report.truncated) - MAX_LISTED} flere"
            if len(report.truncated) > MAX_LISTED
            else ""
        )
        parts.append(
            f"{len(report.truncated)} {'tekst' if len(report.truncated) == 1 else 'tekster'} "
            "var længere end en Excel-celle kan rumme "
            f"og er afkortet med mærket '[afkortet]' ({listed}{more})."
        )
    if report.replaced_characters:
        parts.append(
            f"{report.replaced_characters} tegn, som filformatet ikke kan rumme, er erstattet "
            "med '\ufffd' (databasen har stadig originalen)."
        )
    if report.warnings:
        parts.append("Bemærk: " + " ".join(report.warnings))
    return " ".join(parts)
