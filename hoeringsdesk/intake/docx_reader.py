"""Word .docx reader: paragraphs, tables, content controls, text boxes and tracked changes."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from functools import lru_cache

from lxml import etree

from hoeringsdesk.domain.parsed import PartKind, ReaderError
from hoeringsdesk.intake.blocks import Block, Cell, Para, Table, flatten, paras_text
from hoeringsdesk.intake.context import Ctx
from hoeringsdesk.intake.sniff import ole_streams
from hoeringsdesk.intake.template import parts_from_blocks
from hoeringsdesk.intake.textutil import bullet_item, strip_bullet
from hoeringsdesk.intake.zipsafe import open_zip, parse_xml, read_member

WHAT = "Word-filen"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL_OFFICE = "/officeDocument"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Elements whose content is kept as if they were not there (wrappers and insertions).
_TRANSPARENT = {"hyperlink", "smartTag", "customXml", "fldSimple", "ins", "moveTo", "dir", "bdo"}
_DROPPED = {"del", "moveFrom"}  # tracked deletions
_RUN_TEXT = {"t": None, "tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


def _local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""  # comments, processing instructions
    return tag.rsplit("}", 1)[-1]


def _attr(el: etree._Element | None, name: str) -> str | None:
    """A w:-namespaced attribute (any WordprocessingML namespace), by local name."""
    if el is None:
        return None
    for key, value in el.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return value
    return None


def _child(el: etree._Element | None, name: str) -> etree._Element | None:
    if el is None:
        return None
    for c in el:
        if _local(c) == name:
            return c
    return None


def _choose(alt: etree._Element) -> etree._Element | None:
    """The one branch of mc:AlternateContent to read: the first Choice, else the Fallback."""
    choice = next((c for c in alt if _local(c) == "Choice"), None)
    return choice if choice is not None else _child(alt, "Fallback")


class _Walker:
    def __init__(self, list_styles: frozenset[str]) -> None:
        self.list_styles = list_styles

    # -- blocks ---------------------------------------------------------------------------
    def blocks(self, parent: etree._Element) -> list[Block]:
        out: list[Block] = []
        for el in parent:
            self._block(el, out)
        return out

    def _block(self, el: etree._Element, out: list[Block]) -> None:
        name = _local(el)
        if name == "p":
            self._paragraph(el, out)
        elif name == "tbl":
            out.append(self._table(el))
        elif name == "sdt":
            for c in self._sdt_content(el):
                self._block(c, out)
        elif name == "AlternateContent":
            branch = _choose(el)
            if branch is not None:
                for c in branch:
                    self._block(c, out)
        elif name in _TRANSPARENT:
            for c in el:
                self._block(c, out)

    def _sdt_content(self, sdt: etree._Element) -> list[etree._Element]:
        """A content control's content; none while it only shows its placeholder text."""
        if _child(_child(sdt, "sdtPr"), "showingPlcHdr") is not None:
            return []
        content = _child(sdt, "sdtContent")
        return list(content) if content is not None else []

    def _paragraph(self, p: etree._Element, out: list[Block]) -> None:
        texts: list[str] = []
        boxes: list[etree._Element] = []
        self._inline(p, texts, boxes)
        text = "".join(texts)
        typed = bullet_item(text)
        listed = self._is_list(p)
        out.append(Para(text, item=listed or bool(typed), item_text=strip_bullet(text)))
        for box in boxes:
            for c in box:
                self._block(c, out)

    def _inline(self, el: etree._Element, texts: list[str], boxes: list[etree._Element]) -> None:
        self._inline_items(list(el), texts, boxes)

    def _inline_items(
        self, children: list[etree._Element], texts: list[str], boxes: list[etree._Element]
    ) -> None:
        for c in children:
            name = _local(c)
            if name == "r":
                self._run(c, texts, boxes)
            elif name in _TRANSPARENT:
                self._inline(c, texts, boxes)
            elif name == "sdt":
                self._inline_items(self._sdt_content(c), texts, boxes)
            elif name == "AlternateContent":
                branch = _choose(c)
                if branch is not None:
                    self._inline(branch, texts, boxes)
            elif name in ("oMath", "oMathPara"):
                texts.extend(t.text or "" for t in c.iter() if _local(t) == "t")

    def _run(self, r: etree._Element, texts: list[str], boxes: list[etree._Element]) -> None:
        for c in r:
            name = _local(c)
            if name in _RUN_TEXT:
                texts.append(c.text or "" if name == "t" else _RUN_TEXT[name] or "")
            elif name == "AlternateContent":
                branch = _choose(c)
                if branch is not None:
                    self._run(branch, texts, boxes)
            elif name in ("drawing", "pict", "object"):
                boxes.extend(_text_boxes(c))

    def _is_list(self, p: etree._Element) -> bool:
        ppr = _child(p, "pPr")
        num = _child(ppr, "numPr")
        num_id = _attr(_child(num, "numId"), "val")
        if num_id is not None:
            return num_id != "0"
        style = _attr(_child(ppr, "pStyle"), "val")
        return style is not None and style in self.list_styles

    # -- tables ---------------------------------------------------------------------------
    def _table(self, tbl: etree._Element) -> Table:
        table = Table()
        for tr in _unwrap(tbl, "tr"):
            if _child(_child(tr, "trPr"), "del") is not None:
                continue  # a deleted row (tracked change)
            row: list[Cell] = []
            for tc in _unwrap(tr, "tc"):
                tcpr = _child(tc, "tcPr")
                hmerge = _attr(_child(tcpr, "hMerge"), "val")
                vmerge_el = _child(tcpr, "vMerge")
                if _child(tcpr, "hMerge") is not None and hmerge in (None, "continue"):
                    continue  # legacy horizontal merge: the first cell holds the text
                continues = vmerge_el is not None and _attr(vmerge_el, "val") in (None, "continue")
                blocks = self.blocks(tc)
                if all(isinstance(b, Para) for b in blocks):
                    text, items = paras_text([b for b in blocks if isinstance(b, Para)])
                else:
                    text, items = flatten(blocks)
                row.append(Cell("" if continues else text, [] if continues else items, continues))
            if row:
                table.rows.append(row)
        return table


