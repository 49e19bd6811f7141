"""Baseline for bench_redaction: the redactor as it was before issue 15 (main 323e8d2), unchanged.

A person's full name (also "First … Last" with up to three middle names or initials, and
"Last, First", with a genitive s) becomes their label; their e-mail, phone (any spacing,
with or without +45) and street address become a placeholder. Single words of a name are
left alone: Danish surnames such as Skov, Holm or Lund are ordinary words. With
``general=True`` every e-mail address, phone-number-like string and CPR-like number is
blanked too (the public export does that; anonymising one person in the store does not).

Known names and addresses are indexed by a pair of their words (first and second, or first
and last), so a text is only tried against the few patterns whose words it contains,
however many people are known.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

PLACEHOLDER = "[anonymiseret]"

EMAIL_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(
    r"(?<![\w+])(?:"
    r"(?:\+|00)\s?\d{1,3}(?:[ \t.\-/]?\(?\d\)?){6,12}"  # +45 22 33 44 55, 0046 8 123 456
    r"|\d{8}"  # 22334455
    r"|\d{2} \d{2} \d{2} \d{2}|\d{2}\.\d{2}\.\d{2}\.\d{2}|\d{2}-\d{2}-\d{2}-\d{2}"
    r"|\d{4} \d{4}"  # 2233 4455
    r"|\d{6}-\d{4}"  # CPR-like
    r")(?![\w])"
)
DIGIT_RUN = re.compile(r"(?<![\w+])(?:(?:\+|00)\s?)?\d(?:[ \t.\-/]*\d){5,}")
WORD = re.compile(r"\w+")
DIGIT = re.compile(r"\d")
WINDOW = 5  # words from the first to the last word of a name (three middle names between)

Entry = tuple[re.Pattern[str], str, int]  # pattern, replacement, weight (longest first)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    replacement: str


def phone_digits(phone: str) -> str:
    """A phone number's national digits (without +45/0045)."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) > 8 and digits.startswith("0045"):
        digits = digits[4:]
    elif len(digits) > 8 and digits.startswith("45"):
        digits = digits[2:]
    return digits


def _phrase(tokens: list[str], genitive: bool = False) -> str:
    body = r"\W{1,3}".join(re.escape(t) for t in tokens)
    return r"(?<!\w)" + body + (r"(?:s)?" if genitive else "") + r"(?!\w)"


def _with_genitive(word: str) -> tuple[str, ...]:
    """The word, and without a genitive s ("jensens" → "jensen")."""
    return (word, word[:-1]) if len(word) > 3 and word.endswith("s") else (word,)


