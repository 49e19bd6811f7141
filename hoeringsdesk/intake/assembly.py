"""Assemble a response's text from a reader's parts (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hoeringsdesk.domain.parsed import ParsedResponse, PartKind, TextPart

SEPARATOR = "\n\n"
SENDER_LABEL = re.compile(r"^\s*afsender", re.IGNORECASE)
GENERAL_LABEL = re.compile(r"^\s*generelle\s+bem", re.IGNORECASE)
# A template row that says only that there is nothing to say: an empty row, not a suggestion.
NOTHING = re.compile(
    r"(ingen|intet|nej|nej tak|-+|–|—|x|n/?a"
    r"|(vi har |jeg har )?ingen (yderligere |særlige )?(bemærkninger|kommentarer)"
    r"( hertil| til (dette|det|denne del|afsnittet|dette afsnit))?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlacedPart:
    """A reader's part placed at [start, end) of the response text."""

    part: TextPart
    start: int
    end: int


def assemble(parsed: ParsedResponse) -> tuple[str, list[PlacedPart]]:
    """The response text: every non-empty part in the reader's order, blank-line separated.

    The municipality's own preamble in the template is left out of the text (it is the same
    in every response) but the part is still recorded (empty) so its file is traceable.
    """
    chunks: list[str] = []
    placed: list[PlacedPart] = []
    cursor = 0
    for part in parsed.parts:
        body = "" if part.kind is PartKind.PREAMBLE else part.text.strip("\n")
        if chunks and body:
            chunks.append(SEPARATOR)
            cursor += len(SEPARATOR)
        start = cursor
        chunks.append(body)
        cursor += len(body)
        placed.append(PlacedPart(part, start, cursor))
    return "".join(chunks), placed


def is_sender_row(label: str) -> bool:
    return bool(SENDER_LABEL.match(label))


def is_general_row(label: str) -> bool:
    return bool(GENERAL_LABEL.match(label))


def says_nothing(text: str) -> bool:
    """True for a row's text that only says there is nothing to say ("Ingen bemærkninger.",
    "Ingen", "-", "Nej tak", "Ingen kommentarer"), whatever its case and punctuation."""
    flat = " ".join(text.replace("\u00a0", " ").split()).strip(" .!,;:")
    return bool(flat) and NOTHING.fullmatch(flat) is not None


def locate(text: str, needle: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``needle`` sits inside text[start:end] (first occurrence), as absolute offsets."""
    needle = needle.strip()
    if not needle:
        return None
    at = text.find(needle, start, end)
    if at < 0:
        return None
    return at, at + len(needle)
