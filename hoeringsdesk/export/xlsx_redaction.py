"""The internal workbook's sheet of the redaction review: the officer's decisions, then
every find the public variant hides (or shows, when lifted), with place and rule."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from hoeringsdesk.domain.enums import DecisionKind
from hoeringsdesk.domain.redaction import normalised
from hoeringsdesk.export.cells import CellKind, Column
from hoeringsdesk.export.model import ExportData
from hoeringsdesk.export.redact import Finding, findings

SHEET_REDACTION = "Anonymisering"
COLUMNS = [
    Column("Hvad", 24, CellKind.LABEL),
    Column("Svar nr.", 8, CellKind.INT),
    Column("Hvor", 12, CellKind.LABEL),
    Column("Tekst", 30),
    Column("Regel", 26, CellKind.LABEL),
    Column("Sammenhæng", 60),
    Column("Besluttet af", 14),
    Column("Tidspunkt", 16, CellKind.DATE),
]
Row = tuple[list[object], int]


# Above this many recommendations the finds are not listed (finding them costs about as
# much as the public export: ~1 ms per recommendation); the sheet says so.
FIND_LIMIT = 5000
NOT_LISTED = (
    "Fundene er ikke listet her: høringen har over {0} anbefalinger. "
    "Se dem under Fil → Gennemse anonymisering."
)


def redaction_finds(data: ExportData) -> list[Finding] | None:
    """Every find of the public variant, the lifted ones included (internal data only);
    None when there are too many recommendations to list them here."""
    if data.public:
        return []
    if len(data.recommendations) > FIND_LIMIT:
        return None
    return findings(replace(data, lifted=()))


def redaction_rows(data: ExportData, finds: list[Finding] | None) -> Iterator[Row]:
    for d in data.decisions:
        what = "Ophævet: vises" if d.kind == DecisionKind.LIFT else "Tilføjet: skjules"
        row: list[object] = [what, d.response_number, "", d.text, d.rule, "", d.by, d.at]
        yield row, 0
    if finds is None:
        yield ["Fund", None, "", "", "", NOT_LISTED.format(FIND_LIMIT), "", None], 0
        return
    lifted = {normalised(t) for t in data.lifted}
    for f in finds:
        what = "Fund, ophævet: vises" if normalised(f.text) in lifted else "Fund: skjules"
        yield [what, f.response_number, f.place, f.text, f.rule, f.context, "", None], 0
