"""The .odt reader: paragraphs, lists, spaces, frames and the template table."""

from __future__ import annotations

import pytest

from hoeringsdesk.domain.parsed import PartKind, ReaderError
from hoeringsdesk.intake.readers import read_file

from .builders import make_odt


def row(*cells: str) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def cell(*paras: str) -> str:
    return (
        "<table:table-cell>"
        + "".join(f"<text:p>{p}</text:p>" for p in paras)
        + "</table:table-cell>"
    )


COVERED = "<table:covered-table-cell/>"


def test_odt_template() -> None:
    body = (
        "<text:h>Høring</text:h>"
        "<text:p>Intro<draw:frame><draw:text-box><text:p>Rammetekst</text:p></draw:text-box></draw:frame></text:p>"
        "<table:table>"
        + row(cell("Afsender"), cell("Grønt Forum v. Ib Ås ib@example.dk"))
        + row(cell("Generelle bemærkninger"), cell('Vi<text:s text:c="2"/>er – »glade«.'))
        + row(COVERED, cell("Fortsat."))
        + row(
            cell('Forslag til ændringer i "X"'),
            "<table:table-cell><text:list><text:list-item><text:p>ét</text:p></text:list-item>"
            "<text:list-item><text:p>to</text:p></text:list-item></text:list></table:table-cell>",
        )
        + "</table:table>"
    )
    parsed = read_file("svar.odt", make_odt(body))
    assert parsed.files[0].content_type == "application/vnd.oasis.opendocument.text"
    assert [(p.kind, p.label, p.text, p.items) for p in parsed.parts] == [
        (PartKind.PREAMBLE, "", "Høring\nIntro\nRammetekst", []),
        (PartKind.TEMPLATE_ROW, "Afsender", "Grønt Forum v. Ib Ås ib@example.dk", []),
        (PartKind.TEMPLATE_ROW, "Generelle bemærkninger", "Vi  er – »glade«.\nFortsat.", []),
        (PartKind.TEMPLATE_ROW, 'Forslag til ændringer i "X"', "ét\nto", ["ét", "to"]),
    ]


def test_encrypted_odt() -> None:
    data = make_odt("<text:p>x</text:p>", "<manifest:encryption-data/>")
    with pytest.raises(ReaderError, match="krypteret"):
        read_file("svar.odt", data)


def test_corrupt_odt() -> None:
    with pytest.raises(ReaderError, match="ODT-filen er beskadiget"):
        read_file("svar.odt", b"PK\x03\x04 ikke en rigtig fil")
