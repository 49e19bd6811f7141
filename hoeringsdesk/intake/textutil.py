"""Text helpers shared by the readers: tolerant decoding, control characters, bullets."""

from __future__ import annotations

import codecs
import re
import unicodedata

# Characters a writer types (or a converter leaves) in front of a list item.
BULLET_CHARS = "•·▪▫◦‣⁃●○■□–—-*\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
_BULLET_RE = re.compile(
    r"^[ \t]*(?:[" + re.escape(BULLET_CHARS) + r"]|\d{1,2}[.)]|[a-z]\))[ \t\xa0]+"
)
_WS_RE = re.compile(r"\s+")

# C0/C1 control characters except tab, newline and carriage return; also stray BOMs and
# non-characters that some converters leave in text.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
_LINE_CONTROLS = {"\x0b": "\n", "\x0c": "\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n"}

_FALLBACKS = ("utf-8", "cp1252", "latin-1")
# Text codecs that are not character sets a mail or web page can honestly declare.
_NOT_CHARSETS = {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"}


def codec_name(label: str | None) -> str | None:
    """The Python codec for a charset label, or None when the label is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in {"unknown-8bit", "x-unknown", "8bit", "binary"}:
        return None
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    return None if name in _NOT_CHARSETS else name


def _looks_like_utf8_mojibake(data: bytes) -> bool:
    """True when the bytes are valid UTF-8 with multi-byte sequences (so not really Latin-1)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_bytes(
    data: bytes, declared: str | None = None, what: str = "Teksten"
) -> tuple[str, str]:
    """Decode bytes, trying the declared charset, UTF-8, Windows-1252 and Latin-1 in turn.

    Returns ``(text, warning)``; the warning is "" when the declared charset worked. Never
    returns U+FFFD for bytes that one of the fallbacks can decode.
    """
    for bom, bom_codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(bom_codec), ""
            except UnicodeDecodeError:
                break
    codec = codec_name(declared)
    warning = ""
    if declared and codec is None:
        warning = f"{what} havde et ukendt tegnsæt ({_short(declared)})"
    if codec is not None:
        single_byte = codec in {"latin-1", "iso8859-1", "cp1252", "iso8859-15", "ascii"}
        if not (single_byte and _looks_like_utf8_mojibake(data)):
            try:
                return data.decode(codec), ""
            except (UnicodeDecodeError, LookupError):
                pass
        warning = f"{what} var angivet som {_short(declared or '')}, men passede ikke med indholdet"
    for fallback in _FALLBACKS:
        try:
            text = data.decode(fallback)
        except UnicodeDecodeError:
            continue
        if warning or (codec is None and not data.isascii() and fallback != "utf-8"):
            shown = {"utf-8": "UTF-8", "cp1252": "Windows-1252", "latin-1": "Latin-1"}[fallback]
            prefix = warning or f"{what} er ikke UTF-8"
            warning = f"{prefix}; læst som {shown}"
        return text, warning
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _short(value: str, limit: int = 40) -> str:
    value = clean_controls(value)[0]
    return value if len(value) <= limit else value[: limit - 1] + "…"


def clean_controls(text: str) -> tuple[str, int]:
    """Replace control characters: line-like ones by newlines, NUL by nothing, others by a space.

    Also turns CRLF and lone CR into LF. Returns the text and how many characters were replaced.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    count = 0

    def repl(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        ch = match.group()
        if ch in _LINE_CONTROLS:
            return _LINE_CONTROLS[ch]
        if ch in "\x00\ufeff\ufffe\uffff":
            return ""
        return " "

    return _CONTROL_RE.sub(repl, text), count


def collapse_ws(text: str) -> str:
    """All runs of whitespace (including newlines) as one space, stripped."""
    return _WS_RE.sub(" ", text).strip()


def strip_bullet(line: str) -> str:
    """The line without a leading typed bullet ("• ", "- ", "1. ", "a) "), stripped."""
    return _BULLET_RE.sub("", line, count=1).strip()


def bullet_item(line: str) -> str:
    """The item text when the line starts with a typed bullet, else ""."""
    if _BULLET_RE.match(line):
        return strip_bullet(line)
    return ""


def printable(value: str, limit: int = 80) -> str:
    """A value safe to show in a warning: control and format characters replaced by '?'."""
    out = "".join(
        "?" if unicodedata.category(ch) in {"Cc", "Cf", "Cs"} and ch != " " else ch for ch in value
    )
    return out if len(out) <= limit else out[: limit - 1] + "…"


def items_in(text: str, items: list[str]) -> list[str]:
    """The items that are non-empty verbatim substrings of text, in order.

    Items normally follow each other in the text, so each search starts where the previous
    item ended (linear time for thousands of bullets); an item out of order is searched anew.
    """
    out: list[str] = []
    pos = 0
    for item in items:
        if not item:
            continue
        found = text.find(item, pos)
        if found != -1:
            out.append(item)
            pos = found + len(item)
        elif item in text:
            out.append(item)
    return out
