"""Reading senders from the Afsender cell, letters' signatures and headings, and headers."""

from __future__ import annotations

import pytest

from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.parsed import Address
from hoeringsdesk.intake.senders import read_cell, read_senders
from hoeringsdesk.intake.senders.domains import is_free_mail, is_public
from hoeringsdesk.intake.senders.names import looks_like_organisation, looks_like_person, split_name
from tests.sender_files import OURS, letter, summary, template


# --- the Afsender cell ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (
            "Foreningen Gode Naboer\nv. Rania Møller Aziz, formand\nrania@godenaboer.example.dk",
            [
                ("sender", "organisation", "Foreningen Gode Naboer", ""),
                ("contact", "person", "Rania Møller Aziz", "rania@godenaboer.example.dk"),
            ],
        ),
        (
            "Nørrebro Ungdomshus\nJesper Lindqvist, forstander\n\nFrivilligcenter Nord\n"
            "Ditte Vangsgaard, koordinator",
            [
                ("sender", "organisation", "Nørrebro Ungdomshus", ""),
                ("contact", "person", "Jesper Lindqvist", ""),
                ("co_signer", "organisation", "Frivilligcenter Nord", ""),
                ("contact", "person", "Ditte Vangsgaard", ""),
            ],
        ),
        (
            "Ungdomsklubben Meteoren, Anders Brink klubleder",
            [
                ("sender", "organisation", "Ungdomsklubben Meteoren", ""),
                ("contact", "person", "Anders Brink", ""),
            ],
        ),
        (
            "Privatperson / Erik Holt / Nørrebrogade 12, 2200 København N",
            [("sender", "person", "Erik Holt", "")],
        ),
        (
            "Karen Blixen Museet\nKontaktperson: Mette Skovhus\nTlf. 45 67 89 10\n"
            "ms@blixen.example.dk",
            [
                ("sender", "organisation", "Karen Blixen Museet", ""),
                ("contact", "person", "Mette Skovhus", "ms@blixen.example.dk"),
            ],
        ),
        (
            "Steno Diabetes Center v. Paul Bloch paul.bloch@steno.example.dk\n\n"
            "Tingbjerg Skole v. Marco Damgaard md@skole.example.dk",
            [
                ("sender", "organisation", "Steno Diabetes Center", ""),
                ("contact", "person", "Paul Bloch", "paul.bloch@steno.example.dk"),
                ("co_signer", "organisation", "Tingbjerg Skole", ""),
                ("contact", "person", "Marco Damgaard", "md@skole.example.dk"),
            ],
        ),
        (
            "Foreningen A, Foreningen B og Klubben C",
            [
                ("sender", "organisation", "Foreningen A", ""),
                ("co_signer", "organisation", "Foreningen B", ""),
                ("co_signer", "organisation", "Klubben C", ""),
            ],
        ),
        (
            "Tømrerfirmaet Bech & Søn ApS\nCVR: 29543216\nNiels Bech, indehaver",
            [
                ("sender", "organisation", "Tømrerfirmaet Bech & Søn ApS", ""),
                ("contact", "person", "Niels Bech", ""),
            ],
        ),
        (
            "Region Hovedstaden, Center for Regional Udvikling",
            [("sender", "organisation", "Region Hovedstaden, Center for Regional Udvikling", "")],
        ),
        ("Anja Bøgh-Nielsen (på egne vegne)", [("sender", "person", "Anja Bøgh-Nielsen", "")]),
        (
            "Nydanskerforum Helsingør\nSpejderne i Nordvest\n"
            "Kontaktperson: Mette Sand, mette@nydanskerforum.example.dk",
            [
                ("sender", "organisation", "Nydanskerforum Helsingør", ""),
                ("contact", "person", "Mette Sand", "mette@nydanskerforum.example.dk"),
                ("co_signer", "organisation", "Spejderne i Nordvest", ""),
            ],
        ),
        (
            "Afsendere:\n1. Foreningen Grøn By\n2. Cykelklubben Pedal\n3F Nordsjælland",
            [
                ("sender", "organisation", "Foreningen Grøn By", ""),
                ("co_signer", "organisation", "Cykelklubben Pedal", ""),
                ("co_signer", "organisation", "3F Nordsjælland", ""),
            ],
        ),
        (
            "Dansk Flygtningehjælp Frivillige, Red Barnet og Mødrehjælpen",
            [
                ("sender", "organisation", "Dansk Flygtningehjælp Frivillige", ""),
                ("co_signer", "organisation", "Red Barnet", ""),
                ("co_signer", "organisation", "Mødrehjælpen", ""),
            ],
        ),
    ],
)
def test_the_afsender_cell_in_its_common_shapes(cell: str, expected: list[tuple]) -> None:
    assert summary(read_cell(cell)) == expected


