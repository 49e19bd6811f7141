"""Sender phrasings beyond the evaluation set's: closings, roles, separators, labels,
private markers, joint responses, organisation name forms and names a dictionary does not know.

Every example here is invented for this file (no benchmark pool is used): the rules must read
what officers receive, not only what the generator writes."""

from __future__ import annotations

import pytest

from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.parsed import Address, PartKind
from hoeringsdesk.intake.senders import read_cell, read_senders
from hoeringsdesk.intake.senders.details import split_details
from hoeringsdesk.intake.senders.names import looks_like_organisation, looks_like_person
from tests.sender_files import OURS, letter, summary, template

WE = "Vi har læst udkastet med interesse og har nogle bemærkninger til afsnittet om sprog.\n\n"
I_ = "Jeg har læst udkastet med interesse og har nogle bemærkninger til afsnittet om sprog.\n\n"
ORG_AND_SIGNER = [
    ("sender", "organisation", "Foreningen Lyset", ""),
    ("contact", "person", "Søren Mikkelsen", ""),
]


def read(text: str, sender: Address | None = None, kind: PartKind = PartKind.BODY) -> list:
    return summary(read_senders(letter(text, sender, kind), OURS).parties)


@pytest.mark.parametrize(
    "closing",
    [
        "Venlige hilsener",
        "Hilsen",
        "Mange hilsner",
        "De bedste hilsner",
        "Vh",
        "Kærlig hilsen",
        "Med venlig hilsen og tak",
        "Venlig hilsen,",
        "Mange gode hilsner",
        "Med solidarisk hilsen",
        "Varme hilsner",
        "Med tak og venlig hilsen",
        "With best regards",
        "Hav en god dag",
        "Med håb om en positiv behandling",
        "Tak!",
    ],
)
def test_closings_officers_receive(closing: str) -> None:
    assert read(f"{WE}{closing}\nSøren Mikkelsen\nFormand\nForeningen Lyset") == ORG_AND_SIGNER


@pytest.mark.parametrize(
    "signature",
    [
        "Søren Mikkelsen\nKasserer\nForeningen Lyset",
        "Formand\nSøren Mikkelsen\nForeningen Lyset",
        "Søren Mikkelsen (sekretær)\nForeningen Lyset",
        "Søren Mikkelsen, næstformand\nForeningen Lyset",
        "Søren Mikkelsen\nBestyrelsesmedlem, Foreningen Lyset",
        "Søren Mikkelsen\nFormand for Foreningen Lyset",
        "Søren Mikkelsen, talsperson i Foreningen Lyset",
        "Søren Mikkelsen – koordinator – Foreningen Lyset",
        "Søren Mikkelsen | Rådgiver | Foreningen Lyset",
        "Søren Mikkelsen / Foreningen Lyset",
    ],
)
def test_roles_and_separators_in_a_signature(signature: str) -> None:
    assert read(f"{WE}Med venlig hilsen\n{signature}") == ORG_AND_SIGNER


@pytest.mark.parametrize(
    ("signature", "kind"),
    [
        # the organisation on behalf of which the signer writes, above or below them, in a PDF
        ("For bestyrelsen i Foreningen Lyset\nSøren Mikkelsen, formand", PartKind.BODY),
        ("For Foreningen Lyset\n\nSøren Mikkelsen\nformand", PartKind.ATTACHMENT),
        ("Søren Mikkelsen\nformand\nFor Foreningen Lyset", PartKind.ATTACHMENT),
        ("\nSøren Mikkelsen\nFor bestyrelsen i Foreningen Lyset", PartKind.ATTACHMENT),
        ("Søren Mikkelsen\nFor bestyrelsen\nForeningen Lyset", PartKind.ATTACHMENT),
    ],
)
def test_an_organisation_after_for_above_or_below_the_signer(
    signature: str, kind: PartKind
) -> None:
    assert read(f"{WE}Venlig hilsen\n{signature}", kind=kind) == ORG_AND_SIGNER


