"""Outlook .pst files: the reader on a real Outlook file (when the shared fixture is there),
its .eml rebuilding on messages shaped as libpff hands them over, and clear messages when
the file or the library is missing or broken.

No free tool writes .pst files, so no .pst with e-mails could be made here. The real file
used is java-libpst's ``dist-list.pst`` (Apache-2.0), made by Outlook; it holds an
appointment, contacts and a distribution list but no e-mail.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.intake.containers import ContainerError
from hoeringsdesk.intake.pst_reader import (
    MISSING,
    PR_ATTACH_LONG_FILENAME,
    PR_ATTACH_METHOD,
    PR_ATTACH_MIME_TAG,
    PR_MESSAGE_CLASS,
    PstFile,
    message_eml,
)
from hoeringsdesk.intake.readers import read_file
from hoeringsdesk.samples.documents import GENERAL_LABEL, SENDER_LABEL, template_docx

FIXTURE = Path(__file__).resolve().parent / "data" / "dist-list.pst"  # java-libpst, Apache-2.0


@dataclass
class Entry:
    entry_type: int
    value: object

    @property
    def data_as_string(self) -> str:
        return str(self.value)

    @property
    def data_as_integer(self) -> int:
        return int(self.value)  # type: ignore[call-overload]


@dataclass
class RecordSet:
    entries: list[Entry]


@dataclass
class Attachment:
    name: str
    data: bytes
    mime: str = "application/octet-stream"
    method: int = 1

    @property
    def record_sets(self) -> list[RecordSet]:
        return [
            RecordSet(
                [
                    Entry(PR_ATTACH_LONG_FILENAME, self.name),
                    Entry(PR_ATTACH_MIME_TAG, self.mime),
                    Entry(PR_ATTACH_METHOD, self.method),
                ]
            )
        ]

    @property
    def size(self) -> int:
        return len(self.data)

    def read_buffer(self, size: int) -> bytes:
        return self.data[:size]


@dataclass
class PffMessage:
    """A message with the attributes pypff's message object has (what the reader uses)."""

    transport_headers: str | None
    plain_text_body: bytes | None
    html_body: bytes | None = None
    rtf_body: bytes | None = None
    subject: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    props: list[Entry] = field(default_factory=lambda: [Entry(PR_MESSAGE_CLASS, "IPM.Note")])
    recipients: None = None

    @property
    def record_sets(self) -> list[RecordSet]:
        return [RecordSet(self.props)]

    @property
    def number_of_attachments(self) -> int:
        return len(self.attachments)

    def get_attachment(self, index: int) -> Attachment:
        return self.attachments[index]


HEADERS = (
    "Received: from mail.example.net by nordkysten.example.dk; Mon, 5 Oct 2026 09:00:00 +0200\r\n"
    "From: =?utf-8?q?=C3=85se_=C3=98rnberg?= <ase@example.dk>\r\n"
    "To: hoering@nordkysten.example.dk\r\n"
    "Subject: =?utf-8?q?H=C3=B8ringssvar?=\r\n"
    "Date: Mon, 05 Oct 2026 08:59:00 +0200\r\n"
    "Message-ID: <pst-1@example.dk>\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/mixed; boundary="----=_orig"\r\n'
    "X-Folded: first part\r\n second part\r\n\r\n"
)


