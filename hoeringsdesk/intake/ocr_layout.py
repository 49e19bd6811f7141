"""From recognised words on pages to text: lines and paragraphs, or a scanned template's rows.

A letter comes out in Tesseract's reading order, a blank line between paragraphs and pages.
A scanned response template (a two-column table: "Afsender", "Generelle bemærkninger",
"Forslag til ændringer i …" down the left) is rebuilt by position, whatever order Tesseract
read the cells in: each label starts a row, the words beside it and below it (up to the next
label) are the row's text. The rows come out as "label<TAB>text" lines, the tab form the
template reader already knows, so a scanned template gives the same rows as a typed one.
"""

from __future__ import annotations

from dataclasses import dataclass

from hoeringsdesk.domain.parsed import OcrWord
from hoeringsdesk.intake.ocr import OcrBox
from hoeringsdesk.intake.template import label_kind

PAGE_STEP = 1_000_000  # pages are stacked: page n's y runs from n * PAGE_STEP
LABEL_COLUMN_MAX = 0.45  # a label starts in the left 45 % of the page
RIGHT_COLUMN_GAP = 0.12  # text this far right of the labels' left edge is the text column
LABEL_WORDS = {"afsender", "generelle", "forslag"}  # a template label starts with one
BULLETS = set("•·▪-–*o»")


@dataclass
class Page:
    width: int
    height: int
    boxes: list[OcrBox]


