"""The dispatcher: choosing a reader by extension and content, and its single error type."""

from __future__ import annotations

import io
import zipfile

import pytest

from hoeringsdesk.domain.parsed import PartKind, ReaderError, TextPart
from hoeringsdesk.intake import readers
from hoeringsdesk.intake.context import Ctx
from hoeringsdesk.intake.readers import UnexpectedReaderError, choose_reader, read_file

from . import builders as b


@pytest.mark.parametrize(
    "name",
    [
        "a.eml",
        "a.msg",
        "a.docx",
        "a.pdf",
        "a.txt",
        "a.html",
        "a.htm",
        "a.odt",
        "a.doc",
        "a.xyz",
        "a",
    ],
)
def test_zero_byte_files(name: str) -> None:
    with pytest.raises(ReaderError, match=r"Filen er tom \(0 byte\)"):
        read_file(name, b"")


def test_unknown_extension() -> None:
    with pytest.raises(ReaderError, match=r"Filtypen \.xyz understøttes ikke"):
        read_file("svar.xyz", b"helt almindelig tekst")


def test_pdf_named_docx_is_read_as_pdf() -> None:
    data = b.make_pdf([["Et svar i PDF"]])
    parsed = read_file("svar.docx", data)
    assert parsed.files[0].content_type == "application/pdf"
    assert parsed.parts[0].text == "Et svar i PDF"
    assert any("hedder .docx" in w for w in parsed.warnings)


def test_docx_named_pdf_is_read_as_docx() -> None:
    parsed = read_file("svar.pdf", b.plain_docx("Et svar i Word"))
    assert parsed.files[0].content_type.endswith("wordprocessingml.document")
    assert parsed.parts[0].text == "Et svar i Word"


def test_mail_without_extension_is_read_as_mail() -> None:
    parsed = read_file("svar", b.eml_bytes(b.make_eml()))
    assert parsed.files[0].content_type == "message/rfc822"
    assert parsed.sender is not None


def test_text_named_pdf_is_rejected_as_damaged_not_read_as_text() -> None:
    # a name that says document and bytes that are not that document: damaged, never text
    with pytest.raises(ReaderError, match="PDF-filen er beskadiget"):
        read_file("svar.pdf", b"Dette er slet ikke en PDF, men tekst.")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("billede.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "Billedfilen er beskadiget"),
        ("svar.rtf", b"{\\rtf1\\ansi Hej}", "RTF"),
        ("svar.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 50, "Billedfilen er beskadiget"),
    ],
)
def test_unsupported_formats(name: str, data: bytes, message: str) -> None:
    with pytest.raises(ReaderError, match=message):
        read_file(name, data)


def test_spreadsheet_is_unsupported() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("xl/workbook.xml", "<x/>")
    with pytest.raises(ReaderError, match="Excel"):
        read_file("svar.xlsx", out.getvalue())


def test_bytearray_and_memoryview_are_accepted() -> None:
    data = b"tekst"
    assert read_file("a.txt", bytearray(data)).files[0].data == data
    assert isinstance(read_file("a.txt", memoryview(data)).files[0].data, bytes)


def test_unexpected_failure_is_still_a_reader_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ctx: object, index: int, kind: PartKind) -> None:
        raise ValueError("bug")

    monkeypatch.setitem(readers.READERS, "txt", broken)
    with pytest.raises(UnexpectedReaderError) as info:
        read_file("a.txt", b"tekst")
    assert isinstance(info.value, ReaderError)
    assert "uventet fejl" in str(info.value)


def test_unexpected_failure_in_an_attachment_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ctx: object, index: int, kind: PartKind) -> None:
        raise ValueError("bug")

    monkeypatch.setitem(readers.READERS, "txt", broken)
    msg = b.make_eml(attachments=[("bilag.txt", "text/plain", b"Bilag")])
    parsed = read_file("svar.eml", b.eml_bytes(msg))
    assert any("«bilag.txt»" in w and "uventet fejl" in w for w in parsed.warnings)
    assert len(parsed.files) == 2


def test_choose_reader() -> None:
    assert choose_reader("a.htm", b"<p>x</p>")[:2] == ("html", "text/html")
    assert choose_reader("a.txt", b"<p>x</p>")[0] == "txt"
    assert choose_reader("a.mht", b.eml_bytes(b.make_eml()))[0] == "eml"


def test_undecodable_characters_are_replaced_as_a_last_resort(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def sloppy(ctx: Ctx, index: int, kind: PartKind) -> None:
        ctx.parts.append(TextPart(index, kind, "", "H\udcf8ring", ["\udcf8"]))

    monkeypatch.setitem(readers.READERS, "txt", sloppy)
    parsed = read_file("a.txt", b"x")
    assert parsed.parts[0].text == "H\ufffdring"
    assert parsed.parts[0].items == ["\ufffd"]
    assert any("kunne ikke afkodes" in w for w in parsed.warnings)
