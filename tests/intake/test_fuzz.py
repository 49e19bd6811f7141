"""Fuzzing every reader: random bytes and mutated valid files give a result or ReaderError."""

from __future__ import annotations

import functools
import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hoeringsdesk.domain.parsed import ParsedResponse, ReaderError
from hoeringsdesk.intake.readers import UnexpectedReaderError, read_file

from . import builders as b

# HOERINGSDESK_FUZZ_SCALE=10 runs ten times as many examples (for a longer hunt).
SCALE = max(1, int(os.environ.get("HOERINGSDESK_FUZZ_SCALE", "1")))
FUZZ = settings(
    max_examples=150 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NAMES = ["a.eml", "a.msg", "a.docx", "a.pdf", "a.txt", "a.html", "a.odt", "a", "a.doc"]
EML_TOKENS = [
    b'"', b";", b"=", b"*", b"\r\n", b"\n", b"\r\n\r\n", b"--", b"<", b">", b"=?utf-8?q?",
    b"=?x-bad?b?", b"?=", b' boundary="', b"; name*", b"; filename*=utf-8''%ff", b"\x00",
    b"\xff\xfe", b"\xe6\xf8", b"\t", b"Content-Type: multipart/mixed\r\n",
    b"Content-Type: message/rfc822\r\n", b"Content-Transfer-Encoding: base64\r\n",
    b"Content-Transfer-Encoding: quoted-printable\r\n", b"To: \"\r\n", b"Date: \r\n",
]  # fmt: skip
XML_TOKENS = [
    b"<w:p>", b"</w:p>", b"<w:tbl>", b"</w:tbl>", b"<w:tr>", b"<w:tc>", b"</w:tc>",
    b'<w:vMerge w:val="continue"/>', b'<w:gridSpan w:val="9"/>', b"<w:sdt><w:sdtContent>",
    b"</w:sdtContent></w:sdt>", b"<w:del>", b"<w:ins>", b"<w:txbxContent>", b"<w:t>",
    b"</w:t>", b"\xc3\xa6", b"&amp;", b"&#0;", b"<", b">", b'"',
]  # fmt: skip


def check(parsed: ParsedResponse, data: bytes) -> None:
    """Invariants every successful read keeps."""
    assert parsed.files[0].data == data
    for part in parsed.parts:
        assert 0 <= part.file_index < len(parsed.files)
        assert all(item and item in part.text for item in part.items)
    for f in parsed.files[1:]:
        assert f.parent is not None and 0 <= f.parent < len(parsed.files)
    assert parsed.received is None or parsed.received.tzinfo is not None
    assert not any("uventet fejl" in w for w in parsed.warnings), parsed.warnings
    assert not any("kunne ikke afkodes" in w for w in parsed.warnings), parsed.warnings
    for text in strings(parsed):
        text.encode("utf-8")  # no lone surrogates: every string can be stored


def strings(parsed: ParsedResponse) -> list[str]:
    out = [parsed.subject, parsed.message_id, *parsed.warnings]
    for address in [parsed.sender, parsed.forwarded_by, *parsed.recipients]:
        if address is not None:
            out += [address.name, address.email]
    for part in parsed.parts:
        out += [part.label, part.text, *part.items]
    out += [f.filename + f.content_type for f in parsed.files]
    return out


def read_or_error(name: str, data: bytes, **kwargs: float) -> None:
    try:
        parsed = read_file(name, data, **kwargs)
    except UnexpectedReaderError as exc:  # a ReaderError too, but it means a reader has a bug
        raise AssertionError(f"unexpected failure: {exc!r} / {exc.__cause__!r}") from exc
    except ReaderError as exc:
        assert str(exc)
        return
    check(parsed, data)


@st.composite
def mutated(draw: st.DrawFn, seed: bytes, tokens: list[bytes] | None = None) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        pos = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat", "token"]))
        if op == "flip":
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif op == "truncate":
            del data[pos:]
        elif op == "repeat":
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 200))]
        elif tokens:
            data[pos:pos] = draw(st.sampled_from(tokens))
    return bytes(data)


@functools.cache
def seed_eml() -> bytes:
    inner = b.make_eml(sender="Ida <ida@example.org>", body="Indre svar")
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    outer = b.make_eml(
        html="<p>Hej <b>med</b> dig</p><ul><li>punkt</li></ul>",
        attachments=[
            ("svar.docx", ctype, b.plain_docx("Afsender", "Ib", "Generelle bemærkninger", "x")),
            ("bilag.txt", "text/plain", "Bilag æøå".encode()),
            ("winmail.dat", "application/ms-tnef", b"\x78\x9f\x3e\x22\x00"),
        ],
    )
    outer.add_attachment(inner)
    return b.eml_bytes(outer)


