"""Find the recommendations in a free text: paragraphs, list items and proposal sentences.

Greetings, thanks, cover lines ("Se vedhæftede"), headings and signatures are not
recommendations; a heading or a list's lead-in is kept as the context of what follows (it
often names the section: "Beskæftigelse", "Til princip C har vi følgende forslag:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from hoeringsdesk.suggest.summary import STRONG_CUE, WEAK_CUE
from hoeringsdesk.suggest.words import content_words

ITEM = re.compile(r"[ \t]*(?:[•\-–—*▪●◦·]|\(?\d{1,2}[.)]|\(?[a-zæøå][.)]|[A-ZÆØÅ]\))[ \t]+(?=\S)")
CLOSING = re.compile(
    r"^\W*(?:med\s+)?(?:venlig(?:st)?\s+hilsen|de\s+bedste\s+hilsner|bedste\s+hilsner|"
    r"mange\s+hilsner|hilsen|mvh|vh|kind\s+regards|best\s+regards|regards)\b",
    re.IGNORECASE,
)
GREETING = re.compile(r"^\W*(?:hej|kære|til|dear|goddag|hello|hi)\b", re.IGNORECASE)
COVER = re.compile(
    r"^\W*(?:hermed|vedhæftet|vedlagt|se\s+vedhæftede|se\s+vedlagte|se\s+venligst|"
    r"videresender|fremsendes)\b",
    re.IGNORECASE,
)
THANKS = re.compile(
    r"^\W*(?:tak\b|mange tak|vi takker|jeg takker|vi vil gerne takke|jeg vil gerne takke|"
    r"hej\b|kære\b|goddag)",
    re.IGNORECASE,
)
REFERS = re.compile(r"\b(?:afsnit\w*|kapit\w*|princip\w*|pejlemærk\w*|under|vedrørende)\b", re.I)
QUOTED = re.compile(r"^\s*(?:>|-{3,}|_{5,}|fra:\s|from:\s|sendt:\s|sent:\s)", re.IGNORECASE)
SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"»”)]*|$)")
LEAD_IN_END = re.compile(r"(?::|\bat|\bfølgende|\bforslag|\banbefalinger)\s*$", re.IGNORECASE)
CONNECTIVE = re.compile(
    r"^\W*(?:det|dette|den|denne|disse|de|derfor|her|også|samtidig|desuden|men|og|så|hvis|"
    r"især|fx|eksempelvis|ligeledes|endvidere|dermed|dvs|herunder|heriblandt|blandt andet)\b",
    re.IGNORECASE,
)
HEADING_WORDS = 8  # a line this short with no full stop is a heading, not a point
REMARK_WORDS = 10  # a paragraph without a proposal cue is a remark from this length on
PREFIX = 5
SAME_THING = 0.2  # share of content words two proposal sentences have in common to stay one


class PassageKind(StrEnum):
    """How a passage was cut out of the text."""

    PARAGRAPH = "paragraph"
    ITEM = "item"  # a list item
    SENTENCES = "sentences"  # sentences of a paragraph that holds several proposals


@dataclass(frozen=True)
class Passage:
    """A recommendation found at [start, end) of the text, with what frames it."""

    start: int
    end: int
    context: str = ""  # the heading above it or the lead-in of its list
    kind: PassageKind = PassageKind.PARAGRAPH


@dataclass
class _Unit:
    start: int
    end: int
    item: bool
    block: int


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each line in text[start:end], without its line break."""
    out = []
    at = start
    while at < end:
        nl = text.find("\n", at, end)
        stop = end if nl < 0 else nl
        out.append((at, stop))
        at = stop + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _wraps(text: str, line_end: int, next_start: int) -> bool:
    """Does the line go on in the next (a PDF's visual line, not a paragraph)?"""
    last = text[line_end - 1] if line_end > 0 else ""
    first = text[next_start] if next_start < len(text) else ""
    return last not in '.!?:;»”"' and (first.islower() or first in ",;)")


def _units(text: str, start: int, end: int) -> list[_Unit]:
    """Paragraphs and list items of text[start:end], up to a closing or a quoted mail."""
    units: list[_Unit] = []
    block = 0
    previous_blank = True
    for a, b in _lines(text, start, end):
        line = text[a:b]
        if not line.strip():
            block += 1
            previous_blank = True
            continue
        if CLOSING.match(line) or QUOTED.match(line):
            break
        marker = ITEM.match(line)
        if marker:
            units.append(_Unit(a + marker.end(), b, True, block))
        elif (
            units
            and not previous_blank
            and units[-1].block == block
            and (units[-1].item or _wraps(text, units[-1].end, a + len(line) - len(line.lstrip())))
            and not (units[-1].item and text[units[-1].end - 1 : units[-1].end] in ".!?")
        ):
            units[-1].end = b  # a wrapped line, or an item's second line
        else:
            units.append(_Unit(a, b, False, block))
        previous_blank = False
    return [_Unit(*_trim(text, u.start, u.end), u.item, u.block) for u in units]


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in SENTENCE.finditer(text, start, end):
        a, b = _trim(text, m.start(), m.end())
        if a < b:
            out.append((a, b))
    return out


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return (
        len(stripped.split()) <= HEADING_WORDS
        and stripped[-1:] not in ".!?"
        and not STRONG_CUE.search(stripped)
    ) or (stripped.endswith(":") and len(stripped.split()) <= HEADING_WORDS)


