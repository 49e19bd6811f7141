"""Big leaf bodies of a mail kept away from the stdlib parser, which holds every line of a
part as its own string (a 100 MB attachment cost over a gigabyte): the parser sees a short
token instead, and the body is decoded straight from the mail's bytes when it is asked for.

A body is set aside only where the result is the same as the parser's own: between a part's
headers and the next delimiter line of a boundary the mail declares, and only when the token
turns out to be that whole part's payload once parsed (else the mail is parsed as it is).
"""

from __future__ import annotations

import binascii
import os
import re
from dataclasses import dataclass, field
from email.message import Message

BIG = 256 * 1024  # bodies larger than this are set aside
MAX_NESTING = 6  # forwarded messages inside forwarded messages looked into
_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.I)
_LINE_END = re.compile(rb"\r\n|\r")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_CTYPE = re.compile(rb"^content-type:[ \t]*([a-z0-9!#$&^_.+-]+/?[a-z0-9!#$&^_.+-]*)", re.I | re.M)
_CTE = re.compile(rb"^content-transfer-encoding:[ \t]*([a-z0-9_-]+)", re.I | re.M)
_DECODED_HERE = {"", "7bit", "8bit", "binary", "base64", "quoted-printable"}


@dataclass
class Stash:
    """The original bytes of the bodies set aside, by the token that stands for each."""

    data: bytes
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def span(self, part: Message) -> tuple[int, int] | None:
        payload = part._payload  # type: ignore[attr-defined]  # the raw payload
        if isinstance(payload, str) and len(payload) < 100:
            return self.spans.get(payload.strip())
        return None

    def payload(self, part: Message) -> bytes | None:
        """The decoded body of a part that was set aside (None for any other part)."""
        span = self.span(part)
        if span is None:
            return None
        view = memoryview(self.data)[span[0] : span[1]]
        cte = str(part.get("content-transfer-encoding", "")).lower()
        if cte == "base64":
            try:
                return binascii.a2b_base64(view)
            except binascii.Error:  # bad padding: let the stdlib decoder say so, as it would
                from email._encoded_words import decode_b

                value, defects = decode_b(b"".join(bytes(view).splitlines()))
                part.defects.extend(defects)  # type: ignore[attr-defined]
                return value
        if cte == "quoted-printable":
            return binascii.a2b_qp(view)
        return bytes(view)

    def restore(self, serialised: bytes) -> bytes:
        """A part serialised again (a forwarded message) with its real bodies put back, their
        line ends written as the stdlib generator writes every payload line ("\n")."""
        for token, (start, end) in self.spans.items():
            key = token.encode("ascii")
            if key in serialised:
                body = _LINE_END.sub(b"\n", self.data[start:end])
                serialised = serialised.replace(key, body)
        return serialised


def set_aside(data: bytes) -> tuple[bytes, Stash] | None:
    """The mail with its big leaf bodies replaced by tokens, or None when there are none."""
    if len(data) <= BIG:
        return None
    stash = Stash(data)
    marker = f"HOERINGSDESK-{os.urandom(8).hex()}-"
    pieces: list[bytes] = []
    cursor = 0
    for start, end in _leaf_bodies(data):
        if end - start <= BIG:
            continue
        token = f"{marker}{len(stash.spans)}"
        stash.spans[token] = (start, end)
        pieces += [data[cursor:start], token.encode("ascii")]
        cursor = end
    if not stash.spans:
        return None
    pieces.append(data[cursor:])
    return b"".join(pieces), stash


def _candidate_lines(data: bytes) -> list[tuple[int, int, bytes]]:
    """(start, end, what follows "--") of every short line that starts with "--" (found with
    bytes.find: a regular expression over a 100 MB mail takes seconds)."""
    out: list[tuple[int, int, bytes]] = []
    at = 0 if data.startswith(b"--") else _next_dashes(data, 0)
    while at >= 0:
        eol = data.find(b"\n", at)
        eol = len(data) if eol < 0 else eol
        if eol - at <= 300:
            out.append((at, eol, data[at + 2 : eol].rstrip(b"\r \t")))
        at = _next_dashes(data, eol)
    return out


def _next_dashes(data: bytes, pos: int) -> int:
    found = data.find(b"\n--", pos)
    return found + 1 if found >= 0 else -1


def _headers_at(data: bytes, start: int, end: int) -> tuple[bytes, int] | None:
    """The header block of a part starting at ``start`` and where its body starts."""
    found = _HEADER_END.search(data, start, min(end, start + 64 * 1024))
    return (data[start : found.start()], found.end()) if found else None


def _leaf_bodies(data: bytes) -> list[tuple[int, int]]:
    """[start, end) of every body that is not itself multipart or a message, whose
    transfer encoding is one decoded here: the top-level body, or one between delimiters
    of a boundary that a Content-Type in the mail declares."""
    candidates = _candidate_lines(data)
    heads = [_headers_at(data, 0, len(data))]
    heads += [_headers_at(data, end, len(data)) for _, end, _ in candidates]
    found_heads = [h for h in heads if h is not None]
    for _ in range(MAX_NESTING):  # a forwarded message's own headers follow its part's
        inner = [
            nested
            for head, body_start in found_heads
            if _kind(head).startswith(b"message/")
            and (nested := _headers_at(data, body_start, len(data))) is not None
            and nested not in found_heads
        ]
        if not inner:
            break
        found_heads += inner
    declared = {
        m.group(1) or m.group(2) for head, _ in found_heads for m in _BOUNDARY.finditer(head)
    }
    lines: list[tuple[int, int, bool]] = []  # start, end, closing ("--b--")
    for start, end, rest in candidates:
        if rest in declared:
            lines.append((start, end, False))
        elif rest.endswith(b"--") and rest[:-2] in declared:
            lines.append((start, end, True))
    segments = [(0, lines[0][0] if lines else len(data))]  # the top-level part
    segments += [
        (line_end, lines[i + 1][0] if i + 1 < len(lines) else len(data))
        for i, (_, line_end, closing) in enumerate(lines)
        if not closing  # after a closing delimiter comes an epilogue, not a part
    ]
    out: list[tuple[int, int]] = []
    for seg_start, seg_end in segments:
        found = _headers_at(data, seg_start, seg_end)
        if found is None:
            continue
        head, body_start = found
        if _kind(head).startswith((b"multipart/", b"message/")):
            continue
        cte = _CTE.search(head)
        if (cte.group(1).decode("ascii").lower() if cte else "") not in _DECODED_HERE:
            continue
        body_end = seg_end
        if body_end < len(data):  # the line break before a delimiter belongs to it
            if data[body_end - 2 : body_end] == b"\r\n":
                body_end -= 2
            elif data[body_end - 1 : body_end] == b"\n":
                body_end -= 1
        out.append((body_start, max(body_start, body_end)))
    return out


def _kind(head: bytes) -> bytes:
    ctype = _CTYPE.search(head)
    return ctype.group(1).lower() if ctype else b"text/plain"


def check(message: Message, stash: Stash) -> bool:
    """True when each token stands as the whole payload of exactly one leaf part."""
    found: list[str] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        payload = part._payload  # type: ignore[attr-defined]
        if isinstance(payload, str) and len(payload) < 100 and payload.strip() in stash.spans:
            found.append(payload.strip())
    return sorted(found) == sorted(stash.spans)
