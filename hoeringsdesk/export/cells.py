"""Safe cell values for the workbook: text stays text, bad characters and overlong text fixed."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from hoeringsdesk.export.model import TruncatedCell

MAX_CELL_CHARS = 32_767  # Excel's limit, counted in UTF-16 code units
TRUNCATION_MARKER = "… [afkortet]"
REPLACEMENT_CHAR = "\ufffd"
MAX_SHEET_NAME = 31
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# XML 1.0 cannot hold C0 controls except tab/LF/CR, surrogates, U+FFFE and U+FFFF.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def clean_text(value: str) -> tuple[str, int]:
    """The text with characters a spreadsheet or XML cannot hold replaced; and how many."""
    if _BAD_CHARS.search(value) is None:
        return value, 0
    return _BAD_CHARS.subn(REPLACEMENT_CHAR, value)


def utf16_length(value: str) -> int:
    return len(value.encode("utf-16-le")) // 2


def truncate(value: str, limit: int = MAX_CELL_CHARS) -> tuple[str, bool]:
    """Cut text that exceeds ``limit`` UTF-16 units, ending it with a visible marker."""
    if len(value) <= limit // 2 or utf16_length(value) <= limit:
        return value, False
    keep = limit - utf16_length(TRUNCATION_MARKER)
    cut = keep
    while utf16_length(value[:cut]) > keep:
        cut -= max(1, utf16_length(value[:cut]) - keep)
    return value[:cut] + TRUNCATION_MARKER, True


def safe_sheet_name(name: str, taken: Sequence[str] = ()) -> str:
    """A valid, unique sheet name: ≤31 characters, none of []:*?/\\, not blank."""
    clean = _BAD_SHEET_CHARS.sub("_", clean_text(name)[0]).strip().strip("'") or "Ark"
    clean = clean[:MAX_SHEET_NAME]
    lowered = {t.lower() for t in taken}
    candidate, n = clean, 1
    while candidate.lower() in lowered:
        n += 1
        suffix = f" ({n})"
        candidate = clean[: MAX_SHEET_NAME - len(suffix)] + suffix
    return candidate


HEADER_FONT = Font(name="Calibri", size=11, bold=True)
FIRST_LINE = 15.0  # points: Excel's default row height for Calibri 11
NEXT_LINE = 14.0  # points per further wrapped line
MAX_ROW_HEIGHT = 409.0  # Excel's limit
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
TOP_WRAP = Alignment(wrap_text=True, vertical="top")
# Numbers and dates centred: right-aligned beside left-aligned text they print run together
# ("5I gang", "20-11-2026Rettidig") and seem to stand under the next column's header.
TOP_CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")


class CellKind(StrEnum):
    """What a column holds, which sets its alignment and number format."""

    TEXT = "text"
    INT = "int"
    DATE = "date"
    LABEL = "label"  # the export's own text, not a respondent's


CENTRED_KINDS = (CellKind.INT, CellKind.DATE)


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: CellKind = CellKind.TEXT


@dataclass
class WriteStats:
    """What the writers had to change, gathered across sheets."""

    truncated: list[TruncatedCell] = field(default_factory=list)
    replaced: int = 0


def chars_per_line(width: float, bold: bool = False) -> int:
    """About how many characters of ordinary text wrap onto one line of a column."""
    return max(1, int(width * (1.0 if bold else 1.1)) - 3)


def line_count(text: str, per_line: int) -> int:
    if "\n" not in text:
        return -(-len(text) // per_line) or 1
    return sum(-(-len(part) // per_line) or 1 for part in text.split("\n"))


def row_height(lines: int) -> str:
    return f"{min(MAX_ROW_HEIGHT, FIRST_LINE + (lines - 1) * NEXT_LINE):.1f}"


class _StyledCell(Cell):
    """A cell whose style index is fixed up front (no per-cell style lookup when written)."""

    __slots__ = ("sid",)

    def __init__(self, ws: WriteOnlyWorksheet, column: int, sid: int) -> None:
        super().__init__(ws, row=1, column=column)
        self.sid = sid

    @property
    def style_id(self) -> int:  # type: ignore[override]
        return self.sid

    @property
    def has_style(self) -> bool:  # type: ignore[override]
        return True


def _cells_as_given(cells: list[Cell], row_idx: int) -> Iterator[Cell]:
    """Replaces openpyxl's per-value conversion for our sheets: the row is already cells."""
    for cell in cells:
        cell.row = row_idx
        yield cell


