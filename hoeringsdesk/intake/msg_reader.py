"""Outlook .msg reader (extract-msg): sender, date, subject, body and attachments."""

from __future__ import annotations

import functools
import mimetypes
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from hoeringsdesk.domain.parsed import Address, PartKind, ReaderError
from hoeringsdesk.intake import mail_headers as mh
from hoeringsdesk.intake.bodies import add_body
from hoeringsdesk.intake.context import MAX_DEPTH, Ctx, Envelope
from hoeringsdesk.intake.filenames import sanitise
from hoeringsdesk.intake.html_text import html_charset
from hoeringsdesk.intake.textutil import clean_controls, decode_bytes

T = TypeVar("T")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MSG_CONTENT_TYPE = "application/vnd.ms-outlook"


def _try(default: T, getter: Callable[[], T]) -> T:
    try:
        value = getter()
    except Exception:  # extract-msg raises many kinds of errors on damaged properties
        return default
    return default if value is None else value


def read_msg(ctx: Ctx, index: int, kind: PartKind) -> Envelope:
    """Read ctx.files[index] as an Outlook message into ctx; returns what it says about itself."""
    import extract_msg
    from extract_msg.enums import ErrorBehavior

    data = ctx.files[index].data
    if not data:
        raise ReaderError("Outlook-filen er tom (0 byte)")
    if not data.startswith(_OLE_MAGIC):
        raise ReaderError("Outlook-filen er beskadiget (ikke en .msg-fil)")
    try:
        msg = extract_msg.openMsg(data, errorBehavior=ErrorBehavior.SUPPRESS_ALL)
    except Exception as exc:
        raise ReaderError("Outlook-filen er beskadiget eller ikke en e-mail (.msg)") from exc
    try:
        return read_msg_object(ctx, index, msg)
    finally:
        msg.close()


def _str(getter: Callable[[], Any]) -> str:
    value = _try(None, getter)
    return value if isinstance(value, str) else ""


def _aware(value: Any) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    if not 1980 <= value.year <= 2100:
        return None
    return value


def _recipient(r: Any) -> Address | None:
    """A To or Cc recipient as an Address (None for Bcc and empty entries)."""
    if _try(1, lambda: int(r.type)) not in (1, 2):
        return None
    name, email = _str(lambda: r.name).strip(), _str(lambda: r.email).strip()
    if email:
        email = mh.parse_address(email).email or email
    if name.casefold() == email.casefold():
        name = ""
    return Address(name, email) if name or email else None


def _envelope(msg: Any) -> Envelope:
    env = Envelope()
    env.subject = clean_controls(_str(lambda: msg.subject))[0].strip()
    env.message_id = mh.normalise_message_id(_str(lambda: msg.messageId))
    sender = mh.parse_address(_str(lambda: msg.sender))
    env.sender = sender or None
    everyone: list[Any] = _try([], lambda: list(msg.recipients))
    env.recipients = [a for a in map(_recipient, everyone) if a is not None]
    date = _aware(_try(None, lambda: msg.date))
    if date is not None:
        env.received, env.received_source = date, "date"
    else:
        when = _aware(_try(None, lambda: msg.receivedTime))
        if when is None:
            headers = _try(None, lambda: msg.header)
            received: list[str] = _try(
                [], lambda: [str(v) for v in headers.get_all("Received") or []]
            )
            when = mh.received_date(received)
        if when is not None:
            env.received, env.received_source = when, "received"
    return env


def _body(ctx: Ctx, index: int, env: Envelope, msg: Any) -> bool:
    body = _try("", lambda: msg.body)
    if isinstance(body, bytes):
        body = decode_bytes(body)[0]
    body, removed = clean_controls(body or "")
    if removed:
        ctx.warn_file(
            index, f"Outlook-beskedens tekst indeholdt {removed} kontroltegn, som er fjernet"
        )
    if add_body(ctx, index, env, body, is_html=False):
        return True
    html = _try(b"", lambda: msg.htmlBody)
    if isinstance(html, str):
        html = html.encode("utf-8")
    if html:
        text, warning = decode_bytes(html, html_charset(html), "Outlook-beskedens HTML")
        ctx.warn_file(index, warning)
        return add_body(ctx, index, env, clean_controls(text)[0], is_html=True)
    return False


def read_msg_object(ctx: Ctx, index: int, msg: Any) -> Envelope:
    """Read an opened extract-msg message (top level or embedded) into ctx."""
    env = _envelope(msg)
    has_body = _body(ctx, index, env, msg)
    attachments: list[Any] = _try([], lambda: list(msg.attachments))
    for n, att in enumerate(attachments, start=1):
        _attachment(ctx, index, env, att, n)
    if not has_body and index == 0 and not ctx.parts:
        ctx.warn("Outlook-beskeden har ingen brødtekst")
    return env


def _att_name(att: Any) -> str:
    for attr in ("longFilename", "shortFilename", "displayName", "name"):
        value = _str(functools.partial(getattr, att, attr))
        if value.strip():
            return value
    return ""


def _attachment(ctx: Ctx, index: int, env: Envelope, att: Any, n: int) -> None:
    from extract_msg.enums import AttachmentType

    att_type = _try(AttachmentType.UNKNOWN, lambda: att.type)
    raw_name = _att_name(att)
    if att_type in (AttachmentType.MSG, AttachmentType.SIGNED_EMBEDDED):
        embedded = _try(None, lambda: att.data)
        if embedded is None:
            ctx.warn(f"En vedhæftet Outlook-besked ({n}) kunne ikke åbnes")
            return
        subject = _str(lambda: embedded.subject)
        name, warning = sanitise(raw_name or f"{subject[:60] or 'videresendt besked'}.msg")
        ctx.warn(warning)
        data = _try(b"", embedded.exportBytes)
        child = ctx.add_file(name, MSG_CONTENT_TYPE, data, index)
        if child is None:
            return
        if not data:
            ctx.warn(f"Den vedhæftede besked «{name}» kunne ikke gemmes som fil; teksten er læst")
        if ctx.depth >= MAX_DEPTH:
            ctx.warn(f"Vedhæftningen «{name}» ligger for dybt og er ikke læst")
            return
        ctx.depth += 1
        try:
            env.inner.append(read_msg_object(ctx, child, embedded))
        finally:
            ctx.depth -= 1
        return
    data = _try(None, lambda: att.data)
    if not isinstance(data, bytes):
        shown = sanitise(raw_name or f"vedhæftning {n}")[0]
        ctx.warn(f"Vedhæftningen «{shown}» kunne ikke hentes fra Outlook-filen")
        return
    ctype = _str(lambda: att.mimetype) or "application/octet-stream"
    ext = mimetypes.guess_extension(ctype) or ".bin"
    name, warning = sanitise(raw_name, f"vedhæftning-{n}{ext}")
    ctx.warn(warning)
    child = ctx.add_file(name, ctype, data, index)
    if child is not None:
        inner = ctx.read_child(ctx, child, PartKind.ATTACHMENT)
        if inner is not None:
            env.inner.append(inner)
