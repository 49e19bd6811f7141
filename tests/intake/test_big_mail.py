"""Big mail bodies set aside from the stdlib parser read exactly as the parser reads them, and
a mail with a big attachment peaks at a few times its size, not ten."""

from __future__ import annotations

import base64
import random
import sys
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from hoeringsdesk.domain.parsed import ParsedResponse
from hoeringsdesk.intake.readers import read_file
from hoeringsdesk.samples.demo_set import demo_files
from tests.cli_process import new_store, with_peak

from . import builders as b

LETTER = "Vi foreslår flere sprogkurser om aftenen. Æblet falder ikke langt fra stammen. " * 40


def summary(parsed: ParsedResponse) -> object:
    return (
        [(p.file_index, p.kind, p.label, p.text, p.items) for p in parsed.parts],
        [(f.filename, f.content_type, f.data, f.parent) for f in parsed.files],
        parsed.warnings,
        (parsed.subject, parsed.message_id, parsed.sender, parsed.recipients),
        (parsed.received, parsed.received_source, parsed.forwarded_by),
    )


def forwarded(inner: EmailMessage) -> bytes:
    outer = b.make_eml(subject="VS: Høringssvar", body="Videresendt til rette sted.")
    outer.add_attachment(inner)
    return b.eml_bytes(outer)


def mails() -> dict[str, bytes]:
    rnd = random.Random(5)
    binary = rnd.randbytes(30_000)
    qp = EmailMessage()
    qp["From"], qp["Subject"] = "Ib <ib@example.dk>", "Kvoteret"
    qp.set_content(LETTER, cte="quoted-printable")
    eight = EmailMessage()
    eight["From"], eight["Subject"] = "Ib <ib@example.dk>", "8 bit"
    eight.set_content(LETTER, cte="8bit")
    html = b.make_eml(html="<html><body><p>" + LETTER + "</p></body></html>")
    attached = b.make_eml(
        attachments=[
            ("bilag.bin", "application/octet-stream", binary),
            ("svar.docx", "application/octet-stream", b.template_docx()),
            ("noter.txt", "text/plain", LETTER.encode()),
        ]
    )
    bad_padding = b.eml_bytes(b.make_eml(attachments=[("x.bin", "application/pdf", binary)]))
    cut = bad_padding.index(b"\r\n\r\n", bad_padding.index(b"x.bin")) + 4
    bad_padding = bad_padding[:cut] + bad_padding[cut + 1 :]  # one base64 character gone
    out = {
        "quoted-printable": qp.as_bytes(policy=SMTP),
        "8bit, LF line ends": eight.as_bytes(),
        "html alternative": b.eml_bytes(html),
        "attachments": b.eml_bytes(attached),
        "forwarded with attachment": forwarded(attached),
        "bad base64 padding": bad_padding,
        "no headers in a part": (
            b"From: a@example.dk\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n"
            b"--zz\r\n\r\n" + LETTER.encode() + b"\r\n--zz--\r\n"
        ),
        "dashes in the body": (
            b"From: a@example.dk\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n"
            b"--zz\r\nContent-Type: text/plain\r\n\r\n--ikke en graense\r\n"
            + LETTER.encode()
            + b"\r\n--zz--\r\nepilog\r\n\r\n"
            + LETTER.encode()
        ),
    }
    out.update({f"demo {name}": data for name, data in demo_files() if name.endswith(".eml")})
    return out


@pytest.mark.parametrize("name", list(mails()))
def test_set_aside_bodies_read_as_the_parser_reads_them(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hoeringsdesk.intake import big_parts

    data = mails()[name]
    whole = summary(read_file(f"{name}.eml", data))
    monkeypatch.setattr(big_parts, "BIG", 256)  # every body of more than 256 bytes set aside
    lean = big_parts.set_aside(data)
    if "demo" not in name:
        assert lean is not None, "the case is meant to exercise the set-aside path"
    assert summary(read_file(f"{name}.eml", data)) == whole


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="peak memory read from Linux /proc")
def test_a_mail_with_a_big_attachment_peaks_at_a_few_times_its_size(tmp_path: Path) -> None:
    db = str(tmp_path / "store.sqlite3")
    new_store(db)
    small = tmp_path / "lille.eml"
    small.write_bytes(b.eml_bytes(b.make_eml(message_id="<lille@example.dk>")))
    big = tmp_path / "bilag.eml"
    big.write_bytes(
        b"From: Ib <ib@example.dk>\r\nSubject: Bilag\r\nDate: Tue, 20 Oct 2026 10:00:00 +0200\r\n"
        b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain'
        b"\r\n\r\nSe bilaget.\r\n--b1\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Disposition: attachment; filename=bilag.bin\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(random.Random(9).randbytes(20 * 1024 * 1024)).replace(b"\n", b"\r\n")
        + b"\r\n--b1--\r\n"
    )
    baseline = with_peak("--db", db, "import", str(small)).peak_kb
    peak = with_peak("--db", db, "import", str(big)).peak_kb
    size_kb = big.stat().st_size // 1024
    assert peak - baseline <= 5 * size_kb, (peak - baseline) / size_kb  # was about 9.6×
