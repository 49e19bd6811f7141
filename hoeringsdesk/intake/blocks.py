"""A tiny document model shared by the docx, odt and html readers: paragraphs and tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from hoeringsdesk.intake.textutil import items_in


@dataclass
class Para:
    """One paragraph; ``item`` when it is a bullet or numbered list item."""

    text: str
    item: bool = False
    item_text: str = ""  # the item without a typed bullet; "" means the whole text


@dataclass
class Cell:
    """One table cell: its text, its list items, and whether it continues the cell above."""

    text: str
    items: list[str] = field(default_factory=list)
    continues_above: bool = False  # a vertically merged cell (w:vMerge continue, rowspan)


@dataclass
class Table:
    rows: list[list[Cell]] = field(default_factory=list)


Block = Para | Table


def paras_text(paras: list[Para]) -> tuple[str, list[str]]:
    """Paragraphs joined by newlines, and their list items (verbatim substrings)."""
    text = "\n".join(p.text for p in paras).strip()
    items = [(p.item_text or p.text).strip() for p in paras if p.item]
    return text, items_in(text, items)


def flatten(blocks: list[Block]) -> tuple[str, list[str]]:
    """Plain text of blocks (table cells separated by tabs, rows by newlines) and items."""
    lines: list[str] = []
    items: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            lines.append(block.text)
            if block.item:
                items.append((block.item_text or block.text).strip())
            continue
        for row in block.rows:
            cells = [c.text for c in row if not c.continues_above]
            lines.append("\t".join(cells))
            for cell in row:
                if not cell.continues_above:
                    items.extend(cell.items)
    text = "\n".join(lines)
    text = _squeeze_blank_lines(text).strip()
    return text, items_in(text, items)


def _squeeze_blank_lines(text: str) -> str:
    out: list[str] = []
    blank = 0
    for line in text.split("\n"):
        if line.strip():
            blank = 0
            out.append(line.rstrip())
        else:
            blank += 1
            if blank == 1:
                out.append("")
    return "\n".join(out)
