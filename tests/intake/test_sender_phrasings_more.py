"""More sender phrasings, by class: a line saying the writer is a private person, names joined
by 'sammen med' or '+', and contact lines worded as a question's address.

Every example is invented for this file (no benchmark pool is used)."""

from __future__ import annotations

import pytest

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.intake.senders import read_cell, read_senders
from tests.sender_files import letter, summary, template

WE = "Vi har læst udkastet med interesse og har nogle bemærkninger til afsnittet om sprog.\n\n"


@pytest.mark.parametrize(
    "statement",
    [
        "Personligt høringssvar",
        "Privat høringssvar",
        "Individuelt svar",
        "Privat henvendelse",
        "Borger i Roskilde Kommune",
        "Borger i Holbæk",
        "Som beboer i kommunen",
        "Beboer i området",
        "Indbygger i byen",
        "Indsendt som privatperson",
        "Høringssvar fra en borger",
        "Privat høringssvar fra en borger",
    ],
)
def test_a_line_saying_the_writer_is_private_is_no_organisation(statement: str) -> None:
    [person] = read_cell(f"{statement}\nSøren Mikkelsen\nLærkevej 3\n4000 Roskilde")
    assert (person.type, person.name, person.kind) == (
        "person",
        "Søren Mikkelsen",
        PartyKind.PRIVATE,
    )


@pytest.mark.parametrize(
    "group",
    ["Beboerne i Lærkeparken", "Borgergruppen Lærkeparken", "Beboerforeningen Lærkeparken"],
)
def test_a_group_of_residents_is_still_an_organisation(group: str) -> None:
    parties = read_cell(f"{group}\nv. Søren Mikkelsen")
    assert parties[0].type == "organisation"
    assert parties[0].name == group


@pytest.mark.parametrize("joiner", ["sammen med", "+"])
def test_two_citizens_signing_one_letter(joiner: str) -> None:
    parties = read_senders(
        letter(f"{WE}Venlig hilsen\n\nSøren Mikkelsen {joiner} Karen Lund\nLærkevej 3")
    ).parties
    assert [(p.type, p.name, p.role.value) for p in parties] == [
        ("person", "Søren Mikkelsen", "sender"),
        ("person", "Karen Lund", "co_signer"),
    ]
    assert parties[0].kind == PartyKind.PRIVATE


@pytest.mark.parametrize("joiner", ["sammen med", "+"])
def test_organisations_joined_on_one_line(joiner: str) -> None:
    parties = read_senders(
        letter(f"{WE}Venlig hilsen\n\nForeningen Lyset, Klubben Gnisten {joiner} Lyseskolen")
    ).parties
    assert [(p.type, p.name) for p in parties] == [
        ("organisation", "Foreningen Lyset"),
        ("organisation", "Klubben Gnisten"),
        ("organisation", "Lyseskolen"),
    ]


@pytest.mark.parametrize("joiner", ["sammen med", "+"])
def test_two_contact_persons_joined_under_an_organisation(joiner: str) -> None:
    cell = f"Foreningen Lyset\nKontaktpersoner: Søren Mikkelsen {joiner} Karen Lund"
    assert [(p.type, p.name) for p in read_cell(cell)] == [
        ("organisation", "Foreningen Lyset"),
        ("person", "Søren Mikkelsen"),
        ("person", "Karen Lund"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Yderligere spørgsmål til",
        "Spørgsmål til svaret kan rettes til",
        "Evt. spørgsmål til",
        "Spørgsmål sendes til",
    ],
)
def test_a_question_address_names_the_contact(lead: str) -> None:
    cell = f"Foreningen Lyset\n{lead} Søren Mikkelsen, tlf. 20 30 40 50"
    assert summary(read_cell(cell)) == [
        ("sender", "organisation", "Foreningen Lyset", ""),
        ("contact", "person", "Søren Mikkelsen", ""),
    ]


def test_a_private_statement_in_a_template_mailed_from_free_mail() -> None:
    from hoeringsdesk.domain.parsed import Address

    parsed = template(
        "Borger i Roskilde Kommune\nSøren Mikkelsen\nsoren.mikkelsen@example.net",
        Address("Søren Mikkelsen", "soren.mikkelsen@example.net"),
    )
    [person] = read_senders(parsed).parties
    assert (person.type, person.kind) == ("person", PartyKind.PRIVATE)


