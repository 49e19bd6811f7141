"""Turn a mail body (plain or HTML) into text parts, splitting off an inline forward."""

from __future__ import annotations

from hoeringsdesk.domain.parsed import PartKind, TextPart
from hoeringsdesk.intake.blocks import Para, flatten
from hoeringsdesk.intake.collect import check_text_length
from hoeringsdesk.intake.context import Ctx, Envelope
from hoeringsdesk.intake.forwards import find_forward
from hoeringsdesk.intake.html_text import html_to_blocks
from hoeringsdesk.intake.template import parts_from_blocks, parts_from_text

FORWARD_NOTE_LABEL = "Videresendelse"  # label of the forwarder's own note above a forward


def add_body(ctx: Ctx, index: int, env: Envelope, text: str, is_html: bool) -> bool:
    """Add a body's parts to ctx (template rows when it holds the template); False if empty.

    When the body contains an inline forwarded message, the forwarder's note above it becomes
    a BODY part labelled "Videresendelse" and the forwarded sender is kept in
    ``env.inline_forward``.
    """
    if not text.strip():
        return False
    if not is_html:
        check_text_length(len(text))
    if is_html:
        blocks = html_to_blocks(text)
        lines = [b.text if isinstance(b, Para) else "" for b in blocks]
        forward = find_forward(lines)
        if forward is None:
            ctx.parts.extend(parts_from_blocks(blocks, index, PartKind.BODY))
            return True
        note = flatten(blocks[: forward.start])[0]
        rest = parts_from_blocks(blocks[forward.body_start :], index, PartKind.BODY)
    else:
        lines = text.split("\n")
        forward = find_forward(lines)
        if forward is None:
            ctx.parts.extend(parts_from_text(text, index, PartKind.BODY))
            return True
        note = "\n".join(lines[: forward.start]).strip()
        rest = parts_from_text("\n".join(lines[forward.body_start :]), index, PartKind.BODY)
    if note:
        ctx.parts.append(TextPart(index, PartKind.BODY, FORWARD_NOTE_LABEL, note))
    if env.inline_forward is None:
        env.inline_forward = Envelope(subject=forward.subject, sender=forward.sender)
    ctx.parts.extend(rest)
    return True
