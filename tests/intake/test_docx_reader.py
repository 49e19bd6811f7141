"""The .docx reader: the filled-in template, Word features, and damaged or hostile files."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from hoeringsdesk.domain.parsed import PartKind, ReaderError
from hoeringsdesk.intake.docx_reader import docx_blocks
from hoeringsdesk.intake.readers import read_file

from . import builders as b


@pytest.fixture(scope="module")
def template() -> bytes:
    return b.template_docx()


@pytest.fixture(scope="module")
def parsed(template: bytes):
    return read_file("høringssvar.docx", template)


def test_original_file_is_kept_byte_for_byte(parsed, template: bytes) -> None:
    assert len(parsed.files) == 1
    original = parsed.files[0]
    assert original.filename == "høringssvar.docx"
    assert original.data == template
    assert original.parent is None
    assert original.content_type.endswith("wordprocessingml.document")
    assert parsed.warnings == []


def test_every_template_row_arrives_verbatim(parsed) -> None:
    rows = {p.label: p.text for p in parsed.template_rows}
    assert rows == b.EXPECTED_ROWS
    assert [p.label for p in parsed.template_rows] == list(b.EXPECTED_ROWS)
    assert all(p.file_index == 0 for p in parsed.parts)


def test_special_characters_are_exact(parsed) -> None:
    general = next(p for p in parsed.template_rows if p.label == b.LABEL_GENERAL)
    for fragment in (
        "»Integrationspolitikken«",
        "“konkrete mål”",
        " – ",
        " — ",
        '"klare"',
        "æøå ÆØÅ",
    ):
        assert fragment in general.text


def test_preamble_and_text_after_the_table(parsed) -> None:
    assert parsed.parts[0].kind is PartKind.PREAMBLE
    assert parsed.parts[0].text == "\n".join(
        ["Høring vedr. udkast til integrationspolitik", b.INTRO, b.TEXTBOX]
    )
    assert parsed.parts[-1].kind is PartKind.BODY
    assert parsed.parts[-1].text == b.AFTER


def test_text_box_appears_exactly_once(parsed) -> None:
    everything = "\n".join(p.text for p in parsed.parts)
    assert everything.count(b.TEXTBOX) == 1


def test_tracked_changes_keep_insertions_and_drop_deletions(parsed) -> None:
    everything = "\n".join(p.text for p in parsed.parts)
    assert "indsat tekst" in everything
    assert b.DELETED not in everything


def test_content_control_text_kept_and_placeholder_dropped(parsed) -> None:
    everything = "\n".join(p.text for p in parsed.parts)
    assert "Tekst i indholdskontrol." in everything
    assert b.PLACEHOLDER not in everything


def test_merged_cells_are_not_repeated(parsed) -> None:
    everything = "\n".join(p.text for p in parsed.parts)
    for text in (b.OWN, b.WORK_1, b.WORK_2, b.SENDERS[0]):
        assert everything.count(text) == 1
    assert sum(p.label == b.LABEL_WORK for p in parsed.template_rows) == 1


def test_bullets_and_numbering_become_items(parsed) -> None:
    intro = next(p for p in parsed.template_rows if p.label == b.LABEL_INTRO)
    assert intro.items == b.EXPECTED_ITEMS[b.LABEL_INTRO]
    for row in parsed.template_rows:
        assert all(item in row.text for item in row.items)


def test_continuation_row_is_appended_to_the_row_above(parsed) -> None:
    intro = next(p for p in parsed.template_rows if p.label == b.LABEL_INTRO)
    assert intro.text.endswith(b.CONTINUED)
    assert "" not in [p.label for p in parsed.template_rows]


def test_empty_row_is_kept_with_empty_text(parsed) -> None:
    health = next(p for p in parsed.template_rows if p.label == b.LABEL_HEALTH)
    assert health.text == ""


def test_simple_two_column_template() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Kommunens indledning")
    table = document.add_table(rows=3, cols=2)
    rows = [
        (b.LABEL_SENDER, "Grønt Forum v. Ib Ås ib@example.dk"),
        (b.LABEL_GENERAL, "»Godt« – men „mere“ tak."),
        (b.LABEL_WORK, 'Flere "job".'),
    ]
    for i, (label, text) in enumerate(rows):
        table.cell(i, 0).text = label
        table.cell(i, 1).text = text
    out = io.BytesIO()
    document.save(out)
    parsed = read_file("svar.docx", out.getvalue())
    assert [(p.label, p.text) for p in parsed.template_rows] == rows
    assert parsed.parts[0].kind is PartKind.PREAMBLE


def test_docx_without_template_is_one_body_part() -> None:
    data = b.plain_docx("Kære kommune", "• Første punkt", "Venlig hilsen")
    parsed = read_file("brev.docx", data)
    assert [p.kind for p in parsed.parts] == [PartKind.BODY]
    assert parsed.parts[0].text == "Kære kommune\n• Første punkt\nVenlig hilsen"
    assert parsed.parts[0].items == ["Første punkt"]


def test_docx_with_labels_as_headings_is_recognised() -> None:
    data = b.plain_docx(
        "Afsender", "Grønt Forum v. Ib Ås ib@example.dk", "Generelle bemærkninger", "Godt udkast."
    )
    parsed = read_file("svar.docx", data)
    assert [(p.label, p.text) for p in parsed.template_rows] == [
        ("Afsender", "Grønt Forum v. Ib Ås ib@example.dk"),
        ("Generelle bemærkninger", "Godt udkast."),
    ]


# -- damaged and hostile files ----------------------------------------------------------------
def test_corrupt_zip_is_rejected() -> None:
    with pytest.raises(ReaderError, match="Word-filen er beskadiget"):
        read_file("svar.docx", b"PK\x03\x04" + b"\x00garbage" * 20)


def test_truncated_docx_is_rejected(template: bytes) -> None:
    with pytest.raises(ReaderError, match="beskadiget"):
        read_file("svar.docx", template[: len(template) // 2])


def test_docx_without_document_part_is_rejected() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("word/styles.xml", "<x/>")
    with pytest.raises(ReaderError, match="dokumentdelen mangler"):
        read_file("svar.docx", out.getvalue())


def test_broken_xml_is_rejected(template: bytes) -> None:
    data = b.rezip(template, {"word/document.xml": b"<w:document><unclosed>"})
    with pytest.raises(ReaderError, match="XML"):
        read_file("svar.docx", data)


def test_xml_entities_are_not_expanded(template: bytes) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = b.rezip(template, {"word/document.xml": bomb})
    try:
        parsed = read_file("svar.docx", data)
    except ReaderError:
        return
    assert "aaaaaaaaaa" not in "".join(p.text for p in parsed.parts)


def test_encrypted_docx_is_rejected_with_a_clear_reason() -> None:
    data = b.ole_file(
        {"EncryptionInfo": b"\x04\x00\x04\x00" + b"\x00" * 60, "EncryptedPackage": b"x" * 600}
    )
    with pytest.raises(ReaderError, match=r"Word-filen er krypteret \(adgangskodebeskyttet\)"):
        read_file("svar.docx", data)


def test_really_encrypted_docx_is_rejected() -> None:
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml")
    out = io.BytesIO()
    ooxml.OOXMLFile(io.BytesIO(b.plain_docx("Hemmeligt"))).encrypt("kodeord", out)
    with pytest.raises(ReaderError, match="krypteret"):
        read_file("svar.docx", out.getvalue())


def test_old_binary_doc_is_rejected_clearly() -> None:
    data = b.ole_file({"WordDocument": b"\xec\xa5" + b"\x00" * 600, "1Table": b"\x00" * 600})
    for name in ("svar.doc", "svar.docx"):
        with pytest.raises(ReaderError, match=r"gamle Word-format \(\.doc\)"):
            read_file(name, data)


def _declare_size(data: bytes, size: int) -> bytes:
    """Patch the declared uncompressed size of every member in the central directory."""
    out = bytearray(data)
    pos = out.find(b"PK\x01\x02")
    while pos != -1:
        struct.pack_into("<I", out, pos + 24, size)
        pos = out.find(b"PK\x01\x02", pos + 4)
    return bytes(out)


def test_zip_bomb_by_declared_size_is_rejected_without_decompressing(template: bytes) -> None:
    with pytest.raises(ReaderError, match="zip-bombe"):
        read_file("svar.docx", _declare_size(template, 0xFFFFFFF0))


def test_zip_bomb_by_compression_ratio_is_rejected() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\x00" * (30 * 1024 * 1024))
    data = out.getvalue()
    assert len(data) < 200_000
    with pytest.raises(ReaderError, match="zip-bombe"):
        read_file("svar.docx", data)


def test_blocks_api_reads_tables() -> None:
    blocks = docx_blocks(b.template_docx())
    assert any(type(block).__name__ == "Table" for block in blocks)