def _overlap(a: str, b: str) -> float:
    """Share of content words two texts have in common, by their first five letters (so
    "hjemmeplejen" and "hjemmehjælpen" are one thing)."""
    x = {w[:PREFIX] for w in content_words(a)}
    y = {w[:PREFIX] for w in content_words(b)}
    return len(x & y) / len(x | y) if x and y else 0.0


def _frames(sentence: str) -> bool:
    """A short sentence that points at a section ("I afsnittet om demens savner vi noget.")
    and says what comes next is about it."""
    return bool(REFERS.search(sentence)) and len(sentence.split()) <= HEADING_WORDS


def _strip_filler(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Leave out thanks, greetings and cover lines at either end of a paragraph."""
    while sentences and (
        THANKS.match(text[sentences[0][0] : sentences[0][1]])
        or COVER.match(text[sentences[0][0] : sentences[0][1]])
    ):
        sentences = sentences[1:]
    while sentences and THANKS.match(text[sentences[-1][0] : sentences[-1][1]]):
        sentences = sentences[:-1]
    return sentences


def _groups(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A paragraph's sentences in groups: a new proposal about another thing starts a group;
    sentences that explain or go on ("Det …", "Derfor …") stay with the one before."""
    strong = [bool(STRONG_CUE.search(text[a:b])) for a, b in sentences]
    if len(sentences) < 3 or sum(strong) < 2:
        return [(sentences[0][0], sentences[-1][1])]
    groups: list[list[tuple[int, int]]] = [[sentences[0]]]
    has_cue = strong[0] and not _frames(text[sentences[0][0] : sentences[0][1]])
    for (a, b), cue in zip(sentences[1:], strong[1:], strict=True):
        sentence = text[a:b]
        current = text[groups[-1][0][0] : groups[-1][-1][1]]
        if (
            cue
            and has_cue
            and not _frames(text[groups[-1][-1][0] : groups[-1][-1][1]])
            and not CONNECTIVE.match(sentence)
            and _overlap(sentence, current) < SAME_THING
        ):
            groups.append([(a, b)])
        else:
            groups[-1].append((a, b))
        has_cue = has_cue or (cue and not _frames(sentence))
    return [(g[0][0], g[-1][1]) for g in groups]


def find_passages(text: str, start: int = 0, end: int | None = None) -> list[Passage]:
    """The recommendations in text[start:end] (a mail body, a letter, an attachment)."""
    end = len(text) if end is None else end
    units = _units(text, start, end)
    out: list[Passage] = []
    heading = ""
    lead_in = ""
    first = True
    for i, unit in enumerate(units):
        body = text[unit.start : unit.end]
        if first and not unit.item and GREETING.match(body) and len(body.split()) <= 6:
            first = False
            continue
        first = False
        if unit.item:
            words = content_words(body)
            if words:
                context = " ".join(x for x in (heading, lead_in) if x)
                out.append(Passage(unit.start, unit.end, context, PassageKind.ITEM))
            continue
        lead_in = ""
        followed_by_items = i + 1 < len(units) and units[i + 1].item
        if followed_by_items and LEAD_IN_END.search(body):
            lead_in = body
            continue
        if _is_heading(body) and not followed_by_items:
            heading = body.strip().rstrip(":")
            continue
        sentences = _strip_filler(text, _sentences(text, unit.start, unit.end))
        if not sentences:
            continue
        a, b = sentences[0][0], sentences[-1][1]
        kept = text[a:b]
        if not (STRONG_CUE.search(kept) or WEAK_CUE.search(kept)):
            previous = out[-1] if out else None
            same_block = previous is not None and units[i - 1].block == unit.block
            if (
                previous is not None
                and same_block
                and previous.kind == PassageKind.PARAGRAPH
                and previous.end == units[i - 1].end
                and len(content_words(kept)) < REMARK_WORDS
            ):
                out[-1] = Passage(previous.start, b, previous.context, previous.kind)
                continue
            if len(content_words(kept)) < REMARK_WORDS:
                continue
        groups = _groups(text, sentences)
        kind = PassageKind.SENTENCES if len(groups) > 1 else PassageKind.PARAGRAPH
        out.extend(Passage(ga, gb, heading, kind) for ga, gb in groups)
    return out
