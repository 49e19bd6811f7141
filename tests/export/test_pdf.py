"""The combined PDF of all responses: front page, contents by sender type, texts, fonts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from hoeringsdesk.export.model import ExportCancelled, ResponseText
from hoeringsdesk.export.pdf import write_pdf
from tests.export.ooxml import temp_leftovers
from tests.export.samples import METTE, TITLE, response, sample_data

TEXTS = {
    1: (("", "Vi foreslår flere cykelstier langs åen."), ("Generelle bemærkninger", "Godt.")),
    2: (("", "Æblerne i Ørsted skal have lov at gro. Smørrebrød 漢."),),
    3: (("", "Kampagnetekst\n\nAnden linje.\x07"),),
}


def texts(numbers: list[int]) -> list[ResponseText]:
    return [ResponseText(n, TEXTS[n]) for n in numbers]


def pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "svar.pdf"
    report = write_pdf(sample_data(), path, texts=texts)
    assert report.format == "pdf" and report.responses == 3
    return path


def test_front_page_and_contents_grouped_with_private_persons_last(pdf: Path) -> None:
    text = pages(pdf)
    assert "Høringssvar" in text[0] and TITLE in text[0]
    assert "1. februar – 31. marts 2027 (58 dage)" in text[0]
    toc = text[1]
    assert "Indhold" in toc
    assert toc.index("Organisationer (1)") < toc.index("Privatpersoner (2)")
    assert toc.index("Svar nr. 1 – Boligselskabet Havbo") < toc.index("Svar nr. 2 – Anne Jensen")
    outline = [o.title for o in PdfReader(str(pdf)).outline if not isinstance(o, list)]
    assert outline[:2] == ["Organisationer (1)", "Privatpersoner (2)"]


def test_each_response_under_its_number_and_sender_with_danish_letters(pdf: Path) -> None:
    body = "\n".join(pages(pdf)[2:])
    assert "Svar nr. 1 – Boligselskabet Havbo (Peter Holm)" in body
    assert "Vi foreslår flere cykelstier langs åen." in body
    assert "Generelle bemærkninger" in body
    assert "Æblerne i Ørsted skal have lov at gro. Smørrebrød ?." in body  # no glyph: '?'
    assert "Anden linje." in body and "\x07" not in body
    assert body.index("Svar nr. 1 –") < body.index("Svar nr. 2 –") < body.index("Svar nr. 3 –")
    assert "Side 3 af" in body


def test_cancel_or_failure_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "svar.pdf"
    path.write_bytes(b"previous")
    with pytest.raises(ExportCancelled):
        write_pdf(sample_data(), path, texts=texts, cancel=lambda: True)

    def broken(numbers: list[int]) -> list[ResponseText]:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_pdf(sample_data(), path, texts=broken)
    assert path.read_bytes() == b"previous"
    assert temp_leftovers(tmp_path) == []


def test_many_responses_fill_several_contents_pages(tmp_path: Path) -> None:
    many = tuple(replace(response(1, METTE), number=n) for n in range(1, 121))
    path = tmp_path / "mange.pdf"
    write_pdf(
        sample_data(responses=many, invited=()),
        path,
        texts=lambda numbers: [ResponseText(n, (("", f"Tekst {n}."),)) for n in numbers],
    )
    text = pages(path)
    assert "Svar nr. 120 – Mette Skov" in "".join(text[1:4])  # contents over several pages
    assert text[-1].count("Tekst 1") >= 1 and "Tekst 120." in "".join(text)
