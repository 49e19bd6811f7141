"""The .txt and .html readers: encodings, control characters, HTML structure."""

from __future__ import annotations

import codecs

import pytest

from hoeringsdesk.domain.parsed import PartKind, ReaderError
from hoeringsdesk.intake.html_text import html_to_blocks, html_to_text
from hoeringsdesk.intake.readers import read_file

TEXT = "Høringssvar fra Grønt Forum\n\n»Vi støtter« – og “anbefaler” — æøå ÆØÅ é\n"


def test_utf8() -> None:
    parsed = read_file("svar.txt", TEXT.encode("utf-8"))
    assert parsed.parts[0].text == TEXT.strip()
    assert parsed.files[0].content_type == "text/plain"
    assert parsed.warnings == []


def test_utf8_with_bom() -> None:
    parsed = read_file("svar.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert parsed.parts[0].text == TEXT.strip()
    assert parsed.warnings == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(codec: str) -> None:
    parsed = read_file("svar.txt", TEXT.encode(codec))
    assert parsed.parts[0].text == TEXT.strip()


def test_windows_1252_is_read_with_a_warning() -> None:
    parsed = read_file("svar.txt", TEXT.encode("cp1252"))
    assert parsed.parts[0].text == TEXT.strip()
    assert any("Windows-1252" in w for w in parsed.warnings)


def test_control_characters_are_replaced_with_a_warning() -> None:
    raw = "Første linje\x0bAnden linje\x0cTredje\x00 linje\x07slut\r\nsidste\rlinje".encode()
    parsed = read_file("svar.txt", raw)
    assert parsed.parts[0].text == "Første linje\nAnden linje\nTredje linje slut\nsidste\nlinje"
    assert any("kontroltegn" in w for w in parsed.warnings)


def test_bullets_in_plain_text_become_items() -> None:
    parsed = read_file("svar.txt", "Vi foreslår:\n• ét\n- to\n1. tre\n".encode())
    assert parsed.parts[0].items == ["ét", "to", "tre"]


def test_html_with_meta_charset() -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>x</title><style>p{}</style></head>'
        "<body><h1>Svar</h1><p>Vi st\xf8tter &laquo;forslaget&raquo;.</p>"
        "<ul><li>ét</li><li>to</li></ul><p>Linje<br>to</p><script>alert(1)</script></body></html>"
    )
    parsed = read_file("svar.html", html.encode("cp1252"))
    assert parsed.files[0].content_type == "text/html"
    assert parsed.parts[0].text == "Svar\nVi støtter «forslaget».\nét\nto\nLinje\nto"
    assert parsed.parts[0].items == ["ét", "to"]
    assert parsed.warnings == []


def test_html_with_bom_and_no_meta() -> None:
    parsed = read_file("svar.htm", codecs.BOM_UTF8 + "<p>æøå</p>".encode())
    assert parsed.parts[0].text == "æøå"


def test_html_blank_paragraphs_and_outlook_lists() -> None:
    html = (
        "<p class=MsoNormal>Første</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Anden</p>"
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'>"
        "<span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;&nbsp; </span></span>Punkt</p>"
    )
    text, items = html_to_text(html)
    assert text == "Første\n\nAnden\n· Punkt"
    assert items == ["Punkt"]


def test_html_rowspan_marks_continuation_cells() -> None:
    blocks = html_to_blocks(
        "<table><tr><td rowspan=2>Label</td><td>a</td></tr><tr><td>b</td></tr></table>"
    )
    table = blocks[0]
    assert [[c.continues_above for c in row] for row in table.rows] == [
        [False, False],
        [True, False],
    ]


def test_unclosed_html_does_not_crash() -> None:
    text, _ = html_to_text("<table><tr><td>a<td>b<tr><td>c</p></div><li>d")
    assert "a\tb" in text and "c" in text and "d" in text


def test_empty_files() -> None:
    for name in ("svar.txt", "svar.html"):
        with pytest.raises(ReaderError, match="tom"):
            read_file(name, b"")


def test_template_as_tab_separated_text() -> None:
    text = (
        "Kommunens indledning.\n\n"
        "<b>Afsender</b> (organisation og kontaktoplysninger)\t<p>Grønt Forum v. Ib Ås "
        '<a href="mailto:ib@example.dk">ib@example.dk</a></p>\n'
        "Generelle bemærkninger\t<p>Godt.</p>\n"
    )
    parsed = read_file("svar.txt", text.encode())
    assert [p.kind for p in parsed.parts] == [
        PartKind.PREAMBLE,
        PartKind.TEMPLATE_ROW,
        PartKind.TEMPLATE_ROW,
    ]
    assert parsed.parts[1].text == "Grønt Forum v. Ib Ås ib@example.dk"