def _unwrap(parent: etree._Element, wanted: str) -> Iterator[etree._Element]:
    """Children named ``wanted``, looking through content controls and custom XML wrappers."""
    for c in parent:
        name = _local(c)
        if name == wanted:
            yield c
        elif name == "sdt":
            content = _child(c, "sdtContent")
            if content is not None:
                yield from _unwrap(content, wanted)
        elif name in ("customXml", "ins", "moveTo"):
            yield from _unwrap(c, wanted)


def _text_boxes(el: etree._Element) -> Iterator[etree._Element]:
    """w:txbxContent elements under a drawing, reading one branch of mc:AlternateContent."""
    for c in el:
        name = _local(c)
        if name == "txbxContent":
            yield c
        elif name == "AlternateContent":
            branch = _choose(c)
            if branch is not None:
                yield from _text_boxes(branch)
        else:
            yield from _text_boxes(c)


def _list_styles(styles: etree._Element | None) -> set[str]:
    """Paragraph style ids that number their paragraphs (directly or through basedOn)."""
    if styles is None:
        return set()
    based: dict[str, str] = {}
    numbered: dict[str, bool] = {}
    for st in styles:
        if _local(st) != "style" or _attr(st, "type") not in (None, "paragraph"):
            continue
        sid = _attr(st, "styleId")
        if not sid:
            continue
        parent = _attr(_child(st, "basedOn"), "val")
        if parent:
            based[sid] = parent
        num_id = _attr(_child(_child(_child(st, "pPr"), "numPr"), "numId"), "val")
        if num_id is not None:
            numbered[sid] = num_id != "0"
    result: set[str] = set()
    for sid in set(based) | set(numbered):
        cur: str | None = sid
        for _ in range(20):
            if cur is None or cur in numbered:
                break
            cur = based.get(cur)
        if cur is not None and numbered.get(cur):
            result.add(sid)
    return result


def _main_part(zf_rels: bytes | None) -> str:
    if zf_rels:
        try:
            rels = parse_xml(zf_rels, WHAT)
        except ReaderError:
            return "word/document.xml"
        for rel in rels:
            if (rel.get("Type") or "").endswith(_REL_OFFICE) and rel.get("Target"):
                target = rel.get("Target", "").lstrip("/")
                return posixpath.normpath(target)
    return "word/document.xml"


def check_not_ole(data: bytes) -> None:
    """Clear errors for an encrypted Word file or an old binary .doc."""
    if not data.startswith(_OLE_MAGIC):
        return
    names = ole_streams(data) or set()
    if any(n.split("/")[0] == "EncryptedPackage" for n in names):
        raise ReaderError("Word-filen er krypteret (adgangskodebeskyttet)")
    if any(n.split("/")[0] == "WordDocument" for n in names):
        raise ReaderError(OLD_DOC_MESSAGE)
    raise ReaderError("Word-filen er beskadiget (ikke en .docx-fil)")


OLD_DOC_MESSAGE = (
    "Filen er i det gamle Word-format (.doc), som ikke kan læses; gem den som .docx eller PDF"
)


def docx_blocks(data: bytes) -> list[Block]:
    """The body of a .docx as paragraphs and tables."""
    if not data:
        raise ReaderError("Word-filen er tom (0 byte)")
    check_not_ole(data)
    with open_zip(data, WHAT) as zf:
        main = _main_part(read_member(zf, "_rels/.rels", WHAT))
        doc_xml = read_member(zf, main, WHAT)
        if doc_xml is None:
            raise ReaderError("Word-filen er beskadiget (dokumentdelen mangler)")
        styles_path = posixpath.join(posixpath.dirname(main), "styles.xml")
        styles_xml = read_member(zf, styles_path, WHAT)
    root = parse_xml(doc_xml, WHAT)
    body = _child(root, "body")
    if body is None:
        raise ReaderError("Word-filen er beskadiget (dokumentet har ingen brødtekst)")
    return _Walker(_styles_part_lists(styles_xml or b"")).blocks(body)


@lru_cache(maxsize=8)
def _styles_part_lists(styles_xml: bytes) -> frozenset[str]:
    """The list styles of a styles part. Responses on one template share the same part
    (hundreds of kB, the costliest XML to parse), so its answer is kept by its bytes."""
    if not styles_xml:
        return frozenset()
    try:
        return frozenset(_list_styles(parse_xml(styles_xml, WHAT)))
    except ReaderError:
        return frozenset()  # lists then come only from direct numbering


def read_docx(ctx: Ctx, index: int, kind: PartKind) -> None:
    """Read ctx.files[index] as .docx into ctx.parts (template rows when it is the template)."""
    ctx.parts.extend(parts_from_blocks(docx_blocks(ctx.files[index].data), index, kind))
