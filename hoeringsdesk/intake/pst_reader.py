"""An Outlook .pst (or .ost) read with libpff (``pypff``): every e-mail in every folder,
rebuilt as the .eml an officer would have saved.

A .pst does not keep the bytes a mail arrived as: it keeps the internet headers as
received (when the mail came from outside), the bodies (text, HTML, RTF) and the
attachments decoded. Each e-mail becomes an .eml made of those headers verbatim (the MIME
headers replaced by the rebuilt body's own), the text and HTML body, and every attachment
byte for byte. Items that are not e-mails (appointments, contacts, notes) are reported and
not registered.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

from hoeringsdesk.intake.containers import ContainerError, Message

MISSING = (
    "Outlook-filer (.pst) kan ikke læses på denne installation: biblioteket libpff-python "
    "(pypff) mangler. Gem e-mails fra Outlook som .msg-filer, eller bed IT installere "
    "libpff-python."
)
PR_MESSAGE_CLASS = 0x001A
PR_SUBJECT = 0x0037
PR_CLIENT_SUBMIT_TIME = 0x0039
PR_SENDER_NAME = 0x0C1A
PR_SENDER_EMAIL = 0x0C1F
PR_SENDER_SMTP = 0x5D01
PR_MESSAGE_DELIVERY_TIME = 0x0E06
PR_INTERNET_MESSAGE_ID = 0x1035
PR_DISPLAY_NAME = 0x3001
PR_EMAIL_ADDRESS = 0x3003
PR_SMTP_ADDRESS = 0x39FE
PR_RECIPIENT_TYPE = 0x0C15
PR_ATTACH_METHOD = 0x3705
PR_ATTACH_MIME_TAG = 0x370E
PR_ATTACH_FILENAME = 0x3704
PR_ATTACH_LONG_FILENAME = 0x3707
ATTACH_EMBEDDED_MSG = 5
MIME_HEADERS = {"content-type", "content-transfer-encoding", "mime-version"}
KINDS = {
    "IPM.Appointment": "en kalenderaftale",
    "IPM.Schedule": "en mødeindkaldelse",
    "IPM.Contact": "en kontakt",
    "IPM.DistList": "en kontaktgruppe",
    "IPM.Task": "en opgave",
    "IPM.StickyNote": "en note",
    "IPM.Activity": "en journalpost",
    "REPORT": "en leveringsrapport",
}
_HEADER_START = re.compile(r"^[!-9;-~]+:", re.M)


def _short(exc: BaseException) -> str:
    """libpff's reason, without its chain of internal function names."""
    text = str(exc).split(". ", 1)[0].strip().rstrip(".")
    return text.split(": ", 1)[-1] if text.startswith(("pypff_", "libpff_")) else text


def _pypff() -> Any:
    try:
        import pypff
    except ImportError as exc:
        raise ContainerError(MISSING) from exc
    return pypff


def properties(item: Any) -> dict[int, Any]:
    """The item's first record set as {property id: record entry}."""
    out: dict[int, Any] = {}
    try:
        sets = item.record_sets
        first = next(iter(sets), None)
    except (OSError, AttributeError):
        return out
    if first is None:
        return out
    for entry in first.entries:
        try:
            out.setdefault(int(entry.entry_type), entry)
        except (OSError, TypeError):
            continue
    return out


def text_of(props: dict[int, Any], key: int) -> str:
    entry = props.get(key)
    if entry is None:
        return ""
    try:
        return (entry.data_as_string or "").strip("\x00")
    except (OSError, ValueError):
        return ""


def int_of(props: dict[int, Any], key: int) -> int | None:
    entry = props.get(key)
    try:
        return None if entry is None else int(entry.data_as_integer)
    except (OSError, ValueError, TypeError):
        return None