def test_formand_for_a_name_without_an_organisation_word() -> None:
    """No one is 'formand for' a person: the name after it is the organisation's."""
    assert read(f"{WE}Med venlig hilsen\nSøren Mikkelsen\nFormand for Lyset") == [
        ("sender", "organisation", "Lyset", ""),
        ("contact", "person", "Søren Mikkelsen", ""),
    ]


@pytest.mark.parametrize(
    "cell",
    [
        "Foreningen Lyset\nKontakt: Søren Mikkelsen, sm@lyset.example.dk",
        "Foreningen Lyset\nKontaktperson Søren Mikkelsen\nE-mail: sm@lyset.example.dk",
        "Foreningen Lyset\nHenvendelse til Søren Mikkelsen, mail: sm@lyset.example.dk",
        "Foreningen Lyset\nKontaktoplysninger: Søren Mikkelsen, E: sm@lyset.example.dk",
        "Foreningen Lyset v/Søren Mikkelsen, formand\nTlf.nr. 22 33 44 55\nsm@lyset.example.dk",
        "Foreningen Lyset, Søren Mikkelsen\nMobil: 22334455\nMail: sm@lyset.example.dk",
        "Søren Mikkelsen | Foreningen Lyset | sm@lyset.example.dk",
    ],
)
def test_contact_and_phone_labels_in_the_cell(cell: str) -> None:
    assert summary(read_cell(cell)) == [
        ("sender", "organisation", "Foreningen Lyset", ""),
        ("contact", "person", "Søren Mikkelsen", "sm@lyset.example.dk"),
    ]


@pytest.mark.parametrize(
    "cell",
    [
        "Søren Mikkelsen, som borger i kommunen",
        "Søren Mikkelsen (på egne vegne)",
        "Indsendt af: Søren Mikkelsen, som privatperson",
        "Navn: Søren Mikkelsen\nE-mail: soren.m@example.net",
        "Privatperson / Søren Mikkelsen",
    ],
)
def test_private_markers_and_form_labels(cell: str) -> None:
    [person] = read_cell(cell)
    assert (person.type, person.name, person.kind) == (
        "person",
        "Søren Mikkelsen",
        PartyKind.PRIVATE,
    )


THREE = [
    ("sender", "organisation", "Foreningen Lyset", ""),
    ("co_signer", "organisation", "Klubben Mørket", ""),
    ("co_signer", "organisation", "Netværket Grå", ""),
]


@pytest.mark.parametrize(
    "text",
    [
        f"{WE}Venlig hilsen\nPå vegne af Foreningen Lyset, Klubben Mørket og Netværket Grå\n",
        f"{WE}Bag svaret står:\nForeningen Lyset\nKlubben Mørket\nNetværket Grå\n",
        f"{WE}Underskrevet af:\n\nForeningen Lyset\nKlubben Mørket\nNetværket Grå\n",
        "Fælles høringssvar fra Foreningen Lyset, Klubben Mørket samt\nNetværket Grå\n\n" + WE,
        "Dette svar er udarbejdet i fællesskab af Foreningen Lyset, Klubben Mørket og "
        "Netværket Grå.\n\n" + WE,
    ],
)
def test_joint_responses_name_every_organisation(text: str) -> None:
    assert read(text) == THREE


def test_the_signer_under_a_list_of_organisations_is_not_one_more_name() -> None:
    text = f"{WE}Venlig hilsen\nPå vegne af Foreningen Lyset, Klubben Mørket og Netværket Grå\n"
    assert read(text + "Søren Mikkelsen") == THREE + [("contact", "person", "Søren Mikkelsen", "")]


