"""Recognise the municipality's response template in tables, tab-separated text and headings."""

# Rows become TextPart(kind=TEMPLATE_ROW); text before the template is PREAMBLE; text after it
# keeps the file's own kind. Rows with a label but no text are kept (with empty text, for the
# service to ignore); rows with neither label nor text, and separator rows made only of dashes,
# are dropped. A row with an empty or vertically merged first cell continues the row above:
# its text is appended after a newline.

from __future__ import annotations

import re

from hoeringsdesk.domain.parsed import PartKind, TextPart
from hoeringsdesk.intake.blocks import Block, Para, Table, flatten
from hoeringsdesk.intake.html_text import html_to_text
from hoeringsdesk.intake.textutil import bullet_item, collapse_ws, items_in

_HTML_HINT = re.compile(r"<\s*/?\s*(?:p|ul|ol|li|br|div|b|i|u|a|span|strong|em|table|td)\b", re.I)
_LEAD_JUNK = re.compile(r"^[\s#*•·▪\-–—_>|]+")
_DASHES = re.compile(r"^[\s\-–—|:=_]*$")
_OPEN_CLOSE = {'"': '"', "“": "”", "”": "”", "„": "“", "»": "«", "«": "»", "'": "'", "‘": "’"}
_HEADING_RE = re.compile(
    r"^(?P<lead>afsender\b|generelle\s+bemærkninger\b|forslag\s+til\s+ændring(?:er)?\b)",
    re.I,
)


def clean_label(raw: str) -> str:
    """A row label without HTML tags or markdown marks, whitespace collapsed."""
    if _HTML_HINT.search(raw) or "&" in raw:
        raw = html_to_text(raw)[0]
    raw = raw.replace("**", "")
    return collapse_ws(_LEAD_JUNK.sub("", raw)).rstrip(":").strip()


def label_kind(label: str) -> str:
    """'afsender', 'generelle', 'forslag' or '' for a cleaned label."""
    folded = label.casefold()
    if folded.startswith("afsender"):
        return "afsender"
    if folded.startswith("generelle bemærkning"):
        return "generelle"
    if folded.startswith("forslag til ændring"):
        return "forslag"
    return ""


def _is_template(labels: list[str]) -> bool:
    kinds = {label_kind(label) for label in labels}
    return "afsender" in kinds and bool(kinds & {"generelle", "forslag"})


def is_template_table(table: Table) -> bool:
    """True when the first column holds "Afsender" and a "Generelle …"/"Forslag …" label."""
    labels = [clean_label(row[0].text) for row in table.rows if row and not row[0].continues_above]
    return _is_template(labels)


class _Rows:
    """Collects template rows, appending continuation text to the previous row."""

    def __init__(self, file_index: int) -> None:
        self.file_index = file_index
        self._rows: list[tuple[str, list[str], list[str]]] = []  # label, text chunks, items

    @property
    def any(self) -> bool:
        return bool(self._rows)

    def add(self, label: str, text: str, items: list[str]) -> None:
        if _DASHES.match(label) and _DASHES.match(text):
            return  # an empty row, or a separator row ("--" / "--")
        self._rows.append((label, [text] if text else [], list(items)))

    def extend(self, text: str, items: list[str]) -> None:
        if _DASHES.match(text):
            return  # nothing, or a separator
        if not self._rows:
            self.add("", text, items)
            return
        _, chunks, known = self._rows[-1]
        chunks.append(text)
        known.extend(items)

    def parts(self) -> list[TextPart]:
        out: list[TextPart] = []
        for label, chunks, items in self._rows:
            text = "\n".join(chunks)
            out.append(
                TextPart(self.file_index, PartKind.TEMPLATE_ROW, label, text, items_in(text, items))
            )
        return out


def _table_rows(table: Table, rows: _Rows) -> None:
    for row in table.rows:
        if not row:
            continue
        first, rest = row[0], [c for c in row[1:] if not c.continues_above]
        text = "\n".join(c.text for c in rest if c.text)
        items = [i for c in rest for i in c.items]
        label = clean_label(first.text)
        if first.continues_above or (not label and rows.any):
            rows.extend(text, items)
        elif len(row) == 1 and not label_kind(label) and rows.any:
            rows.extend(first.text, first.items)  # a merged row across both columns
        else:
            rows.add(label, text, items)


def _continues_template(table: Table) -> bool:
    if not table.rows or not table.rows[0]:
        return False
    first = table.rows[0][0]
    if first.continues_above or not clean_label(first.text):
        return True
    return any(label_kind(clean_label(r[0].text)) for r in table.rows if r)


def parts_from_blocks(blocks: list[Block], file_index: int, kind: PartKind) -> list[TextPart]:
    """Template rows (with preamble) when a block is the template table, else one part."""
    start = next(
        (i for i, b in enumerate(blocks) if isinstance(b, Table) and is_template_table(b)), None
    )
    if start is None:
        text, items = flatten(blocks)
        headed = _heading_form(text.split("\n"), file_index, kind, items)
        return headed if headed is not None else _single((text, items), file_index, kind)
    parts: list[TextPart] = []
    pre_text, pre_items = flatten(blocks[:start])
    if pre_text:
        parts.append(TextPart(file_index, PartKind.PREAMBLE, "", pre_text, pre_items))
    rows = _Rows(file_index)
    end = start
    for i in range(start, len(blocks)):
        block = blocks[i]
        if isinstance(block, Para):
            if block.text.strip():
                break
            continue
        if i != start and not _continues_template(block):
            break
        _table_rows(block, rows)
        end = i + 1
    parts.extend(rows.parts())
    parts.extend(_single(flatten(blocks[end:]), file_index, kind))
    return parts