def time_of(props: dict[int, Any], key: int) -> datetime | None:
    entry = props.get(key)
    try:
        value = None if entry is None else entry.data_as_datetime
    except (OSError, ValueError):
        return None
    if not isinstance(value, datetime) or value.year < 1980:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def kind_of(message_class: str) -> str:
    """'' for an e-mail, else what the item is, in Danish."""
    if not message_class or message_class.upper().startswith("IPM.NOTE"):
        return ""
    for prefix, kind in KINDS.items():
        if message_class.upper().startswith(prefix.upper()):
            return kind
    return f"et Outlook-element af typen {message_class}"


def _header_fields(headers: str) -> list[str]:
    """The header block split into whole fields (each with its folded lines)."""
    text = headers.replace("\r\n", "\n").strip("\n")
    starts = [m.start() for m in _HEADER_START.finditer(text)]
    if not starts:
        return []
    fields = []
    for begin, end in zip(starts, [*starts[1:], len(text)], strict=True):
        fields.append(text[begin:end].rstrip("\n"))
    return fields


def _recipients(message: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"To": [], "Cc": []}
    try:
        recipients = message.recipients
        sets = list(recipients.record_sets) if recipients is not None else []
    except (OSError, AttributeError):
        return out
    for record in sets:
        props = {int(e.entry_type): e for e in record.entries}
        address = text_of(props, PR_SMTP_ADDRESS) or text_of(props, PR_EMAIL_ADDRESS)
        name = text_of(props, PR_DISPLAY_NAME)
        field = {2: "Cc", 3: ""}.get(int_of(props, PR_RECIPIENT_TYPE) or 1, "To")
        if field and (address or name):
            out[field].append(formataddr((name, address)) if address else name)
    return out


def _body(message: Any, props: dict[int, Any], warnings: list[str]) -> EmailMessage:
    """The rebuilt MIME body: text and HTML, then each attachment as stored."""
    body = EmailMessage(policy=SMTP)
    plain = message.plain_text_body
    html = message.html_body
    text = plain.decode("utf-8", "replace") if plain else ""
    if not text and not html:
        rtf = message.rtf_body
        if rtf:
            warnings.append("Beskedens tekst findes kun som RTF og er ikke læst")
    body.set_content(text or "", cte="8bit" if text.isascii() else "base64")
    if html:
        body.add_alternative(bytes(html), maintype="text", subtype="html")
    for index in range(message.number_of_attachments):
        try:
            attachment = message.get_attachment(index)
            aprops = properties(attachment)
            name = (
                text_of(aprops, PR_ATTACH_LONG_FILENAME)
                or text_of(aprops, PR_ATTACH_FILENAME)
                or text_of(aprops, PR_DISPLAY_NAME)
                or f"vedhæftning-{index + 1}"
            )
            if int_of(aprops, PR_ATTACH_METHOD) == ATTACH_EMBEDDED_MSG:
                warnings.append(
                    f"Vedhæftningen «{name}» er en Outlook-besked i beskeden; den kan ikke "
                    "læses fra .pst-filen (åbn den i Outlook og gem den som .msg)"
                )
                continue
            size = attachment.size or 0
            data = attachment.read_buffer(size) if size else b""
        except OSError as exc:
            warnings.append(f"Vedhæftning nr. {index + 1} kan ikke læses fra .pst-filen: {exc}")
            continue
        mime = text_of(aprops, PR_ATTACH_MIME_TAG) or "application/octet-stream"
        maintype, _, subtype = mime.partition("/")
        if maintype == "text":
            maintype, subtype = "application", "octet-stream"  # bytes as stored, not re-coded
        body.add_attachment(
            bytes(data),
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=name,
        )
    return body


