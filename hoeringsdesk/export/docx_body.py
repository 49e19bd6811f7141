"""Fast building blocks for a long Word document: O(1) paragraph and table-row appends.

python-docx's ``Document.add_paragraph`` searches the body for the final section properties
on every call and ``_Row.cells`` rebuilds the whole table's cell list, so a notat with
tens of thousands of paragraphs or rows would take quadratic time. These helpers append
next to a remembered element instead, and look up each style id once. Runs are built as
XML directly: ``Paragraph.add_run`` walks its text one character at a time.
"""

from __future__ import annotations

import re

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml.etree import SubElement

from hoeringsdesk.export.cells import clean_text

_R, _RPR, _B, _I, _T, _BR, _TAB = (
    qn(tag) for tag in ("w:r", "w:rPr", "w:b", "w:i", "w:t", "w:br", "w:tab")
)
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_BREAKS = re.compile(r"(\t|\r\n|\n|\r)")


class Body:
    """Appends paragraphs and tables to the end of a document's body, cleaning all text."""

    def __init__(self, doc: DocumentObject) -> None:
        self.doc = doc
        self.replaced = 0  # characters XML cannot hold, replaced
        self._body = doc.element.body
        self._end = self._body.sectPr  # looked up once: finding it scans the whole body
        self._parent = doc._body
        self._style_ids: dict[str, str] = {}

    def text(self, value: str) -> str:
        value, n = clean_text(value)
        self.replaced += n
        return value

    def style_id(self, name: str) -> str:
        sid = self._style_ids.get(name)
        if sid is None:
            sid = self._style_ids[name] = self.doc.styles[name].style_id
        return sid

    def run(
        self, paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False
    ) -> None:
        """Append a run of cleaned text: tabs as tabs, line ends as line breaks."""
        r = SubElement(paragraph._p, _R)
        if bold or italic:
            props = SubElement(r, _RPR)
            if bold:
                SubElement(props, _B)
            if italic:
                SubElement(props, _I)
        for piece in _BREAKS.split(self.text(text)):
            if piece == "\t":
                SubElement(r, _TAB)
            elif piece in ("\n", "\r", "\r\n"):
                SubElement(r, _BR)
            elif piece:
                t = SubElement(r, _T)
                t.text = piece
                if piece[0].isspace() or piece[-1].isspace():
                    t.set(_SPACE, "preserve")

    def _append(self, element: object) -> None:
        if self._end is not None:
            self._end.addprevious(element)
        else:
            self._body.append(element)

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        p = OxmlElement("w:p")
        self._append(p)
        paragraph = Paragraph(p, self._parent)  # type: ignore[arg-type]
        if style:
            p.style = self.style_id(style)  # type: ignore[attr-defined]
        if text:
            self.run(paragraph, text)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        return self.paragraph(text, "Title" if level == 0 else f"Heading {min(level, 9)}")

    def table(self, widths: tuple[Length, ...], style: str | None = None) -> Table:
        """An empty table with fixed column widths (rows are added with ``row``)."""
        table = self.doc.add_table(rows=0, cols=len(widths))
        if style:
            table.style = self.doc.styles[style]
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        return table

    def row(self, table: Table, values: tuple[str, ...], *, bold: bool = False) -> list[_Cell]:
        """Append a row of text cells (widths from the table's grid)."""
        tr = table._tbl.add_tr()
        cells = []
        for grid, value in zip(table._tbl.tblGrid.gridCol_lst, values, strict=True):
            tc = tr.add_tc()
            if grid.w is not None:
                tc.width = grid.w
            cell = _Cell(tc, table)
            if value:
                self.run(cell.paragraphs[0], value, bold=bold)
            cells.append(cell)
        return cells


def repeat_as_header(cells: list[_Cell]) -> None:
    """Mark the row of these cells as a header row, repeated on every page."""
    tr = cells[0]._tc.getparent()
    tr_pr = tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def page_field(paragraph: Paragraph, code: str) -> None:
    """A page number field (Word and LibreOffice fill it in when the page is laid out)."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} \\* MERGEFORMAT ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
