"""A response entered by hand (Nyt høringssvar): by post, telephone or in person, typed in or
with a scan attached; registered through the same preparation as an imported file."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from hoeringsdesk.domain.enums import Channel, PartyKind, PartyRole, danish
from hoeringsdesk.domain.parsed import ParsedResponse, PartKind, ReaderError, SourceFile
from hoeringsdesk.intake.ocr import OcrSettings
from hoeringsdesk.intake.prepare import PrepareContext, PreparedResponse, prepare
from hoeringsdesk.intake.readers import read_file
from hoeringsdesk.intake.scan_reader import SCANNED_LABEL
from hoeringsdesk.intake.senders import FoundParty, SenderReading, read_cell
from hoeringsdesk.intake.template import parts_from_text
from hoeringsdesk.services.errors import ServiceError

LOCAL = ZoneInfo("Europe/Copenhagen")
NOTE_NAME = "indtastet-høringssvar.txt"
TYPED_OVER_SCAN = "Teksten er skrevet ind af sagsbehandleren; den vedhæftede fil er originalen"


@dataclass(frozen=True)
class ManualEntry:
    """What the officer gives for a response that did not come as a file or e-mail."""

    senders: str  # one sender a line, written as in the template's Afsender cell
    received: date
    channel: Channel
    text: str = ""
    scan_name: str = ""
    scan: bytes | None = None  # a scan or photo of the letter, kept as the original
    subject: str = ""
    kind: PartyKind | None = None  # what the senders are; None: read from how they are written


def prepare_manual(
    entry: ManualEntry, ctx: PrepareContext, user: str, now: datetime, ocr: OcrSettings
) -> PreparedResponse:
    """The entry prepared for registration like an imported file (text read for template
    rows, suggestions and campaigns); a scan without typed text is read with OCR."""
    if entry.channel is Channel.FILE:
        raise ServiceError("Vælg hvordan svaret er modtaget: post, telefon eller personligt.")
    text = entry.text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text and not entry.scan:
        raise ServiceError("Skriv høringssvarets tekst, eller vedhæft en scanning af brevet.")
    if entry.scan:
        try:
            parsed = read_file(entry.scan_name or "scanning", entry.scan, ocr=ocr)
        except ReaderError as exc:
            raise ServiceError(f"Den vedhæftede fil kan ikke læses: {exc}") from exc
        if text:
            parsed.parts = parts_from_text(text, 0, PartKind.BODY)
            parsed.ocr_words = []
            parsed.warnings = [TYPED_OVER_SCAN]
    else:
        note = _note(entry, text, user, now)
        parsed = ParsedResponse(
            files=[SourceFile(NOTE_NAME, "text/plain; charset=utf-8", note.encode("utf-8"))],
            parts=parts_from_text(text, 0, PartKind.BODY),
        )
    for part in parsed.parts if text else []:  # typed text: headed as typed, not scanned
        if part.kind is PartKind.BODY and part.label in ("", SCANNED_LABEL):
            part.label = f"Indtastet svar ({danish(entry.channel).lower()})"
    parsed.subject = entry.subject.strip()
    parsed.sender = None  # the senders are the ones the officer typed
    parsed.received = datetime.combine(entry.received, time(12, 0), LOCAL)
    parsed.received_source = "manual"
    prepared = prepare(parsed, ctx)
    return dataclasses.replace(
        prepared,
        senders=_senders(entry.senders, entry.kind, ctx) or prepared.senders,
        channel=str(entry.channel),
        received_source="manual",
    )


def _senders(typed: str, kind: PartyKind | None, ctx: PrepareContext) -> SenderReading | None:
    """The typed senders, one a line: the first sends, the rest co-sign. A line is read like
    an Afsender cell; when the officer says they are private persons, each line is a person
    ("name, address, e-mail, phone"). What the officer typed is not in doubt."""
    lines = [line.strip() for line in typed.splitlines() if line.strip()]
    if not lines:
        return None
    found: list[FoundParty] = []
    if kind is PartyKind.PRIVATE:
        for line in lines:
            found.extend(read_cell(f"Privatperson\n{line}")[:1])
        found = [
            dataclasses.replace(p, role=PartyRole.SENDER if i == 0 else PartyRole.CO_SIGNER)
            for i, p in enumerate(found)
        ]
    else:
        found = read_cell("\n\n".join(lines))
        if kind is not None:
            found = [
                p if p.contact_for is not None else dataclasses.replace(p, kind=kind) for p in found
            ]
    kept = [
        dataclasses.replace(
            p,
            email="" if p.email.casefold() in ctx.reply_addresses else p.email,
            uncertain=False,
            reasons=(),
        )
        for p in found
    ]
    return SenderReading(tuple(kept)) if kept else None


def _note(entry: ManualEntry, text: str, user: str, now: datetime) -> str:
    """The record kept as the response's file: what was typed, by whom, when."""
    senders = "; ".join(line.strip() for line in entry.senders.splitlines() if line.strip())
    return (
        "Høringssvar registreret i hånden\n"
        f"Modtaget: {entry.received.isoformat()} ({danish(entry.channel).lower()})\n"
        f"Afsender: {senders or 'ukendt'}\n"
        f"Registreret: {now.isoformat(sep=' ', timespec='seconds')} UTC af {user}\n\n"
        f"{text}\n"
    )