def test_signatories_each_with_their_organisation() -> None:
    text = (
        f"{WE}Underskrevet af:\nSøren Mikkelsen, formand, Foreningen Lyset\n"
        "Karen Dalby, forkvinde, Klubben Mørket"
    )
    assert read(text) == [
        ("sender", "organisation", "Foreningen Lyset", ""),
        ("contact", "person", "Søren Mikkelsen", ""),
        ("co_signer", "organisation", "Klubben Mørket", ""),
        ("contact", "person", "Karen Dalby", ""),
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Lysgaard Byg A/S", PartyKind.COMPANY),
        ("Lund og Dam I/S", PartyKind.COMPANY),
        ("Lysets Fond", PartyKind.ORGANISATION),
        ("Lyngby Integrationsråd", PartyKind.AUTHORITY),
        ("Sankt Lukas Menighedsråd", PartyKind.AUTHORITY),
        ("Kvindernes Netværk", PartyKind.ORGANISATION),
        ("Østbyens Skakklub", PartyKind.ORGANISATION),
        ("Dansk Lyseforbund", PartyKind.ORGANISATION),
        ("Boligforeningen Lyset afd. 7", PartyKind.ORGANISATION),
        ("AAB afd. 12", PartyKind.ORGANISATION),
        ("Ellen Hørups Skole", PartyKind.AUTHORITY),
        ("Lektiecaféen i Østbyen", PartyKind.ORGANISATION),
        ("Roskilde Kommune, Center for Plan og Miljø", PartyKind.AUTHORITY),
    ],
)
def test_organisation_name_forms(name: str, kind: PartyKind) -> None:
    found = read_cell(f"{name}\nSøren Mikkelsen, formand")
    assert summary(found) == [
        ("sender", "organisation", name, ""),
        ("contact", "person", "Søren Mikkelsen", ""),
    ]
    assert found[0].kind is kind and not found[0].uncertain


def test_a_housing_unit_number_is_no_street() -> None:
    details = split_details("Boligforeningen Lyset afd. 7")
    assert details.street == "" and details.rest == "Boligforeningen Lyset afd. 7"


@pytest.mark.parametrize(
    "name",
    [
        "Ahmad al-Sayed",
        "Yusuf bin Rashid",
        "Jan van der Meer",
        "Maria de Souza",
        "Xu Li",
        "Ali bin Hamad Al-Thani",
    ],
)
def test_names_with_particles_and_short_names_are_people(name: str) -> None:
    assert looks_like_person(name) and not looks_like_organisation(name)


@pytest.mark.parametrize(
    ("name", "email"),
    [("Lise Bank", "lise.bank@gmail.com"), ("Kim Park", "kim.park@example.net")],
)
def test_a_surname_that_is_an_organisation_noun_is_no_organisation(name: str, email: str) -> None:
    """'Bank' and 'Park' are surnames too: with the name's own mailbox it is a person."""
    [person] = read_cell(f"{name}\n{email}")
    assert (person.type, person.name, person.email) == ("person", name, email)
    assert not looks_like_organisation(name)


def test_a_name_the_dictionary_does_not_know_is_a_person_at_home() -> None:
    text = f"{I_}Venlig hilsen\nNnamdi Okonkwo-Eze\nLærkevej 3\n4000 Roskilde"
    [person] = read_senders(letter(text)).parties
    assert (person.type, person.name, person.kind) == (
        "person",
        "Nnamdi Okonkwo-Eze",
        PartyKind.PRIVATE,
    )


def test_an_unclear_name_alone_is_flagged_not_made_sure() -> None:
    [party] = read_cell("Lise Bank")  # a person or a bank: the cell does not say
    assert party.uncertain


def test_a_couple_shares_its_surname() -> None:
    parties = read_cell("Søren og Karen Mikkelsen\nLærkevej 3, 4000 Roskilde")
    assert summary(parties) == [
        ("sender", "person", "Søren Mikkelsen", ""),
        ("co_signer", "person", "Karen Mikkelsen", ""),
    ]
    assert all(p.kind is PartyKind.PRIVATE and p.postcode == "4000" for p in parties)