@dataclass
class _Line:
    """Words of one Tesseract line (or the part of it on one side of the column split)."""

    page: int
    key: tuple[int, int, int]  # block, paragraph, line
    words: list[OcrBox]

    @property
    def top(self) -> int:
        return self.page * PAGE_STEP + min(w.top for w in self.words)

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def height(self) -> int:
        return max(w.bottom for w in self.words) - min(w.top for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


class _Writer:
    """Builds the text and the words in the order they appear in it."""

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.words: list[OcrWord] = []

    def line(self, words: list[OcrBox], prefix: str = "") -> None:
        self.chunks.append(prefix + " ".join(w.text for w in words))
        self.words.extend(OcrWord(w.text, w.confidence) for w in words)

    def raw(self, text: str) -> None:
        self.chunks.append(text)

    def result(self) -> tuple[str, list[OcrWord]]:
        return "".join(self.chunks).strip("\n"), self.words


def _lines(pages: list[Page]) -> list[_Line]:
    out: list[_Line] = []
    for number, page in enumerate(pages):
        current: _Line | None = None
        for box in page.boxes:
            key = (box.block, box.paragraph, box.line)
            if current is None or current.key != key:
                current = _Line(number, key, [])
                out.append(current)
            current.words.append(box)
    return out


def layout(pages: list[Page]) -> tuple[str, list[OcrWord]]:
    """The text of recognised pages and its words (with confidence) in text order."""
    lines = _lines(pages)
    table = _template(lines, pages)
    if table is not None:
        return table
    out = _Writer()
    previous: _Line | None = None
    for line in lines:
        if previous is not None:
            same_par = previous.page == line.page and previous.key[:2] == line.key[:2]
            if not same_par:
                out.raw("\n\n")
            else:  # a paragraph's lines flow together; a bullet or a short line keeps its own
                bullet = line.words[0].text[:1] in BULLETS
                short = previous.right < 0.7 * pages[line.page].width if previous else False
                out.raw("\n" if bullet or short else " ")
        out.line(line.words)
        previous = line
    return out.result()


def _template(lines: list[_Line], pages: list[Page]) -> tuple[str, list[OcrWord]] | None:
    width = _width(pages)
    heads = [
        line
        for line in lines
        if _kind(line.words[0].text) == "afsender" and line.left < LABEL_COLUMN_MAX * width
    ]
    if not heads:
        return None
    first = min(heads, key=lambda a: a.top)
    split = _column_split(lines, first, width)
    if split is None:
        return None
    left_parts: list[_Line] = []
    right_parts: list[_Line] = []
    for line in lines:  # every line split in two at the column edge
        lhs = [w for w in line.words if not split.right_of(w, line.page)]
        rhs = [w for w in line.words if split.right_of(w, line.page)]
        if lhs:
            left_parts.append(_Line(line.page, line.key, lhs))
        if rhs:
            right_parts.append(_Line(line.page, line.key, rhs))
    slack = max(4, first.height // 2)
    groups = _label_groups([p for p in left_parts if p.top >= first.top - slack])
    rows = [g for g in groups if _kind(" ".join(p.text for p in g))]
    kinds = {_kind(" ".join(p.text for p in g)) for g in rows}
    if "afsender" not in kinds or not kinds & {"generelle", "forslag"}:
        return None
    out = _Writer()
    for line in sorted(lines, key=lambda p: p.top):  # the introduction above the table
        if line.top < first.top - slack:
            out.line(line.words)
            out.raw("\n")
    for n, label in enumerate(rows):
        top = label[0].top - slack
        stop = rows[n + 1][0].top - slack if n + 1 < len(rows) else None
        body = [
            p
            for p in right_parts + [q for g in groups if g not in rows for q in g]
            if p.top >= top and (stop is None or p.top < stop)
        ]
        body.sort(key=lambda p: (p.top, p.left))
        out.line([w for p in label for w in p.words])
        out.raw("\t")
        edge = max((p.right for p in body), default=0)
        for i, part in enumerate(body):
            if i:  # a cell's lines flow together, as in a letter's paragraph
                bullet = part.words[0].text[:1] in BULLETS
                full = body[i - 1].right >= 0.85 * edge
                out.raw(" " if full and not bullet else "\n")
            out.line(part.words)
        out.raw("\n")
    return out.result()


def _kind(text: str) -> str:
    return label_kind(text.lstrip("*•-–|[ "))


@dataclass(frozen=True)
class _Split:
    """The text column's left edge, x = a + b * y (a scan may be slightly turned)."""

    a: float
    b: float
    margin: float

    def right_of(self, word: OcrBox, page: int) -> bool:
        y = page * PAGE_STEP + word.top
        return word.left >= self.a + self.b * y - self.margin


def _column_split(lines: list[_Line], first: _Line, width: int) -> _Split | None:
    """Where the text column starts: fitted through the starts of lines that do not start at
    the labels' edge (the text column is left-aligned; labels and text may share a line)."""
    edge = first.left
    tolerance = max(4, width // 30)  # a page turned 1.5° drifts 3 % of its width
    starts = [
        (float(line.left), float(line.top))
        for line in lines
        if line.top >= first.top - first.height and line.left > edge + RIGHT_COLUMN_GAP * width
    ]
    if not starts:
        return None
    best = max(starts, key=lambda p: sum(1 for q in starts if abs(p[0] - q[0]) <= tolerance))[0]
    near = [p for p in starts if abs(best - p[0]) <= tolerance]
    a, b = _fit(near)
    tight = [p for p in near if abs(p[0] - (a + b * p[1])) <= tolerance / 3] or near
    a, b = _fit(tight)
    return _Split(a, b, max(4.0, width / 100))


def _fit(points: list[tuple[float, float]]) -> tuple[float, float]:
    """x = a + b * y by least squares (b = 0 for points at one height or pages apart)."""
    n = len(points)
    my = sum(y for _, y in points) / n
    mx = sum(x for x, _ in points) / n
    var = sum((y - my) ** 2 for _, y in points)
    if n < 3 or var == 0 or max(y for _, y in points) - min(y for _, y in points) > PAGE_STEP:
        return min(x for x, _ in points), 0.0
    b = sum((x - mx) * (y - my) for x, y in points) / var
    if abs(b) > 0.05:  # more than ~3°: not a turned page, do not trust the fit
        return min(x for x, _ in points), 0.0
    return mx - b * my, b


def _label_groups(parts: list[_Line]) -> list[list[_Line]]:
    """Left-column lines grouped into labels: lines close under each other, until a line
    that starts a label of its own."""
    groups: list[list[_Line]] = []
    for part in sorted(parts, key=lambda p: p.top):
        if groups:
            last = groups[-1][-1]
            close = part.top - last.top <= 2 * max(last.height, part.height, 1)
            if close and part.words[0].text.casefold() not in LABEL_WORDS:
                groups[-1].append(part)
                continue
        groups.append([part])
    return groups


def _width(pages: list[Page]) -> int:
    return max((p.width for p in pages), default=1)
