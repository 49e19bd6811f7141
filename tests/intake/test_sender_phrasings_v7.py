"""Sender phrasings by class, from the misses of evaluation set v7's held-out part: a writer
signing with their initials only, and a contact introduced by a label of common words
("Tovholdere:", "Navn og titel:", "Svaret koordineres af …").

Every example is invented for this file (no benchmark pool is used)."""

from __future__ import annotations

import pytest

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.parsed import Address
from hoeringsdesk.intake.senders import read_senders
from tests.sender_files import OURS, letter, summary, template

WE = "Vi har læst udkastet med interesse og har nogle bemærkninger til afsnittet om sprog.\n\n"
I_WRITE = (
    "Jeg bor i kvarteret og skriver, fordi jeg selv har gået på sprogskole. Jeg håber, at "
    "mine bemærkninger bliver læst.\n\n"
)


# -- initials under the closing ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("signed", "name"),
    [("MB", "Mikkel Bruun"), ("KH", "Karin Marie Hald"), ("KMH", "Karin Marie Hald")],
)
def test_a_citizen_signing_with_initials_is_the_person_of_the_from(signed: str, name: str) -> None:
    who = Address(name, "kmh77@gmail.com")
    found = read_senders(letter(f"{I_WRITE}Mange hilsner\n\n{signed}", who), OURS).parties
    assert summary(found) == [("sender", "person", name, "kmh77@gmail.com")]
    assert found[0].kind is PartyKind.PRIVATE


def test_initials_above_the_organisation_name_no_second_organisation() -> None:
    who = Address("Lotte Thrane", "lt@solsikken.example.dk")
    text = f"{WE}Med venlig hilsen\n\nLT\nForeningen Solsikken"
    found = read_senders(letter(text, who), OURS).parties
    assert summary(found) == [
        ("sender", "organisation", "Foreningen Solsikken", ""),
        ("contact", "person", "Lotte Thrane", "lt@solsikken.example.dk"),
    ]


def test_an_acronym_that_is_not_the_writers_initials_stays_an_organisation() -> None:
    who = Address("Lotte Thrane", "lt@foa.example.dk")
    found = read_senders(letter(f"{WE}Med venlig hilsen\n\nFOA", who), OURS).parties
    assert summary(found)[0] == ("sender", "organisation", "FOA", "")


# -- a contact introduced by a label of common words -----------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Tovholder: Lotte Thrane",
        "Navn og titel: Lotte Thrane, kasserer",
        "Yderligere spørgsmål: Lotte Thrane",
        "Svaret koordineres af Lotte Thrane, tlf. 22 33 44 55",
        "Høringssvaret er koordineret af Lotte Thrane",
        "Kontaktes via: Lotte Thrane",
        "Kontaktes gennem Lotte Thrane",
    ],
)
def test_a_labelled_contact_is_a_person_not_an_organisation(line: str) -> None:
    who = Address("Lotte Thrane", "lotte.thrane@solsikken.example.dk")
    cell = f"Foreningen Solsikken\n{line}\nlotte.thrane@solsikken.example.dk"
    found = read_senders(template(cell, who), OURS).parties
    assert summary(found) == [
        ("sender", "organisation", "Foreningen Solsikken", ""),
        ("contact", "person", "Lotte Thrane", "lotte.thrane@solsikken.example.dk"),
    ]


def test_contacts_named_together_under_a_label_are_both_persons() -> None:
    who = Address("Lotte Thrane", "lotte.thrane@solsikken.example.dk")
    for line in (
        "Tovholdere: Mikkel Bruun og Lotte Thrane",
        "Svaret er koordineret af Mikkel Bruun i fællesskab med Lotte Thrane",
    ):
        cell = f"Foreningen Solsikken\n{line}\nlotte.thrane@solsikken.example.dk"
        found = read_senders(template(cell, who), OURS).parties
        assert summary(found) == [
            ("sender", "organisation", "Foreningen Solsikken", ""),
            ("contact", "person", "Mikkel Bruun", ""),
            ("contact", "person", "Lotte Thrane", "lotte.thrane@solsikken.example.dk"),
        ], line


def test_an_organisation_before_a_colon_is_still_the_organisation() -> None:
    who = Address("Lotte Thrane", "lotte.thrane@solsikken.example.dk")
    cell = "Foreningen Solsikken: Lotte Thrane, formand\nlotte.thrane@solsikken.example.dk"
    found = read_senders(template(cell, who), OURS).parties
    assert summary(found)[0] == ("sender", "organisation", "Foreningen Solsikken", "")


# -- an English private statement ------------------------------------------------------------
@pytest.mark.parametrize(
    "cell",
    [
        "Private individual ▪ Mikkel Bruun ▪ Havnevej 3, 4300 Holbæk",
        "Private person\nMikkel Bruun\nHavnevej 3\n4300 Holbæk",
        "Mikkel Bruun (private individual)\nHavnevej 3",
        "As a private citizen: Mikkel Bruun",
    ],
)
def test_an_english_private_statement_names_no_organisation(cell: str) -> None:
    found = read_senders(template(cell, Address("Mikkel Bruun", "mbruun@proton.me")), OURS)
    assert summary(found.parties) == [("sender", "person", "Mikkel Bruun", "mbruun@proton.me")]
    assert found.parties[0].kind is PartyKind.PRIVATE


# -- an English two-word title before the organisation ---------------------------------------
@pytest.mark.parametrize(
    "title", ["Managing Director", "Executive Director", "Deputy Chairman", "General Manager"]
)
def test_an_english_title_with_a_qualifier_is_a_role_not_an_organisation(title: str) -> None:
    text = (
        "Dear Nordkysten Municipality,\nWe welcome the draft policy and thank you for the "
        f"opportunity to comment.\n\nYours faithfully,\nLotte Thrane\n{title}, Foreningen Solsikken"
    )
    who = Address("Lotte Thrane", "lt@solsikken.example.dk")
    found = read_senders(letter(text, who), OURS).parties
    assert summary(found) == [
        ("sender", "organisation", "Foreningen Solsikken", ""),
        ("contact", "person", "Lotte Thrane", "lt@solsikken.example.dk"),
    ]
    assert found[1].title == title
