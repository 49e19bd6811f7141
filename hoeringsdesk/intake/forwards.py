"""Find a forwarded message written inline in a mail body ("Videresendt meddelelse", …)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hoeringsdesk.domain.parsed import Address
from hoeringsdesk.intake.mail_headers import parse_address

_MARKER = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|videresendt (?:meddelelse|besked|e-?mail)|"
    r"original message|oprindelig (?:meddelelse|besked)|originalmeddelelse)\s*-{2,}|"
    r"(?:begin forwarded message|start på videresendt besked|videresendt besked)\s*:?)\s*$",
    re.I,
)
_RULE = re.compile(r"^\s*_{10,}\s*$")
_HEADER = re.compile(
    r"^[\s*]*(from|fra|sent|sendt|date|dato|to|til|cc|bcc|subject|emne|reply-to|svar til)"
    r"[\s*]*:[\s*]*(.*)$",
    re.I,
)
_FROM = {"from", "fra"}
_WHEN = {"sent", "sendt", "date", "dato"}
_SUBJECT = {"subject", "emne"}


@dataclass(frozen=True)
class ForwardBlock:
    """Where an inline forward starts (the marker) and where its own text begins."""

    start: int
    body_start: int
    sender: Address | None
    subject: str


def _header(line: str) -> tuple[str, str] | None:
    match = _HEADER.match(line)
    if not match:
        return None
    return match.group(1).lower(), match.group(2).strip()


def _headers_from(lines: list[str], i: int) -> tuple[dict[str, str], int]:
    """Header lines from index i (blank lines before them skipped); returns them and the end."""
    while i < len(lines) and not lines[i].strip():
        i += 1
    found: dict[str, str] = {}
    while i < len(lines):
        parsed = _header(lines[i])
        if parsed is None:
            break
        found.setdefault(parsed[0], parsed[1])
        i += 1
    return found, i


def find_forward(lines: list[str]) -> ForwardBlock | None:
    """The first inline forwarded message in the lines (or paragraph texts), if any."""
    i = 0
    while i < len(lines):
        line = lines[i]
        marker = bool(_MARKER.match(line))
        if marker or _RULE.match(line):
            headers, end = _headers_from(lines, i + 1)
            if marker and not headers:
                return ForwardBlock(i, i + 1, None, "")
        else:
            parsed = _header(line)
            if parsed is None or parsed[0] not in _FROM:
                i += 1
                continue
            headers, end = _headers_from(lines, i)
            if not (set(headers) & _WHEN and set(headers) & _SUBJECT):
                i = max(end, i + 1)  # the lines of this header block were all looked at
                continue
        if not set(headers) & _FROM:
            i = max(end, i + 1)
            continue
        raw_from = next(v for k, v in headers.items() if k in _FROM)
        sender = parse_address(raw_from.replace("[mailto:", "<").replace("]", ">"))
        subject = next((v for k, v in headers.items() if k in _SUBJECT), "")
        return ForwardBlock(i, end, sender or None, subject)
    return None