class SheetStream:
    """Appends rows to a write-only sheet as typed, styled cells.

    Text is always written as a string cell: '=SUM(A1)' or '#N/A' from a respondent never
    becomes a formula or an error value, and a text that starts like a formula also gets
    Excel's quote prefix, so editing the cell later keeps it text.

    Speed: write-only mode writes a row out as soon as it is appended, so one cell object per
    column is reused for every row, with style indexes registered once; and the sheet takes
    our cells as they are (openpyxl would otherwise try each value as a Python value first).
    The result is checked by reloading the file in the tests.

    Each row gets a height estimated from its wrapped text: not every spreadsheet program
    fits row heights to wrapped text when it opens a file (LibreOffice does not).
    """

    def __init__(
        self,
        ws: WriteOnlyWorksheet,
        columns: Sequence[Column],
        stats: WriteStats,
        *,
        indent_levels: int = 0,
    ) -> None:
        self.ws = ws
        self.columns = tuple(columns)
        self.stats = stats
        self.rows = 0
        for i, col in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
        ws.freeze_panes = "A2"
        ws._values_to_row = _cells_as_given  # type: ignore[method-assign]
        self._plain = [self._style_id(col) for col in self.columns]
        self._quoted = [self._style_id(col, quote=True) for col in self.columns]
        self._indent = [self._style_id(self.columns[0], indent=n) for n in range(indent_levels)]
        self._cells = [_StyledCell(ws, i, sid) for i, sid in enumerate(self._plain, 1)]
        self._per_line = [chars_per_line(col.width) for col in self.columns]
        header: list[Cell] = []
        lines = 1
        for i, col in enumerate(self.columns, 1):
            lines = max(lines, line_count(col.header, chars_per_line(col.width, bold=True)))
            cell = WriteOnlyCell(ws, value=col.header)
            cell.column = i
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = TOP_CENTRE if col.kind in CENTRED_KINDS else TOP_WRAP
            header.append(cell)
        self._append(header, lines)

    def _style_id(self, col: Column, *, quote: bool = False, indent: int = 0) -> int:
        cell = WriteOnlyCell(self.ws)
        if indent:
            cell.alignment = Alignment(wrap_text=True, vertical="top", indent=indent)
        else:
            cell.alignment = TOP_CENTRE if col.kind in CENTRED_KINDS else TOP_WRAP
        if col.kind == CellKind.DATE:
            cell.number_format = "DD-MM-YYYY"
        if quote:
            cell.quotePrefix = True
        return int(cell.style_id)

    def append(self, values: Sequence[object], *, indent: int = 0) -> None:
        """Write one row; ``indent`` indents the first column (section depth)."""
        number = self.rows + 1
        row: list[Cell] = []
        lines = 1
        for i, value in enumerate(values):
            if value is None or value == "":
                continue
            cell = self._cells[i]
            if isinstance(value, str):
                text = self._set_text(cell, i, value, number)
                if len(text) > self._per_line[i] or "\n" in text:
                    lines = max(lines, line_count(text, self._per_line[i]))
            elif isinstance(value, bool):
                raise TypeError("write booleans as Danish text")
            elif isinstance(value, datetime | date):
                cell._value = value.replace(tzinfo=None) if isinstance(value, datetime) else value
                cell.data_type = "d"
                cell.sid = self._plain[i]
            else:
                cell._value = value
                cell.data_type = "n"
                cell.sid = self._plain[i]
            if i == 0 and indent and self._indent:
                cell.sid = self._indent[min(indent, len(self._indent) - 1)]
            row.append(cell)
        self._append(row, lines)

    def _append(self, row: list[Cell], lines: int) -> None:
        """Append with a row height; the height is handed to openpyxl's row writer through
        row_dimensions for just this row (write-only mode reads it as the row is written)."""
        self.rows += 1
        dims = self.ws.row_dimensions
        if lines > 1:
            dims[self.rows] = {"ht": row_height(lines), "customHeight": "1"}
        self.ws.append(row)
        if lines > 1:
            del dims[self.rows]

    def _set_text(self, cell: _StyledCell, i: int, value: str, row: int) -> str:
        value, replaced = clean_text(value)
        if replaced:
            self.stats.replaced += replaced
        if len(value) > MAX_CELL_CHARS // 2:
            original = len(value)
            value, cut = truncate(value)
            if cut:
                self.stats.truncated.append(
                    TruncatedCell(self.ws.title, row, self.columns[i].header, original)
                )
        cell._value = value
        cell.data_type = "s"
        cell.sid = self._quoted[i] if value.startswith(FORMULA_STARTS) else self._plain[i]
        return value

    @property
    def last_column(self) -> str:
        return get_column_letter(len(self.columns))

    def finish(self) -> None:
        """Autofilter over everything written (set last: it goes after the rows)."""
        self.ws.auto_filter.ref = f"A1:{self.last_column}{max(self.rows, 2)}"
