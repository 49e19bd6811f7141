"""A Word document written as a stream: python-docx makes the package (styles, header,
footer, settings), and ``word/document.xml`` is written element by element with lxml's
incremental ``xmlfile``, so a notat of 100,000 recommendations never sits in memory whole.

Paragraphs, table rows and fields are small lxml trees, written out as soon as they are made.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.document import Document as DocumentObject
from lxml import etree

from hoeringsdesk.export.cells import clean_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSMAP = {"w": W, "r": R}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
DOCUMENT_PART = "word/document.xml"
_BREAKS = re.compile(r"(\t|\r\n|\n|\r)")


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, PPR, PSTYLE, R_, RPR, T, B, I_, BR, TAB = (
    w(t) for t in ("p", "pPr", "pStyle", "r", "rPr", "t", "b", "i", "br", "tab")
)
VAL = w("val")
KEEP_NEXT, KEEP_LINES, IND, SPACING, JC = (
    w(t) for t in ("keepNext", "keepLines", "ind", "spacing", "jc")
)
TBL, TR, TC, TCPR, TCW, TRPR = (w(t) for t in ("tbl", "tr", "tc", "tcPr", "tcW", "trPr"))
FLDCHAR, INSTR = w("fldChar"), w("instrText")


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


Runs = Sequence[Run | str] | Run | str


def twips(cm: float) -> str:
    return str(round(cm * 567))


class Body:
    """Writes the body of ``word/document.xml``: paragraphs, tables, fields, bookmarks."""

    def __init__(self, xf: Any) -> None:
        self._xf = xf
        self.replaced = 0  # characters XML cannot hold, replaced
        self._bookmarks = 0

    def clean(self, value: str) -> str:
        value, n = clean_text(value)
        self.replaced += n
        return value

    # --- building (no output) ---

    def runs_into(self, parent: Any, runs: Runs) -> None:
        if isinstance(runs, str | Run):
            runs = (runs,)
        for item in runs:
            run = Run(item) if isinstance(item, str) else item
            if not run.text:
                continue
            r = etree.SubElement(parent, R_)
            if run.bold or run.italic:
                props = etree.SubElement(r, RPR)
                if run.bold:
                    etree.SubElement(props, B)
                if run.italic:
                    etree.SubElement(props, I_)
            text = self.clean(run.text)
            if "\n" not in text and "\t" not in text and "\r" not in text:
                t = etree.SubElement(r, T)
                t.text = text
                if text[0].isspace() or text[-1].isspace():
                    t.set(XML_SPACE, "preserve")
                continue
            for piece in _BREAKS.split(text):
                if piece == "\t":
                    etree.SubElement(r, TAB)
                elif piece in ("\n", "\r", "\r\n"):
                    etree.SubElement(r, BR)
                elif piece:
                    t = etree.SubElement(r, T)
                    t.text = piece
                    if piece[0].isspace() or piece[-1].isspace():
                        t.set(XML_SPACE, "preserve")

    def make_paragraph(
        self,
        runs: Runs = "",
        style: str | None = None,
        *,
        keep_next: bool = False,
        indent_cm: float = 0.0,
        space_before_pt: float | None = None,
        align: str = "",
        nsmap: dict[str, str] | None = NSMAP,
    ) -> Any:
        p = etree.Element(P, nsmap=nsmap)
        if style or keep_next or indent_cm or space_before_pt is not None or align:
            ppr = etree.SubElement(p, PPR)
            if style:
                etree.SubElement(ppr, PSTYLE).set(VAL, style)
            if keep_next:
                etree.SubElement(ppr, KEEP_NEXT)
            if space_before_pt is not None:
                etree.SubElement(ppr, SPACING).set(w("before"), str(round(space_before_pt * 20)))
            if indent_cm:
                etree.SubElement(ppr, IND).set(w("left"), twips(indent_cm))
            if align:
                etree.SubElement(ppr, JC).set(VAL, align)
        self.runs_into(p, runs)
        return p

    # --- writing ---

    def write(self, element: Any) -> None:
        self._xf.write(element)

    def paragraph(self, runs: Runs = "", style: str | None = None, **options: Any) -> None:
        self._xf.write(self.make_paragraph(runs, style, **options))

    def heading(self, text: str, style: str, bookmark: str = "") -> None:
        """A heading paragraph; with ``bookmark``, a bookmark around its text (for the TOC)."""
        p = self.make_paragraph("", style)
        if bookmark:
            self._bookmarks += 1
            start = etree.SubElement(p, w("bookmarkStart"))
            start.set(w("id"), str(self._bookmarks))
            start.set(w("name"), bookmark)
            self.runs_into(p, text)
            etree.SubElement(p, w("bookmarkEnd")).set(w("id"), str(self._bookmarks))
        else:
            self.runs_into(p, text)
        self._xf.write(p)

    def page_break(self) -> None:
        p = etree.Element(P, nsmap=NSMAP)
        etree.SubElement(etree.SubElement(p, R_), BR).set(w("type"), "page")
        self._xf.write(p)

    @contextlib.contextmanager
    def table(
        self,
        widths_cm: Sequence[float],
        style: str = "",
        header: Sequence[str] = (),
        header_style: str = "",
    ) -> Iterator[Table]:
        """A table with fixed column widths, its rows streamed; the header row repeats on
        every page."""
        with self._xf.element(TBL):
            props = etree.Element(w("tblPr"), nsmap=NSMAP)
            if style:
                etree.SubElement(props, w("tblStyle")).set(VAL, style)
            width = etree.SubElement(props, w("tblW"))
            width.set(w("w"), twips(sum(widths_cm)))
            width.set(w("type"), "dxa")
            etree.SubElement(props, w("tblLayout")).set(w("type"), "fixed")
            look = etree.SubElement(props, w("tblLook"))
            look.set(VAL, "04A0")
            self._xf.write(props)
            grid = etree.Element(w("tblGrid"), nsmap=NSMAP)
            for cm in widths_cm:
                etree.SubElement(grid, w("gridCol")).set(w("w"), twips(cm))
            self._xf.write(grid)
            table = Table(self, tuple(twips(cm) for cm in widths_cm))
            if header:
                table.row([Run(h, bold=True) for h in header], header=True, style=header_style)
            yield table


class Table:
    """Rows of one streamed table."""

    def __init__(self, body: Body, widths: tuple[str, ...]) -> None:
        self._body = body
        self._widths = widths

    def row(
        self,
        cells: Sequence[Runs],
        *,
        header: bool = False,
        style: str = "",
        nowrap: Sequence[int] = (),
        align: Sequence[str] = (),
    ) -> None:
        tr = etree.Element(TR, nsmap=NSMAP)
        props = etree.SubElement(tr, TRPR)
        etree.SubElement(props, w("cantSplit"))
        if header:
            etree.SubElement(props, w("tblHeader"))
        for i, (width, content) in enumerate(zip(self._widths, cells, strict=True)):
            tc = etree.SubElement(tr, TC)
            tcpr = etree.SubElement(tc, TCPR)
            tcw = etree.SubElement(tcpr, TCW)
            tcw.set(w("w"), width)
            tcw.set(w("type"), "dxa")
            if i in nowrap:
                etree.SubElement(tcpr, w("noWrap"))
            p = etree.SubElement(tc, P)
            jc = align[i] if i < len(align) else ""
            if style or header or jc:
                ppr = etree.SubElement(p, PPR)
                if style:
                    etree.SubElement(ppr, PSTYLE).set(VAL, style)
                if header:
                    etree.SubElement(ppr, KEEP_NEXT)
                if jc:
                    etree.SubElement(ppr, JC).set(VAL, jc)
            self._body.runs_into(p, content)
        self._body.write(tr)


def field_runs(parent: Any, code: str, shown: str = "") -> None:
    """A complex field (begin, instruction, separate, cached result, end) as runs."""
    begin = etree.SubElement(etree.SubElement(parent, R_), FLDCHAR)
    begin.set(w("fldCharType"), "begin")
    instr = etree.SubElement(etree.SubElement(parent, R_), INSTR)
    instr.text = f" {code} "
    instr.set(XML_SPACE, "preserve")
    etree.SubElement(etree.SubElement(parent, R_), FLDCHAR).set(w("fldCharType"), "separate")
    if shown:
        etree.SubElement(etree.SubElement(parent, R_), T).text = shown
    etree.SubElement(etree.SubElement(parent, R_), FLDCHAR).set(w("fldCharType"), "end")


def save_streamed(doc: DocumentObject, path: Path, write_body: Any) -> None:
    """Save ``doc`` (its body left empty) to ``path`` with the body written by
    ``write_body(Body)``: every part is copied from python-docx's package except
    ``word/document.xml``, which is streamed."""
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as template:
        root = etree.fromstring(template.read(DOCUMENT_PART))
        body = root.find(w("body"))
        section = body.find(w("sectPr")) if body is not None else None
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as out:
            for info in template.infolist():
                if info.filename != DOCUMENT_PART:
                    out.writestr(info, template.read(info.filename))
            with out.open(DOCUMENT_PART, "w", force_zip64=True) as stream:
                _stream_document(stream, root, section, write_body)


def _stream_document(stream: Any, root: Any, section: Any, write_body: Any) -> None:
    with etree.xmlfile(stream, encoding="UTF-8", buffered=True) as xf:
        xf.write_declaration(standalone=True)
        with xf.element(root.tag, nsmap=root.nsmap), xf.element(w("body")):
            write_body(Body(xf))
            if section is not None:
                xf.write(section)
