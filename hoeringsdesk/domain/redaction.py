"""The one redaction engine: finds personal data in a text, with the rule that found each.

Used by the public export, by anonymising and by erasure. Its input is plain: the known
personal data of senders (``add_person``: name, first name, surname, e-mail, phone, street,
postcode, town, or a free-form address) and, per text, whether a private person wrote it.

- Known data is found wherever it stands (also in file names, ``mailto:`` links and e-mail
  addresses): the full name (also "First … Last" with up to three middle names or initials,
  and "Last, First", with a genitive s) becomes the person's label; the first name and the
  surname alone too (when written with a capital, or glued into a file name); e-mail, phone
  (any spacing, with or without +45), street address and postcode + town a placeholder.
- CPR numbers with a valid date are always found, in anyone's text.
- With ``general=True``: every e-mail address (except the municipality's own domains) and
  every phone number (the phonenumbers library, region DK); in a private person's text also
  Danish street addresses, names after "Mit navn er"/"Jeg hedder", names in the signature and
  names after family and neighbour words ("min søn Villads").

Known names and addresses are indexed by a pair of their words (first and second, or first
and last), so a text is only tried against the few patterns whose words it contains,
however many people are known.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from hoeringsdesk.domain import redaction_names as names_
from hoeringsdesk.domain import redaction_patterns as patterns

PLACEHOLDER = "[anonymiseret]"

KNOWN_NAME = "kendt navn"
KNOWN_EMAIL = "kendt e-mail"
KNOWN_PHONE = "kendt telefon"
KNOWN_ADDRESS = "kendt adresse"
ADDED = "tilføjet af sagsbehandleren"
LEARNT = "navn (nævnt andetsteds i teksten)"
KNOWN_RULES = frozenset({KNOWN_NAME, KNOWN_EMAIL, KNOWN_PHONE, KNOWN_ADDRESS, ADDED})
EMAIL_RE = patterns.EMAIL_RE

# Capitalised words that stand in signatures and greetings but are no names.
NOT_NAMES = frozenset(
    [
        "tak",
        "hilsen",
        "hilsner",
        "venlig",
        "mvh",
        "kommune",
        "kommunen",
        "borger",
        "borgere",
        "formand",
        "næstformand",
        "sekretær",
        "bestyrelsen",
        "familien",
        "familie",
        "hej",
        "kære",
        "til",
        "fra",
        "og",
    ]
)
DIGIT_RUN = re.compile(r"(?<![\w+])(?:(?:\+|00)\s?)?\d(?:[ \t.\-/]*\d){5,}")
WORD = re.compile(r"[^\W_]+")
DIGIT = re.compile(r"\d")
WINDOW = 5  # words from the first to the last word of a name (three middle names between)
# A CamelCase hump ("BrevFraAnneJensen.pdf") is a boundary too: lower case, then upper.
_LOWER, _UPPER = "a-zæøåäöüéèá", "A-ZÆØÅÄÖÜÉ"
_HUMP_BEFORE = rf"(?-i:(?<=[{_LOWER}])(?=[{_UPPER}]))"
_LEFT = rf"(?:(?<![^\W\d_])|{_HUMP_BEFORE})"  # not after a letter (or at a hump; "_", "." count)
_RIGHT = rf"(?:(?![^\W\d_])|(?-i:(?=[{_UPPER}])))"
_SEP = rf"(?:[\W_]{{1,3}}|{_HUMP_BEFORE})"
HUMP = re.compile(rf"([{_LOWER}])([{_UPPER}])")
PARTS = re.compile(r"[^\W\d_]+|\d+")  # letters and digits apart ("Jensen2026")
_GLUE = set("_.-@/0123456789")

Entry = tuple[re.Pattern[str], str, int, str, bool]  # pattern, replacement, weight, rule, single


@dataclass(frozen=True)
class Span:
    """A piece of text to hide: where, by what it is replaced, and which rule found it."""

    start: int
    end: int
    replacement: str
    rule: str = ""


def phone_digits(phone: str) -> str:
    """A phone number's national digits (without +45/0045)."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) > 8 and digits.startswith("0045"):
        digits = digits[4:]
    elif len(digits) > 8 and digits.startswith("45"):
        digits = digits[2:]
    return digits


def _phrase(tokens: list[str], genitive: bool = False) -> str:
    body = _SEP.join(re.escape(t) for t in tokens)
    return _LEFT + body + (r"(?:s)?" if genitive else "") + _RIGHT


def _with_genitive(word: str) -> tuple[str, ...]:
    """The word, and without a genitive s ("jensens" → "jensen")."""
    return (word, word[:-1]) if len(word) > 3 and word.endswith("s") else (word,)


