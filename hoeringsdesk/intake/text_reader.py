"""Plain-text (.txt) and HTML (.html/.htm) readers: charset detection and clean-up."""

from __future__ import annotations

import codecs

from hoeringsdesk.domain.parsed import PartKind, ReaderError
from hoeringsdesk.intake.blocks import Block
from hoeringsdesk.intake.collect import check_text_length
from hoeringsdesk.intake.context import Ctx
from hoeringsdesk.intake.html_text import html_charset, html_to_blocks
from hoeringsdesk.intake.sniff import looks_utf16
from hoeringsdesk.intake.template import parts_from_blocks, parts_from_text
from hoeringsdesk.intake.textutil import clean_controls, decode_bytes


def decode_text_file(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Text of a text file: BOM, else the declared charset, UTF-8, Windows-1252 (warned)."""
    warnings: list[str] = []
    bom = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not declared and not bom and looks_utf16(data[:8192]):
        codec = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            warnings.append("Teksten er UTF-16 uden byte-rækkefølgemærke; læst som UTF-16")
            return _clean(text, warnings)
    text, warning = decode_bytes(data, declared)
    if warning:
        warnings.append(warning)
    return _clean(text, warnings)


def _clean(text: str, warnings: list[str]) -> tuple[str, list[str]]:
    text, removed = clean_controls(text)
    if removed:
        warnings.append(f"Teksten indeholdt {removed} kontroltegn, som er fjernet eller erstattet")
    return text, warnings


def read_txt(ctx: Ctx, index: int, kind: PartKind) -> None:
    """Read ctx.files[index] as plain text into ctx.parts."""
    data = ctx.files[index].data
    if not data:
        raise ReaderError("Tekstfilen er tom (0 byte)")
    text, warnings = decode_text_file(data)
    check_text_length(len(text))  # before it is split into lines and parts
    for warning in warnings:
        ctx.warn_file(index, warning)
    ctx.parts.extend(parts_from_text(text, index, kind))


def html_blocks_from_bytes(
    data: bytes, declared: str | None = None
) -> tuple[list[Block], list[str]]:
    """Blocks of an HTML document, its charset from the MIME header, a BOM or <meta>."""
    text, warnings = decode_text_file(data, declared or html_charset(data))
    return html_to_blocks(text), warnings


def read_html(ctx: Ctx, index: int, kind: PartKind) -> None:
    """Read ctx.files[index] as HTML into ctx.parts (template rows when it holds the table)."""
    data = ctx.files[index].data
    if not data:
        raise ReaderError("HTML-filen er tom (0 byte)")
    blocks, warnings = html_blocks_from_bytes(data)
    for warning in warnings:
        ctx.warn_file(index, warning)
    ctx.parts.extend(parts_from_blocks(blocks, index, kind))
