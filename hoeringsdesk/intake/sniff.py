"""Recognise a file's real format from its first bytes (and its zip/OLE directory)."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "msg": "application/vnd.ms-outlook",
    "eml": "message/rfc822",
    "html": "text/html",
    "txt": "text/plain",
    "doc": "application/msword",
    "rtf": "application/rtf",
    "tnef": "application/ms-tnef",
    "zip": "application/zip",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "xls": "application/vnd.ms-excel",
    "ppt": "application/vnd.ms-powerpoint",
    "encrypted-office": "application/x-encrypted-office",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "tiff": "image/tiff",
    "bmp": "image/bmp",
    "ole": "application/x-ole-storage",
    "binary": "application/octet-stream",
    "empty": "application/octet-stream",
}

# Formats recognised by a signature: the content decides, whatever the file is called.
STRONG_KINDS = {
    "pdf", "docx", "odt", "msg", "doc", "rtf", "tnef", "xlsx", "pptx", "xls", "ppt",
    "encrypted-office", "png", "jpeg", "gif", "tiff", "bmp",
}  # fmt: skip
IMAGE_KINDS = {"png", "jpeg", "gif", "tiff", "bmp"}

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"{\\rtf", "rtf"),
    (b"\x78\x9f\x3e\x22", "tnef"),
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIL_HEADERS = {
    "from", "to", "cc", "subject", "date", "message-id", "received", "mime-version",
    "return-path", "delivered-to", "reply-to", "content-type", "x-mailer", "sender",
    "in-reply-to", "references", "thread-topic", "x-ms-exchange-organization-authas",
}  # fmt: skip
_STRONG_MAIL = {"from", "received", "message-id", "mime-version", "return-path", "delivered-to"}
_HEADER_LINE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9_-]{0,60}):")
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|p|div|table)[\s>/]",
    re.I | re.S,
)


@dataclass(frozen=True)
class Sniffed:
    kind: str
    content_type: str


def sniff(data: bytes) -> Sniffed:
    """The format of a file from its content alone."""
    kind = _kind(data)
    return Sniffed(kind, CONTENT_TYPES.get(kind, "application/octet-stream"))


def _kind(data: bytes) -> str:
    if not data:
        return "empty"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if data.startswith(_OLE_MAGIC):
        return _ole_kind(data)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"BM") and data[6:10] == b"\x00\x00\x00\x00" and len(data) > 26:
        return "bmp"
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "txt"
    if looks_like_mail(head):
        return "eml"
    if _HTML_START.match(head.removeprefix(b"\xef\xbb\xbf")):
        return "html"
    if looks_utf16(head) or looks_like_text(head):
        return "txt"
    return "binary"


_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])
# Bytes that are no printable character in Windows-1252 (controls, DEL, five unassigned).
_UNPRINTABLE_1252 = _CONTROL_BYTES + bytes([0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D])


def _valid_utf8(head: bytes) -> bool:
    """True when the bytes decode as UTF-8 (a character cut at the end is allowed)."""
    for cut in range(4):
        try:
            head[: len(head) - cut].decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:
                return False
            continue
        return True
    return False


def looks_like_text(head: bytes) -> bool:
    """Text is judged by valid decoding and the share of printable characters: valid UTF-8
    with at most a tenth control bytes (a few stray NULs are fine), or else (Windows-1252,
    Latin-1) at most one byte in fifty that prints as nothing. Random bytes fail both: they
    are never valid UTF-8, and about one in seven of them prints as nothing."""
    if not head:
        return False
    if _valid_utf8(head):
        controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
        return controls <= max(2, len(head) // 10)
    unprintable = len(head) - len(head.translate(None, _UNPRINTABLE_1252))
    return unprintable <= max(2, len(head) // 50)


def looks_utf16(head: bytes) -> bool:
    """Text in UTF-16 without a BOM: every other byte is NUL."""
    sample = head[:512]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > 0.7 * half and min(zeros_even, zeros_odd) < 0.1 * half


def looks_like_mail(head: bytes) -> bool:
    """True when the bytes start with RFC 5322 header lines (optionally after an mbox line)."""
    text = head[:4096].decode("latin-1").replace("\r\n", "\n")
    lines = text.split("\n")
    if lines and lines[0].startswith("From "):
        lines = lines[1:]
    names: list[str] = []
    for line in lines[:60]:
        if not line.strip():
            break
        if line[0] in " \t":
            continue
        match = _HEADER_LINE.match(line)
        if not match:
            return False
        names.append(match.group(1).lower())
    known = [n for n in names if n in _MAIL_HEADERS]
    return len(known) >= 2 and bool(set(known) & (_STRONG_MAIL | {"subject"}))


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200 and info.compress_type == zipfile.ZIP_STORED:
                    mimetype = zf.read(info).strip()
                    if mimetype == b"application/vnd.oasis.opendocument.text":
                        return "odt"
    except Exception:  # a damaged archive: let the reader for the file's extension say so
        return "zip"
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    if "content.xml" in names and "META-INF/manifest.xml" in names:
        return "odt"
    return "zip"


def ole_streams(data: bytes) -> set[str] | None:
    """Top-level stream and storage names of an OLE compound file, or None when damaged."""
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except Exception:
        return None
    try:
        return {"/".join(entry) for entry in ole.listdir(streams=True, storages=True)}
    except Exception:
        return None
    finally:
        ole.close()


def _ole_kind(data: bytes) -> str:
    names = ole_streams(data)
    if names is None:
        return "ole"
    top = {n.split("/")[0] for n in names}
    if "EncryptedPackage" in top:
        return "encrypted-office"
    if "__properties_version1.0" in top or any(n.startswith("__substg1.0_") for n in top):
        return "msg"
    if "WordDocument" in top:
        return "doc"
    if "Workbook" in top or "Book" in top:
        return "xls"
    if "PowerPoint Document" in top:
        return "ppt"
    return "ole"
