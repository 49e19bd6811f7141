"""Anonymisation for the public variant: private persons numbered, their data blanked in text.

What the public variant keeps and drops:

- A private person (PartyKind.PRIVATE) becomes "Privatperson N", numbered by the first
  response they appear in, then party id. Name, e-mail, phone and address are dropped.
- Wherever a private person's name stands in free text (passage, summary, comment,
  campaign label, other parties' names, the høringsliste) it is replaced by that label
  (full name; first and last name with up to three middle names or initials between;
  "Last, First"); their e-mail, phone (in any spacing, with or without +45) and street address by
  "[anonymiseret]". Single words of a name are not blanked on their own (Danish surnames
  such as Skov, Holm or Lund are ordinary words), unless the name is a single word.
- Any e-mail address, phone-number-like string (8 digits, 2-2-2-2 or 4-4 groups, +45/00…
  international numbers) and CPR-like number (ddmmyy-xxxx) is blanked in all free text.
- Organisations and authorities keep their names, and so do their contact persons, who act
  in an official role; the contact persons' e-mail addresses, phones and addresses are
  dropped. The høringsliste loses its e-mail column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.export.model import (
    ExportData,
    InvitedRow,
    PartyRow,
    RecommendationRow,
    ResponseRow,
)

PLACEHOLDER = "[anonymiseret]"
PRIVATE_LABEL = "Privatperson {}"

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
_DIGIT_RUN = re.compile(r"(?<![\w+])(?:(?:\+|00)\s?)?\d(?:[ \t.\-/]*\d){5,}")
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def _phrase(tokens: list[str], genitive: bool = False) -> str:
    body = r"\W{1,3}".join(re.escape(t) for t in tokens)
    return r"(?<!\w)" + body + (r"(?:s)?" if genitive else "") + r"(?!\w)"


def _digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if len(digits) > 8 and digits.startswith("0045"):
        digits = digits[4:]
    elif len(digits) > 8 and digits.startswith("45"):
        digits = digits[2:]
    return digits


Entry = tuple[re.Pattern[str], str, int]  # pattern, replacement, weight (longest first)
WINDOW = 5  # words from the first to the last word of a name (three middle names between)


def _with_genitive(word: str) -> tuple[str, ...]:
    """The word, and without a genitive s ("jensens" → "jensen")."""
    return (word, word[:-1]) if len(word) > 3 and word.endswith("s") else (word,)


class Redactor:
    """Blanks the known data of private persons and any e-mail or phone number in a text.

    Known names and addresses are indexed by a pair of their words (first and second, or
    first and last), so a text is only tried against the few patterns whose words it
    contains, however many private persons the consultation has.
    """

    def __init__(self) -> None:
        self._index: dict[tuple[str, str | None], list[Entry]] = {}
        self._firsts: set[str] = set()
        self._patterns: set[str] = set()
        self._phones: set[str] = set()

    def add_person(self, party: PartyRow, label: str) -> None:
        for name in {party.contact.strip(), party.organisation.strip()}:
            tokens = _WORD.findall(name)
            if len("".join(tokens)) < 3:
                continue
            self._add(tokens, label, genitive=True)
            if len(tokens) >= 2:
                # first and last name with up to three capitalised middle names or initials
                first, last = re.escape(tokens[0]), re.escape(tokens[-1])
                middle = r"(?:\s+(?-i:[A-ZÆØÅÄÖÜÉ])[\w-]*\.?){0,3}?"
                flexible = rf"(?<!\w){first}{middle}\s+{last}(?:s)?(?!\w)"
                self._add_pattern((tokens[0], tokens[-1]), flexible, label, len(tokens))
                self._add([tokens[-1], *tokens[:-1]], label)  # "Jensen, Anne"
        address = _WORD.findall(party.address)
        if address:
            self._add(address, PLACEHOLDER)
            for line in re.split(r"[,\n]", party.address):
                line = line.strip()
                if line and not line[0].isdigit() and any(c.isdigit() for c in line):
                    self._add(_WORD.findall(line), PLACEHOLDER)  # street and house number
        digits = _digits(party.phone)
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
        words = _WORD.findall(text.lower())
        firsts = self._firsts
        found: dict[int, Entry] = {}
        hits = [
            i for i, w in enumerate(words) if w in firsts or (w[-1] == "s" and w[:-1] in firsts)
        ]
        for i in hits:
            for first in _with_genitive(words[i]):
                if first not in firsts:
                    continue
                keys: list[tuple[str, str | None]] = [(first, None)]
                for w in words[i + 1 : i + 1 + WINDOW]:
                    keys += [(first, v) for v in _with_genitive(w)]
                for key in keys:
                    for entry in self._index.get(key, ()):
                        found[id(entry)] = entry
        return sorted(found.values(), key=lambda e: -e[2])

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if "@" in text:
            text = EMAIL_RE.sub(PLACEHOLDER, text)
        if _DIGIT.search(text):
            if self._phones:
                text = _DIGIT_RUN.sub(self._known_phone, text)
            text = PHONE_RE.sub(PLACEHOLDER, text)
        if self._index:
            for pattern, replacement, _ in self._candidates(text):
                text = pattern.sub(replacement, text)
        return text

    def _known_phone(self, match: re.Match[str]) -> str:
        digits = _digits(match.group())
        if digits in self._phones or digits[-8:] in self._phones:
            return PLACEHOLDER
        return match.group()


def private_labels(responses: tuple[ResponseRow, ...]) -> dict[int, str]:
    """party id → "Privatperson N", numbered by first response number, then party id."""
    first: dict[int, int] = {}
    for response in responses:
        for party in response.parties:
            if party.kind == PartyKind.PRIVATE:
                seen = first.get(party.party_id)
                if seen is None or response.number < seen:
                    first[party.party_id] = response.number
    order = sorted(first, key=lambda pid: (first[pid], pid))
    return {pid: PRIVATE_LABEL.format(i) for i, pid in enumerate(order, 1)}


def build_redactor(responses: tuple[ResponseRow, ...]) -> tuple[Redactor, dict[int, str]]:
    labels = private_labels(responses)
    redactor = Redactor()
    done: set[int] = set()
    for response in responses:
        for party in response.parties:
            if party.party_id in labels and party.party_id not in done:
                done.add(party.party_id)
                redactor.add_person(party, labels[party.party_id])
    return redactor, labels


def _public_party(party: PartyRow, labels: dict[int, str], clean: Callable[[str], str]) -> PartyRow:
    if party.party_id in labels:
        return PartyRow(
            party.party_id, PartyKind.PRIVATE, "", labels[party.party_id], role=party.role
        )
    return PartyRow(
        party.party_id, party.kind, clean(party.organisation), clean(party.contact), role=party.role
    )


def anonymise(data: ExportData) -> ExportData:
    """The public variant of internal export data."""
    if data.public:
        return data
    clean, labels = build_redactor(data.responses)
    responses = tuple(
        replace(
            r,
            parties=tuple(_public_party(p, labels, clean) for p in r.parties),
            campaign_label=clean(r.campaign_label),
        )
        for r in data.responses
    )
    recommendations = tuple(
        RecommendationRow(
            response_number=r.response_number,
            section_ids=r.section_ids,
            type=r.type,
            summary=clean(r.summary),
            passage=clean(r.passage),
            comment_text=clean(r.comment_text),
            outcome=r.outcome,
            comment_id=r.comment_id,
        )
        for r in data.recommendations
    )
    invited = tuple(
        InvitedRow(clean(i.name), "", i.answered, i.answered_at, i.response_numbers)
        for i in data.invited
    )
    return replace(
        data,
        responses=responses,
        recommendations=recommendations,
        invited=invited,
        public=True,
    )
