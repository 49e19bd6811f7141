"""The PDF reader: text and template headings, clean-up, and the child process time limit."""

from __future__ import annotations

import multiprocessing
import os
import time

import pytest

from hoeringsdesk.domain.parsed import PartKind, ReaderError
from hoeringsdesk.intake import isolation, pdf_reader
from hoeringsdesk.intake.isolation import ChildCrashed, ChildTimeout, run_isolated
from hoeringsdesk.intake.pdf_reader import join_hyphenation, normalise_ligatures, pdf_text
from hoeringsdesk.intake.readers import read_file

from . import builders as b

TEMPLATE_LINES = [
    "Høring vedr. udkast til integrationspolitik",
    "Afsender (organisation og kontaktoplysninger)",
    "Grønt Forum v. Åse Ørnberg ase@example.dk",
    "Generelle bemærkninger",
    "Vi ønsker et bedre sam-",
    "arbejde om social- og sundhedsområdet og om social-",
    "og beskæftigelsesområdet – »nu«.",
    'Forslag til ændringer i "Beskæftigelsesområdet"',
    "• Flere praktikpladser",
    "• Mentorordninger for EU-",
    "borgere",
]


def test_pdf_with_template_headings() -> None:
    data = b.make_pdf([TEMPLATE_LINES[:6], TEMPLATE_LINES[6:]])
    parsed = read_file("svar.pdf", data)
    assert parsed.files[0].content_type == "application/pdf"
    assert parsed.files[0].data == data
    kinds = [(p.kind, p.label) for p in parsed.parts]
    assert kinds == [
        (PartKind.PREAMBLE, ""),
        (PartKind.TEMPLATE_ROW, "Afsender (organisation og kontaktoplysninger)"),
        (PartKind.TEMPLATE_ROW, "Generelle bemærkninger"),
        (PartKind.TEMPLATE_ROW, 'Forslag til ændringer i "Beskæftigelsesområdet"'),
    ]
    general = parsed.parts[2].text
    assert "et bedre samarbejde om social- og sundhedsområdet og om social-\n" in general
    assert general.endswith("og beskæftigelsesområdet – »nu«.")
    work = parsed.parts[3]
    assert work.items == ["Flere praktikpladser", "Mentorordninger for EU-borgere"]


def test_plain_pdf_is_one_body_part() -> None:
    parsed = read_file("brev.pdf", b.make_pdf([["Kære kommune", "Tak for udkastet."]]))
    assert [(p.kind, p.text) for p in parsed.parts] == [
        (PartKind.BODY, "Kære kommune\nTak for udkastet.")
    ]


def test_ligatures_become_letters_and_nothing_else_changes() -> None:
    assert normalise_ligatures("ﬁnansiering ﬂere eﬀekt eﬃcient ﬄ") == (
        "finansiering flere effekt efficient ffl"
    )
    untouched = "½ ² ™ ﬀ→ff Å"  # NFKC would change ½ ² ™; only ligatures may change
    assert normalise_ligatures(untouched) == "½ ² ™ ff→ff Å"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("sam-\narbejde", "samarbejde"),
        ("social- og sundhed", "social- og sundhed"),
        ("social-\nog sundhed", "social-\nog sundhed"),
        ("EU-\nborgere", "EU-borgere"),
        ("2023-\n2026", "2023-2026"),
        ("Tingbjerg-\nUtterslev", "Tingbjerg-Utterslev"),
        ("ud\u00ad\nvikling", "udvikling"),
        ("fx -\nhvis", "fx -\nhvis"),
    ],
)
def test_hyphenation(before: str, after: str) -> None:
    assert join_hyphenation(before) == after


def test_encrypted_pdf_is_rejected() -> None:
    data = b.make_pdf([["Hemmeligt"]], password="hemmelig")
    with pytest.raises(ReaderError, match=r"PDF-filen er krypteret"):
        read_file("svar.pdf", data)


def test_pdf_with_only_an_owner_password_is_read() -> None:
    data = b.make_pdf([["Må læses, ikke ændres"]], owner_only=True)
    assert read_file("svar.pdf", data).parts[0].text == "Må læses, ikke ændres"


def test_image_only_pdf_is_registered_as_a_scan_even_when_ocr_reads_nothing() -> None:
    data = b.image_only_pdf()
    parsed = read_file("scan.pdf", data)
    assert parsed.files[0].data == data
    assert parsed.parts == []
    assert "Scannet brev uden tekst" in parsed.warnings
    assert "Tekstgenkendelsen fandt ingen tekst; skriv teksten ind" in parsed.warnings


def test_blank_pdf_is_rejected() -> None:
    with pytest.raises(ReaderError, match="PDF-filen indeholder ingen tekst"):
        read_file("tom.pdf", b.make_pdf([[]]))


def test_corrupt_pdf_is_rejected() -> None:
    with pytest.raises(ReaderError, match="PDF-filen"):
        read_file("svar.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")


def test_truncated_pdf_is_rejected_or_read() -> None:
    data = b.make_pdf([["Første side"], ["Anden side"]])
    try:
        parsed = read_file("svar.pdf", data[: len(data) * 2 // 3])
    except ReaderError:
        return
    assert parsed.parts


def _no_children_left() -> bool:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if not multiprocessing.active_children():
            return True
        time.sleep(0.05)
    return False


def test_tiny_time_limit_kills_the_child() -> None:
    data = b.make_pdf([[f"Linje {i}" for i in range(50)]] * 20)
    with pytest.raises(ReaderError, match="inden for tidsgrænsen"):
        pdf_text(data, timeout=0.001)
    assert _no_children_left()


def test_hanging_parser_is_killed_through_the_real_child_process_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def hanging(func: object, arg: object, timeout: float) -> object:
        return isolation.run_isolated(time.sleep, 60, timeout)  # the child sleeps for a minute

    monkeypatch.setattr(pdf_reader, "run_isolated", hanging)
    started = time.monotonic()
    with pytest.raises(ReaderError, match="inden for tidsgrænsen"):
        read_file("svar.pdf", b.make_pdf([["Hej"]]), pdf_timeout=0.5)
    assert time.monotonic() - started < 10
    assert _no_children_left()


def test_child_that_dies_is_reported() -> None:
    with pytest.raises(ChildCrashed):
        run_isolated(os._exit, 3, 10)
    with pytest.raises(ChildCrashed, match="TypeError"):
        run_isolated(divmod, 1, 10)  # TypeError in the child is reported, not raised here
    assert _no_children_left()


def test_child_timeout_exception() -> None:
    with pytest.raises(ChildTimeout):
        run_isolated(time.sleep, 30, 0.3)
    assert _no_children_left()


def test_empty_pdf_file() -> None:
    with pytest.raises(ReaderError, match="tom"):
        read_file("svar.pdf", b"")