def _single(flat: tuple[str, list[str]], file_index: int, kind: PartKind) -> list[TextPart]:
    text, items = flat
    return [TextPart(file_index, kind, "", text, items)] if text else []


# -- text forms -------------------------------------------------------------------------------
def _cell_text(raw: str) -> tuple[str, list[str]]:
    raw = raw.replace("\t", "\n")
    if _HTML_HINT.search(raw):
        return html_to_text(raw)
    text = raw.strip()
    return text, text_items(text)


def text_items(text: str) -> list[str]:
    """Lines of plain text that start with a typed bullet, without the bullet."""
    return items_in(text, [bullet_item(line) for line in text.split("\n")])


def _tab_form(lines: list[str], file_index: int, kind: PartKind) -> list[TextPart] | None:
    labels = [clean_label(line.split("\t", 1)[0]) for line in lines if "\t" in line]
    if not _is_template(labels):
        return None
    start = next(
        i
        for i, line in enumerate(lines)
        if "\t" in line and label_kind(clean_label(line.split("\t", 1)[0]))
    )
    parts: list[TextPart] = []
    preamble = "\n".join(lines[:start]).strip()
    if preamble:
        parts.append(TextPart(file_index, PartKind.PREAMBLE, "", preamble, text_items(preamble)))
    rows = _Rows(file_index)
    for line in lines[start:]:
        if "\t" in line:
            left, right = line.split("\t", 1)
            label = clean_label(left)
            text, items = _cell_text(right)
            if label:
                rows.add(label, text, items)
            else:
                rows.extend(text, items)
        elif line.strip():
            rows.extend(*_cell_text(line))
    parts.extend(rows.parts())
    return parts


def _heading(lines: list[str], i: int) -> tuple[str, str, int] | None:
    """(label, rest of the line, lines used) when lines[i] starts with a template label."""
    line = _LEAD_JUNK.sub("", lines[i].replace("**", "")).strip()
    match = _HEADING_RE.match(line)
    if not match:
        return None
    used = 1
    # A label broken over lines by a narrow column: join until brackets/quotes close.
    while used < 4 and i + used < len(lines) and _unclosed(line):
        line = f"{line} {lines[i + used].strip()}"
        used += 1
    end = _label_end(line, match)
    label = collapse_ws(line[:end]).rstrip(":").strip()
    rest = line[end:].lstrip(" :\t").strip()
    return label, rest, used


def _unclosed(line: str) -> bool:
    return (
        line.count("(") > line.count(")")
        or line.count('"') % 2 == 1
        or (line.count("»") > line.count("«"))
    )


def _label_end(line: str, match: re.Match[str]) -> int:
    lead = match.group("lead").casefold()
    pos = match.end()
    if lead.startswith("forslag"):
        after = re.match(r"\s*(?:i|til|af|om|under|vedr\.?|vedrørende)?\s*", line[pos:], re.I)
        pos += after.end() if after else 0
        if pos < len(line) and line[pos] in _OPEN_CLOSE:
            close = line.find(_OPEN_CLOSE[line[pos]], pos + 1)
            if close == -1:
                close = max((line.find(c, pos + 1) for c in "\"”“«'’"), default=-1)
            return close + 1 if close != -1 else len(line)
        paren = line.find(")", pos)
        colon = line.find(":", pos)
        if "(" in line[pos:] and paren != -1 and (colon == -1 or paren < colon):
            return paren + 1
        return colon if colon != -1 else len(line)
    bracket = re.match(r"\s*\([^)]*\)", line[pos:])
    if bracket:
        pos += bracket.end()
    return pos


def _heading_form(
    lines: list[str], file_index: int, kind: PartKind, known_items: list[str] | None = None
) -> list[TextPart] | None:
    found: list[tuple[int, str, str, int]] = []
    i = 0
    while i < len(lines):
        heading = _heading(lines, i)
        if heading:
            found.append((i, *heading))
            i += heading[2]
        else:
            i += 1
    if not _is_template([label for _, label, _, _ in found]):
        return None
    parts: list[TextPart] = []
    preamble = "\n".join(lines[: found[0][0]]).strip()
    if preamble:
        parts.append(TextPart(file_index, PartKind.PREAMBLE, "", preamble, text_items(preamble)))
    rows = _Rows(file_index)
    for n, (i, label, rest, used) in enumerate(found):
        stop = found[n + 1][0] if n + 1 < len(found) else len(lines)
        body = [rest] if rest else []
        body.extend(lines[i + used : stop])
        text = "\n".join(body).strip()
        items = text_items(text)
        items += [i for i in known_items or [] if i in text and i not in items]
        items.sort(key=text.find)
        rows.add(label, text, items)
    parts.extend(rows.parts())
    return parts


def parts_from_text(text: str, file_index: int, kind: PartKind) -> list[TextPart]:
    """Template rows when plain text holds the template (tab form or headings), else one part."""
    lines = text.split("\n")
    if "\t" in text:
        parts = _tab_form(lines, file_index, kind)
        if parts is not None:
            return parts
    parts = _heading_form(lines, file_index, kind)
    if parts is not None:
        return parts
    text = text.strip()
    return [TextPart(file_index, kind, "", text, text_items(text))] if text else []
