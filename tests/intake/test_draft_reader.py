"""Draft readers: headings become sections in order, bad files get one clear message."""

from __future__ import annotations

import io
import zipfile

import pytest

from hoeringsdesk.intake.draft import DraftError, read_draft
from tests.docx_builders import heading_docx


def shape(sections):  # type: ignore[no-untyped-def]
    return [(s.label, s.heading, s.depth, s.body) for s in sections]


def test_markdown_headings_and_preamble() -> None:
    text = (
        "Udkast til politik\n\n# Forord\nTekst æøå.\n\n"
        "## Delafsnit\nMere.\n```\n# ikke en overskrift\n```\n"
    )
    assert shape(read_draft("u.md", text.encode())) == [
        ("", "Indledende tekst", 0, "Udkast til politik"),
        ("", "Forord", 0, "Tekst æøå."),
        ("", "Delafsnit", 1, "Mere.\n```\n# ikke en overskrift\n```"),
    ]


def test_numbered_text_headings() -> None:
    text = (
        "1. Indledning\nDette er et udkast.\n1.1 Baggrund\nFordi.\n"
        "2. Mål\n2020. Det år skete meget.\n"
    )
    assert shape(read_draft("u.txt", text.encode("cp1252"))) == [
        ("1", "Indledning", 0, "Dette er et udkast."),
        ("1.1", "Baggrund", 1, "Fordi."),
        ("2", "Mål", 0, "2020. Det år skete meget."),
    ]


def test_docx_levels_may_skip() -> None:
    data = heading_docx([(1, "1. Forord", "A"), (3, "Dybt", "B"), (2, "Mellem", "C")])
    assert shape(read_draft("u.docx", data)) == [
        ("1", "Forord", 0, "A"),
        ("", "Dybt", 1, "B"),
        ("", "Mellem", 1, "C"),
    ]


def test_odt_headings() -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        '<text:h text:outline-level="1">Forord</text:h><text:p>Velkommen.</text:p>'
        '<text:h text:outline-level="2">Baggrund</text:h><text:p>Derfor.</text:p>'
        "</office:text></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    assert shape(read_draft("u.odt", buf.getvalue())) == [
        ("", "Forord", 0, "Velkommen."),
        ("", "Baggrund", 1, "Derfor."),
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("tom.docx", b"", "tom.docx: filen er tom"),
        ("forkert.docx", b"%PDF-1.7 not a word file", "forkert.docx: filen er ikke en gyldig Word"),
        ("krypteret.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "krypteret"),
        ("ingen.md", b"Bare tekst uden overskrifter.", "ingen afsnit fundet"),
        ("binær.txt", b"\x00\x01\x02abc", "binære data"),
        ("udkast.pages", b"data", "understøttes ikke"),
    ],
)
def test_bad_drafts_get_one_clear_line(name: str, data: bytes, message: str) -> None:
    with pytest.raises(DraftError, match=message) as info:
        read_draft(name, data)
    assert "\n" not in str(info.value)


def test_zip_bomb_is_refused_without_reading() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (210 * 1024 * 1024))
    with pytest.raises(DraftError, match="urimeligt"):
        read_draft("bombe.docx", buf.getvalue())
