"""The .msg reader on two real Outlook files, plus damaged input and side effects."""

from __future__ import annotations

import gc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hoeringsdesk.domain.parsed import Address, PartKind, ReaderError
from hoeringsdesk.intake.readers import read_file

from . import builders as b


def test_unicode_msg(unicode_msg: bytes) -> None:
    parsed = read_file("unicode.msg", unicode_msg)
    assert parsed.files[0].data == unicode_msg
    assert parsed.files[0].content_type == "application/vnd.ms-outlook"
    assert parsed.subject == "Test for TIF files"
    assert parsed.sender == Address("Brian Zhou", "brizhou@gmail.com")
    assert parsed.received == datetime(2013, 11, 18, 8, 26, 24, tzinfo=UTC)
    assert parsed.received_source == "date"
    assert parsed.message_id.endswith("@mail.gmail.com")
    assert parsed.parts[0].kind is PartKind.BODY
    assert parsed.parts[0].text.startswith("This is a test email to experiment")
    names = [(f.filename, f.parent, f.content_type) for f in parsed.files[1:]]
    assert names == [
        ("import OleFileIO.tif", 0, "image/tiff"),
        ("raised value error.tif", 0, "image/tiff"),
    ]
    assert all(len(f.data) > 100_000 for f in parsed.files[1:])
    assert parsed.warnings == []  # pictures are kept without complaint


def test_strange_date_msg_has_no_sender_and_no_date(strange_date_msg: bytes) -> None:
    parsed = read_file("strangeDate.msg", strange_date_msg)
    assert parsed.subject == "MSG Test File"
    assert parsed.sender is None
    assert parsed.received is None and parsed.received_source == ""
    assert parsed.parts[0].text.startswith("MSG test file")
    assert len(parsed.files) == 1


def test_msg_reading_writes_nothing_and_closes_files(
    unicode_msg: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for _ in range(3):
        read_file("unicode.msg", unicode_msg)
    gc.collect()  # an unclosed handle would surface here as a ResourceWarning (an error)
    assert list(tmp_path.iterdir()) == []


def test_msg_attached_to_an_eml_is_a_forward(unicode_msg: bytes) -> None:
    outer = b.make_eml(
        sender="Kollega <kollega@example.dk>",
        body="Se vedhæftede.",
        attachments=[("svar.msg", "application/vnd.ms-outlook", unicode_msg)],
    )
    parsed = read_file("vs.eml", b.eml_bytes(outer))
    assert parsed.sender == Address("Brian Zhou", "brizhou@gmail.com")
    assert parsed.forwarded_by == Address("Kollega", "kollega@example.dk")
    assert [f.parent for f in parsed.files] == [None, 0, 1, 1]
    assert parsed.received == datetime(2013, 11, 18, 8, 26, 24, tzinfo=UTC)


def test_ole_file_that_is_not_a_message() -> None:
    data = b.ole_file({"Irrelevant": b"x" * 700})
    with pytest.raises(ReaderError):
        read_file("svar.msg", data)


def test_truncated_msg(unicode_msg: bytes) -> None:
    with pytest.raises(ReaderError, match="Outlook"):
        read_file("svar.msg", unicode_msg[:4096])


def test_msg_that_is_not_ole() -> None:
    with pytest.raises(ReaderError, match="Outlook-filen er beskadiget"):
        read_file("svar.msg", bytes(range(256)) * 4)


def test_empty_msg() -> None:
    with pytest.raises(ReaderError, match="tom"):
        read_file("svar.msg", b"")