@functools.cache
def seed_docx() -> bytes:
    return b.template_docx()


@FUZZ
@given(name=st.sampled_from(NAMES), data=st.binary(max_size=3000))
def test_random_bytes(name: str, data: bytes) -> None:
    read_or_error(name, data, pdf_timeout=10)


@FUZZ
@given(data=st.data())
def test_mutated_eml(data: st.DataObject) -> None:
    read_or_error("svar.eml", data.draw(mutated(seed_eml(), EML_TOKENS)))


@settings(FUZZ, max_examples=100 * SCALE)
@given(data=st.data())
def test_mutated_docx_bytes(data: st.DataObject) -> None:
    read_or_error("svar.docx", data.draw(mutated(seed_docx())))


@settings(FUZZ, max_examples=120 * SCALE)
@given(data=st.data())
def test_mutated_docx_xml(data: st.DataObject) -> None:
    with zipfile.ZipFile(io.BytesIO(seed_docx())) as zf:
        xml = zf.read("word/document.xml")
    broken = data.draw(mutated(xml, XML_TOKENS))
    read_or_error("svar.docx", b.rezip(seed_docx(), {"word/document.xml": broken}))


@settings(FUZZ, max_examples=100 * SCALE)
@given(data=st.data())
def test_mutated_odt(data: st.DataObject) -> None:
    body = (
        '<text:p>Intro<text:s text:c="3"/>x</text:p><table:table><table:table-row>'
        "<table:table-cell><text:p>Afsender</text:p></table:table-cell>"
        "<table:table-cell><text:p>Ib</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:covered-table-cell/><table:table-cell><text:list>"
        "<text:list-item><text:p>punkt</text:p></text:list-item></text:list>"
        "</table:table-cell></table:table-row></table:table>"
    )
    tokens = [b"<text:p>", b"</text:p>", b"<table:table-row>", b"<table:covered-table-cell/>"]
    if data.draw(st.booleans()):
        read_or_error("svar.odt", data.draw(mutated(b.make_odt(body))))
    else:
        seed = b.make_odt(body)
        with zipfile.ZipFile(io.BytesIO(seed)) as zf:
            xml = zf.read("content.xml")
        broken = data.draw(mutated(xml, tokens + XML_TOKENS))
        read_or_error("svar.odt", b.rezip(seed, {"content.xml": broken}))


@settings(FUZZ, max_examples=30 * SCALE)
@given(data=st.data())
def test_mutated_pdf(data: st.DataObject) -> None:
    seed = b.make_pdf([["Afsender", "Ib Ås", "Generelle bemærkninger", "sam-", "arbejde"]])
    read_or_error("svar.pdf", data.draw(mutated(seed)), pdf_timeout=10)


@settings(FUZZ, max_examples=60 * SCALE)
@given(data=st.data())
def test_mutated_msg(data: st.DataObject, strange_date_msg: bytes) -> None:
    read_or_error("svar.msg", data.draw(mutated(strange_date_msg)))


@FUZZ
@given(
    text=st.text(max_size=400),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
    name=st.sampled_from(["a.txt", "a.html", "a.eml"]),
)
def test_random_text(text: str, codec: str, name: str) -> None:
    read_or_error(name, text.encode(codec, "replace"))


@settings(FUZZ, max_examples=100 * SCALE)
@given(
    cells=st.lists(
        st.tuples(
            st.sampled_from(["Afsender", "Generelle bemærkninger", "", "Forslag til ændringer i"]),
            st.text(max_size=60),
        ),
        max_size=8,
    ),
    prefix=st.text(max_size=80),
)
def test_random_template_text(cells: list[tuple[str, str]], prefix: str) -> None:
    body = prefix + "\n" + "\n".join(f"{label}\t{text}" for label, text in cells)
    read_or_error("a.txt", body.encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize("name", ["a.eml", "a.txt", "a.html"])
def test_deeply_nested_input_does_not_crash(name: str) -> None:
    nested = b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n" * 3000
    read_or_error(name, b"From: a@example.dk\r\nSubject: x\r\n" + nested)
    read_or_error(name, b"<div>" * 20000 + b"tekst" + b"<table><tr><td>" * 3000)