def test_the_body_signature_of_the_cells_contact_is_no_co_signer() -> None:
    body = "Hermed vores svar.\n\nVenlig hilsen\nSøren Mikkelsen\nFormand, Foreningen Lyset"
    reading = read_senders(
        template(
            "Foreningen Lyset\nSøren Mikkelsen, formand",
            Address("Søren Mikkelsen", "sm@lyset.example.dk"),
            body=body,
        ),
        OURS,
    )
    assert summary(reading.parties) == [
        ("sender", "organisation", "Foreningen Lyset", ""),
        ("contact", "person", "Søren Mikkelsen", "sm@lyset.example.dk"),
    ]
    assert [p.role for p in reading.senders] == [PartyRole.SENDER]


@pytest.mark.parametrize(
    "name", ["Mino Danmark", "Ældre Sagen", "Kvinder i Bevægelse", "Heart of Sydhavn", "Lyset"]
)
def test_the_name_under_a_signers_office_is_the_organisation(name: str) -> None:
    """No organisation word, but 'Formand' above it: the name is the body the signer leads."""
    text = f"{WE}Venlig hilsen\nSøren Mikkelsen\nFormand\n{name}"
    assert read(text) == [
        ("sender", "organisation", name, ""),
        ("contact", "person", "Søren Mikkelsen", ""),
    ]


def test_a_profession_and_a_town_under_a_citizen_make_no_organisation() -> None:
    [person] = read_senders(letter(f"{I_}Venlig hilsen\nSøren Mikkelsen\nLærer\nRoskilde")).parties
    assert (person.type, person.name, person.kind) == (
        "person",
        "Søren Mikkelsen",
        PartyKind.PRIVATE,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Foreningen for Etniske Minoriteter\nv. Søren Mikkelsen, formand",
        "Foreningen for Etniske Minoriteter\nSøren Mikkelsen medlem af bestyrelsen",
        "Foreningen for Etniske Minoriteter\nSøren Mikkelsen Formand",
    ],
)
def test_foreningen_for_x_is_one_name_and_its_contact_a_person(text: str) -> None:
    assert [(p.type, p.name) for p in read_cell(text)] == [
        ("organisation", "Foreningen for Etniske Minoriteter"),
        ("person", "Søren Mikkelsen"),
    ]


PORTAL = Address("Høringsportal", "noreply@portal.example.dk")


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        (
            "Fulde navn: Søren Mikkelsen\nE-mailadresse: soren.m@example.net\n\nHøringssvar:\n"
            "Jeg ønsker flere cykelstier.",
            [("sender", "person", "Søren Mikkelsen", "soren.m@example.net")],
        ),
        (
            "Navn: Søren Mikkelsen\nAdresse: Lærkevej 3, 4000 Roskilde\n\nBemærkning:\nJeg "
            "ønsker flere cykelstier.",
            [("sender", "person", "Søren Mikkelsen", "")],  # the portal's address is nobody's
        ),
        (
            "Navn: Søren Mikkelsen\nOrganisation: Foreningen Lyset\nE-mail: sm@lyset.example.dk\n"
            "\nHøringssvar:\nVi ønsker flere cykelstier.",
            [
                ("sender", "organisation", "Foreningen Lyset", ""),
                ("contact", "person", "Søren Mikkelsen", "sm@lyset.example.dk"),
            ],
        ),
        (
            "Afsendertype: Organisation\nNavn på organisation: Foreningen Lyset\nKontaktperson: "
            "Søren Mikkelsen\nE-mail: sm@lyset.example.dk\n\nSvar:\nVi ønsker flere cykelstier.",
            [
                ("sender", "organisation", "Foreningen Lyset", ""),
                ("contact", "person", "Søren Mikkelsen", "sm@lyset.example.dk"),
            ],
        ),
    ],
)
def test_web_forms_fields(form: str, expected: list) -> None:
    assert read(form, PORTAL) == expected


def test_a_portal_alone_is_no_sender() -> None:
    reading = read_senders(letter("Jeg ønsker flere cykelstier.", PORTAL), OURS)
    assert reading.parties == () and reading.uncertain


