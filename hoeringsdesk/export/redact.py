"""Anonymisation for the public variant: private persons numbered, their data blanked in text.

What the public variant keeps and drops (the redaction engine is domain/redaction.py):

- A private person (PartyKind.PRIVATE) becomes "Privatperson N" in the consultation's one
  numbering (``ExportData.pseudonyms``, the same as in the window and the internal variant;
  without it, numbered by the first response they appear in, then party id). Name, e-mail,
  phone and address are dropped.
- Wherever a private person's known data stands in free text (passage, summary, comment,
  campaign label, other parties' names, the høringsliste, the title) it is replaced: the
  name (full, "Last, First", first name or surname alone) by that label, e-mail, phone,
  street and postcode + town by "[anonymiseret]".
- Any e-mail address (except the municipality's own domains, from the consultation's reply
  addresses), phone number and CPR number is blanked in all free text; in private persons'
  texts also street addresses, introduced names, signature names and relatives' names.
- Organisations and authorities keep their names, and so do their contact persons, who act
  in an official role; the contact persons' e-mail addresses, phones and addresses are
  dropped. The høringsliste loses its e-mail column.
- A private person's file name keeps only its extension.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import PurePath

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.redaction import PLACEHOLDER, Redactor, Span
from hoeringsdesk.export.model import (
    ExportData,
    ExportedResponse,
    PartyRow,
    RecommendationRow,
)

PRIVATE_LABEL = "Privatperson {}"
CONTEXT = 40  # characters of the text shown on either side of a find


def private_labels(responses: tuple[ExportedResponse, ...]) -> dict[int, str]:
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


def own_domains(addresses: Iterable[str]) -> tuple[str, ...]:
    """The mail domains of the municipality's own addresses (a consultation's reply
    addresses): their e-mail addresses stay in the public variant."""
    return tuple(dict.fromkeys(a.rsplit("@", 1)[1].lower() for a in addresses if "@" in a))


def build_redactor(
    responses: tuple[ExportedResponse, ...],
    domains: Iterable[str] = (),
    numbering: Mapping[int, str] | None = None,
) -> tuple[Redactor, dict[int, str]]:
    labels = private_labels(responses)
    if numbering:
        labels = {pid: numbering.get(pid, label) for pid, label in labels.items()}
    redactor = Redactor(general=True, own_domains=domains)
    done: set[int] = set()
    for response in responses:
        for party in response.parties:
            if party.party_id in labels and party.party_id not in done:
                done.add(party.party_id)
                redactor.add_person(
                    names=[party.contact, party.organisation],
                    email=party.email,
                    phone=party.phone,
                    address=party.address,
                    label=labels[party.party_id],
                )
            elif party.party_id not in labels and party.party_id not in done:
                done.add(party.party_id)  # a contact person keeps the name, not the details
                redactor.add_person(email=party.email, phone=party.phone, name_from_email=False)
    return redactor, labels


class Cleaner:
    """The public variant's redaction of one export's free text; a response's own text is
    treated as a private person's when one of its parties is private."""

    def __init__(
        self,
        responses: tuple[ExportedResponse, ...],
        domains: Iterable[str] = (),
        texts: Iterable[tuple[int, str]] = (),
        numbering: Mapping[int, str] | None = None,
        lifted: Iterable[str] = (),
        hidden: Iterable[str] = (),
    ) -> None:
        self.redactor, self.labels = build_redactor(responses, domains, numbering)
        self.redactor.lift(lifted)
        self.redactor.hide(hidden)
        self.private_numbers = {
            r.number for r in responses if any(p.party_id in self.labels for p in r.parties)
        }
        for number, text in texts:  # names the private texts introduce or sign are known
            if number in self.private_numbers:
                self.redactor.learn(text)

    def __call__(self, text: str, private: bool = False) -> str:
        return self.redactor(text, private)

    def of_response(self, number: int, text: str) -> str:
        """Text written by the senders of response ``number``."""
        return self.redactor(text, number in self.private_numbers)

    def finds(self, number: int, place: str, text: str, own: bool = True) -> list[Finding]:
        """What the redaction hides in one text, with the rule that found it."""
        private = own and number in self.private_numbers
        return [
            Finding(number, place, text[s.start : s.end], s.rule, s.replacement, _context(text, s))
            for s in self.redactor.spans(text, private)
        ]


