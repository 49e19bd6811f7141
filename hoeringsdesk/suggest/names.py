"""Where a passage names a section: "Princip E", "Beskæftigelsesområdet", "afsnittet om sundhed"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hoeringsdesk.suggest.words import GENERIC_TAILS, STOP_WORDS, Vocabulary, stem, words

LABELLED = re.compile(r"^\s*([^\W\d_]+)\s+(\d{1,2}|[A-Za-zÆØÅ])\s*(?:[:.–-]\s*(.*))?$")
NUMBERED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+(.*)$")
PAIR = re.compile(r"([^\W\d_]+)-\s+(?:og|eller)\s+([^\W\d_]+)")
REFERENCE = re.compile(
    r"\b(?:afsnit\w*|kapit\w*|delen|området|punkt\w*|temaet)\s+(?:om|vedrørende|vedr\.?|for|til)"
    r"\s+(?:(?:den|det|de)\s+)?([^\W\d_]+)",
    re.IGNORECASE,
)
IDENT_LIST = r"\(?\s*{first}\s*\)?(?:\s*(?:,|og|samt|eller)\s*\(?\s*(?:{ident})\s*\)?)*"


@dataclass(frozen=True)
class SectionName:
    """How one section can be named: its label ("Princip E") and its title's phrases."""

    section_id: int
    label_word: str  # "princip" (stem) or "" when the section has no such label
    ident: str  # "e", "1", "3.2"
    phrases: tuple[tuple[str, ...], ...]  # stem sequences of the title and its variants
    topics: frozenset[str]  # stems "afsnittet om X" can name it by


def split_heading(label: str, heading: str) -> tuple[str, str, str]:
    """(label word, identifier, title) of a heading: "Princip E: Integration …" →
    ("princip", "e", "Integration …"); "3.2 Beskæftigelse" → ("", "3.2", "Beskæftigelse")."""
    for text in (f"{label}: {heading}" if label else "", heading):
        m = LABELLED.match(text) if text else None
        if m and (m.group(3) or not label):
            word, ident, title = m.group(1), m.group(2), m.group(3) or ""
            if len(word) >= 4 and word.lower() not in STOP_WORDS:
                return stem(word.lower()), ident.lower(), title.strip()
    m = NUMBERED.match(label or heading)
    if m:
        return "", m.group(1), (heading if label else m.group(2)).strip()
    return "", "", heading.strip()


def _variants(title: str) -> list[str]:
    """The title and, for "Sundheds- og omsorgsområdet", "sundhedsområdet" and
    "omsorgsområdet" (the shared second part given to the first)."""
    out = [title]
    for m in PAIR.finditer(title):
        first, second = m.group(1), m.group(2)
        low = second.lower()
        tail = next((t for t in sorted(GENERIC_TAILS, key=len) if low.endswith(t)), "")
        if tail and len(low) > len(tail):
            out.append(first + tail)
            out.append(second)
    return out


def section_name(section_id: int, label: str, heading: str, vocabulary: Vocabulary) -> SectionName:
    word, ident, title = split_heading(label, heading)
    phrases: list[tuple[str, ...]] = []
    topics: set[str] = set()
    for variant in _variants(title):
        seq = tuple(stem(w) for w in words(variant))
        content = [w for w in words(variant) if w not in STOP_WORDS]
        if not content:
            continue
        # One short common word ("Job") is a topic, not a name.
        if len(content) > 1 or len(content[0]) >= 6:
            phrases.append(seq)
        generic = {stem(t) for t in GENERIC_TAILS}
        for w in content:
            topics.update(p for p in vocabulary.parts(w) if p not in generic)
    return SectionName(section_id, word, ident, tuple(dict.fromkeys(phrases)), frozenset(topics))


@dataclass(frozen=True)
class Mention:
    section_id: int
    text: str  # as written in the passage
    start: int
    end: int
    strong: bool  # a label, a reference or a heading of several words; not one common word


