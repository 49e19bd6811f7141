"""Mailbox files (.mbox, Outlook .pst): recognised by name and first bytes, read message by
message, each message handed on like a file of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from hoeringsdesk.intake.filenames import extension
from hoeringsdesk.intake.mail_headers import normalise_message_id
from hoeringsdesk.intake.sniff import looks_like_mail

MBOX_EXTENSIONS = {"mbox", "mbx"}
PST_EXTENSIONS = {"pst", "ost"}


@dataclass(frozen=True, slots=True)
class Message:
    """One message out of a mailbox or a mailbox file: how the report names it, the name it
    is stored under, its bytes — or, when it could not be read, why not."""

    source: str  # "postkasse.mbox#17", "hoering@kommune.dk/INBOX#4711"
    filename: str  # "postkasse.mbox#17.eml"
    data: bytes = b""
    problem: str = ""  # not empty: the message could not be read, and this is why
    received: datetime | None = None  # the server's arrival time (IMAP INTERNALDATE), if any
    warnings: tuple[str, ...] = ()  # what the mailbox file's reader could not carry over


NOT_MAIL = (
    "Beskeden begynder ikke med e-mail-brevhoveder og kan ikke læses som en e-mail "
    "(den er beskadiget); den er ikke registreret"
)
_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*((?:.*)(?:\r?\n[ \t].*)*)", re.I | re.M)


def mail_problem(data: bytes) -> str:
    """Why a mailbox's message cannot be read as an e-mail ("" when it can)."""
    if not data.strip():
        return "Beskeden er tom"
    if not looks_like_mail(data[:8192]):
        return NOT_MAIL
    return ""


def header_message_id(data: bytes) -> str:
    """The Message-ID of a message's header block, normalised as registration does."""
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    match = _MESSAGE_ID.search(head)
    if not match:
        return ""
    return normalise_message_id(match.group(1).decode("latin-1"))


class Container(Protocol):
    """A mailbox file opened for reading: how many messages, then the messages in order."""

    path: str
    count: int

    def messages(self) -> Iterator[Message]: ...

    def close(self) -> None: ...


class ContainerError(Exception):
    """The mailbox file as a whole cannot be read (the reason is a Danish sentence)."""


def container_kind(path: str) -> str | None:
    """ "mbox" or "pst" when the file is a mailbox file, else None (an ordinary file).

    By name: .mbox/.mbx and .pst/.ost. A file without an extension that starts with an mbox
    "From " line is an mbox too (Thunderbird's folders are such files)."""
    ext = extension(Path(path).name)
    if ext in MBOX_EXTENSIONS:
        return "mbox"
    if ext in PST_EXTENSIONS:
        return "pst"
    if not ext:
        try:
            with open(path, "rb") as fh:
                head = fh.read(5)
        except OSError:
            return None
        if head == b"From ":
            return "mbox"
    return None


def open_container(path: str, kind: str) -> Container:
    """Open a mailbox file; ContainerError says why it cannot be read at all."""
    if kind == "mbox":
        from hoeringsdesk.intake.mbox_reader import MboxFile

        return MboxFile(path)
    from hoeringsdesk.intake.pst_reader import PstFile

    return PstFile(path)
