"""HTML to paragraphs and tables (stdlib html.parser), for mail bodies, .html files and cells."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from hoeringsdesk.domain.parsed import ReaderError
from hoeringsdesk.intake.blocks import Block, Cell, Para, Table, flatten, paras_text
from hoeringsdesk.intake.collect import check_text_length, max_text_chars
from hoeringsdesk.intake.textutil import bullet_item, strip_bullet

_BLOCK_TAGS = {
    "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "blockquote",
    "pre", "hr", "section", "article", "header", "footer", "aside", "nav", "main", "address",
    "figure", "figcaption", "center", "form", "fieldset", "legend", "caption", "body", "html",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template", "xml", "svg", "object"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}
_WS = re.compile(r"[ \t\r\n\f\v]+")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I
)
_TAG_RE = re.compile(r"<[^>]*>")


def html_charset(data: bytes) -> str | None:
    """The charset named in a <meta> tag near the start of an HTML document, if any."""
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii") if match else None


@dataclass
class _Container:
    paras: list[Para] = field(default_factory=list)
    buf: list[str] = field(default_factory=list)
    touched: bool = False  # the current line had content (maybe only no-break spaces)
    item: bool = False  # the current line is a list item


@dataclass
class _TableState:
    table: Table = field(default_factory=Table)
    row: list[Cell] | None = None
    cell: _Container | None = None
    col: int = 0
    rowspans: dict[int, int] = field(default_factory=dict)  # column -> rows still covered
    cell_rowspan: int = 1


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.limit = max_text_chars()  # stop at once: a 50 MB page must not fill memory
        self.chars = 0
        self.root = _Container()
        self.blocks: list[Block] = []
        self.stack: list[_Container] = [self.root]
        self.tables: list[_TableState] = []
        self.skip = 0
        self.pre = 0

    # -- text ---------------------------------------------------------------------------
    @property
    def cur(self) -> _Container:
        return self.stack[-1]

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if "\xa0" in data:
            self.cur.touched = True
            data = data.replace("\xa0", " ")
        if self.pre:
            for i, piece in enumerate(data.split("\n")):
                if i:
                    self.flush(explicit=True)
                self.cur.buf.append(piece)
            return
        self.cur.buf.append(_WS.sub(" ", data))

    def flush(self, explicit: bool = False) -> None:
        c = self.cur
        line = "".join(c.buf)
        line = line.rstrip() if self.pre else re.sub(" {2,}", " ", line).strip()
        if line:
            item_text = strip_bullet(line) if c.item else ""
            self._emit(Para(line, item=c.item, item_text=item_text))
        elif explicit and (c.touched or self.pre) and c.paras and c.paras[-1].text:
            self._emit(Para(""))
        c.buf.clear()
        c.touched = False
        c.item = False

    def _count(self, text: str) -> None:
        self.chars += len(text)
        if self.chars > self.limit:
            check_text_length(self.chars, read_all=False)

    def _emit(self, para: Para) -> None:
        self._count(para.text)
        self.cur.paras.append(para)
        if self.cur is self.root:
            self.blocks.append(para)

    # -- tags ---------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag in _SKIP_TAGS:
            if tag not in _VOID_TAGS:
                self.skip += 1
            return
        if self.skip:
            return
        if tag == "br":
            self.flush(explicit=True)
        elif tag == "li" or tag == "p" and _is_outlook_list(a):
            self.flush()
            self.cur.item = True
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag == "pre":
                self.pre += 1
        elif tag == "table":
            self.flush()
            self.tables.append(_TableState())
        elif tag == "tr" and self.tables:
            self._start_row(self.tables[-1])
        elif tag in ("td", "th") and self.tables:
            self._start_cell(self.tables[-1], a)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            if tag not in _VOID_TAGS and self.skip:
                self.skip -= 1
            return
        if self.skip:
            return
        if tag == "li":
            self.flush()
        elif tag == "p":
            self.flush(explicit=True)
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag == "pre" and self.pre:
                self.pre -= 1
        elif tag in ("td", "th") and self.tables:
            self._end_cell(self.tables[-1])
        elif tag == "tr" and self.tables:
            self._end_row(self.tables[-1])
        elif tag == "table" and self.tables:
            self._end_table()

    # -- tables -------------------------------------------------------------------------
    def _start_row(self, t: _TableState) -> None:
        self._end_row(t)
        t.row = []
        t.col = 0

    def _fill_rowspans(self, t: _TableState) -> None:
        assert t.row is not None
        while t.rowspans.get(t.col, 0) > 0:
            t.row.append(Cell("", continues_above=True))
            t.rowspans[t.col] -= 1
            t.col += 1

    def _start_cell(self, t: _TableState, attrs: dict[str, str]) -> None:
        if t.row is None:
            self._start_row(t)
        self._end_cell(t)
        self._fill_rowspans(t)
        t.cell = _Container()
        t.cell_rowspan = _int_attr(attrs.get("rowspan"), 1)
        self.stack.append(t.cell)

    def _end_cell(self, t: _TableState) -> None:
        if t.cell is None:
            return
        self.flush()
        if self.stack and self.stack[-1] is t.cell:
            self.stack.pop()
        text, items = paras_text(t.cell.paras)
        assert t.row is not None
        t.row.append(Cell(text, items))
        if t.cell_rowspan > 1:
            t.rowspans[t.col] = min(t.cell_rowspan - 1, 50)
        t.col += 1
        t.cell = None

    def _end_row(self, t: _TableState) -> None:
        self._end_cell(t)
        if t.row is not None:
            self._fill_rowspans(t)
            if t.row:
                t.table.rows.append(t.row)
        t.row = None

    def _end_table(self) -> None:
        t = self.tables[-1]
        self._end_row(t)
        self.tables.pop()
        if self.cur is self.root:
            self.blocks.append(t.table)
            return
        # A table inside a cell (or a layout table): keep its text as lines of the cell.
        for row in t.table.rows:
            line = "\t".join(c.text for c in row if not c.continues_above and c.text)
            if line:
                self.cur.paras.append(Para(line))

    def finish(self) -> list[Block]:
        while self.tables:
            self._end_table()
        self.flush()
        return self.blocks


def _is_outlook_list(attrs: dict[str, str]) -> bool:
    cls = attrs.get("class", "")
    return cls.startswith("MsoListParagraph") or "mso-list:l" in attrs.get("style", "")


def _int_attr(value: str | None, default: int) -> int:
    try:
        return max(1, int((value or "").strip()))
    except ValueError:
        return default


_DECLARATION = re.compile(r"<[!?]")


def defuse(markup: str) -> str:
    """Drop comments, declarations and processing instructions, and escape a "<" that no ">"
    follows, in linear time: html.parser rescans unclosed constructs to the end of the input
    again and again, which takes minutes on hostile input ("<!--" or "<a " repeated).

    Markup with nothing to drop comes back as it is, and otherwise in as many pieces as
    there are constructs dropped (not one per tag: a 50 MB page would need 100 MB more)."""
    last_gt = markup.rfind(">")
    tail = markup.find("<", last_gt + 1)
    if tail == -1 and _DECLARATION.search(markup) is None:
        return markup
    out: list[str] = []
    i, n = 0, len(markup) if tail == -1 else tail
    for found in _DECLARATION.finditer(markup, 0, n):
        j = found.start()
        if j < i:
            continue  # inside a construct already dropped
        out.append(markup[i:j])
        comment = markup.startswith("<!--", j)
        end = markup.find("-->", j + 4) if comment else markup.find(">", j + 2)
        if end == -1:  # never closed: the rest is inside it
            return "".join(out)
        i = end + (3 if comment else 1)
    out.append(markup[i:n])
    if tail != -1:  # no ">" anywhere after this: nothing here can be markup
        out.append(markup[tail:].replace("<", "&lt;"))
    return "".join(out)


def html_to_blocks(markup: str) -> list[Block]:
    """Paragraphs and tables of an HTML document or fragment."""
    parser = _Parser()
    markup = defuse(markup)
    try:
        parser.feed(markup)
        parser.close()
        return parser.finish()
    except ReaderError:
        raise  # the text is too long
    except Exception:  # html.parser is tolerant, but never let odd markup stop an import
        text = html.unescape(_TAG_RE.sub("\n", markup))
        return [Para(line.strip(), item=bool(bullet_item(line))) for line in text.splitlines()]


def html_to_text(markup: str) -> tuple[str, list[str]]:
    """Plain text of HTML (paragraphs as lines) and its list items."""
    return flatten(html_to_blocks(markup))
