"""Reading a høringsliste from pasted text, CSV and Excel."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from hoeringsdesk.domain.parsed import ReaderError
from hoeringsdesk.domain.records.consultations import InvitedInfo
from hoeringsdesk.intake.invited_list import parse_text, read_sheet


def test_pasted_lines_in_several_shapes() -> None:
    text = (
        "Ældrerådet <aeldre@example.dk>\n\n  Ungdomsrådet  \n"
        "Region Nordkysten\tpost@region.example.dk\tOffentlig myndighed\n"
        "Anne Holm; anne@example.org; privatperson\n"
        "kontakt@forening.example.dk\n"
    )
    assert parse_text(text) == [
        InvitedInfo("Ældrerådet", "aeldre@example.dk"),
        InvitedInfo("Ungdomsrådet", ""),
        InvitedInfo("Region Nordkysten", "post@region.example.dk", "authority"),
        InvitedInfo("Anne Holm", "anne@example.org", "private"),
        InvitedInfo("kontakt@forening.example.dk", "kontakt@forening.example.dk"),
    ]


def test_csv_with_a_header_in_any_column_order_and_a_danish_encoding() -> None:
    data = "Type;E-mail;Navn\nForening;fodbold@example.dk;Boldklubben Øst\n;;\nmyndighed;;Skolen\n"
    assert read_sheet("liste.csv", data.encode("cp1252")) == [
        InvitedInfo("Boldklubben Øst", "fodbold@example.dk", "organisation"),
        InvitedInfo("Skolen", "", "authority"),
    ]


def test_xlsx_without_a_header() -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Handicaprådet", "hr@example.dk"])
    ws.append([None, None])
    ws.append(["Borgerpanelet", None, "Privat"])
    buffer = io.BytesIO()
    wb.save(buffer)
    assert read_sheet("liste.xlsx", buffer.getvalue()) == [
        InvitedInfo("Handicaprådet", "hr@example.dk"),
        InvitedInfo("Borgerpanelet", "", "private"),
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("liste.xlsx", b"not a zip", "kan ikke læses som en Excel"),
        ("liste.docx", b"x", "skal være en Excel-fil"),
        ("tom.csv", b";;\n;;\n", "ikke fundet nogen navne"),
    ],
)
def test_bad_files_get_a_clear_danish_message(name: str, data: bytes, message: str) -> None:
    with pytest.raises(ReaderError, match=message):
        read_sheet(name, data)