def _context(text: str, span: Span) -> str:
    """The find with up to CONTEXT characters either side, on one line ("…" where cut)."""
    a, b = max(0, span.start - CONTEXT), min(len(text), span.end + CONTEXT)
    before = ("…" if a else "") + text[a : span.start]
    after = text[span.end : b] + ("…" if b < len(text) else "")
    return " ".join(f"{before}[{text[span.start : span.end]}]{after}".split())


@dataclass(frozen=True)
class Finding:
    """One redaction of the public variant: in which response and place, what, which rule,
    and what replaces it (for the officer's review before a public export)."""

    response_number: int
    place: str
    text: str
    rule: str
    replacement: str
    context: str = ""  # the find in its sentence, marked with [ ]


def findings(data: ExportData) -> list[Finding]:
    """Every redaction the public variant of ``data`` makes in free text, in response order
    (the quote, the summary and the answer of each recommendation, the file name and the
    names of organisations' parties)."""
    clean = _cleaner(data)
    out: list[Finding] = []
    for r in data.responses:
        out += clean.finds(r.number, "Filnavn", r.source_name)
        out += clean.finds(r.number, "Kampagne", r.campaign_label, own=False)
        for p in r.parties:
            if p.party_id not in clean.labels:
                out += clean.finds(
                    r.number, "Afsender", f"{p.organisation} {p.contact}".strip(), own=False
                )
    for rec in data.recommendations:
        out += clean.finds(rec.response_number, "Citat", rec.passage)
        out += clean.finds(rec.response_number, "Resumé", rec.summary)
        out += clean.finds(rec.response_number, "Svar", rec.comment_text, own=False)
    return sorted(out, key=lambda f: f.response_number)


def _cleaner(data: ExportData) -> Cleaner:
    return Cleaner(
        data.responses,
        data.consultation.own_domains,
        ((r.response_number, r.passage) for r in data.recommendations),
        numbering=data.pseudonyms,
        lifted=data.lifted,
        hidden=data.hidden,
    )


def public_cleaner(
    responses: tuple[ExportedResponse, ...],
    domains: Iterable[str] = (),
    numbering: Mapping[int, str] | None = None,
    lifted: Iterable[str] = (),
    hidden: Iterable[str] = (),
) -> Cleaner:
    """The public variant's redaction of free text (the same as the other exports use),
    with the officer's decisions."""
    return Cleaner(responses, domains, numbering=numbering, lifted=lifted, hidden=hidden)


def _public_party(party: PartyRow, labels: dict[int, str], clean: Cleaner) -> PartyRow:
    if party.party_id in labels:
        return PartyRow(
            party.party_id, PartyKind.PRIVATE, "", labels[party.party_id], role=party.role
        )
    return PartyRow(
        party.party_id, party.kind, clean(party.organisation), clean(party.contact), role=party.role
    )


def _public_file_name(r: ExportedResponse, labels: dict[int, str], clean: Cleaner) -> str:
    """A private person's file names often carry their name ("anne_jensen.docx", which the
    name patterns do not see): only the extension stays."""
    if any(p.party_id in labels for p in r.parties) and r.source_name:
        suffix = PurePath(r.source_name).suffix
        return PLACEHOLDER + suffix
    return clean(r.source_name)


def anonymise(data: ExportData) -> ExportData:
    """The public variant of internal export data."""
    if data.public:
        return data
    clean = _cleaner(data)
    labels = clean.labels
    responses = tuple(
        replace(
            r,
            parties=tuple(_public_party(p, labels, clean) for p in r.parties),
            campaign_label=clean(r.campaign_label),
            source_name=_public_file_name(r, labels, clean),
        )
        for r in data.responses
    )
    recommendations = tuple(
        RecommendationRow(
            response_number=r.response_number,
            section_ids=r.section_ids,
            type=r.type,
            summary=clean.of_response(r.response_number, r.summary),
            passage=clean.of_response(r.response_number, r.passage),
            comment_text=clean(r.comment_text),
            outcome=r.outcome,
            comment_id=r.comment_id,
        )
        for r in data.recommendations
    )
    invited = tuple(replace(i, name=clean(i.name), email="") for i in data.invited)
    consultation = replace(data.consultation, title=clean(data.consultation.title))
    return replace(
        data,
        consultation=consultation,
        responses=responses,
        recommendations=recommendations,
        invited=invited,
        public=True,
    )
