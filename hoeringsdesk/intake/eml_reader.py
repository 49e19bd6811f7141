"""E-mail (.eml) reader: stdlib email with tolerant fallbacks, bodies, attachments, forwards."""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable
from contextvars import ContextVar
from email.message import Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from typing import Any, TypeVar

from hoeringsdesk.domain.parsed import Address, PartKind, ReaderError
from hoeringsdesk.intake import mail_headers as mh
from hoeringsdesk.intake.big_parts import Stash, check, set_aside
from hoeringsdesk.intake.bodies import add_body
from hoeringsdesk.intake.context import MAX_DEPTH, Ctx, Envelope
from hoeringsdesk.intake.filenames import sanitise
from hoeringsdesk.intake.textutil import clean_controls, decode_bytes

T = TypeVar("T")
MAX_PARTS = 1000
_BOUNDARY_LINE = re.compile(rb"^--([^\s]{1,200}?)[ \t]*\r?\n(?=[A-Za-z][A-Za-z0-9-]*:)", re.M)
_CTYPE_HEADER = re.compile(rb"^Content-Type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*", re.M | re.I)
_DEFECT_WARNINGS = {
    "CloseBoundaryNotFoundDefect": "E-mailen er afkortet (en multipart-del afsluttes ikke); "
    "det læsbare er importeret",
    "StartBoundaryNotFoundDefect": "E-mailens multipart-grænse findes ikke i indholdet",
    "NoBoundaryInMultipartDefect": "E-mailens multipart-grænse mangler",
    "InvalidBase64PaddingDefect": "En del af e-mailen har ugyldig base64-kodning; den er læst "
    "så godt som muligt",
    "InvalidBase64CharactersDefect": "En del af e-mailen har ugyldig base64-kodning; den er "
    "læst så godt som muligt",
    "InvalidBase64LengthDefect": "En del af e-mailen har ugyldig base64-kodning; den er læst "
    "så godt som muligt",
}


def _try(default: T, *getters: Callable[[], T]) -> T:
    for getter in getters:
        try:
            return getter()
        except Exception:
            continue
    return default


def _compat(part: Message) -> Message:
    """A compat32 copy of a part's headers, for when the default policy cannot parse them."""
    copy = Message(policy=mh.SAFE_COMPAT32)
    for name, value in part.raw_items():
        copy[name] = value
    return copy


def _ctype(part: Message) -> str:
    return _try("text/plain", part.get_content_type, lambda: _compat(part).get_content_type())


def _param(part: Message, getter: str) -> str | None:
    def default() -> str | None:
        return getattr(part, getter)()

    def compat() -> str | None:
        return getattr(_compat(part), getter)()

    value = _try(None, default, compat)
    if value is None:
        return None
    return mh.raw_to_text(value, clean=getter != "get_filename")[0]


_STASHES: ContextVar[tuple[Stash, ...]] = ContextVar("hoeringsdesk_mail_stashes", default=())


def _payload(part: Message) -> bytes:
    """The decoded bytes of a non-multipart part (base64/quoted-printable undone)."""
    for stash in _STASHES.get():
        found = stash.payload(part)
        if found is not None:
            return found

    def default() -> bytes:
        data = part.get_payload(decode=True)
        return data if isinstance(data, bytes) else b""

    def compat() -> bytes:
        copy = _compat(part)
        copy.set_payload(part._payload)  # type: ignore[attr-defined]  # the raw payload kept
        data = copy.get_payload(decode=True)
        return data if isinstance(data, bytes) else b""

    return _try(b"", default, compat)


def _has_template_table(html: bytes) -> bool:
    """An HTML body with a table and the template's labels: its structure beats plain text."""
    low = html.lower()
    return b"<table" in low and b"afsender" in low and (b"generelle" in low or b"forslag" in low)


def _default_path(msg: Message, raws: list[Any]) -> bool:
    """Use the default policy's header parsing: short, 7-bit values in a message it parsed."""
    return isinstance(msg.policy, EmailPolicy) and all(
        isinstance(r, str) and len(r) <= mh.MAX_PARSED_HEADER and not mh.has_8bit(r) for r in raws
    )


def _usable(text: str) -> bool:
    """False when the default policy left replacement characters or undecoded bytes."""
    return "\ufffd" not in text and not mh.has_8bit(text)


def _header(ctx: Ctx, index: int, msg: Message, name: str) -> str:
    raws = mh.raw_headers(msg, name)
    if not raws:
        return ""
    if _default_path(msg, raws[:1]):
        value = _try(None, lambda: str(msg[name]))
        if value is not None and _usable(value):
            return clean_controls(value)[0].replace("\n", " ").strip()
    text, warning = mh.raw_to_text(raws[0])
    ctx.warn_file(index, warning)
    return text