@pytest.mark.parametrize(
    "note",
    [
        "Jeg sender høringssvaret på vegne af min mor, Karen Lund, som ikke har computer.",
        "Hermed svaret for min nabo Karen Lund.",
    ],
)
def test_a_relative_mailing_it_for_the_sender_is_a_forwarder(note: str) -> None:
    from hoeringsdesk.domain.parsed import Address

    parsed = template(
        "Privat henvendelse\nKaren Lund\nLærkevej 3\n4000 Roskilde",
        Address("Søren Mikkelsen", "soren.mikkelsen@example.net"),
        body=f"Hej\n\n{note}\n\nHilsen\nSøren Mikkelsen",
    )
    parties = read_senders(parsed).parties
    assert [(p.name, p.role.value, p.email) for p in parties] == [
        ("Karen Lund", "sender", ""),
        ("Søren Mikkelsen", "forwarder", "soren.mikkelsen@example.net"),
    ]
    assert parties[0].kind == PartyKind.PRIVATE


@pytest.mark.parametrize("role", ["sekretariatschef", "foreningsformand", "klubleder"])
def test_a_role_with_a_bodys_word_in_it_is_no_organisation(role: str) -> None:
    cell = f"Foreningen Lyset\nv. Senthil Kovalenko, {role}"
    assert [(p.type, p.name) for p in read_cell(cell)] == [
        ("organisation", "Foreningen Lyset"),
        ("person", "Senthil Kovalenko"),
    ]


@pytest.mark.parametrize(
    "signed",
    [
        "Følgende står sammen om svaret: Foreningen Lyset sammen med\nKlubben Gnisten",
        "Bag svaret står: Foreningen Lyset og Klubben Gnisten",
        "Følgende organisationer står bag svaret:\nForeningen Lyset\nKlubben Gnisten",
    ],
)
def test_a_signatories_label_with_its_list(signed: str) -> None:
    parties = read_senders(letter(f"{WE}Med venlig hilsen\n{signed}")).parties
    assert [(p.type, p.name, p.role.value) for p in parties] == [
        ("organisation", "Foreningen Lyset", "sender"),
        ("organisation", "Klubben Gnisten", "co_signer"),
    ]


def test_a_heading_naming_organisations_joined_by_plus() -> None:
    text = f"Høringssvaret er udarbejdet af Foreningen Lyset + Klubben Gnisten\n\n{WE}Hilsen\nBo"
    names = [p.name for p in read_senders(letter(text)).parties if p.type == "organisation"]
    assert names == ["Foreningen Lyset", "Klubben Gnisten"]


@pytest.mark.parametrize("marker", ["Privatperson", "Privat henvendelse"])
def test_a_name_no_dictionary_knows_under_a_private_marker_is_the_person(marker: str) -> None:
    [person] = read_cell(f"{marker}\nVillads Al-Masri\nLærkevej 3\n4000 Roskilde")
    assert (person.type, person.name, person.kind) == (
        "person",
        "Villads Al-Masri",
        PartyKind.PRIVATE,
    )


@pytest.mark.parametrize("body", ["Folkeoplysningsudvalget", "Idrætsudvalget"])
def test_a_municipalitys_own_bodies_are_authorities(body: str) -> None:
    [org, _] = read_cell(f"{body}\nKontaktperson: Søren Mikkelsen")
    assert (org.name, org.kind) == (body, PartyKind.AUTHORITY)


@pytest.mark.parametrize(
    "office",
    [
        "Formand, på vegne af Foreningen Lyset\nDirekte: 20 30 40 50",
        "Institutionsleder, p.v. Foreningen Lyset\nFastnet: 20 30 40 50",
        "Kasserer, for Foreningen Lyset",
    ],
)
def test_an_office_held_for_an_organisation_after_a_comma(office: str) -> None:
    text = f"{WE}Mange venlige hilsner\nSøren Mikkelsen\n{office}"
    assert summary(read_senders(letter(text)).parties) == [
        ("sender", "organisation", "Foreningen Lyset", ""),
        ("contact", "person", "Søren Mikkelsen", ""),
    ]


def test_a_name_ending_in_a_word_that_labels_numbers_elsewhere_is_kept() -> None:
    text = f"{WE}Hilsner\n\nForeningen Broen til Arbejde: Søren Mikkelsen, tovholder"
    assert summary(read_senders(letter(text)).parties)[0] == (
        "sender",
        "organisation",
        "Foreningen Broen til Arbejde",
        "",
    )
