"""Anonymisation for the public variant: private persons numbered, their data blanked in text.

What the public variant keeps and drops:

- A private person (PartyKind.PRIVATE) becomes "Privatperson N" in the consultation's one
  numbering (``ExportData.pseudonyms``, the same as in the window and the internal variant;
  without it, numbered by the first response they appear in, then party id). Name, e-mail,
  phone and address are dropped.
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

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import PurePath

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.redaction import PLACEHOLDER, Redactor
from hoeringsdesk.export.model import (
    ExportData,
    PartyRow,
    RecommendationRow,
    ResponseRow,
)

PRIVATE_LABEL = "Privatperson {}"


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


def build_redactor(
    responses: tuple[ResponseRow, ...], numbering: Mapping[int, str] | None = None
) -> tuple[Redactor, dict[int, str]]:
    labels = private_labels(responses)
    if numbering:
        labels = {pid: numbering.get(pid, label) for pid, label in labels.items()}
    redactor = Redactor(general=True)
    done: set[int] = set()
    for response in responses:
        for party in response.parties:
            if party.party_id in labels and party.party_id not in done:
                done.add(party.party_id)
                redactor.add_person(
                    names=[party.contact, party.organisation],
                    phone=party.phone,
                    address=party.address,
                    label=labels[party.party_id],
                )
    return redactor, labels


def public_cleaner(
    responses: tuple[ResponseRow, ...], numbering: Mapping[int, str] | None = None
) -> Callable[[str], str]:
    """The public variant's redaction of free text (the same as the other exports use)."""
    return build_redactor(responses, numbering)[0]


def _public_party(party: PartyRow, labels: dict[int, str], clean: Callable[[str], str]) -> PartyRow:
    if party.party_id in labels:
        return PartyRow(
            party.party_id, PartyKind.PRIVATE, "", labels[party.party_id], role=party.role
        )
    return PartyRow(
        party.party_id, party.kind, clean(party.organisation), clean(party.contact), role=party.role
    )


def _public_file_name(r: ResponseRow, labels: dict[int, str], clean: Callable[[str], str]) -> str:
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
    clean, labels = build_redactor(data.responses, data.pseudonyms)
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
            summary=clean(r.summary),
            passage=clean(r.passage),
            comment_text=clean(r.comment_text),
            outcome=r.outcome,
            comment_id=r.comment_id,
        )
        for r in data.recommendations
    )
    invited = tuple(replace(i, name=clean(i.name), email="") for i in data.invited)
    return replace(
        data,
        responses=responses,
        recommendations=recommendations,
        invited=invited,
        public=True,
    )
