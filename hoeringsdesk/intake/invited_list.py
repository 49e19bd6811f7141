"""Read a høringsliste: pasted lines ("Name <e-mail>", or columns separated by tabs or
semicolons) or a sheet (.xlsx, .csv) with name, e-mail and kind, with or without a header."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from itertools import islice
from pathlib import PurePath

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.parsed import ReaderError
from hoeringsdesk.domain.records.consultations import InvitedInfo

_ANGLE = re.compile(r"^(?P<name>.*?)\s*<(?P<email>[^<>\s]+@[^<>\s]+)>\s*$")
_EMAIL = re.compile(r"^[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+$")
KIND_WORDS = {
    PartyKind.AUTHORITY: ("offentlig myndighed", "myndighed", "offentlig", "kommune", "region"),
    PartyKind.ORGANISATION: ("organisation", "forening", "virksomhed", "organization"),
    PartyKind.PRIVATE: ("privatperson", "privat", "borger", "person", "private"),
}
HEADERS = {
    "name": ("navn", "name", "part", "organisation", "modtager", "høringspart"),
    "email": ("e-mail", "email", "mail", "e-mailadresse", "adresse"),
    "kind": ("type", "kind", "art", "partstype", "kategori"),
}
MAX_ROWS = 5000


def parse_kind(text: str) -> PartyKind | None:
    """A PartyKind from Danish or English words (None when not recognised)."""
    word = " ".join(text.casefold().split())
    if not word:
        return None
    for kind, words in KIND_WORDS.items():
        if word == kind.value or word in words:
            return kind
    return None


def _entry(cells: Sequence[str]) -> InvitedInfo | None:
    """One row of cells without a header: the e-mail is the cell with an @, the kind a cell
    of kind words, the name the first other cell."""
    cells = [" ".join(str(c).split()) for c in cells]
    email = next((c for c in cells if _EMAIL.match(c)), "")
    kind: PartyKind | None = None
    name = ""
    for c in cells:
        if not c or c == email:
            continue
        if not kind and parse_kind(c):
            kind = parse_kind(c)
        elif not name:
            name = c
    name = name or email
    return InvitedInfo(name, email, kind) if name else None


def parse_text(text: str) -> list[InvitedInfo]:
    """Pasted lines: 'Name <e-mail>', or cells split by tabs or semicolons (from a sheet)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        match = _ANGLE.match(line)
        if match:
            name = " ".join(match.group("name").split()).strip('"') or match.group("email")
            out.append(InvitedInfo(name, match.group("email")))
            continue
        cells = re.split(r"\t|;", line)
        entry = _entry(cells)
        if entry is not None:
            out.append(entry)
    return out


def _with_header(rows: list[list[str]]) -> list[InvitedInfo] | None:
    header = [" ".join(str(c).casefold().split()) for c in rows[0]]
    columns: dict[str, int] = {}
    for key, names in HEADERS.items():
        for i, title in enumerate(header):
            if title in names and i not in columns.values():
                columns[key] = i
                break
    if "name" not in columns and "email" not in columns:
        return None

    def cell(row: list[str], key: str) -> str:
        i = columns.get(key)
        return " ".join(str(row[i]).split()) if i is not None and i < len(row) else ""

    out = []
    for row in rows[1:]:
        name, email = cell(row, "name"), cell(row, "email")
        if name or email:
            out.append(InvitedInfo(name or email, email, parse_kind(cell(row, "kind"))))
    return out


def _rows_to_entries(rows: Iterable[Sequence[object]]) -> list[InvitedInfo]:
    table = [["" if c is None else str(c) for c in row] for row in rows]
    table = [row for row in table if any(c.strip() for c in row)]
    if not table:
        return []
    found = _with_header(table)
    if found is not None:
        return found
    return [e for e in map(_entry, table) if e is not None]


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_sheet(name: str, data: bytes) -> list[InvitedInfo]:
    """The høringsliste from an .xlsx or .csv file (first sheet; header row optional)."""
    suffix = PurePath(name).suffix.lower()
    if suffix in (".csv", ".txt"):
        text = _decode(data)
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
                text[:4096], delimiters=";,\t"
            )
        except csv.Error:
            dialect = csv.excel
        rows: list[list[object]] = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    elif suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(name, data)
    else:
        raise ReaderError(f"{name}: høringslisten skal være en Excel-fil (.xlsx) eller en CSV-fil.")
    if len(rows) > MAX_ROWS:
        raise ReaderError(f"{name}: over {MAX_ROWS} rækker – er det den rigtige fil?")
    entries = _rows_to_entries(rows)
    if not entries:
        raise ReaderError(f"{name}: der blev ikke fundet nogen navne eller e-mailadresser.")
    return entries


def _xlsx_rows(name: str, data: bytes) -> list[list[object]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ReaderError(f"{name}: filen kan ikke læses som en Excel-projektmappe.") from exc
    try:
        ws = wb.worksheets[0]
        return [list(row) for row in islice(ws.iter_rows(values_only=True), MAX_ROWS + 2)]
    finally:
        wb.close()
