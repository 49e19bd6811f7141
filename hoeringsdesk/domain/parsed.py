"""The contract between intake readers and the store: what a reader makes of one file."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ReaderError(Exception):
    """The one error a reader raises: the file cannot be read, with a clear Danish reason."""


class PartKind(StrEnum):
    BODY = "body"  # the text of an e-mail body or a free letter
    ATTACHMENT = "attachment"  # the text of an attachment that is not a template
    TEMPLATE_ROW = "template_row"  # one row of the municipality's response template
    PREAMBLE = "preamble"  # template text before the table (the municipality's own intro)


@dataclass(frozen=True)
class Address:
    """A name and e-mail address as found in a header or a template cell."""

    name: str = ""
    email: str = ""

    def __bool__(self) -> bool:
        return bool(self.name or self.email)


@dataclass
class SourceFile:
    """One file kept byte-for-byte: the original (index 0) or an attachment inside it."""

    filename: str
    content_type: str
    data: bytes
    parent: int | None = None  # index in ParsedResponse.files of the file that contained it


@dataclass
class TextPart:
    """A piece of the response's text that knows which file it came from.

    For a template row, ``label`` is the row's label ("Generelle bemærkninger", …) and
    ``items`` are the row's bullet points, each a verbatim substring of ``text``.
    """

    file_index: int
    kind: PartKind
    label: str
    text: str
    items: list[str] = field(default_factory=list)


LOW_CONFIDENCE = 70  # a word read by OCR with less confidence than this is marked to check


@dataclass(frozen=True)
class OcrWord:
    """A word read by text recognition, in reading order, with Tesseract's confidence (0–100)."""

    text: str
    confidence: int


@dataclass
class ParsedResponse:
    """Everything a reader extracts from one file; no store access, no side effects."""

    files: list[SourceFile]
    parts: list[TextPart] = field(default_factory=list)
    subject: str = ""
    message_id: str = ""
    sender: Address | None = None  # From (of the forwarded message, when one is forwarded)
    reply_to: Address | None = None
    header_sender: Address | None = None  # the Sender header (who sent it for From)
    forwarded_by: Address | None = None
    recipients: list[Address] = field(default_factory=list)
    received: datetime | None = None  # aware
    received_source: str = ""  # "date", "received", "file" or "" when unknown
    warnings: list[str] = field(default_factory=list)
    ocr_words: list[OcrWord] = field(default_factory=list)  # words of scanned pages, if any

    @property
    def template_rows(self) -> list[TextPart]:
        return [p for p in self.parts if p.kind is PartKind.TEMPLATE_ROW]