class NameFinder:
    """Finds the sections a text names."""

    def __init__(self, names: list[SectionName], vocabulary: Vocabulary) -> None:
        self.names = names
        self.vocabulary = vocabulary
        self._labels: dict[str, list[SectionName]] = {}
        for n in names:
            if n.label_word and n.ident:
                self._labels.setdefault(n.label_word, []).append(n)
        self._numbers = {n.ident: n for n in names if not n.label_word and n.ident}

    def find(self, text: str) -> list[Mention]:
        """The sections the text names; a mention inside a longer one ("ensomhed" in
        "Mindre ensomhed") gives way to it."""
        found: dict[int, Mention] = {}
        self._find_labels(text, found)
        # "princip E" names Princip E, not also the chapter "Principper"
        said = {n.label_word for n in self.names if n.section_id in found and n.label_word}
        self._find_phrases(text, found, said)
        self._find_references(text, found)
        mentions = list(found.values())
        return [
            m
            for m in mentions
            if not any(
                o is not m
                and o.start <= m.start
                and m.end <= o.end
                and (o.end - o.start) > (m.end - m.start)
                for o in mentions
            )
        ]

    def _find_labels(self, text: str, found: dict[int, Mention]) -> None:
        for word_match in re.finditer(r"[^\W\d_]+", text):
            w = word_match.group(0).lower()
            if len(w) < 4:
                continue
            candidates = self._labels.get(stem(w)) or self._labels.get(stem(_singular(w)))
            if not candidates:
                continue
            idents = {n.ident: n for n in candidates}
            ident_re = "|".join(re.escape(i) for i in sorted(idents, key=len, reverse=True))
            pattern = re.compile(
                r"\s*(?:nr\.?\s*)?"
                + IDENT_LIST.format(first=f"({ident_re})", ident=ident_re)
                + r"(?![\w])",
                re.IGNORECASE,
            )
            m = pattern.match(text, word_match.end())
            if not m:
                continue
            a, b = word_match.start(), m.end()
            written = text[a:b].strip()
            for ident in re.findall(rf"(?<![\w.])({ident_re})(?![\w])", m.group(0), re.I):
                name = idents.get(ident.lower())
                if name is not None:
                    found.setdefault(name.section_id, Mention(name.section_id, written, a, b, True))
        for m in re.finditer(
            r"\b(?:afsnit|kapitel|kapitlerne|punkt|pkt\.?)\s*(\d{1,2}(?:\.\d{1,2})*)\b", text, re.I
        ):
            name = self._numbers.get(m.group(1))
            if name is not None:
                mention = Mention(name.section_id, m.group(0), m.start(), m.end(), True)
                found.setdefault(name.section_id, mention)

    def _find_phrases(self, text: str, found: dict[int, Mention], said: set[str]) -> None:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", text)]
        seq = [stem(text[a:b].lower()) for a, b in spans]
        index: dict[str, list[int]] = {}
        for i, s in enumerate(seq):
            index.setdefault(s, []).append(i)
        for name in self.names:
            for phrase in name.phrases:
                if len(phrase) == 1 and phrase[0] in said:
                    continue
                for i in index.get(phrase[0], ()):
                    if tuple(seq[i : i + len(phrase)]) == phrase:
                        a, b = spans[i][0], spans[i + len(phrase) - 1][1]
                        quoted = text[a - 1 : a] in "»«\"'“”" and a > 0
                        strong = len(phrase) > 1 or quoted or text[a:b].isupper()
                        found.setdefault(
                            name.section_id, Mention(name.section_id, text[a:b], a, b, strong)
                        )
                        break
                if name.section_id in found:
                    break

    def _find_references(self, text: str, found: dict[int, Mention]) -> None:
        for m in REFERENCE.finditer(text):
            parts = set(self.vocabulary.parts(m.group(1).lower()))
            for name in self.names:
                if name.topics & parts:
                    previous = found.get(name.section_id)
                    if previous is None or not previous.strong:
                        found[name.section_id] = Mention(
                            name.section_id, m.group(0), m.start(), m.end(), True
                        )


def _singular(word: str) -> str:
    for ending in ("perne", "per", "erne", "er", "et", "en"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word
