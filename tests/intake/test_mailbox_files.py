"""Mailbox files imported like folders of e-mails: every message of an .mbox its own outcome,
its bytes as received; a damaged file registers what can be read."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.intake.containers import NOT_MAIL, container_kind
from hoeringsdesk.intake.mbox_reader import NOT_MAIL as MBOX_NOT_MAIL
from hoeringsdesk.samples.demo_set import MAILBOX_1, MAILBOX_2
from tests.mailboxes.corpus import demo_mails, extra_responses


def mbox_bytes(messages: list[bytes], crlf: bool = False) -> bytes:
    """An mboxrd file as Thunderbird or Google Takeout writes one: a "From " line before each
    message, body lines starting with "From " (or ">From ") quoted with one more '>'."""
    out = bytearray()
    eol = b"\r\n" if crlf else b"\n"
    for i, data in enumerate(messages):
        lines = data.replace(b"\r\n", b"\n").split(b"\n")
        quoted = [b">" + line if line.lstrip(b">").startswith(b"From ") else line for line in lines]
        out += f"From sender{i}@example.dk Mon Oct  5 09:{i % 60:02d}:00 2026".encode() + eol
        out += eol.join(quoted).rstrip(eol) + eol + eol
    return bytes(out)


def demo_messages() -> list[bytes]:
    mails = demo_mails()
    return [data for _, data in mails[MAILBOX_1] + mails[MAILBOX_2]]


def test_every_message_of_an_mbox_is_its_own_outcome(
    services: Services, demo_id: int, tmp_path: Path
) -> None:
    messages = demo_messages()
    path = tmp_path / "postkasse.mbox"
    path.write_bytes(mbox_bytes(messages))
    report = services.intake.import_paths(demo_id, [path])
    assert [o.path for o in report.outcomes] == [
        f"postkasse.mbox#{n}" for n in range(1, len(messages) + 1)
    ]
    assert report.rejected == 0 and report.duplicates == 1  # Havbo's mail to both mailboxes

    # The same decisions as the same mails as separate .eml files.
    folder = tmp_path / "filer"
    folder.mkdir()
    for i, data in enumerate(messages):
        (folder / f"{i:02d}.eml").write_bytes(data)
    other = services.consultations.create(
        "Kopi", services.consultations.get(demo_id).deadline, reply_addresses=[MAILBOX_1, MAILBOX_2]
    )
    files = services.intake.import_paths(other.id, [folder])
    assert [o.status for o in files.outcomes] == [o.status for o in report.outcomes]

    # Messages with \n line ends in the file: the stored bytes are the message with \n
    # line ends (as the mail program saved it), header and body unchanged otherwise.
    first = report.outcomes[0]
    name, data = services.responses.file_bytes(first.response_id, 0)  # type: ignore[arg-type]
    assert name == "postkasse.mbox#1.eml"
    assert data == messages[0].replace(b"\r\n", b"\n")


def test_crlf_mbox_and_quoted_from_lines_give_the_message_back_byte_for_byte(
    services: Services, demo_id: int, tmp_path: Path
) -> None:
    body = (
        "Hej\r\n\r\nFrom our point of view the plan is good.\r\n>From the quoted reply.\r\n\r\n"
        "Med venlig hilsen\r\nBo\r\n"
    )
    message = (
        "From: Bo Ege <bo@example.dk>\r\nTo: hoering@nordkysten.example.dk\r\n"
        "Subject: Svar om planen\r\nDate: Mon, 05 Oct 2026 10:00:00 +0200\r\n"
        "Message-ID: <from-quoting@example.dk>\r\n\r\n" + body
    ).encode()
    path = tmp_path / "takeout.mbox"
    raw = mbox_bytes([message, *extra_responses(1)], crlf=True)
    assert b"\r\n>From our point" in raw and b"\r\n>>From the quoted" in raw
    path.write_bytes(raw)
    report = services.intake.import_paths(demo_id, [path])
    assert [o.status for o in report.outcomes] == ["imported", "imported"]
    _, stored = services.responses.file_bytes(report.outcomes[0].response_id, 0)  # type: ignore[arg-type]
    assert stored == message
    text = services.responses.detail(report.outcomes[0].response_id).text  # type: ignore[arg-type]
    assert "From our point of view" in text and ">From the quoted reply" in text


def test_a_damaged_mbox_registers_what_can_be_read(
    services: Services, demo_id: int, tmp_path: Path
) -> None:
    good = extra_responses(3)
    raw = mbox_bytes(good)
    # Garbage before the first message, an unquoted "From " line that splits a message,
    # and the file cut off in the middle of the last message.
    unquoted = (
        b"From: Ida <ida@example.dk>\nTo: hoering@nordkysten.example.dk\nSubject: Kort svar\n"
        b"Message-ID: <kort@example.dk>\n\nVi er enige.\n\nFrom the board: tak.\nVenlig hilsen\n"
    )
    raw = b"\x00\x01 not a message \n\n" + raw + b"From x Mon Oct  5 10:00:00 2026\n" + unquoted
    raw += mbox_bytes(extra_responses(1, start=20))[:900]
    path = tmp_path / "beskadiget.mbox"
    path.write_bytes(raw)

    report = services.intake.import_paths(demo_id, [path])

    outcomes = {o.path: o for o in report.outcomes}
    assert outcomes["beskadiget.mbox#0"].status == "rejected"
    assert "From" in outcomes["beskadiget.mbox#0"].reason
    assert [outcomes[f"beskadiget.mbox#{n}"].status for n in (1, 2, 3, 4)] == ["imported"] * 4
    # The unquoted "From the board" line starts a new "message" that is not an e-mail.
    assert outcomes["beskadiget.mbox#5"].status == "rejected"
    assert outcomes["beskadiget.mbox#5"].reason == MBOX_NOT_MAIL
    # The cut-off message still has its headers: registered with what text there is, and
    # the officer is told it is cut off.
    assert outcomes["beskadiget.mbox#6"].status == "imported"
    assert any("afkortet" in w for w in outcomes["beskadiget.mbox#6"].warnings)
    assert len(report.outcomes) == 7


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "tom"),
        (b"Dette er ikke en postkasse\nbare tekst\n", "ikke en mbox-postkassefil"),
    ],
)
def test_an_unreadable_mbox_is_one_clear_rejection(
    services: Services, demo_id: int, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "postkasse.mbox"
    path.write_bytes(content)
    ok = tmp_path / "svar.eml"
    ok.write_bytes(extra_responses(1)[0])
    report = services.intake.import_paths(demo_id, [path, ok])
    assert [o.status for o in report.outcomes] == ["rejected", "imported"]
    assert reason in report.outcomes[0].reason


def test_a_thunderbird_folder_file_without_extension_is_an_mbox(tmp_path: Path) -> None:
    inbox = tmp_path / "Inbox"
    inbox.write_bytes(mbox_bytes(extra_responses(2)))
    summary = tmp_path / "Inbox.msf"
    summary.write_bytes(b'// <!-- <mdb:mork:z v="1.4"/> -->')
    assert container_kind(str(inbox)) == "mbox"
    assert container_kind(str(summary)) is None
    eml = tmp_path / "svar.eml"
    eml.write_bytes(b"From x Mon Oct  5 10:00:00 2026\n" + extra_responses(1)[0])
    assert container_kind(str(eml)) is None  # an .eml stays one e-mail


def test_the_mbox_file_is_not_changed(services: Services, demo_id: int, tmp_path: Path) -> None:
    path = tmp_path / "postkasse.mbox"
    path.write_bytes(mbox_bytes(extra_responses(3)))
    before = path.read_bytes(), path.stat().st_mtime_ns
    services.intake.import_paths(demo_id, [path])
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_standard_library_mbox_reads_back(services: Services, demo_id: int, tmp_path: Path) -> None:
    """An mbox written by Python's own mailbox module (mboxo quoting) imports too."""
    path = tmp_path / "python.mbox"
    box = mailbox.mbox(path)
    for data in extra_responses(9):
        box.add(data)
    box.close()
    report = services.intake.import_paths(demo_id, [path])
    assert report.imported == 9
    assert NOT_MAIL not in {o.reason for o in report.outcomes}


def test_import_command_takes_an_mbox_with_one_json_entry_per_message(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from hoeringsdesk.cli import main

    messages = extra_responses(3)
    path = tmp_path / "eksport.mbox"
    path.write_bytes(mbox_bytes([messages[0], b"Ikke en e-mail, kun tekst\n", *messages[1:]]))
    db = str(store_path)
    assert (
        main(
            ["--db", db, "consultation", "new", "--title", "Demo"]
            + ["--deadline", "2026-10-30", "--reply-address", MAILBOX_1]
        )
        == 0
    )
    capsys.readouterr()
    code = main(["--db", db, "import", str(path), "--json"])
    files = json.loads(capsys.readouterr().out)["files"]
    assert code == 3  # not every message registered: the second is not a mail
    assert [(f["path"], f["status"]) for f in files] == [
        ("eksport.mbox#1", "imported"),
        ("eksport.mbox#2", "rejected"),
        ("eksport.mbox#3", "imported"),
        ("eksport.mbox#4", "imported"),
    ]
    assert files[1]["reason"]
