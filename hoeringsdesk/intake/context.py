"""The state one read builds up: files, text parts, warnings, and what mail headers said."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from hoeringsdesk.domain.parsed import Address, OcrWord, PartKind, SourceFile, TextPart
from hoeringsdesk.intake.ocr import OcrSettings

PageProgress = Callable[[int, int], None]  # (page, pages) of a file being recognised

MAX_DEPTH = 6  # attachments inside attachments inside …
MAX_FILES = 500


@dataclass
class Envelope:
    """What a mail file (.eml or .msg) says about itself."""

    subject: str = ""
    message_id: str = ""
    sender: Address | None = None
    reply_to: Address | None = None
    header_sender: Address | None = None
    recipients: list[Address] = field(default_factory=list)
    received: datetime | None = None
    received_source: str = ""
    inner: list[Envelope] = field(default_factory=list)  # forwarded messages inside it
    inline_forward: Envelope | None = None  # a "Forwarded message" block in the body


@dataclass
class Ctx:
    """Accumulates one ParsedResponse; readers append to it and call ``read_child``."""

    files: list[SourceFile]
    read_child: Callable[[Ctx, int, PartKind], Envelope | None]
    parts: list[TextPart] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pdf_timeout: float = 20.0
    depth: int = 0
    ocr: OcrSettings = field(default_factory=OcrSettings)
    ocr_words: list[OcrWord] = field(default_factory=list)  # recognised words, text order
    on_page: PageProgress | None = None

    def page_done(self, page: int, pages: int) -> None:
        if self.on_page is not None:
            self.on_page(page, pages)

    def warn(self, message: str) -> None:
        if message and message not in self.warnings:
            self.warnings.append(message)

    def add_file(self, filename: str, content_type: str, data: bytes, parent: int) -> int | None:
        """Append an attachment; returns its index (None when the file limit is reached)."""
        if len(self.files) >= MAX_FILES:
            self.warn(f"Der er over {MAX_FILES} vedhæftninger; resten er ikke medtaget")
            return None
        self.files.append(SourceFile(filename, content_type, data, parent))
        return len(self.files) - 1

    def warn_file(self, index: int, message: str) -> None:
        """A warning about one file; attachments are named in front of the message."""
        if message and index > 0:
            message = f"Vedhæftningen «{self.files[index].filename}»: {message}"
        self.warn(message)