def test_a_private_person_keeps_name_parts_and_address_apart() -> None:
    cell = (
        "Privatperson\nAnne-Sofie Bøgh-Nielsen\nÆbeløvej 3, 2. th.\n8000 Aarhus C\nasbn@example.dk"
    )
    [person] = read_cell(cell)
    assert (person.type, person.kind) == ("person", PartyKind.PRIVATE)
    assert (person.first_name, person.surname) == ("Anne-Sofie", "Bøgh-Nielsen")
    assert (person.street, person.postcode, person.town) == (
        "Æbeløvej 3, 2. th.",
        "8000",
        "Aarhus C",
    )
    assert person.email == "asbn@example.dk"


def test_a_company_with_its_cvr() -> None:
    org, contact = read_cell("Havnens Rengøring ApS\nCVR: 31 42 75 18\natt. Lise Holm")
    assert (org.name, org.kind, org.cvr) == ("Havnens Rengøring ApS", PartyKind.COMPANY, "31427518")
    assert (contact.name, contact.contact_for) == ("Lise Holm", 0)


def test_a_bare_address_is_flagged_not_guessed() -> None:
    [party] = read_cell("info@groenby.example.dk")
    assert party.uncertain and party.name == ""
    assert any("navn" in r for r in party.reasons)


# --- names, kinds, domains -------------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    [
        "Anne Bøgh-Nielsen",
        "Lars Æbelø-Rasmussen",
        "Mohammed Al-Amiri",
        "Zeynep Özdemir",
        "Nguyen Thi Lan",
        "Pieter van der Berg",
        "Mette Kirkegaard",
        "Jens Skovhus",
        "Hüseyin Şahin",
    ],
)
def test_people_with_hyphenated_foreign_and_organisation_like_names(name: str) -> None:
    assert looks_like_person(name)
    assert not looks_like_organisation(name)


@pytest.mark.parametrize(
    "name",
    [
        "Karen Blixen Museet",
        "Carl Nielsen Selskabet",
        "Handicaprådet",
        "Boligselskabet Havbo",
        "Dansk Flygtningehjælp Nordkysten",
        "Havnens Rengøring ApS",
        "LOF Nordkysten",
    ],
)
def test_organisations_named_like_people_are_organisations(name: str) -> None:
    assert looks_like_organisation(name)
    assert not looks_like_person(name)


def test_name_parts() -> None:
    assert split_name("Pieter van der Berg") == ("Pieter", "van der Berg")
    assert split_name("Holm, Anne") == ("Anne", "Holm")


def test_one_list_of_domains() -> None:
    assert is_free_mail("anne@gmail.com") and is_free_mail("bo@privat.dk")
    assert is_free_mail("cy@get2net.dk")
    assert is_public("x@kk.dk") and is_public("y@nordkysten.kommune.dk")
    assert not is_free_mail("anne@havbo.example.dk")


# --- letters ------------------------------------------------------------------------------
def test_a_signed_letter_gives_the_person_and_address() -> None:
    text = (
        "Jeg bor i området og vil gerne knytte nogle bemærkninger til udkastet.\n\n"
        "Jeg savner mere om de ældre.\n\nVenlig hilsen\n\nLeyla Özdemir\nMøllevej 14\n"
        "2400 København NV\nleyla.o@example.net"
    )
    [person] = read_senders(letter(text)).parties
    assert (person.role, person.name, person.email) == (
        PartyRole.SENDER,
        "Leyla Özdemir",
        "leyla.o@example.net",
    )
    assert person.kind is PartyKind.PRIVATE and person.postcode == "2400"


