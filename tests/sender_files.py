"""Set-up shared by the sender tests: parsed texts for the reading rules, mail files for the
whole pipeline (files in, the responses' senders out)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from hoeringsdesk.app import Services
from hoeringsdesk.domain.parsed import Address, ParsedResponse, PartKind, SourceFile, TextPart
from hoeringsdesk.domain.records.responses import ResponseRow
from hoeringsdesk.intake.senders import FoundParty
from hoeringsdesk.samples.documents import GENERAL_LABEL, SENDER_LABEL, template_docx
from hoeringsdesk.samples.mail import eml, make_mail

CPH = ZoneInfo("Europe/Copenhagen")
TO = "hoering@nordkysten.example.dk"
OURS = frozenset({TO})
CELL_LABEL = "Afsender (organisation og kontaktoplysninger)"
Sender = tuple[str, str, str, str]  # role, organisation, person, e-mail


# --- parsed texts, for the reading rules alone -------------------------------------------------
def summary(parties: Iterable[FoundParty]) -> list[tuple[str, str, str, str]]:
    """(role, type, name, e-mail) of each party read."""
    return [(p.role.value, p.type, p.name, p.email) for p in parties]


def letter(
    text: str, sender: Address | None = None, kind: PartKind = PartKind.BODY
) -> ParsedResponse:
    """A free letter (a mail body, or with ``kind`` an attached file's text)."""
    return ParsedResponse(
        files=[SourceFile("brev.txt", "text/plain", text.encode())],
        parts=[TextPart(0, kind, "", text)],
        sender=sender,
    )


def template(cell: str, sender: Address | None = None, body: str = "") -> ParsedResponse:
    """The municipality's template with its Afsender cell, maybe under a mail body."""
    parts = [
        TextPart(0, PartKind.TEMPLATE_ROW, CELL_LABEL, cell),
        TextPart(0, PartKind.TEMPLATE_ROW, "Generelle bemærkninger", "Vi støtter udkastet."),
    ]
    if body:
        parts.append(TextPart(0, PartKind.BODY, "", body))
    return ParsedResponse(
        files=[SourceFile("svar.eml", "message/rfc822", b"x")], parts=parts, sender=sender
    )


# --- files, for the whole pipeline -------------------------------------------------------------
def sent_on(day: int = 1, hour: int = 10) -> datetime:
    return datetime(2026, 10, day, hour, 0, tzinfo=CPH)


def message(
    sender: str,
    body: str,
    *,
    day: int = 1,
    hour: int = 10,
    attachments: Iterable[tuple[str, bytes]] = (),
) -> EmailMessage:
    """A mail to the consultation's mailbox."""
    sent = sent_on(day, hour)
    return make_mail(sender, TO, "Høringssvar", body, sent, attachments=list(attachments))


def mail(
    sender: str,
    body: str,
    *,
    day: int = 1,
    hour: int = 10,
    attachments: Iterable[tuple[str, bytes]] = (),
) -> bytes:
    """The same mail as an .eml file."""
    return eml(message(sender, body, day=day, hour=hour, attachments=attachments))


def cell_template(*cell: str, text: str = "Vi støtter udkastet i det store hele.") -> bytes:
    """The template as a .docx, its Afsender cell in the given lines."""
    return template_docx([(SENDER_LABEL, list(cell)), (GENERAL_LABEL, [text])])


def import_files(
    services: Services, cid: int, folder: Path, files: dict[str, bytes]
) -> dict[str, ResponseRow]:
    """The files dropped in ``folder`` and imported: the responses by file name (every file
    must be taken)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    report = services.intake.import_paths(cid, [folder])
    assert report.rejected == 0, [o.reason for o in report.outcomes]
    return {
        Path(o.path).name: services.responses.row(o.response_id)
        for o in report.outcomes
        if o.response_id is not None
    }


def senders(row: ResponseRow) -> list[Sender]:
    """(role, organisation, person, e-mail) of each party, as the list and exports show it."""
    return [(p.role, p.organisation, p.contact_name, p.email) for p in row.parties]


def sending(row: ResponseRow) -> list[Sender]:
    """The same, for the senders and co-signers only."""
    return [(p.role, p.organisation, p.contact_name, p.email) for p in row.senders]
