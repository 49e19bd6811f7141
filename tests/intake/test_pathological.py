"""Hostile inputs that make naive parsers take quadratic time must be read in linear time."""

from __future__ import annotations

import contextlib
import time

import pytest

from hoeringsdesk.domain.parsed import ReaderError
from hoeringsdesk.intake.forwards import find_forward
from hoeringsdesk.intake.mail_headers import parse_addresses
from hoeringsdesk.intake.pdf_reader import join_hyphenation
from hoeringsdesk.intake.readers import read_file
from hoeringsdesk.intake.section_match import SectionRef, match_label
from hoeringsdesk.intake.senders import read_cell

N = 100_000
BUDGET = 5.0  # seconds; each case takes well under 0.5 s when it is linear


def eml(headers: bytes, body: bytes = b"x") -> bytes:
    return b"From: a@example.dk\r\nSubject: x\r\n" + headers + b"\r\n\r\n" + body


CASES = {
    "html unclosed comments": ("a.html", b"<!--" * N),
    "html unclosed tags": ("a.html", b"<a " * N),
    "html unclosed quote": ("a.html", b'<a title="' * N + b">"),
    "html nested tables": ("a.html", b"<table><tr><td>" * 3000 + b"x"),
    "html rowspans": ("a.html", b"<table>" + b'<tr><td rowspan="99999">a</td></tr>' * 2000),
    "html many bullets": ("a.html", b"<ul>" + b"".join(b"<li>p%d" % i for i in range(N // 4))),
    "from with quotes": ("a.eml", b"From: " + b'"' * N + b"\r\nSubject: x\r\n\r\nx"),
    "from without at": ("a.eml", b"From: " + b"a" * N + b"@\r\nSubject: x\r\n\r\nx"),
    "content-type quotes": ("a.eml", eml(b"Content-Type: text/plain; name=" + b'"' * N)),
    "content-type semicolons": ("a.eml", eml(b"Content-Type: text/plain; " + b';"' * N)),
    "comment nesting": ("a.eml", b"From: " + b"(" * N + b"\r\nSubject: x\r\n\r\nx"),
    "unclosed encoded words": ("a.eml", eml(b"X-A: b\r\nSubject: " + b"=?utf-8?q?a" * (N // 10))),
    "many parts": (
        "a.eml",
        eml(
            b"Content-Type: multipart/mixed; boundary=b",
            b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 3000 + b"--b--",
        ),
    ),
    "from lines in body": ("a.eml", eml(b"X-A: b", b"Fra: a\r\n" * 20_000)),
    "continuation lines": (
        "a.txt",
        b"Afsender\tx\nGenerelle bem\xc3\xa6rkninger\ty\n" + b"\tfortsat\n" * N,
    ),
    "many bullets": ("a.txt", b"".join(b"\xe2\x80\xa2 punkt %d\n" % i for i in range(N // 4))),
}


@pytest.mark.parametrize("name", list(CASES))
def test_reader_stays_fast(name: str) -> None:
    filename, data = CASES[name]
    started = time.perf_counter()
    with contextlib.suppress(ReaderError):
        read_file(filename, data)
    assert time.perf_counter() - started < BUDGET


@pytest.mark.parametrize(
    "call",
    [
        lambda: find_forward([" " * N + "x"]),
        lambda: find_forward(["Fra: a"] * 20_000),
        lambda: join_hyphenation("a" * N),
        lambda: parse_addresses("a" * N + "@"),
        lambda: read_cell("Forum" + " " * N + "v. Ib"),
        lambda: read_cell("a" * N + "@"),
        lambda: read_cell(("Foreningen Ib v. Bo Ek, formand, " * 3000) + "\n" * N),
        lambda: match_label(
            "Forslag til ændringer i " + "ab" * N, [SectionRef(1, "", "x" * N, None, 0)]
        ),
    ],
)
def test_helper_stays_fast(call: object) -> None:
    started = time.perf_counter()
    call()  # type: ignore[operator]
    assert time.perf_counter() - started < BUDGET
