"""OpenDocument text (.odt) reader: content.xml paragraphs, lists, tables and text frames."""

from __future__ import annotations

from lxml import etree

from hoeringsdesk.domain.parsed import PartKind, ReaderError
from hoeringsdesk.intake.blocks import Block, Cell, Para, Table, flatten, paras_text
from hoeringsdesk.intake.context import Ctx
from hoeringsdesk.intake.template import parts_from_blocks
from hoeringsdesk.intake.textutil import bullet_item, strip_bullet
from hoeringsdesk.intake.zipsafe import open_zip, parse_xml, read_member

WHAT = "ODT-filen"
_SKIP = {
    "tracked-changes",
    "annotation",
    "note",
    "bookmark-start",
    "sequence-decls",
    "soft-page-break",
}


def _local(el: etree._Element) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _attr(el: etree._Element, name: str) -> str | None:
    for key, value in el.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return value
    return None


class _Walker:
    def blocks(self, parent: etree._Element, in_list: bool = False) -> list[Block]:
        out: list[Block] = []
        for el in parent:
            self._block(el, out, in_list)
        return out

    def _block(self, el: etree._Element, out: list[Block], in_list: bool) -> None:
        name = _local(el)
        if name in ("p", "h"):
            texts: list[str] = []
            frames: list[etree._Element] = []
            self._inline(el, texts, frames)
            text = "".join(texts)
            typed = bool(bullet_item(text))
            out.append(Para(text, item=in_list or typed, item_text=strip_bullet(text)))
            for frame in frames:
                out.extend(self.blocks(frame))
        elif name == "list":
            for item in el:
                if _local(item) in ("list-item", "list-header"):
                    for c in item:
                        self._block(c, out, in_list=_local(item) == "list-item")
        elif name == "table":
            out.append(self._table(el))
        elif name == "section":
            for c in el:
                self._block(c, out, in_list)

    def _inline(self, el: etree._Element, texts: list[str], frames: list[etree._Element]) -> None:
        if el.text:
            texts.append(el.text)
        for c in el:
            name = _local(c)
            if name == "s":
                texts.append(" " * _count(c))
            elif name == "tab":
                texts.append("\t")
            elif name == "line-break":
                texts.append("\n")
            elif name == "text-box":
                frames.append(c)
            elif name == "frame":
                frames.extend(x for x in c if _local(x) == "text-box")
            elif name not in _SKIP:
                self._inline(c, texts, frames)
            if c.tail:
                texts.append(c.tail)

    def _table(self, tbl: etree._Element) -> Table:
        table = Table()
        for row in _rows(tbl):
            cells: list[Cell] = []
            for cell in row:
                name = _local(cell)
                if name == "covered-table-cell":
                    # Covered by a merged cell: above (a continuation) or to the left (skip).
                    if not cells:
                        cells.append(Cell("", continues_above=True))
                    continue
                if name != "table-cell":
                    continue
                blocks = self.blocks(cell)
                if all(isinstance(b, Para) for b in blocks):
                    text, items = paras_text([b for b in blocks if isinstance(b, Para)])
                else:
                    text, items = flatten(blocks)
                cells.append(Cell(text, items))
            if cells:
                table.rows.append(cells)
        return table


def _rows(tbl: etree._Element) -> list[etree._Element]:
    rows: list[etree._Element] = []
    for c in tbl:
        name = _local(c)
        if name == "table-row":
            rows.append(c)
        elif name in ("table-header-rows", "table-rows", "table-row-group"):
            rows.extend(_rows(c))
    return rows


def _count(el: etree._Element) -> int:
    try:
        return max(1, min(1000, int(_attr(el, "c") or "1")))
    except ValueError:
        return 1


def odt_blocks(data: bytes) -> list[Block]:
    """The body of an .odt as paragraphs and tables."""
    if not data:
        raise ReaderError("ODT-filen er tom (0 byte)")
    with open_zip(data, WHAT) as zf:
        manifest = read_member(zf, "META-INF/manifest.xml", WHAT) or b""
        if b"encryption-data" in manifest:
            raise ReaderError("ODT-filen er krypteret (adgangskodebeskyttet)")
        content = read_member(zf, "content.xml", WHAT)
    if content is None:
        raise ReaderError("ODT-filen er beskadiget (content.xml mangler)")
    root = parse_xml(content, WHAT)
    body = next((c for c in root if _local(c) == "body"), None)
    text = next((c for c in body if _local(c) == "text"), None) if body is not None else None
    if text is None:
        raise ReaderError("ODT-filen indeholder ikke et tekstdokument")
    return _Walker().blocks(text)


def read_odt(ctx: Ctx, index: int, kind: PartKind) -> None:
    """Read ctx.files[index] as .odt into ctx.parts."""
    ctx.parts.extend(parts_from_blocks(odt_blocks(ctx.files[index].data), index, kind))