@pytest.mark.parametrize("closing", ["Med venlig hilsen", "Mvh.", "Bedste hilsner", "Kind regards"])
def test_closings(closing: str) -> None:
    text = f"Vi har disse bemærkninger.\n\n{closing}\nBo Frandsen\nFormand\nForeningen Grøn By"
    found = read_senders(letter(text)).parties
    assert summary(found) == [
        ("sender", "organisation", "Foreningen Grøn By", ""),
        ("contact", "person", "Bo Frandsen", ""),
    ]
    assert found[1].title == "Formand"


def test_the_heading_names_the_organisation() -> None:
    text = (
        "Fra Foreningen Gode Naboer i Nordvest\n\nVi takker for muligheden for at svare.\n\n"
        "Med venlig hilsen\nKim Dam\nKasserer"
    )
    assert summary(read_senders(letter(text)).parties) == [
        ("sender", "organisation", "Foreningen Gode Naboer i Nordvest", ""),
        ("contact", "person", "Kim Dam", ""),
    ]


def test_three_organisations_signing_a_body_are_three_senders() -> None:
    text = (
        "Vi står sammen om dette svar.\n\nVenlig hilsen\n\nBeboerforeningen Solgården\n"
        "Kulturhuset Pavillonen\nFDF Nordkysten"
    )
    found = read_senders(letter(text, Address("Ida Lund", "ida@solgaarden.example.dk"))).parties
    assert summary(found) == [
        ("sender", "organisation", "Beboerforeningen Solgården", ""),
        ("contact", "person", "Ida Lund", "ida@solgaarden.example.dk"),  # who mailed it
        ("co_signer", "organisation", "Kulturhuset Pavillonen", ""),
        ("co_signer", "organisation", "FDF Nordkysten", ""),
    ]


def test_the_mails_from_binds_to_the_contact_the_cell_names() -> None:
    reading = read_senders(
        template(
            "Foreningen Fælles Fodslag\nv. Jonas Berg, formand",
            Address("Jonas Berg", "jb@ff.example.dk"),
        )
    )
    assert summary(reading.parties) == [
        ("sender", "organisation", "Foreningen Fælles Fodslag", ""),
        ("contact", "person", "Jonas Berg", "jb@ff.example.dk"),
    ]


def test_a_mail_body_from_a_citizen_is_a_private_person() -> None:
    text = "Jeg er bekymret for, at sprogtilbuddet lukker.\n\nJeg håber, I lytter."
    [person] = read_senders(
        letter(text, Address("Anne Bøgh-Nielsen", "anne.bn@example.net"))
    ).parties
    assert (person.type, person.name, person.kind) == (
        "person",
        "Anne Bøgh-Nielsen",
        PartyKind.PRIVATE,
    )


def test_unsure_is_unknown_and_flagged() -> None:
    reading = read_senders(letter("Se vedhæftede.", Address("", "post@uklart.example.dk")))
    assert reading.uncertain
    [party] = reading.parties
    assert party.kind is PartyKind.UNKNOWN and party.name == ""


def test_nothing_found_says_so() -> None:
    reading = read_senders(letter("Kort bemærkning uden underskrift."))
    assert reading.parties == () and reading.uncertain
    assert reading.all_reasons() == ("Ingen afsender fundet i filen",)


def test_our_own_reply_address_is_never_a_sender() -> None:
    reading = read_senders(letter("Tak.", Address("Høring", "hoering@nordkysten.example.dk")), OURS)
    assert reading.parties == ()


def test_a_letter_saying_it_is_written_privately() -> None:
    text = "Jeg skriver som privatperson, ikke for min arbejdsplads.\n\nMvh\nBo Frandsen"
    [person] = read_senders(letter(text, Address("Bo Frandsen", "bo@firma.example.dk"))).parties
    assert (person.kind, person.evidence) == (PartyKind.PRIVATE, "står som privatperson")


def test_a_valid_cvr_identifies_the_organisation_a_mistyped_one_does_not() -> None:
    [good] = read_cell("Havnens Rengøring ApS\nCVR: 31427517")
    [bad] = read_cell("Havnens Rengøring ApS\nCVR: 31427519")
    assert good.aliases == ("cvr:31427517",) and bad.aliases == ()
    assert bad.cvr == "31427519"  # kept as written, for the officer
