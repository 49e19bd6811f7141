"""The Word høringsnotat from plain export data: structure, grouping, changes, safe writes."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.export import docx as docx_module
from hoeringsdesk.export.docx import write_docx
from hoeringsdesk.export.model import ExportCancelled, SectionRow
from tests.export.ooxml import temp_leftovers, xml_text
from tests.export.samples import ANNE, METTE, TITLE, rec, response, sample_data


def paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


@pytest.fixture
def notat(tmp_path: Path) -> Path:
    path = tmp_path / "notat.docx"
    write_docx(sample_data(), path)
    return path


def body_texts(path: Path) -> list[str]:
    """Body paragraphs outside tables and the table of contents."""
    return [t for style, t in paragraphs(path) if not style.startswith("toc")]


def section_part(texts: list[str], heading: str, following: str) -> list[str]:
    start = texts.index(heading)
    return texts[start + 1 : texts.index(following, start + 1)]


def test_front_matter(notat: Path) -> None:
    document = docx.Document(str(notat))
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == ["Høringsnotat", TITLE]
    facts = {r.cells[0].text: r.cells[1].text for r in document.tables[0].rows}
    assert facts["Sagsnummer"] == "27-0000042"
    assert facts["Høringsperiode"] == "1. februar – 31. marts 2027 (58 dage)"
    assert facts["Høringsfrist"] == "31. marts 2027 kl. 23.59"
    assert facts["Høringssvar"] == (
        "3 høringssvar; 1 modtaget efter fristen: 1 medtaget alligevel, 0 udeladt"
    )
    assert facts["Notatets dato"] == "20. april 2027"
    assert facts["Udgave"].startswith("Intern udgave")
    assert document.core_properties.author == "Høringsdesk"


def test_headings_use_words_built_in_styles_in_draft_order(notat: Path) -> None:
    headings = [(style, text) for style, text in paragraphs(notat) if style.startswith("Heading")]
    assert headings == [
        ("Heading 1", "Høringsliste"),
        ("Heading 2", "Inviterede parter"),
        ("Heading 2", "Høringssvar fra andre end de inviterede"),
        ("Heading 1", "Generelle bemærkninger"),
        ("Heading 1", "Bemærkninger til udkastets afsnit"),
        ("Heading 2", "Forord"),
        ("Heading 2", "1 Mål"),
        ("Heading 3", "1.1 Trafik"),
        ("Heading 2", "2 Natur"),
        ("Heading 1", "Ændringer i forhold til udkastet"),
        ("Heading 1", "Bilag: Indkomne høringssvar"),
    ]
    document = docx.Document(str(notat))
    assert document.styles["Heading 1"].builtin and document.styles["Title"].builtin


def test_a_real_toc_field_linked_to_the_headings(notat: Path) -> None:
    body = xml_text(notat, "word/document.xml")
    assert re.search(r'<w:instrText[^>]*> TOC \\o "1-3" \\h \\z \\u </w:instrText>', body)
    kinds = re.findall(r'w:fldCharType="(\w+)"', body)
    assert kinds.count("begin") == kinds.count("end") == kinds.count("separate")
    anchors = re.findall(r'<w:hyperlink w:anchor="(_Toc\d+)"', body)
    marks = re.findall(r'<w:bookmarkStart w:id="\d+" w:name="(_Toc\d+)"', body)
    assert len(anchors) == len(marks) == 11 and set(anchors) == set(marks)  # all levels 1-3
    assert all(f"PAGEREF {a} \\h" in body for a in anchors)
    assert '<w:updateFields w:val="true"/>' in xml_text(notat, "word/settings.xml")
    toc = [t for style, t in paragraphs(notat) if style.startswith("toc")]
    assert toc[0].startswith("Høringsliste") and toc[-1].startswith("Bilag")


def test_horingsliste_ticks_and_others_by_sender_type(notat: Path) -> None:
    document = docx.Document(str(notat))
    invited = [[c.text for c in r.cells] for r in document.tables[1].rows]
    assert invited == [
        ["Svaret", "Part", "Svar nr."],
        ["✓", "Boligselskabet Havbo", "1 og 2"],
        ["", "Handicaprådet", ""],
    ]
    texts = body_texts(notat)
    others = section_part(
        texts, "Høringssvar fra andre end de inviterede", "Generelle bemærkninger"
    )
    assert others == ["Privatpersoner (1)"]  # response 3; 1 and 2 came from Havbo
    assert [[c.text for c in r.cells] for r in document.tables[2].rows] == [
        ["Afsender", "Svar nr."],
        ["Mette Skov", "3"],
    ]


def test_every_tagged_section_has_its_remarks(notat: Path) -> None:
    texts = body_texts(notat)
    trafik = section_part(texts, "1.1 Trafik", "2 Natur")
    # recommendation 2 concerns 1 Mål and 1.1 Trafik: in full under Mål, referenced here
    assert trafik[0] == (
        "Svar nr. 2 – Anne Jensen; Boligselskabet Havbo (Peter Holm) [medafsender]: "
        "se under »1 Mål«."
    )
    assert "Svar nr. 1 – Boligselskabet Havbo (Peter Holm) · Ændringsforslag" in trafik
    assert "Ingen bemærkninger." not in texts
    nothing = "Der er ikke modtaget bemærkninger til dette afsnit."
    assert section_part(texts, "2 Natur", "Ændringer i forhold til udkastet") == [nothing]
    assert texts.count(nothing) == 1
    general = section_part(texts, "Generelle bemærkninger", "Bemærkninger til udkastets afsnit")
    assert (
        general[0]
        == "Svar nr. 2 – Anne Jensen; Boligselskabet Havbo (Peter Holm) [medafsender] · Spørgsmål"
    )


def test_one_answer_for_several_responses_is_printed_once(notat: Path) -> None:
    texts = body_texts(notat)
    maal = section_part(texts, "1 Mål", "1.1 Trafik")
    assert [t for t in maal if t.startswith("Svar nr.")] == [
        "Svar nr. 1 – Boligselskabet Havbo (Peter Holm) · Ændringsforslag",
        "Svar nr. 2 – Anne Jensen; Boligselskabet Havbo (Peter Holm) [medafsender] · Opbakning",
    ]
    answer = "Forvaltningens bemærkning til svar nr. 1 og 2: Vi er enige."
    assert [t for t in maal if t.startswith("Forvaltningens")] == [answer]
    assert texts.count(answer) == 1
    assert "Vedrører også: 1.1 Trafik" in maal
    assert "Giver anledning til ændring: ja" in maal


def test_changes_listed_by_section(notat: Path) -> None:
    texts = body_texts(notat)
    part = section_part(texts, "Ændringer i forhold til udkastet", "Bilag: Indkomne høringssvar")
    assert part[1:] == [
        "1 Mål",
        "Vi er enige. (ja; svar nr. 1 og 2)",
        "1.1 Trafik",
        "Se under »1 Mål«. (ja; svar nr. 1 og 2)",
        "Det overvejes. (delvist; svar nr. 1)",
    ]


def test_bilag_lists_every_response_with_dates_that_do_not_wrap(notat: Path) -> None:
    document = docx.Document(str(notat))
    rows = [[c.text for c in r.cells] for r in document.tables[-1].rows]
    assert rows[0] == ["Nr.", "Afsender", "Modtaget", "Frist", "Fil"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert rows[1][2] == "1.\u00a0marts\u00a02027"
    assert rows[2][3] == "For sent, medtaget" and rows[3][3] == "Ukendt"
    assert rows[3][2] == ""
    body = xml_text(notat, "word/document.xml")
    assert body.count("<w:noWrap/>") == 2 * 3  # number and date of each row


def test_danish_quotes_and_trimmed_passages(tmp_path: Path) -> None:
    path = tmp_path / "notat.docx"
    passage = "\n  Flere cykelstier langs åen.\n\nOgså om vinteren.  \n\n"
    write_docx(sample_data(recommendations=(rec(1, (10,), "Stier.", passage=passage),)), path)
    quotes = [t for style, t in paragraphs(path) if style == "Quote"]
    assert quotes == ["»Flere cykelstier langs åen.\nOgså om vinteren.«"]
    assert "“" not in xml_text(path, "word/document.xml")


def test_a_campaign_is_answered_once_with_its_signatories(tmp_path: Path) -> None:
    campaign = {
        "campaign_label": "Bevar Strandparken",
        "campaign_size": 4,
        "campaign_numbers": (3, 4, 5, 7),
        "campaign_signatories": 5,
    }
    data = sample_data(
        responses=(response(3, METTE, **campaign), response(4, ANNE, **campaign)),
        recommendations=(
            rec(3, (5,), "Bevar parken.", comment_text="Nej.", comment_id=1, outcome=Outcome.NO),
        ),
        invited=(),
    )
    path = tmp_path / "notat.docx"
    write_docx(data, path)
    texts = body_texts(path)
    natur = section_part(texts, "2 Natur", "Ændringer i forhold til udkastet")
    assert natur[0] == (
        "Svar nr. 3 m.fl. – kampagnen »Bevar Strandparken«: 4 enslydende svar med 5 "
        "underskrivere (svar nr. 3–5 og 7) · Ændringsforslag"
    )
    assert natur.count("Forvaltningens bemærkning: Nej.") == 1


def test_late_response_left_out_is_counted(tmp_path: Path) -> None:
    data = sample_data()
    responses = (*data.responses[:2], replace(data.responses[2], late=True, accepted_late=False))
    path = tmp_path / "notat.docx"
    write_docx(replace(data, responses=responses), path)
    facts = {r.cells[0].text: r.cells[1].text for r in docx.Document(str(path)).tables[0].rows}
    assert facts["Høringssvar"].endswith(
        "2 modtaget efter fristen: 1 medtaget alligevel, 1 udeladt"
    )


def test_no_changes(tmp_path: Path) -> None:
    path = tmp_path / "notat.docx"
    write_docx(sample_data(recommendations=(rec(1, (10,), "x"),)), path)
    texts = body_texts(path)
    part = section_part(texts, "Ændringer i forhold til udkastet", "Bilag: Indkomne høringssvar")
    assert part == ["Høringen giver ikke anledning til ændringer i udkastet."]
    assert "Forvaltningens bemærkning: endnu ikke skrevet." in texts


def test_characters_xml_cannot_hold_are_replaced(tmp_path: Path) -> None:
    path = tmp_path / "notat.docx"
    data = sample_data(recommendations=(rec(1, (10,), "a\x00b\x0cc", passage="\ud800"),))
    report = write_docx(data, path)
    assert report.replaced_characters == 3
    assert "a\ufffdb\ufffdc" in xml_text(path)


def test_tabs_and_line_breaks_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "notat.docx"
    summary = "  Første linje\nanden linje\r\ntredje\tmed tabulator  "
    write_docx(sample_data(recommendations=(rec(1, (10,), summary),)), path)
    # python-docx reads <w:br/> as "\n" and <w:tab/> as "\t"
    assert "Første linje\nanden linje\ntredje\tmed tabulator" in body_texts(path)  # trimmed
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

    monkeypatch.setattr(docx_module._Notat, "_changes", boom)
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
    nothing = "Der er ikke modtaget bemærkninger til dette afsnit."
    assert after["1.3 Vand"] == nothing
    assert after["2 Økonomi"] == nothing


def test_where_the_draft_was_published_is_in_the_front_matter(tmp_path: Path) -> None:
    data = sample_data()
    data = replace(data, consultation=replace(data.consultation, published_where="kommunen.dk"))
    path = tmp_path / "notat.docx"
    write_docx(data, path)
    facts = {r.cells[0].text: r.cells[1].text for r in docx.Document(str(path)).tables[0].rows}
    assert facts["Offentliggjort"] == "kommunen.dk"