def message_eml(message: Any) -> tuple[bytes, list[str]]:
    """The e-mail as .eml bytes, and what could not be carried over (Danish warnings)."""
    props = properties(message)
    warnings: list[str] = []
    body = _body(message, props, warnings)
    headers = message.transport_headers or ""
    fields = [
        f for f in _header_fields(headers) if f.split(":", 1)[0].strip().lower() not in MIME_HEADERS
    ]
    if not fields:  # sent inside Exchange, or a draft: the headers from the properties
        sender = text_of(props, PR_SENDER_SMTP) or text_of(props, PR_SENDER_EMAIL)
        if "@" not in sender:
            sender = ""
        name = text_of(props, PR_SENDER_NAME)
        if sender or name:
            fields.append(f"From: {formataddr((name, sender)) if sender else name}")
        for field, people in _recipients(message).items():
            if people:
                fields.append(f"{field}: {', '.join(people)}")
        subject = message.subject or text_of(props, PR_SUBJECT).lstrip("\x01")
        if subject:
            fields.append(f"Subject: {subject}")
        when = time_of(props, PR_CLIENT_SUBMIT_TIME) or time_of(props, PR_MESSAGE_DELIVERY_TIME)
        if when is not None:
            fields.append(f"Date: {format_datetime(when)}")
        message_id = text_of(props, PR_INTERNET_MESSAGE_ID)
        if message_id:
            fields.append(f"Message-ID: {message_id}")
        built = EmailMessage(policy=SMTP)
        for line in fields:
            key, _, value = line.partition(":")
            built[key] = value.strip()
        head = b"".join(built.as_bytes(policy=SMTP).split(b"\r\n\r\n", 1)[:1]) + b"\r\n"
    else:
        head = (
            "\r\n".join(f.replace("\n", "\r\n") for f in fields).encode("utf-8", "surrogateescape")
            + b"\r\n"
        )
    return head + body.as_bytes(policy=SMTP), warnings


class PstFile:
    """An Outlook data file opened read-only; ``messages()`` yields every item, folder by
    folder, an e-mail as .eml bytes and anything else as a reason it is not registered."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.name = Path(path).name
        pypff = _pypff()
        self._file = pypff.file()
        self.problems: list[tuple[str, str]] = []  # (place, reason) of unreadable folders
        try:
            self._file.open(path)
            root = self._file.get_root_folder()
        except OSError as exc:
            raise ContainerError(
                f"Outlook-filen kan ikke læses (beskadiget eller ikke en .pst-fil): {_short(exc)}."
            ) from exc
        self._folders = list(self._walk(root, ""))
        self.count = sum(n for _, _, n in self._folders) + len(self.problems)

    def _walk(self, folder: Any, path: str) -> Iterator[tuple[Any, str, int]]:
        """Every folder that can be read; a damaged one is noted and its siblings go on."""
        try:
            count = int(folder.number_of_sub_messages)
        except OSError as exc:
            self.problems.append((path or "/", f"Mappens beskeder kan ikke læses: {_short(exc)}"))
            count = 0
        yield folder, path, count
        try:
            number = int(folder.number_of_sub_folders)
        except (OSError, AttributeError):
            number = 0
        for index in range(number):
            try:
                sub = folder.get_sub_folder(index)
                name = (sub.name or "").replace("/", "∕")
            except OSError as exc:
                self.problems.append(
                    (
                        f"{path + '/' if path else ''}mappe {index + 1}",
                        f"Mappen kan ikke læses: {_short(exc)}",
                    )
                )
                continue
            yield from self._walk(sub, f"{path}/{name}" if path else name)

    def messages(self) -> Iterator[Message]:
        for place, reason in self.problems:
            source = f"{self.name}#{place}"
            yield Message(source, f"{self.name}.eml", problem=f"{reason}; resten er læst")
        for folder, path, count in self._folders:
            for index in range(count):
                source = f"{self.name}#{path}/{index + 1}"
                filename = f"{self.name}#{index + 1}.eml"
                try:
                    item = folder.get_sub_message(index)
                    kind = kind_of(text_of(properties(item), PR_MESSAGE_CLASS))
                    if kind:
                        yield Message(
                            source,
                            filename,
                            problem=f"Elementet er {kind}, ikke en e-mail, og er ikke registreret",
                        )
                        continue
                    data, warnings = message_eml(item)
                except (OSError, AttributeError, ValueError) as exc:
                    yield Message(
                        source,
                        filename,
                        problem=f"Beskeden kan ikke læses fra .pst-filen: {_short(exc)}",
                    )
                    continue
                yield Message(source, filename, data, warnings=tuple(warnings))

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()