def test_a_message_is_rebuilt_with_its_headers_verbatim_and_attachments_byte_for_byte() -> None:
    docx = template_docx(
        [
            (SENDER_LABEL, ["Grønt Fællesskab v. Åse Ørnberg ase@example.dk"]),
            (GENERAL_LABEL, ["Vi støtter forslaget om flere sprogcaféer i alle bydele."]),
        ]
    )
    pdf = b"%PDF-1.4\n% bytes as stored\n"
    message = PffMessage(
        HEADERS,
        "Hej\r\n\r\nSe vedhæftede høringssvar.\r\n".encode(),
        b"<html><body><p>Hej</p><p>Se vedh&aelig;ftede h&oslash;ringssvar.</p></body></html>",
        attachments=[
            Attachment(
                "Høringssvar.docx",
                docx,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
            Attachment("bilag.pdf", pdf, "application/pdf"),
            Attachment("Videresendt.msg", b"", method=5),
        ],
    )
    data, warnings = message_eml(message)

    head = data.split(b"\r\n\r\n", 1)[0].decode()
    for line in HEADERS.split("\r\n")[:6]:
        assert line in head  # verbatim, in order
    assert "X-Folded: first part\r\n second part" in head
    assert 'boundary="----=_orig"' not in head  # the MIME headers are the rebuilt body's
    assert head.count("MIME-Version") == 1

    parsed = read_file("Høringssvar.eml", data)
    assert parsed.message_id == "pst-1@example.dk"
    assert parsed.sender is not None and parsed.sender.email == "ase@example.dk"
    assert [f.filename for f in parsed.files[1:]] == ["Høringssvar.docx", "bilag.pdf"]
    assert parsed.files[1].data == docx and parsed.files[2].data == pdf
    assert any(p.label == SENDER_LABEL for p in parsed.parts)
    assert any("Videresendt.msg" in w and ".msg" in w for w in warnings)


def test_a_message_without_internet_headers_gets_them_from_its_properties() -> None:
    from datetime import UTC, datetime

    from hoeringsdesk.intake.pst_reader import (
        PR_CLIENT_SUBMIT_TIME,
        PR_INTERNET_MESSAGE_ID,
        PR_SENDER_NAME,
        PR_SENDER_SMTP,
    )

    @dataclass
    class TimeEntry(Entry):
        @property
        def data_as_datetime(self) -> datetime:
            return self.value  # type: ignore[return-value]

    message = PffMessage(
        None,
        b"Kort svar fra en kollega.",
        subject="Intern kommentar",
        props=[
            Entry(PR_MESSAGE_CLASS, "IPM.Note"),
            Entry(PR_SENDER_NAME, "Bo Ege"),
            Entry(PR_SENDER_SMTP, "bo.ege@nordkysten.example.dk"),
            Entry(PR_INTERNET_MESSAGE_ID, "<intern-7@nordkysten.example.dk>"),
            TimeEntry(PR_CLIENT_SUBMIT_TIME, datetime(2026, 10, 7, 12, 30, tzinfo=UTC)),
        ],
    )
    data, _ = message_eml(message)
    parsed = read_file("intern.eml", data)
    assert parsed.subject == "Intern kommentar"
    assert parsed.sender is not None and parsed.sender.email == "bo.ege@nordkysten.example.dk"
    assert parsed.received == datetime(2026, 10, 7, 12, 30, tzinfo=UTC)
    assert parsed.message_id == "intern-7@nordkysten.example.dk"


def test_without_libpff_a_pst_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pypff", None)  # as on a machine without libpff-python
    path = tmp_path / "eksport.pst"
    path.write_bytes(b"!BDN" + bytes(600))
    with pytest.raises(ContainerError) as caught:
        PstFile(str(path))
    assert str(caught.value) == MISSING


@pytest.mark.parametrize("content", [b"", b"!BDN" + bytes(100), b"not an outlook file at all" * 50])
def test_a_damaged_pst_is_one_rejection_and_the_rest_goes_on(
    services: Services, demo_id: int, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "eksport.pst"
    path.write_bytes(content)
    letter = tmp_path / "brev.txt"
    letter.write_text("Vi støtter planen og foreslår flere sprogcaféer.", encoding="utf-8")
    report = services.intake.import_paths(demo_id, [path, letter])
    assert [o.status for o in report.outcomes] == ["rejected", "imported"]
    assert "Outlook-filen kan ikke læses" in report.outcomes[0].reason


def test_a_real_outlook_file_reports_each_item_that_is_not_an_email(
    services: Services, demo_id: int
) -> None:
    report = services.intake.import_paths(demo_id, [FIXTURE])
    reasons = {o.path: o.reason for o in report.outcomes}
    assert report.imported == 0 and report.rejected == len(report.outcomes) >= 4
    assert "kalenderaftale" in reasons["dist-list.pst#Top of Personal Folders/Calendar/1"]
    assert any("kontaktgruppe" in r for r in reasons.values())
    assert any("kontakt," in r for r in reasons.values())


def test_a_cut_off_outlook_file_reports_the_folders_it_cannot_read_and_reads_the_rest(
    services: Services, demo_id: int, tmp_path: Path
) -> None:
    cut = tmp_path / "afbrudt.pst"
    cut.write_bytes(FIXTURE.read_bytes()[:140_000])
    report = services.intake.import_paths(demo_id, [cut])
    reasons = [o.reason for o in report.outcomes]
    assert report.rejected == len(report.outcomes) >= 2
    assert any(r.startswith("Mappen kan ikke læses") and "resten er læst" in r for r in reasons)
    assert any("ikke en e-mail" in r for r in reasons)  # a folder after the damage was read
