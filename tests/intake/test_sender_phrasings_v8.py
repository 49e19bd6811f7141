"""Sender phrasings by class, from the misses of evaluation set v8's held-out part: a cell's
labels with a qualifier ("Evt. forening:", "Eventuel organisation:") and a field left "not
relevant", and a private person's sentence in the organisation's place ("Svarer ikke for en
forening", "Jeg skriver som enkeltperson").

Every example is invented for this file (no benchmark pool is used)."""

from __future__ import annotations

import pytest

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.parsed import Address
from hoeringsdesk.intake.senders import read_senders
from tests.sender_files import OURS, summary, template


# -- a qualified organisation label, or the field marked not relevant ------------------------
@pytest.mark.parametrize(
    ("label", "org"),
    [
        ("Evt. forening", "Foreningen Stjerneskud"),
        ("Eventuel organisation", "Kvindenetværket Lyset"),
        ("Evt organisation", "Sejlklubben Ørnen"),
        ("Evt. virksomhed", "Tandlæge Holm ApS"),
    ],
)
def test_a_qualified_organisation_label_is_not_part_of_the_name(label: str, org: str) -> None:
    who = Address("Helle Vinther", "hv@stjernekoret.example.dk")
    cell = f"Navn: Helle Vinther\n{label}: {org}\nE-mail: hv@stjernekoret.example.dk"
    found = read_senders(template(cell, who), OURS).parties
    assert summary(found) == [
        ("sender", "organisation", org, ""),
        ("contact", "person", "Helle Vinther", "hv@stjernekoret.example.dk"),
    ]


@pytest.mark.parametrize(
    "value", ["Ikke relevant", "ikke aktuelt", "Ej relevant", "Ingen", "Ikke relevant."]
)
def test_an_organisation_field_marked_not_relevant_leaves_a_private_person(value: str) -> None:
    who = Address("Helle Vinther", "helle.v@mail.example.dk")
    cell = f"Navn: Helle Vinther\nEvt. organisation: {value}\nMail: helle.v@mail.example.dk"
    found = read_senders(template(cell, who), OURS).parties
    assert summary(found) == [("sender", "person", "Helle Vinther", "helle.v@mail.example.dk")]
    assert found[0].kind is PartyKind.PRIVATE


# -- a private person's sentence where an organisation would stand ---------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Ikke på vegne af nogen forening",
        "Svarer ikke for en organisation",
        "Jeg skriver som enkeltperson",
        "Jeg svarer som almindelig borger",
        "Afsenderen er privatperson",
        "Skrevet som enkeltborger",
    ],
)
def test_a_private_persons_sentence_is_no_organisation(said: str) -> None:
    who = Address("Helle Vinther", "helle.v@mail.example.dk")
    cell = f"{said}\nHelle Vinther\nKløvervej 9, 4800 Nykøbing F"
    found = read_senders(template(cell, who), OURS).parties
    assert summary(found) == [("sender", "person", "Helle Vinther", "helle.v@mail.example.dk")]
    assert found[0].kind is PartyKind.PRIVATE

