"""The council workbook from plain export data: sheets, formatting, safe cells, atomic writes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from hoeringsdesk.domain.enums import DecisionKind
from hoeringsdesk.export import cells as cells_module
from hoeringsdesk.export.cells import MAX_CELL_CHARS, REPLACEMENT_CHAR, TRUNCATION_MARKER
from hoeringsdesk.export.model import ExportCancelled
from hoeringsdesk.export.redact import anonymise
from hoeringsdesk.export.xlsx import write_xlsx
from hoeringsdesk.export.xlsx_redaction import redaction_finds
from hoeringsdesk.export.xlsx_rows import SHEET_NAMES
from tests.export.ooxml import temp_leftovers, xml_text
from tests.export.samples import TITLE, rec, sample_data

RISKY = ("=SUM(A1)", "+45 1234", "-x", "@x", "\tx", "#N/A", "=1+1", "#DIV/0!", "\r=x")


@pytest.fixture
def book(tmp_path: Path) -> openpyxl.Workbook:
    path = tmp_path / "eksport.xlsx"
    write_xlsx(sample_data(), path)
    return openpyxl.load_workbook(path)


def test_sheet_names_exactly(book: openpyxl.Workbook, tmp_path: Path) -> None:
    # the internal variant also lists the redaction review (the sample has private persons)
    assert book.sheetnames == [
        "Høringssvar",
        "Høringsnotat",
        "Pr. afsnit",
        "Høringsliste",
        "Anonymisering",
    ]
    assert tuple(book.sheetnames[:4]) == SHEET_NAMES
    write_xlsx(anonymise(sample_data()), tmp_path / "offentlig.xlsx")
    public = openpyxl.load_workbook(tmp_path / "offentlig.xlsx")
    assert tuple(public.sheetnames) == SHEET_NAMES


def test_every_sheet_is_formatted_for_print_and_filtering(book: openpyxl.Workbook) -> None:
    for ws in book.worksheets:
        header = next(ws.iter_rows(max_row=1))
        assert all(c.font.b for c in header), ws.title
        assert all(c.value for c in header), ws.title
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{header[-1].column_letter}{max(ws.max_row, 2)}"
        assert ws.print_title_rows == "$1:$1"
        setup = ws.page_setup
        assert (setup.orientation, str(setup.paperSize)) == ("landscape", "9")
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert TITLE.replace("&", "&&") in ws.oddHeader.left.text
        assert ws.oddFooter.left.text == "Eksporteret 20-04-2027"
        assert ws.oddFooter.right.text == "Side &P af &N"
        assert all(ws.column_dimensions[c.column_letter].width > 5 for c in header)
        assert all(c.alignment.wrap_text for row in ws.iter_rows(min_row=2) for c in row if c.value)


def test_responses_sheet(book: openpyxl.Workbook) -> None:
    ws = book["Høringssvar"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [1, 2, 3]
    assert ws["B2"].is_date and ws["B2"].number_format == "DD-MM-YYYY"
    assert [r[2] for r in rows] == ["Rettidig", "For sent (accepteret alligevel)", "Ukendt"]
    assert rows[1][3] == "Anne Jensen; Boligselskabet Havbo (Peter Holm) [medafsender]"
    assert rows[1][4] == "Privatperson, Organisation"
    assert rows[2][8] == "Kampagne (1 svar)"
    assert "anne.jensen@example.dk" in rows[1][10]  # contact details, internal variant only


def test_notat_sheet_one_row_per_recommendation_in_given_order(book: openpyxl.Workbook) -> None:
    rows = list(book["Høringsnotat"].iter_rows(min_row=2, values_only=True))
    assert [r[5] for r in rows] == [
        "Om forordet.",
        "Flere cykelstier.",
        "Anne Jensen vil have cykelstier.",
        "Færre biler.",
        "Generelt.",
    ]
    assert rows[2][0] == "1 Mål\n1.1 Trafik"
    assert rows[4][0] == "Uden afsnit"
    assert [r[8] for r in rows] == [
        "Ikke vurderet endnu",
        "Imødekommes",
        "Imødekommes",
        "Imødekommes delvist",
        "Imødekommes ikke",
    ]
    assert rows[0][2] == "Mette Skov — Kampagne (1 svar)"
    assert [r[3] for r in rows[:3]] == [
        "Privatperson",
        "Organisation",
        "Privatperson, Organisation",
    ]


def test_per_section_counts_and_chart(book: openpyxl.Workbook) -> None:
    ws = book["Pr. afsnit"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    header = [c.value for c in ws[1]]
    table = {r[0]: dict(zip(header[1:], r[1:], strict=True)) for r in rows}
    assert list(table) == ["Forord", "1 Mål", "1.1 Trafik", "2 Natur", "Uden afsnit"]
    assert table["1 Mål"]["Anbefalinger i alt"] == 2
    assert table["1 Mål"]["Ændringsforslag"] == 1 and table["1 Mål"]["Opbakning"] == 1
    assert table["1.1 Trafik"]["Ændring: Ja"] == 1 and table["1.1 Trafik"]["Ændring: Delvist"] == 1
    assert table["Forord"]["Ændring: Ikke taget stilling"] == 1
    assert table["2 Natur"]["Anbefalinger i alt"] == 0
    assert table["Uden afsnit"]["Spørgsmål"] == 1
    assert ws["A4"].alignment.indent == 1  # 1.1 is a subsection
    assert len(ws._charts) == 1


def test_invited_sheet(book: openpyxl.Workbook) -> None:
    rows = list(book["Høringsliste"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[3]) for r in rows] == [
        ("Boligselskabet Havbo", "Ja"),
        ("Handicaprådet", "Nej"),
    ]
    assert rows[0][4] is not None and rows[1][4] is None
    assert rows[0][5] == "1, 2"
    header = [c.value for c in book["Høringsliste"][1]]
    assert header == ["Navn", "Type", "E-mail", "Svaret", "Dato for svar", "Svar nr.", "Fundet ved"]


def test_respondent_text_always_stays_text(tmp_path: Path) -> None:
    recs = tuple(rec(1, (10,), value, passage=value, comment_text=value) for value in RISKY)
    path = tmp_path / "farlig.xlsx"
    write_xlsx(sample_data(recommendations=recs), path)
    ws = openpyxl.load_workbook(path)["Høringsnotat"]
    for row, value in enumerate(RISKY, 2):
        for col in "FGH":
            cell = ws[f"{col}{row}"]
            assert cell.data_type == "s", (value, cell.data_type)
            assert cell.value == value
        assert ws[f"F{row}"].quotePrefix == value.startswith(("=", "+", "-", "@", "\t", "\r"))
    sheets = xml_text(path, "xl/worksheets/")
    assert "<f>" not in sheets and 't="e"' not in sheets and 't="str"' not in sheets


def test_long_text_cut_with_marker_and_reported(tmp_path: Path) -> None:
    long = "Lang tekst. " * 4000  # 48,000 characters
    data = sample_data(recommendations=(rec(1, (10,), "kort", passage=long),))
    path = tmp_path / "lang.xlsx"
    report = write_xlsx(data, path)
    cell = openpyxl.load_workbook(path)["Høringsnotat"]["G2"]
    assert cell.value.endswith(TRUNCATION_MARKER)
    assert len(cell.value) == MAX_CELL_CHARS
    assert [(t.sheet, t.row, t.column, t.length) for t in report.truncated] == [
        ("Høringsnotat", 2, "Citat", len(long))
    ]


def test_control_characters_replaced_and_counted(tmp_path: Path) -> None:
    data = sample_data(recommendations=(rec(1, (10,), "a\x00b\x1bc", passage="ok\ud83d"),))
    path = tmp_path / "tegn.xlsx"
    report = write_xlsx(data, path)
    ws = openpyxl.load_workbook(path)["Høringsnotat"]
    assert ws["F2"].value == f"a{REPLACEMENT_CHAR}b{REPLACEMENT_CHAR}c"
    assert ws["G2"].value == f"ok{REPLACEMENT_CHAR}"
    assert report.replaced_characters == 3


def test_multi_line_rows_get_a_height(tmp_path: Path) -> None:
    data = sample_data(recommendations=(rec(1, (10,), "en\nto\ntre\nfire"),))
    path = tmp_path / "hoejde.xlsx"
    write_xlsx(data, path)
    ws = openpyxl.load_workbook(path)["Høringsnotat"]
    assert ws.row_dimensions[2].height >= 4 * 14


def test_failure_midway_leaves_the_old_file_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "eksport.xlsx"
    path.write_bytes(b"the previous export")
    calls = {"n": 0}
    original = cells_module.SheetStream.append

    def failing(self, values, *, indent=0):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 6:
            raise RuntimeError("disken er fuld")
        return original(self, values, indent=indent)

    monkeypatch.setattr(cells_module.SheetStream, "append", failing)
    with pytest.raises(RuntimeError, match="disken"):
        write_xlsx(sample_data(), path)
    assert path.read_bytes() == b"the previous export"
    assert temp_leftovers(tmp_path) == []


def test_cancel_leaves_the_old_file_and_progress_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "eksport.xlsx"
    path.write_bytes(b"old")
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled):
        write_xlsx(
            sample_data(),
            path,
            progress=lambda d, t, _what: seen.append((d, t)),
            cancel=lambda: True,
        )
    assert path.read_bytes() == b"old"
    assert temp_leftovers(tmp_path) == []

    report = write_xlsx(sample_data(), path, progress=lambda d, t, _what: seen.append((d, t)))
    finds = len(redaction_finds(sample_data()))  # the internal variant's review sheet
    assert finds > 0
    assert seen[-1][0] == seen[-1][1] == 3 + 5 + 5 + 2 + finds
    assert report.responses == 3 and report.recommendations == 5 and report.variant == "intern"
    assert report.warnings == ("1 dublet er udeladt.",)
    assert openpyxl.load_workbook(path).sheetnames[0] == "Høringssvar"


def test_existing_file_permissions_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "eksport.xlsx"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_xlsx(sample_data(), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_too_many_recommendations_to_list_finds_is_said_on_the_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hoeringsdesk.export import xlsx_redaction
    from hoeringsdesk.export.model import DecisionRow

    monkeypatch.setattr(xlsx_redaction, "FIND_LIMIT", 2)  # the sample has five
    data = sample_data(decisions=(DecisionRow(1, DecisionKind.HIDE, "Lyset"),), hidden=("Lyset",))
    write_xlsx(data, tmp_path / "intern.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "intern.xlsx")["Anonymisering"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert rows[0][0] == "Tilføjet: skjules" and rows[0][3] == "Lyset"
    assert len(rows) == 2 and "over 2 anbefalinger" in rows[1][5]
