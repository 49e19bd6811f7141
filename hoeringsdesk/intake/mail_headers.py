"""Tolerant mail header decoding: encoded words, 8-bit bytes, addresses, dates, Message-IDs."""

from __future__ import annotations

import email.header
import email.utils
import re
from datetime import UTC, datetime
from email.message import Message
from email.policy import Compat32, EmailPolicy
from functools import lru_cache
from typing import Any

from hoeringsdesk.domain.parsed import Address
from hoeringsdesk.intake.textutil import clean_controls, decode_bytes

# The look-behind lets a match start only where a local part starts, so a long run of
# letters without "@" costs linear, not quadratic, time.
_LOCAL = r"A-Za-z0-9._%+'=!#$&*/?^`{|}~-"
_EMAIL_RE = re.compile(
    rf"(?<![{_LOCAL}])[{_LOCAL}]++@[A-Za-z0-9æøåÆØÅ-]+(?:\.[A-Za-z0-9æøåÆØÅ-]+)+"
)
_LOOSE_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+")
_FOLD_RE = re.compile(r"\r?\n(?=[ \t])")
_SURROGATE_RE = re.compile("[\udc80-\udcff]")


# The stdlib's header parsers take quadratic time on long hostile values (thousands of quotes
# or semicolons); values are cut before they reach them. Real headers are far shorter.
MAX_PARSED_HEADER = 1024  # for the default policy's structured parsing
MAX_HEADER = 16 * 1024  # for our own tolerant decoding


class SafeEmailPolicy(EmailPolicy):
    """``email.policy.default`` that cuts long header values before parsing them.

    A parsed header is kept for the next fetch of the same value: readers ask for a part's
    Content-Type and disposition many times, and a batch repeats most headers' values. The
    header objects are immutable (a str with read-only parsed attributes)."""

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if isinstance(value, str) and len(value) > MAX_PARSED_HEADER:
            value = value[:MAX_PARSED_HEADER]
        if type(value) is str:  # not a header object already (one is returned as it is)
            return _fetch_parse(self, name, value)
        return super().header_fetch_parse(name, value)


@lru_cache(maxsize=256)
def _fetch_parse(policy: SafeEmailPolicy, name: str, value: str) -> Any:
    return EmailPolicy.header_fetch_parse(policy, name, value)


class SafeCompat32(Compat32):
    """``email.policy.compat32`` that cuts long header values before parsing them."""

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if isinstance(value, str) and len(value) > MAX_HEADER:
            value = value[:MAX_HEADER]
        return super().header_fetch_parse(name, value)


SAFE_DEFAULT = SafeEmailPolicy()
SAFE_COMPAT32 = SafeCompat32()


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words, with tolerant charsets (never U+FFFD when avoidable)."""
    if "=?" not in value:
        return value
    try:
        chunks = email.header.decode_header(value)
    except Exception:
        return value
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            try:
                out.append(chunk.decode("raw-unicode-escape"))
            except UnicodeDecodeError:
                out.append(chunk.decode("latin-1"))
        else:
            out.append(decode_bytes(chunk, charset)[0])
    return "".join(out)


def raw_to_text(raw: Any, clean: bool = True) -> tuple[str, str]:
    """A raw header value as text: unfolded, 8-bit bytes decoded, encoded words decoded.

    With ``clean`` control characters become spaces (for display); without, they are kept
    (file names are sanitised separately and drop them).
    """
    value = raw if isinstance(raw, str) else str(raw)
    value = _FOLD_RE.sub("", value[:MAX_HEADER])
    warning = ""
    if _SURROGATE_RE.search(value):
        data = value.encode("utf-8", "surrogateescape")
        value, warning = decode_bytes(data, None, "Et brevhoved")
    value = decode_words(value)
    if clean:
        value, _ = clean_controls(value)
        value = value.replace("\n", " ")
    return value.strip(), warning


def has_8bit(raw: Any) -> bool:
    return isinstance(raw, str) and bool(_SURROGATE_RE.search(raw))


def raw_headers(msg: Message, name: str) -> list[Any]:
    """The raw values of a header (no parsing, so nothing can fail)."""
    lname = name.lower()
    try:
        return [v for k, v in msg.raw_items() if isinstance(k, str) and k.lower() == lname]
    except Exception:
        return []


def parse_addresses(value: str) -> list[Address]:
    """Name/e-mail pairs from a header value like '"Holm, Anne" <anne@example.dk>, bo@x.dk'."""
    value = decode_words((value or "")[:MAX_HEADER])
    value, _ = clean_controls(value)
    value = value.replace("\n", " ").strip()
    if "@" not in value:
        name = value.strip(" \"'<>,;:")
        return [Address(name)] if name else []
    try:
        pairs = email.utils.getaddresses([value])
    except Exception:
        pairs = []
    result: list[Address] = []
    for name, addr in pairs:
        name = name.strip().strip("\"'").strip()
        addr = addr.strip().strip("<>").strip()
        if addr and not _EMAIL_RE.fullmatch(addr) and not _LOOSE_EMAIL.fullmatch(addr):
            found = _EMAIL_RE.search(addr)
            if found:
                addr = found.group()
            else:
                name, addr = (name or addr), ""
        addr = _lower_domain(addr)
        if name.casefold() == addr.casefold():
            name = ""
        if name or addr:
            result.append(Address(name, addr))
    if not any(a.email for a in result):
        emails = [_lower_domain(m.group()) for m in _EMAIL_RE.finditer(value)]
        if emails:
            name = _EMAIL_RE.sub("", value).replace("<>", "").strip(" \"'<>,;:")
            result = [Address(name if len(emails) == 1 else "", e) for e in emails]
    return result


def parse_address(value: str) -> Address:
    """The first address in a header value (an empty Address when there is none)."""
    found = parse_addresses(value)
    return found[0] if found else Address()


def _lower_domain(addr: str) -> str:
    if "@" not in addr:
        return addr
    local, _, domain = addr.rpartition("@")
    return f"{local}@{domain.lower()}"


def normalise_message_id(raw: str) -> str:
    """'<ABC.123@Mail.Example.DK> ' → 'ABC.123@mail.example.dk'."""
    raw = raw or ""
    match = re.search(r"<([^<>]+)>", raw)
    value = match.group(1) if match else raw.strip().strip("<>")
    value = re.sub(r"\s+", "", value)
    return _lower_domain(value)


def parse_date(raw: str) -> datetime | None:
    """An aware datetime from an RFC 5322 date; None when it cannot be read or is absurd."""
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # "-0000": UTC with the sender's zone unknown
    if not 1980 <= when.year <= 2100:
        return None
    return when


def received_date(values: list[str]) -> datetime | None:
    """The newest date among Received: headers (the text after the last ';')."""
    dates = [parse_date(v.rsplit(";", 1)[-1]) for v in values if ";" in v]
    found = [d for d in dates if d is not None]
    return max(found) if found else None