def _addresses(ctx: Ctx, index: int, msg: Message, name: str) -> list[Address]:
    raws = mh.raw_headers(msg, name)
    if not raws:
        return []
    if _default_path(msg, raws):

        def parsed() -> list[Address]:
            return [
                Address(a.display_name.strip(), mh.parse_address(a.addr_spec).email)
                for header in msg.get_all(name) or []
                for a in header.addresses  # type: ignore[attr-defined]  # an AddressHeader
            ]

        found = _try(None, parsed)
        if found is not None and all(_usable(a.name + a.email) for a in found):
            return [a for a in found if a]
    out: list[Address] = []
    for raw in raws:
        text, warning = mh.raw_to_text(raw)
        ctx.warn_file(index, warning)
        out.extend(mh.parse_addresses(text))
    return out


_NAME_ADDR = re.compile(r'\s*"?([^"<>@]+?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*')


def _from(ctx: Ctx, index: int, msg: Message) -> list[Address]:
    """The From addresses; 'Holm, Anne <anne@…>' written without quotes is one person, not
    a name-only address followed by 'Anne <anne@…>'."""
    found = _addresses(ctx, index, msg, "From")
    raws = mh.raw_headers(msg, "From")
    if raws and sum(1 for a in found if a.email) == 1:
        whole = _NAME_ADDR.fullmatch(mh.raw_to_text(raws[0])[0])
        if whole and "," in whole.group(1):
            return [Address(whole.group(1).strip(), mh.parse_address(whole.group(2)).email)]
    return found


def _envelope(ctx: Ctx, index: int, msg: Message) -> Envelope:
    env = Envelope()
    env.subject = _header(ctx, index, msg, "Subject")
    env.message_id = mh.normalise_message_id(_header(ctx, index, msg, "Message-ID"))
    on_behalf = _addresses(ctx, index, msg, "Sender")
    senders = _from(ctx, index, msg) or on_behalf
    env.sender = senders[0] if senders else None
    env.header_sender = on_behalf[0] if on_behalf else None
    reply_to = _addresses(ctx, index, msg, "Reply-To")
    env.reply_to = reply_to[0] if reply_to else None
    env.recipients = _addresses(ctx, index, msg, "To") + _addresses(ctx, index, msg, "Cc")
    date = mh.parse_date(_header(ctx, index, msg, "Date"))
    if date is not None:
        env.received, env.received_source = date, "date"
    else:
        received = [mh.raw_to_text(r)[0] for r in mh.raw_headers(msg, "Received")]
        when = mh.received_date(received)
        if when is not None:
            env.received, env.received_source = when, "received"
    return env


TOO_DEEP = (
    "E-mailen er for dybt indlejret (dele i dele eller beskeder i beskeder i hundredvis "
    "af niveauer) og kan ikke læses"
)


def _parse(data: bytes) -> Message:
    try:
        return BytesParser(policy=mh.SAFE_DEFAULT).parsebytes(data)
    except RecursionError as exc:
        raise ReaderError(TOO_DEEP) from exc
    except Exception:
        pass
    try:
        return BytesParser(policy=mh.SAFE_COMPAT32).parsebytes(data)
    except RecursionError as exc:
        raise ReaderError(TOO_DEEP) from exc
    except Exception as exc:
        raise ReaderError("E-mailen er beskadiget og kan ikke læses") from exc


def _recover_boundary(ctx: Ctx, data: bytes, msg: Message) -> Message:
    """A multipart message whose boundary is missing or never appears: guess it, or use text."""
    if not _ctype(msg).startswith("multipart/") or msg.is_multipart():
        return msg
    split = re.search(rb"\r?\n\r?\n", data)
    if split is None:
        return msg
    head, body = data[: split.end()], data[split.end() :]
    found = _BOUNDARY_LINE.search(body)
    if found:
        boundary = found.group(1).replace(b'"', b"")
        new_type = b'Content-Type: multipart/mixed; boundary="' + boundary + b'"'
        fixed = _parse(_CTYPE_HEADER.sub(lambda _: new_type, head, count=1) + body)
        if fixed.is_multipart():
            ctx.warn("E-mailens multipart-grænse manglede eller passede ikke; delene er fundet")
            return fixed
    ctx.warn("E-mailens opdeling i dele mangler; hele indholdet er læst som tekst")
    plain = Message(policy=mh.SAFE_COMPAT32)
    for name, value in msg.raw_items():
        if name.lower() not in ("content-type", "content-transfer-encoding"):
            plain[name] = value
    plain["Content-Type"] = "text/plain"
    plain.set_payload(body.decode("latin-1"))  # get_payload(decode=True) gives the bytes back
    return plain


def read_eml(ctx: Ctx, index: int, kind: PartKind) -> Envelope:
    """Read ctx.files[index] as an e-mail into ctx; returns what its headers say."""
    data = ctx.files[index].data
    if not data:
        raise ReaderError("E-mailen er tom (0 byte)")
    lean = set_aside(data)
    if lean is not None:
        msg = _parse(lean[0])
        if check(msg, lean[1]):
            active = _STASHES.set((*_STASHES.get(), lean[1]))
            try:
                return read_message(ctx, index, msg)
            finally:
                _STASHES.reset(active)
    msg = _recover_boundary(ctx, data, _parse(data))
    return read_message(ctx, index, msg)


