"""Scanned letters read with the real Tesseract (Danish), on letters generated here."""

from __future__ import annotations

import functools
import io
import re

import pytest

from hoeringsdesk.domain.parsed import ReaderError
from hoeringsdesk.intake.ocr import OcrBox, OcrSettings, ensure_available
from hoeringsdesk.intake.ocr_layout import Page, layout
from hoeringsdesk.intake.readers import read_file
from hoeringsdesk.intake.scan_reader import SCANNED_NO_TEXT, SCANNED_WITH_TEXT
from hoeringsdesk.samples import scans

MISSING = OcrSettings(command="/nonexistent/bin/tesseract")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def recall(source: str, read: str) -> float:
    """Share of the source's words found in what was read (order-free, a coarse check)."""
    got = set(words(read))
    want = words(source)
    return sum(1 for w in want if w in got) / len(want)


@functools.cache
def letter_png() -> tuple[str, bytes]:
    doc = scans.letter(7)
    return doc.text, scans.encode(scans.render(doc, 200, seed=7), "png", 200)


def test_the_machine_has_tesseract_with_danish() -> None:
    assert ensure_available(OcrSettings())  # CI installs tesseract-ocr and tesseract-ocr-dan


def test_scanned_letter_is_read_with_ocr_and_kept_byte_for_byte() -> None:
    source, data = letter_png()
    parsed = read_file("brev.png", data)
    assert parsed.files[0].data == data
    assert parsed.files[0].content_type == "image/png"
    assert SCANNED_WITH_TEXT in parsed.warnings
    text = "\n".join(p.text for p in parsed.parts)
    assert recall(source, text) > 0.9
    assert parsed.ocr_words and all(0 <= w.confidence <= 100 for w in parsed.ocr_words)
    assert [w.text for w in parsed.ocr_words][:2] == text.split()[:2]


def test_multi_page_tiff_reads_every_page() -> None:
    first, second = scans.letter(11), scans.letter(12)
    pages = scans.render(first, 150, seed=1) + scans.render(second, 150, seed=2)
    seen: list[tuple[int, int]] = []
    parsed = read_file(
        "post.tif", scans.encode(pages, "tiff", 150), on_page=lambda d, n: seen.append((d, n))
    )
    text = "\n".join(p.text for p in parsed.parts)
    assert recall(first.text, text) > 0.85
    assert recall(second.text, text) > 0.85
    assert seen[-1] == (2, 2)


def test_scanned_template_pdf_gives_template_rows() -> None:
    doc = scans.template(5)
    pdf = scans.encode(scans.render(doc, 200, seed=5, noise=True), "pdf", 200)
    parsed = read_file("skabelon.pdf", pdf)
    assert SCANNED_WITH_TEXT in parsed.warnings
    rows = parsed.template_rows
    labels = [r.label.casefold() for r in rows]
    assert labels[0].startswith("afsender")
    assert any(label.startswith("generelle bemærkninger") for label in labels)
    forslag = [r for r in rows if r.label.casefold().startswith("forslag til ændringer")]
    assert len(forslag) == len(doc.rows) - 2
    for (label, body), row in zip(doc.rows[2:], forslag, strict=True):
        assert recall(label, row.label) > 0.8
        assert recall(body, row.text) > 0.8


def test_without_tesseract_the_scan_is_kept_with_a_warning_saying_how_to_get_ocr() -> None:
    _, data = letter_png()
    parsed = read_file("brev.png", data, ocr=MISSING)
    assert parsed.files[0].data == data
    assert parsed.parts == []
    assert SCANNED_NO_TEXT in parsed.warnings
    hint = next(w for w in parsed.warnings if "ikke tilgængelig" in w)
    assert "/nonexistent/bin/tesseract" in hint
    assert "tesseract-ocr-dan" in hint and "Windows" in hint


def test_image_only_pdf_without_tesseract_is_not_rejected() -> None:
    doc = scans.letter(3)
    pdf = scans.encode(scans.render(doc, 100, seed=3), "pdf", 100)
    parsed = read_file("scan.pdf", pdf, ocr=MISSING)
    assert parsed.parts == [] and SCANNED_NO_TEXT in parsed.warnings


def test_a_damaged_image_is_rejected_with_a_reason() -> None:
    with pytest.raises(ReaderError, match="Billedfilen er beskadiget"):
        read_file("brev.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 50)


def box(text: str, left: int, top: int, key: tuple[int, int, int], conf: int = 95) -> OcrBox:
    return OcrBox(text, conf, left, top, 10 * len(text), 20, *key)


def boxes(line: str, left: int, top: int, key: tuple[int, int, int]) -> list[OcrBox]:
    out, x = [], left
    for word in line.split():
        out.append(box(word, x, top, key))
        x += 10 * len(word) + 10
    return out


def test_layout_rebuilds_template_rows_read_in_any_order() -> None:
    # Tesseract read the text column first and merged one label with its text on a line.
    found = (
        boxes("Vi vil have flere cykelstier", 500, 100, (2, 1, 1))
        + boxes("langs åen.", 500, 130, (2, 1, 2))
        + boxes("• Og bænke.", 500, 160, (2, 1, 3))
        + boxes("Sæt lys på stien.", 500, 300, (3, 1, 1))
        + boxes("Afsender", 100, 40, (1, 1, 1))
        + boxes("Bo Holm", 500, 40, (1, 1, 1))
        + boxes("Generelle", 100, 100, (4, 1, 1))
        + boxes("bemærkninger", 100, 130, (4, 1, 2))
        + boxes("Forslag til ændringer", 100, 300, (5, 1, 1))
        + boxes('i "Stier"', 100, 330, (5, 1, 2))
    )
    text, placed = layout([Page(2000, 3000, found)])
    assert text.split("\n") == [
        "Afsender\tBo Holm",
        "Generelle bemærkninger\tVi vil have flere cykelstier langs åen.",
        "• Og bænke.",
        'Forslag til ændringer i "Stier"\tSæt lys på stien.',
    ]
    assert sorted(w.text for w in placed) == sorted(b.text for b in found)


def test_layout_of_a_letter_keeps_reading_order_and_paragraphs() -> None:
    found = boxes("Kære kommune", 100, 40, (1, 1, 1)) + boxes("Mere lys.", 100, 100, (1, 2, 1))
    text, _ = layout([Page(2000, 3000, found)])
    assert text == "Kære kommune\n\nMere lys."


def test_a_scan_attached_to_a_mail_is_read_and_a_logo_is_not() -> None:
    from PIL import Image

    from . import builders as b

    doc = scans.letter(9)
    scan = scans.encode(scans.render(doc, 150, seed=9), "jpeg", 150)
    logo = io.BytesIO()
    Image.new("RGB", (120, 40), (200, 30, 30)).save(logo, "PNG")
    msg = b.make_eml(
        attachments=[("brev.jpg", "image/jpeg", scan), ("logo.png", "image/png", logo.getvalue())]
    )
    parsed = read_file("svar.eml", b.eml_bytes(msg))
    read = [p for p in parsed.parts if p.file_index > 0]
    assert {parsed.files[p.file_index].filename for p in read} == {"brev.jpg"}
    assert recall(doc.text, "\n".join(p.text for p in read)) > 0.85
    assert f"Vedhæftningen «brev.jpg»: {SCANNED_WITH_TEXT}" in parsed.warnings
    assert not any("logo.png" in w for w in parsed.warnings)