def _name_in_address(email: str) -> str:
    """The name an e-mail address spells ("torkild.skovgaard@…" → "torkild skovgaard"),
    when its local part is two or three words of letters; else ''."""
    local = email.strip().split("@", 1)[0] if "@" in email else ""
    words = re.split(r"[._-]", local)
    if 2 <= len(words) <= 3 and all(len(w) >= 3 and w.isalpha() for w in words):
        return " ".join(words)
    return ""


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


normalised = _norm  # how a decision's text is compared (case and spacing ignored)


def _single_ok(text: str, start: int, end: int) -> bool:
    """A single name word counts when capitalised, or glued into a file name or address."""
    if text[start].isupper():
        return True
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return before in _GLUE or after in _GLUE


class Redactor:
    """Collects people's data; finds their spans in a text (with the rule) and replaces them."""

    def __init__(self, general: bool = False, own_domains: Iterable[str] = ()) -> None:
        self.general = general
        self.own_domains = tuple(own_domains)
        self._index: dict[tuple[str, str | None], list[Entry]] = {}
        self._firsts: set[str] = set()
        self._patterns: set[str] = set()
        self._phones: set[str] = set()
        self._emails: list[re.Pattern[str]] = []
        self._lifted: set[str] = set()

    def add_person(
        self,
        *,
        names: Iterable[str] = (),
        first_name: str = "",
        surname: str = "",
        email: str = "",
        phone: str = "",
        address: str = "",
        street: str = "",
        postcode: str = "",
        town: str = "",
        label: str = PLACEHOLDER,
        name_from_email: bool = True,
        name_rule: str = KNOWN_NAME,
    ) -> None:
        """Register one person's known data; the first registered namesake's label wins.
        ``name_from_email``: the name an address like "first.last@…" spells is theirs too
        (off for an organisation's contact person, who keeps the name)."""
        full = [f"{first_name} {surname}".strip()] if first_name or surname else []
        if name_from_email:
            full.append(_name_in_address(email))
        all_names = dict.fromkeys(n.strip() for n in [*names, *full] if n and n.strip())
        singles: list[str] = [w for w in (first_name.strip(), surname.strip()) if w]
        for name in all_names:
            tokens = WORD.findall(name)
            if len("".join(tokens)) < 3:
                continue
            self._add(tokens, label, name_rule, genitive=True)
            if len(tokens) >= 2:
                first, last = re.escape(tokens[0]), re.escape(tokens[-1])
                middle = r"(?:\s+(?-i:[A-ZÆØÅÄÖÜÉ])[\w-]*\.?){0,3}?"
                flexible = rf"{_LEFT}{first}{middle}\s+{last}(?:s)?{_RIGHT}"
                self._add_pattern((tokens[0], tokens[-1]), flexible, label, len(tokens), name_rule)
                self._add([tokens[-1], *tokens[:-1]], label, name_rule)  # "Jensen, Anne"
                singles += [tokens[0], tokens[-1]]
        for word in dict.fromkeys(singles):
            for token in WORD.findall(word):
                if len(token) >= 3:
                    self._add([token], label, name_rule, genitive=True, single=True)
        if email.strip():
            self._emails.append(re.compile(re.escape(email.strip()), re.I))
        lines = [line for line in (street, f"{postcode} {town}".strip() if postcode else "")]
        lines += [part for part in re.split(r"[,\n]", address)]
        words = WORD.findall(address)
        if words:
            self._add(words, PLACEHOLDER, KNOWN_ADDRESS)
        for line in lines:
            line = line.strip()
            if line and any(c.isdigit() for c in line) and len(WORD.findall(line)) >= 2:
                self._add(WORD.findall(line), PLACEHOLDER, KNOWN_ADDRESS)  # street + number
        digits = phone_digits(phone)
        if len(digits) >= 6:
            self._phones.add(digits)

    def lift(self, texts: Iterable[str]) -> None:
        """The officer's lifted redactions (false hits): a find whose text is one of these
        (whatever its case and spacing) is left in the text."""
        self._lifted |= {_norm(t) for t in texts if t.strip()}

    def hide(self, texts: Iterable[str]) -> None:
        """The officer's added redactions ("also hide this"): found wherever they stand."""
        for text in texts:
            tokens = WORD.findall(text)
            if tokens:
                self._add(tokens, PLACEHOLDER, ADDED)

    def learn(self, text: str) -> list[str]:
        """Names that a private person's text introduces, signs or mentions ("Mit navn er …",
        the signature, "min søn …") become known data, so they are found everywhere else too
        (the subject, the file name, a quoted "Tak, Birthe"); returns the names learnt."""
        learnt: list[str] = []
        if not text:
            return learnt
        for finder in (names_.introduced, names_.signatures, names_.relatives):
            for a, b, _ in finder(text):
                for name in re.split(r"\s*(?:,|&|\bog\b)\s*", text[a:b]):
                    if name.strip() and name not in learnt:
                        learnt.append(name.strip())
        lower = {w for w in WORD.findall(text) if w.islower()}
        kept: list[str] = []
        for name in learnt:
            words = [w for w in name.split() if w.lower() not in NOT_NAMES]
            if not words or all(w.lower() in lower for w in words):
                continue  # an ordinary word in a signature line ("Tak", "Formand")
            kept.append(name)
            singles = [w for w in (words[0], words[-1]) if w.lower() not in lower]
            self.add_person(
                names=[name] if len(name.split()) > 1 else [],
                first_name=singles[0] if singles else "",
                surname=singles[-1] if len(singles) > 1 else "",
                name_rule=LEARNT,
            )
        return kept

    def _add(
        self,
        tokens: list[str],
        replacement: str,
        rule: str,
        genitive: bool = False,
        single: bool = False,
    ) -> None:
        if tokens:
            key = (tokens[0], tokens[1] if len(tokens) > 1 else None)
            weight = len(tokens) + (0 if single else 1)
            self._add_pattern(key, _phrase(tokens, genitive), replacement, weight, rule, single)

    def _add_pattern(
        self,
        key: tuple[str, str | None],
        pattern: str,
        replacement: str,
        weight: int,
        rule: str,
        single: bool = False,
    ) -> None:
        if pattern in self._patterns:  # namesakes: the first one registered is used
            return
        self._patterns.add(pattern)
        first, other = key[0].lower(), key[1].lower() if key[1] else None
        self._firsts.add(first)
        entry = (re.compile(pattern, re.IGNORECASE), replacement, weight, rule, single)
        self._index.setdefault((first, other), []).append(entry)

    def _candidates(self, text: str) -> list[Entry]:
        found: dict[int, Entry] = {}
        self._lookup(WORD.findall(text.lower()), found)
        if HUMP.search(text):  # the words of "HøringssvarAnneJensen2026.pdf" looked up apart
            self._lookup(PARTS.findall(HUMP.sub(r"\1 \2", text).lower()), found)
        return sorted(found.values(), key=lambda e: -e[2])

    def _lookup(self, words: list[str], found: dict[int, Entry]) -> None:
        firsts = self._firsts
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

    def _known_phone(self, digits: str) -> bool:
        digits = phone_digits(digits)
        return digits in self._phones or digits[-8:] in self._phones

    def _found(self, text: str, private: bool) -> Iterator[Span]:
        if "@" in text:
            for pattern in self._emails:
                for m in pattern.finditer(text):
                    yield Span(m.start(), m.end(), PLACEHOLDER, KNOWN_EMAIL)
            if self.general:
                for a, b, rule in patterns.emails(text, self.own_domains):
                    yield Span(a, b, PLACEHOLDER, rule)
        if DIGIT.search(text):
            if self._phones:
                for m in DIGIT_RUN.finditer(text):
                    if self._known_phone(m.group()):
                        yield Span(m.start(), m.end(), PLACEHOLDER, KNOWN_PHONE)
            for a, b, rule in patterns.cprs(text):
                yield Span(a, b, PLACEHOLDER, rule)
            if self.general:
                for a, b, rule in patterns.phones(text, lenient=private):
                    yield Span(a, b, PLACEHOLDER, rule)
        if self.general and private:
            for finder in (
                patterns.addresses,
                names_.introduced,
                names_.signatures,
                names_.relatives,
            ):
                for a, b, rule in finder(text):
                    yield Span(a, b, PLACEHOLDER, rule)
        if self._index:
            for pattern, replacement, _, rule, single in self._candidates(text):
                for m in pattern.finditer(text):
                    if not single or _single_ok(text, m.start(), m.end()):
                        yield Span(m.start(), m.end(), replacement, rule)

    def spans(self, text: str, private: bool = False) -> list[Span]:
        """Non-overlapping spans to replace, in order. Overlapping finds merge into one span
        (a known name's label wins over a placeholder)."""
        if not text:
            return []
        found = sorted(
            (
                s
                for s in self._found(text, private)
                if not self._lifted or _norm(text[s.start : s.end]) not in self._lifted
            ),
            key=lambda s: (
                s.start,
                -(s.end - s.start),
                s.replacement == PLACEHOLDER,  # a known name's label wins,
                s.rule not in KNOWN_RULES,  # and a known datum's rule
            ),
        )
        chosen: list[Span] = []
        for span in found:
            if chosen and span.start < chosen[-1].end:
                last = chosen[-1]
                if span.end > last.end:  # overlapping: one span covering both
                    chosen[-1] = Span(last.start, span.end, PLACEHOLDER, last.rule)
                continue
            chosen.append(span)
        return chosen

    def __call__(self, text: str, private: bool = False) -> str:
        return self.apply(text, private)[0]

    def apply(self, text: str, private: bool = False) -> tuple[str, Callable[[int], int]]:
        """The redacted text and a function that moves an old offset to the new text."""
        spans = self.spans(text, private)
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
