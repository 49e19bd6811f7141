"""Sender phrasings by class, from the misses of evaluation set v8's held-out part: a cell's
labels with a qualifier ("Evt. forening:", "Eventuel organisation:") and a field left "not
relevant", a private person's sentence in the organisation's place ("Svarer ikke for en
forening", "Jeg skriver som enkeltperson"), two contacts joined by a longer connective ("plus",
"og endelig", "samt også") or named as the answer's writers, and a form's organisation field
read as an organisation whatever its words.

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


# -- two contacts joined by a longer connective, or named as the answer's writers ------------
@pytest.mark.parametrize(
    "line",
    [
        "Mikkel Bruun plus Lotte Thrane",
        "Mikkel Bruun og endelig Lotte Thrane",
        "Mikkel Bruun samt også Lotte Thrane",
        "Mikkel Bruun og desuden Lotte Thrane",
        "Svaret er forfattet i fællesskab af Mikkel Bruun og Lotte Thrane",
        "Høringssvaret er formuleret af Mikkel Bruun samt Lotte Thrane",
    ],
)
def test_two_contacts_joined_by_a_longer_connective_are_both_persons(line: str) -> None:
    who = Address("Lotte Thrane", "lotte.thrane@solsikken.example.dk")
    cell = f"Foreningen Solsikken\n{line}\nlotte.thrane@solsikken.example.dk"
    found = read_senders(template(cell, who), OURS).parties
    assert summary(found) == [
        ("sender", "organisation", "Foreningen Solsikken", ""),
        ("contact", "person", "Mikkel Bruun", ""),
        ("contact", "person", "Lotte Thrane", "lotte.thrane@solsikken.example.dk"),
    ]


def test_one_writer_named_as_the_answers_author_is_the_contact() -> None:
    who = Address("Lotte Thrane", "lotte.thrane@solsikken.example.dk")
    cell = (
        "Foreningen Solsikken\nSvaret er formuleret af Lotte Thrane\n"
        "lotte.thrane@solsikken.example.dk"
    )
    found = read_senders(template(cell, who), OURS).parties
    assert summary(found) == [
        ("sender", "organisation", "Foreningen Solsikken", ""),
        ("contact", "person", "Lotte Thrane", "lotte.thrane@solsikken.example.dk"),
    ]


# -- a form's organisation field names an organisation, whatever its words --------------------
@pytest.mark.parametrize(
    ("label", "org"),
    [
        ("Organisation", "Koret Stjerneskud"),
        ("Evt. forening", "Venner af Nørreskoven"),
        ("Organisation", "Afghanske Mødre i Nordby"),
    ],
)
def test_the_value_of_an_organisation_field_is_the_organisation(label: str, org: str) -> None:
    who = Address("Helle Vinther", "hv@stjerneskud.example.dk")
    for name_label in ("Navn", "Name"):
        cell = f"{name_label}: Helle Vinther\n{label}: {org}\nE-mail: hv@stjerneskud.example.dk"
        found = read_senders(template(cell, who), OURS).parties
        assert summary(found) == [
            ("sender", "organisation", org, ""),
            ("contact", "person", "Helle Vinther", "hv@stjerneskud.example.dk"),
        ], cell


@pytest.mark.parametrize("value", ["Not applicable", "None", "Privatperson"])
def test_an_organisation_field_naming_no_organisation_leaves_the_person(value: str) -> None:
    who = Address("Helle Vinther", "helle.v@mail.example.dk")
    cell = f"Name: Helle Vinther\nOrganisation: {value}\nE-mail: helle.v@mail.example.dk"
    found = read_senders(template(cell, who), OURS).parties
    assert summary(found) == [("sender", "person", "Helle Vinther", "helle.v@mail.example.dk")]
