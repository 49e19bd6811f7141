"""Anonymisation for the public variant: numbering, known data in text, general patterns."""

from __future__ import annotations

import pytest

from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.redaction import PLACEHOLDER
from hoeringsdesk.export.model import PartyRow
from hoeringsdesk.export.redact import anonymise, build_redactor, private_labels
from tests.export.samples import ANNE, HAVBO, METTE, response, sample_data

LARS = PartyRow(
    9,
    PartyKind.PRIVATE,
    "",
    "Lars Mikkel Østergaard",
    "lmo@example.net",
    "+45 87 65 43 21",
    "Bakkevej 7, 4300 Holbæk",
)


def redactor():  # type: ignore[no-untyped-def]
    clean, _ = build_redactor((response(1, ANNE), response(2, LARS), response(3, METTE)))
    return clean


def test_private_persons_numbered_by_first_response_then_party_id() -> None:
    a = PartyRow(50, PartyKind.PRIVATE, contact="A")
    b = PartyRow(40, PartyKind.PRIVATE, contact="B")
    c = PartyRow(60, PartyKind.PRIVATE, contact="C")
    responses = (response(7, c), response(3, a, b), response(9, a), response(2, HAVBO))
    assert private_labels(responses) == {
        40: "Privatperson 1",
        50: "Privatperson 2",
        60: "Privatperson 3",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anne Jensen skriver", "Privatperson 1 skriver"),
        ("ANNE JENSEN", "Privatperson 1"),
        ("Anne  Jensens forslag", "Privatperson 1 forslag"),
        ("Jensen, Anne", "Privatperson 1"),
        ("Hilsen Lars M. Østergaard", "Hilsen Privatperson 2"),
        ("Lars Østergaard", "Privatperson 2"),
        ("Strandvejen 12, 4000 Roskilde", PLACEHOLDER),
        ("bor på Strandvejen 12", f"bor på {PLACEHOLDER}"),
        ("Bakkevej 7\n4300 Holbæk", PLACEHOLDER),
        ("skriv til anne.jensen@example.dk", f"skriv til {PLACEHOLDER}"),
        ("tlf. 22334455", f"tlf. {PLACEHOLDER}"),
        ("tlf. 22 33 44 55", f"tlf. {PLACEHOLDER}"),
        ("tlf. +45 22 33 44 55", f"tlf. {PLACEHOLDER}"),
        ("tlf. 0045 22334455", f"tlf. {PLACEHOLDER}"),
        ("tlf. 2233-4455", f"tlf. {PLACEHOLDER}"),
        ("tlf. 22.33.44.55", f"tlf. {PLACEHOLDER}"),
        ("ring 87 654 321", f"ring {PLACEHOLDER}"),
        # anyone's e-mail address or phone number, known or not
        ("kontakt ukendt@firma.example.com", f"kontakt {PLACEHOLDER}"),
        ("ring 31 22 33 44 eller 5566 7788", f"ring {PLACEHOLDER} eller {PLACEHOLDER}"),
        ("ring +46 8 123 456 78", f"ring {PLACEHOLDER}"),
        ("cpr 010190-1234", f"cpr {PLACEHOLDER}"),
        # a known first name or surname alone, when written as a name (capital or glued
        # into a file name) -- some over-redaction of ordinary words is the price of no leak
        ("Mette Skov vil bevare skoven", "Privatperson 3 vil bevare skoven"),
        ("Skov er vigtig, skov er godt", "Privatperson 3 er vigtig, skov er godt"),
        ("mette_skov.docx, Jensens brev", "Privatperson 3.docx, Privatperson 1 brev"),
        ("4000 Roskilde", PLACEHOLDER),  # a private person's postcode and town
        # ordinary numbers stay
        ("Frist 31-03-2027, plan 2027-2030", "Frist 31-03-2027, plan 2027-2030"),
        ("sag 27-0012345, 1.000.000 kr., kl. 10.00", "sag 27-0012345, 1.000.000 kr., kl. 10.00"),
        ("ring 11 22 33 44", "ring 11 22 33 44"),  # no Danish number, says phonenumbers
    ],
)
def test_redacts_known_and_general_personal_data(text: str, expected: str) -> None:
    assert redactor()(text) == expected


def test_public_variant_of_the_sample() -> None:
    public = anonymise(sample_data())
    assert public.public and public.variant == "offentlig"
    anne = public.responses[1].parties[0]
    assert anne == PartyRow(2, PartyKind.PRIVATE, "", "Privatperson 1", role=PartyRole.SENDER)
    havbo = public.responses[0].parties[0]
    assert (havbo.organisation, havbo.contact) == ("Boligselskabet Havbo", "Peter Holm")
    assert (havbo.email, havbo.phone, havbo.address) == ("", "", "")
    assert public.recommendations[2].summary == "Privatperson 1 vil have cykelstier."
    assert all(i.email == "" for i in public.invited)
    assert [i.answered for i in public.invited] == [True, False]
    assert anonymise(public) is public


def test_namesakes_and_many_persons() -> None:
    people = [
        PartyRow(i, PartyKind.PRIVATE, "", f"{first} {last}", f"p{i}@example.dk", f"{30000000 + i}")
        for i, (first, last) in enumerate(
            [(f, la) for f in ("Anne", "Bo", "Ida") for la in ("Jensen", "Holm")] * 2, 1
        )
    ]
    clean, labels = build_redactor(tuple(response(n, p) for n, p in enumerate(people, 1)))
    assert len(labels) == 12
    assert clean("Bo Holm og Ida Jensens brev, tlf. 30000005") == (
        f"Privatperson 4 og Privatperson 5 brev, tlf. {PLACEHOLDER}"  # first namesake wins
    )
    assert clean("holm og bo") == "holm og bo"  # lower case: ordinary words