class Redactor:
    """Collects people's data; finds their spans in a text and replaces them."""

    def __init__(self, general: bool = False) -> None:
        self.general = general
        self._index: dict[tuple[str, str | None], list[Entry]] = {}
        self._firsts: set[str] = set()
        self._patterns: set[str] = set()
        self._phones: set[str] = set()
        self._emails: list[re.Pattern[str]] = []

    def add_person(
        self,
        *,
        names: Iterable[str] = (),
        email: str = "",
        phone: str = "",
        address: str = "",
        label: str = PLACEHOLDER,
    ) -> None:
        """Register one person's known data; the first registered namesake's label wins."""
        for name in dict.fromkeys(n.strip() for n in names if n and n.strip()):
            tokens = WORD.findall(name)
            if len("".join(tokens)) < 3:
                continue
            self._add(tokens, label, genitive=True)
            if len(tokens) >= 2:
                first, last = re.escape(tokens[0]), re.escape(tokens[-1])
                middle = r"(?:\s+(?-i:[A-ZÆØÅÄÖÜÉ])[\w-]*\.?){0,3}?"
                flexible = rf"(?<!\w){first}{middle}\s+{last}(?:s)?(?!\w)"
                self._add_pattern((tokens[0], tokens[-1]), flexible, label, len(tokens))
                self._add([tokens[-1], *tokens[:-1]], label)  # "Jensen, Anne"
        if email.strip():
            self._emails.append(re.compile(re.escape(email.strip()), re.I))
        words = WORD.findall(address)
        if words:
            self._add(words, PLACEHOLDER)
            for line in re.split(r"[,\n]", address):
                line = line.strip()
                if line and not line[0].isdigit() and any(c.isdigit() for c in line):
                    self._add(WORD.findall(line), PLACEHOLDER)  # street and house number
        digits = phone_digits(phone)
        if len(digits) >= 6:
            self._phones.add(digits)

    def _add(self, tokens: list[str], replacement: str, genitive: bool = False) -> None:
        if tokens:
            key = (tokens[0], tokens[1] if len(tokens) > 1 else None)
            self._add_pattern(key, _phrase(tokens, genitive), replacement, len(tokens) + 1)

    def _add_pattern(
        self, key: tuple[str, str | None], pattern: str, replacement: str, weight: int
    ) -> None:
        if pattern in self._patterns:  # namesakes: the first one registered is used
            return
        self._patterns.add(pattern)
        first, other = key[0].lower(), key[1].lower() if key[1] else None
        self._firsts.add(first)
        entry = (re.compile(pattern, re.IGNORECASE), replacement, weight)
        self._index.setdefault((first, other), []).append(entry)

    def _candidates(self, text: str) -> list[Entry]:
        words = WORD.findall(text.lower())
        firsts = self._firsts
        found: dict[int, Entry] = {}
        for i, word in enumerate(words):
            if not (word in firsts or (word[-1] == "s" and word[:-1] in firsts)):
                continue
            for first in _with_genitive(word):
                if first not in firsts:
                    continue
                keys: list[tuple[str, str | None]] = [(first, None)]
                for w in words[i + 1 : i + 1 + WINDOW]:
                    keys += [(first, v) for v in _with_genitive(w)]
                for key in keys:
                    for entry in self._index.get(key, ()):
                        found[id(entry)] = entry
        return sorted(found.values(), key=lambda e: -e[2])

    def _known_phone(self, digits: str) -> bool:
        digits = phone_digits(digits)
        return digits in self._phones or digits[-8:] in self._phones

    def spans(self, text: str) -> list[Span]:
        """Non-overlapping spans to replace, in order (earliest, then longest, wins)."""
        if not text:
            return []
        found: list[Span] = []
        if "@" in text:
            for pattern in self._emails:
                found += [Span(m.start(), m.end(), PLACEHOLDER) for m in pattern.finditer(text)]
            if self.general:
                found += [Span(m.start(), m.end(), PLACEHOLDER) for m in EMAIL_RE.finditer(text)]
        if DIGIT.search(text):
            if self._phones:
                found += [
                    Span(m.start(), m.end(), PLACEHOLDER)
                    for m in DIGIT_RUN.finditer(text)
                    if self._known_phone(m.group())
                ]
            if self.general:
                found += [Span(m.start(), m.end(), PLACEHOLDER) for m in PHONE_RE.finditer(text)]
        if self._index:
            for pattern, replacement, _ in self._candidates(text):
                found += [Span(m.start(), m.end(), replacement) for m in pattern.finditer(text)]
        found.sort(key=lambda s: (s.start, -(s.end - s.start)))
        chosen: list[Span] = []
        for span in found:
            if not chosen or span.start >= chosen[-1].end:
                chosen.append(span)
        return chosen

    def __call__(self, text: str) -> str:
        return self.apply(text)[0]

    def apply(self, text: str) -> tuple[str, Callable[[int], int]]:
        """The redacted text and a function that moves an old offset to the new text."""
        spans = self.spans(text)
        if not spans:
            return text, lambda offset: offset
        pieces: list[str] = []
        olds: list[int] = []
        news: list[int] = []
        cursor = shift = 0
        for span in spans:
            pieces.append(text[cursor : span.start])
            pieces.append(span.replacement)
            olds.append(span.start)
            news.append(span.start + shift)
            shift += len(span.replacement) - (span.end - span.start)
            cursor = span.end
        pieces.append(text[cursor:])

        def move(offset: int) -> int:
            i = bisect_right(olds, offset) - 1
            if i < 0:
                return offset
            span = spans[i]
            if offset < span.end:  # inside a replaced span: to its start
                return news[i]
            return offset + news[i] - span.start + len(span.replacement) - (span.end - span.start)

        return "".join(pieces), move