def _serialised(message: Message) -> bytes:
    """A forwarded message's bytes, with any body that was set aside put back."""
    data = _try(b"", lambda: message.as_bytes(policy=mh.SAFE_COMPAT32), message.as_bytes)
    for stash in _STASHES.get():
        data = stash.restore(data)
    return data


def read_message(ctx: Ctx, index: int, msg: Message) -> Envelope:
    """Read a parsed message (top level or forwarded inside another) into ctx."""
    env = _envelope(ctx, index, msg)
    walker = _Walker(ctx, index, env)
    walker.walk(msg, 0)
    walker.finish()
    _defect_warnings(ctx, msg)
    return env


def _defect_warnings(ctx: Ctx, msg: Message) -> None:
    parts: list[Message] = _try([], lambda: list(msg.walk()))
    for part in parts:
        for defect in getattr(part, "defects", []):
            warning = _DEFECT_WARNINGS.get(type(defect).__name__)
            if warning:
                ctx.warn(warning)


class _Walker:
    def __init__(self, ctx: Ctx, index: int, env: Envelope) -> None:
        self.ctx, self.index, self.env = ctx, index, env
        self.bodies = 0
        self.seen = 0
        self.attachments: list[Message] = []

    def walk(self, part: Message, level: int) -> None:
        if level > 50:
            self.ctx.warn("E-mailen er indlejret for dybt; de inderste dele er sprunget over")
            return
        self.seen += 1
        if self.seen > MAX_PARTS:
            self.ctx.warn(f"E-mailen har over {MAX_PARTS} dele; resten er sprunget over")
            return
        ctype = _ctype(part)
        if ctype == "message/rfc822" or (part.is_multipart() and ctype.startswith("message/")):
            self.attachments.append(part)
            return
        if part.is_multipart():
            children: list[Message] = _try([], lambda: list(part.get_payload()))
            if ctype == "multipart/alternative":
                children = self._best_alternative(children)
            for child in children:
                if isinstance(child, Message):
                    self.walk(child, level + 1)
            return
        disposition = _param(part, "get_content_disposition")
        filename = _param(part, "get_filename")
        if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
            self._body(part, ctype)
        else:
            self.attachments.append(part)

    def _best_alternative(self, children: list[Message]) -> list[Message]:
        """Plain text, unless the HTML version holds the template as a table."""
        parts = [c for c in children if isinstance(c, Message)]
        for child in parts:
            if _ctype(child) == "text/html" and _has_template_table(_payload(child)):
                return [child]
        for wanted in ("text/plain", "text/html"):
            for child in parts:
                if _ctype(child) == wanted and _payload(child).strip():
                    return [child]
        multi = [c for c in parts if c.is_multipart()]
        return multi[-1:] or parts[:1]

    def _text(self, part: Message) -> str:
        charset = _param(part, "get_content_charset")
        text, warning = decode_bytes(_payload(part), charset, "E-mailens tekst")
        self.ctx.warn_file(self.index, warning)
        text, removed = clean_controls(text)
        if removed:
            self.ctx.warn_file(
                self.index, f"E-mailens tekst indeholdt {removed} kontroltegn, som er fjernet"
            )
        return text

    def _body(self, part: Message, ctype: str) -> None:
        if add_body(self.ctx, self.index, self.env, self._text(part), ctype == "text/html"):
            self.bodies += 1

    def finish(self) -> None:
        ctx = self.ctx
        for n, part in enumerate(self.attachments, start=1):
            self._attachment(part, n)
        if not self.bodies and self.index == 0 and not ctx.parts:
            ctx.warn("E-mailen har ingen brødtekst")

    def _attachment(self, part: Message, n: int) -> None:
        ctx = self.ctx
        ctype = _ctype(part)
        raw_name = _param(part, "get_filename") or ""
        if ctype == "message/rfc822" or (part.is_multipart() and ctype.startswith("message/")):
            inner = _try(None, lambda: part.get_payload(0))
            if not isinstance(inner, Message):
                return
            subject = _try("", lambda: mh.raw_to_text(inner.get("Subject", ""))[0])
            default = f"{subject[:60] or 'videresendt besked'}.eml"
            name, warning = sanitise(raw_name or default, "videresendt besked.eml")
            ctx.warn(warning)
            data = _serialised(inner)
            child = ctx.add_file(name, "message/rfc822", data, self.index)
            if child is None:
                return
            if ctx.depth >= MAX_DEPTH:
                ctx.warn(f"Vedhæftningen «{name}» ligger for dybt og er ikke læst")
                return
            ctx.depth += 1
            try:
                self.env.inner.append(read_message(ctx, child, inner))
            finally:
                ctx.depth -= 1
            return
        ext = mimetypes.guess_extension(ctype) or ".bin"
        name, warning = sanitise(raw_name, f"vedhæftning-{n}{ext}")
        ctx.warn(warning)
        child = ctx.add_file(name, ctype, _payload(part), self.index)
        if child is not None:
            envelope = ctx.read_child(ctx, child, PartKind.ATTACHMENT)
            if envelope is not None:
                self.env.inner.append(envelope)