def test_a_heading_naming_the_subject_before_the_sender() -> None:
    heading = "Høringssvar vedrørende integrationspolitikken fra Foreningen Lyset"
    text = f"{heading}\n\n{WE}Venlig hilsen\nSøren Mikkelsen"
    assert read(text) == ORG_AND_SIGNER


def test_a_unit_of_the_municipality_above_its_place_is_one_authority() -> None:
    text = (
        f"{WE}Venlig hilsen\nSøren Mikkelsen\nSpecialkonsulent\nCenter for Plan og Miljø\n"
        "Roskilde Kommune"
    )
    [unit, person] = read_senders(
        letter(text, Address("Søren Mikkelsen", "sm@roskilde.dk"))
    ).parties
    assert (unit.name, unit.kind) == (
        "Center for Plan og Miljø, Roskilde Kommune",
        PartyKind.AUTHORITY,
    )
    assert (person.role, person.name) == (PartyRole.CONTACT, "Søren Mikkelsen")


def test_a_from_naming_the_organisation_and_its_contact() -> None:
    text = "Se vores bemærkninger nedenfor. Vi støtter udkastet."
    sender = Address("Foreningen Lyset v/Søren Mikkelsen", "sm@lyset.example.dk")
    assert read(text, sender) == [
        ("sender", "organisation", "Foreningen Lyset", ""),
        ("contact", "person", "Søren Mikkelsen", "sm@lyset.example.dk"),
    ]


@pytest.mark.parametrize("sign_off", ["God dag", "Kh.", ""])
def test_a_signature_without_a_known_closing_is_read_by_its_shape(sign_off: str) -> None:
    """The last short paragraph: a name, its office and its organisation, whatever is above."""
    text = f"{WE}{sign_off}\nSøren Mikkelsen\nFormand\nForeningen Lyset"
    assert read(text) == ORG_AND_SIGNER


@pytest.mark.parametrize(
    "cell",
    [
        "Søren Mikkelsen på vegne af Foreningen Lyset",
        "Søren Mikkelsen for Foreningen Lyset",
        "Søren Mikkelsen (Foreningen Lyset)",
        "Foreningen Lyset; Søren Mikkelsen",
        "Foreningen Lyset – Søren Mikkelsen (formand)",
    ],
)
def test_a_person_and_the_organisation_they_write_for_on_one_line(cell: str) -> None:
    """Never one organisation named 'Søren Mikkelsen for Foreningen Lyset'."""
    assert summary(read_cell(cell)) == ORG_AND_SIGNER


def test_a_description_in_small_letters_is_no_organisation() -> None:
    [person] = read_cell("Søren Mikkelsen, forælder til to børn på Lyseskolen")
    assert (person.type, person.name, person.kind) == (
        "person",
        "Søren Mikkelsen",
        PartyKind.PRIVATE,
    )


@pytest.mark.parametrize("signature", ["Dr. Søren Mikkelsen", "Prof. Søren Mikkelsen"])
def test_a_courtesy_title_before_the_name(signature: str) -> None:
    [person] = read_senders(letter(f"{I_}Venlig hilsen\n{signature}")).parties
    assert (person.type, person.name) == ("person", "Søren Mikkelsen")


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("Organisation/forening: Foreningen Lyset\nKontaktperson: Søren Mikkelsen", None),
        ("Virksomhed: Lysgaard Byg ApS\nNavn: Søren Mikkelsen", "Lysgaard Byg ApS"),
        ("Myndighed: Roskilde Kommune\nKontaktperson: Søren Mikkelsen", "Roskilde Kommune"),
    ],
)
def test_a_form_label_is_no_part_of_the_name(cell: str, name: str | None) -> None:
    assert [(p.type, p.name) for p in read_cell(cell)] == [
        ("organisation", name or "Foreningen Lyset"),
        ("person", "Søren Mikkelsen"),
    ]
