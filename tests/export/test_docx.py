"""The Word høringsnotat from plain export data: structure, grouping, changes, safe writes."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from hoeringsdesk.export import docx as docx_module
from hoeringsdesk.export.docx import write_docx
from hoeringsdesk.export.model import ExportCancelled, SectionRow
from tests.export.ooxml import temp_leftovers, xml_text
from tests.export.samples import TITLE, rec, sample_data


def paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


@pytest.fixture
def notat(tmp_path: Path) -> Path:
    path = tmp_path / "notat.docx"
    write_docx(sample_data(), path)
    return path


def test_facts_and_respondents(notat: Path) -> None:
    document = docx.Document(str(notat))
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == ["Høringsnotat", TITLE]
    facts = {r.cells[0].text: r.cells[1].text for r in document.tables[0].rows}
    assert facts["Sagsnummer"] == "27-0000042"
    assert facts["Høringsperiode"] == "01-02-2027 – 31-03-2027"
    assert facts["Høringsfrist"] == "31-03-2027"
    assert facts["Udgave"].startswith("Intern udgave")
    respondents = [[c.text for c in r.cells] for r in document.tables[1].rows]
    assert respondents[0] == ["Nr.", "Afsender", "Modtaget", "Bemærkning"]
    assert [r[0] for r in respondents[1:]] == ["1", "2", "3"]
    assert respondents[2][3] == "For sent (accepteret alligevel)"
    assert document.core_properties.author == "Høringsdesk"


def test_sections_in_draft_order_with_headings_by_depth(notat: Path) -> None:
    headings = [(style, text) for style, text in paragraphs(notat) if style.startswith("Heading")]
    assert headings[1:] == [
        ("Heading 1", "Bemærkninger og forvaltningens svar, afsnit for afsnit"),
        ("Heading 2", "Forord"),
        ("Heading 2", "1 Mål"),
        ("Heading 3", "1.1 Trafik"),
        ("Heading 2", "2 Natur"),
        ("Heading 2", "Uden afsnit"),
        ("Heading 1", "Ændringer i udkastet"),
    ]


def test_recommendations_sharing_a_comment_are_answered_once(notat: Path) -> None:
    texts = [t for _, t in paragraphs(notat)]
    start, end = texts.index("1 Mål"), texts.index("1.1 Trafik")
    section = texts[start:end]
    assert [t for t in section if t.startswith("Svar nr.")] == [
        "Svar nr. 1: Boligselskabet Havbo (Peter Holm) — Ændringsforslag",
        "Svar nr. 2: Anne Jensen; Boligselskabet Havbo (Peter Holm) [medafsender] — Opbakning",
    ]
    answers = [t for t in section if t.startswith("Forvaltningens bemærkning")]
    assert answers == ["Forvaltningens bemærkning (fælles for svar nr. 1, 2): Vi er enige."]
    assert "Vedrører også: 1.1 Trafik" in section
    assert "Giver anledning til ændring: Ja" in section
    natur = texts[texts.index("2 Natur") + 1]
    assert natur == "Ingen bemærkninger."


def test_changes_list(notat: Path) -> None:
    items = [t for style, t in paragraphs(notat) if style == "List Bullet"]
    assert items == [
        "1 Mål; 1.1 Trafik: Vi er enige. (Ja; svar nr. 1, 2)",
        "1.1 Trafik: Det overvejes. (Delvist; svar nr. 1)",
    ]


def test_no_changes(tmp_path: Path) -> None:
    path = tmp_path / "notat.docx"
    write_docx(sample_data(recommendations=(rec(1, (10,), "x"),)), path)
    texts = [t for _, t in paragraphs(path)]
    assert texts[-1] == "Høringen giver ikke anledning til ændringer i udkastet."
    assert "Forvaltningens bemærkning: (endnu ikke skrevet)" in texts


def test_characters_xml_cannot_hold_are_replaced(tmp_path: Path) -> None:
    path = tmp_path / "notat.docx"
    data = sample_data(recommendations=(rec(1, (10,), "a\x00b\x0cc", passage="\ud800"),))
    report = write_docx(data, path)
    assert report.replaced_characters == 3
    assert "a\ufffdb\ufffdc" in xml_text(path)


def test_tabs_line_breaks_and_edge_spaces_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "notat.docx"
    summary = "  Første linje\nanden linje\r\ntredje\tmed tabulator  "
    write_docx(sample_data(recommendations=(rec(1, (10,), summary),)), path)
    # python-docx reads <w:br/> as "\n" and <w:tab/> as "\t"
    assert "  Første linje\nanden linje\ntredje\tmed tabulator  " in [
        t for _, t in paragraphs(path)
    ]
    run = next(
        r for p in docx.Document(str(path)).paragraphs for r in p.runs if "Svar nr. 1" in r.text
    )
    assert run.bold


def test_failure_or_cancel_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notat.docx"
    path.write_bytes(b"previous")
    with pytest.raises(ExportCancelled):
        write_docx(sample_data(), path, cancel=lambda: True)

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx_module, "_changes", boom)
    with pytest.raises(OSError):
        write_docx(sample_data(), path)
    assert path.read_bytes() == b"previous"
    assert temp_leftovers(tmp_path) == []


def test_page_numbers_in_the_footer(notat: Path) -> None:
    footer = xml_text(notat, "word/footer")
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_nested_sections_with_remarks_in_several_subsections(tmp_path: Path) -> None:
    sections = (
        SectionRow(1, "1", "Mål", 0, 0),
        SectionRow(2, "1.1", "Trafik", 1, 1),
        SectionRow(3, "1.1.1", "Cykler", 2, 2),
        SectionRow(4, "1.2", "Natur", 1, 3),
        SectionRow(5, "1.3", "Vand", 1, 4),
        SectionRow(6, "2", "Økonomi", 0, 5),
    )
    recs = (rec(1, (3,), "Cykler."), rec(1, (4,), "Natur."), rec(2, (4,), "Mere natur."))
    path = tmp_path / "notat.docx"
    write_docx(sample_data(sections=sections, recommendations=recs), path)
    texts = [t for _, t in paragraphs(path)]
    after = {t: texts[texts.index(t) + 1] for t in ("1 Mål", "1.1 Trafik", "1.3 Vand", "2 Økonomi")}
    assert after["1 Mål"] == "1.1 Trafik"
    assert after["1.1 Trafik"] == "1.1.1 Cykler"
    assert after["1.3 Vand"] == "Ingen bemærkninger."
    assert after["2 Økonomi"] == "Ingen bemærkninger."
