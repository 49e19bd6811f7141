"""The Afsender cell: organisations, contacts, kinds, name keys and header addresses."""

from __future__ import annotations

import pytest
from hoeringsdesk.intake.parties import (
    PartyCandidate,
    classify_kind,
    normalise_org_name,
    parse_address,
    parse_sender_cell,
)

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.parsed import Address

from . import builders as b


def test_joint_response_of_three_organisations() -> None:
    parties = parse_sender_cell(b.EXPECTED_ROWS[b.LABEL_SENDER])
    assert parties == [
        PartyCandidate(
            "Grønt Fællesskab København", "Åse Ørnberg", "ase.ornberg@example.dk", "",
            PartyKind.ORGANISATION,
        ),
        PartyCandidate(
            "Nørrebro Skole", "Bo Ege", "bo.ege@skole.kk.dk", "12 34 56 78", PartyKind.AUTHORITY
        ),
        PartyCandidate(
            "Boligforeningen Solgården", "Ida Fisker", "ida@solgaarden.example.org", "",
            PartyKind.ORGANISATION,
        ),
    ]  # fmt: skip


def test_multi_line_address_block_is_one_party() -> None:
    text = (
        "Danske Handicaporganisationer Nordvest\nKontaktperson: Ib Hansen\nib@example.dk\n"
        "Tlf. +45 12 34 56 78\n\nAnne Holm, anne.holm@gmail.com\n\n"
        "Grønne Venner\nIda Fisker\nSøndergade 12\n2400 København NV"
    )
    parties = parse_sender_cell(text)
    assert [(p.organisation, p.contact_name, p.email, p.phone, p.kind) for p in parties] == [
        (
            "Danske Handicaporganisationer Nordvest", "Ib Hansen", "ib@example.dk",
            "+45 12 34 56 78", PartyKind.ORGANISATION,
        ),
        ("", "Anne Holm", "anne.holm@gmail.com", "", PartyKind.PRIVATE),
        ("Grønne Venner", "Ida Fisker", "", "", PartyKind.ORGANISATION),
    ]  # fmt: skip


def test_public_authority_from_name_and_domain() -> None:
    (party,) = parse_sender_cell("Region Hovedstaden v. Kim Lund kim.lund@example.dk")
    assert party.kind is PartyKind.AUTHORITY
    (party,) = parse_sender_cell("Steno Center v. Paul Hansen paul.hansen@regionh.dk")
    assert party.kind is PartyKind.AUTHORITY


@pytest.mark.parametrize(
    ("organisation", "email", "kind"),
    [
        ("Københavns Kommune", "", PartyKind.AUTHORITY),
        ("Socialstyrelsen", "", PartyKind.AUTHORITY),
        ("Beskæftigelsesministeriet", "", PartyKind.AUTHORITY),
        ("Tingbjerg Skole", "", PartyKind.AUTHORITY),
        ("Lille Friskole", "", PartyKind.ORGANISATION),
        ("Grønt Forum", "info@kk.dk", PartyKind.AUTHORITY),
        ("", "x@furesoe.kommune.dk", PartyKind.AUTHORITY),
        ("", "x@ballerupkommune.dk", PartyKind.AUTHORITY),
        ("Agency", "x@agency.gov", PartyKind.AUTHORITY),
        ("", "bo@gmail.com", PartyKind.PRIVATE),
        ("", "bo@example.dk", PartyKind.PRIVATE),
        ("Lokal Forening", "forening@gmail.com", PartyKind.ORGANISATION),
        ("Dansk Flygtningehjælp", "a@example.dk", PartyKind.ORGANISATION),
    ],
)
def test_classify_kind(organisation: str, email: str, kind: PartyKind) -> None:
    assert classify_kind(organisation, email) is kind


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Grøn Energi A/S", "GRØN ENERGI a/s."),
        ("Grøn Energi ApS v/ Bo Ege", "grøn energi"),
        ("Hansen & Søn", "Hansen og Søn"),
        ("  Dansk   Flygtningehjælp, ", "dansk flygtningehjælp"),
        ("Steno Diabetes Center v. Anne Holm", "Steno Diabetes Center"),
    ],
)
def test_normalise_org_name_merges_variants(a: str, b: str) -> None:
    assert normalise_org_name(a) == normalise_org_name(b)
    assert normalise_org_name(a) == normalise_org_name(a).casefold().strip()


def test_normalise_keeps_different_names_apart() -> None:
    assert normalise_org_name("Grøn Energi") != normalise_org_name("Grøn Fremtid")


@pytest.mark.parametrize(
    ("value", "address"),
    [
        ('"Holm, Anne" <Anne.Holm@Example.DK>', Address("Holm, Anne", "Anne.Holm@example.dk")),
        (
            "=?utf-8?q?S=C3=B8ren_=C3=85berg?= <soren@example.dk>",
            Address("Søren Åberg", "soren@example.dk"),
        ),
        ("bo@example.dk", Address("", "bo@example.dk")),
        ("bo@example.dk (Bo Ege)", Address("Bo Ege", "bo@example.dk")),
        ("Bo Ege", Address("Bo Ege", "")),
        ('"', Address()),
        ("", Address()),
    ],
)
def test_parse_address(value: str, address: Address) -> None:
    assert parse_address(value) == address


@pytest.mark.parametrize(
    ("cell", "organisation", "contact"),
    [
        (
            "Integrationsrådet i Nordkysten, formand Amina Yusuf, ir@example.dk",
            "Integrationsrådet i Nordkysten",
            "Amina Yusuf",
        ),
        ("Ældrerådet v/ formand Jens Hansen, tlf. 12 34 56 78", "Ældrerådet", "Jens Hansen"),
        (
            "Dansk Flygtningehjælp, direktør Kim Ege kim@dfh.example.dk",
            "Dansk Flygtningehjælp",
            "Kim Ege",
        ),
        ("Foreningen for ledere, kontakt: Bo Ege", "Foreningen for ledere", "Bo Ege"),
    ],
)
def test_a_role_word_starts_the_contact(cell: str, organisation: str, contact: str) -> None:
    (party,) = parse_sender_cell(cell)
    assert (party.organisation, party.contact_name) == (organisation, contact)
