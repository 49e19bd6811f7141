"""Sender phrasings by class, from the classes still missed on evaluation set v7's held-out
part after its first rules round: a list of a board's members under the signature, a
municipality's department or committee, a cover mail from a committee's secretary, a law firm
answering for its client, neighbours listed with their addresses, a person-first Afsender cell
and closings with more words.

Every example is invented for this file (no benchmark pool is used)."""

from __future__ import annotations

import pytest

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.parsed import Address, ParsedResponse, PartKind, SourceFile, TextPart
from hoeringsdesk.intake.senders import read_senders
from tests.sender_files import OURS, letter, template

WE = (
    "Vi har drøftet udkastet på vores seneste møde og har nogle bemærkninger til afsnittet "
    "om sprog og beskæftigelse.\n\n"
)


def covered(body: str, attached: str, who: Address) -> ParsedResponse:
    """A short cover mail with the letter attached as a file."""
    return ParsedResponse(
        files=[SourceFile("svar.eml", "message/rfc822", b"x")],
        parts=[
            TextPart(0, PartKind.BODY, "", body),
            TextPart(1, PartKind.ATTACHMENT, "", attached),
        ],
        sender=who,
    )


def orgs(found: object) -> list[str]:
    return [p.name for p in found.parties if not p.is_person and p.role.value != "contact"]  # type: ignore[attr-defined]


def roles(found: object) -> list[tuple[str, str, str]]:
    return [(p.role.value, p.type, p.name) for p in found.parties]  # type: ignore[attr-defined]


# -- a list of the board's members under the signature ---------------------------------------
@pytest.mark.parametrize(
    "label",
    [
        "Bestyrelsens medlemmer:",
        "Bestyrelsen består af:",
        "Foreningens bestyrelse:",
        "Styregruppens medlemmer:",
        "Bestyrelse:",
        "Medlemmer af bestyrelsen:",
    ],
)
def test_a_board_list_names_the_members_of_the_organisation_not_another_one(label: str) -> None:
    who = Address("Mirela Sandgaard", "mirela@lyngbakkens-spisefaellesskab.dk")
    text = (
        f"Lyngbakkens Spisefællesskab\n\n{WE}Med de bedste hilsner\n\nMirela Sandgaard\n"
        f"Forkvinde\n\n{label}\nMirela Sandgaard (forkvinde)\nTorben Ahlgreen (kasserer)\n"
        "Yusuf Brandt\nSigne Lauritzen-Holm\n"
    )
    found = read_senders(letter(text, who), OURS)
    assert orgs(found) == ["Lyngbakkens Spisefællesskab"]
    assert roles(found)[0] == ("sender", "organisation", "Lyngbakkens Spisefællesskab")
    people = [p.name for p in found.parties if p.is_person]
    assert set(people) == {
        "Mirela Sandgaard",
        "Torben Ahlgreen",
        "Yusuf Brandt",
        "Signe Lauritzen-Holm",
    }
    assert all(p.role.value == "contact" for p in found.parties if p.is_person)


# -- closings with more words ----------------------------------------------------------------
@pytest.mark.parametrize(
    "closing",
    [
        "Med tak for ordet",
        "Med tak for muligheden",
        "Med tak for invitationen til at svare",
        "Med de bedste ønsker",
        "Med venlige ønsker",
    ],
)
def test_a_closing_that_thanks_starts_the_signature(closing: str) -> None:
    who = Address("Kasper Obel", "kob@faglig-klub-vest.dk")
    # as a PDF's text comes out: no blank line between the prose and the closing
    text = f"{WE.strip()}\n{closing}\nKasper Obel\nFormand, Lokalforeningen Vestegnen\n"
    found = read_senders(letter(text, who, PartKind.ATTACHMENT), OURS)
    assert roles(found) == [
        ("sender", "organisation", "Lokalforeningen Vestegnen"),
        ("contact", "person", "Kasper Obel"),
    ]


# -- a municipality's department --------------------------------------------------------------
@pytest.mark.parametrize(
    ("department", "title"),
    [
        ("Børne- og Ungeforvaltningen", "Direktør for Børn og Unge"),
        ("Teknik og Miljø", "Chef for Teknik og Miljø"),
        ("Sundheds- og Omsorgsforvaltningen", "Afdelingschef, Sundhed og Omsorg"),
    ],
)
def test_a_neighbouring_municipalitys_department_answers_for_the_municipality(
    department: str, title: str
) -> None:
    who = Address("Oskar Mehmeti", "osme@egeskov-kommune.dk")
    attached = (
        f"Egeskov Kommune\n{department}\nTorvet 2\n6900 Skjern\n\nTil Nordkysten Kommune\n\n"
        f"Egeskov Kommune takker for muligheden for at kommentere udkastet.\n{WE}"
        f"Venlig hilsen\nOskar Mehmeti\n{title}\n"
    )
    found = read_senders(covered("Se vedhæftede brev.", attached, who), OURS)
    assert orgs(found) == ["Egeskov Kommune"]
    assert found.kind is PartyKind.AUTHORITY


# -- a committee's secretary sends the committee's letter ------------------------------------
@pytest.mark.parametrize("title", ["Udvalgssekretær", "Sekretær for udvalget", "Sagsbehandler"])
def test_the_secretary_sending_a_committees_letter_is_its_contact_not_a_co_signer(
    title: str,
) -> None:
    who = Address("Nanna Friis", "nafr@nordkysten.example.dk")
    body = (
        f"Hermed rådets høringssvar efter mødet i går.\n\nMed venlig hilsen\nNanna Friis\n{title}\n"
    )
    attached = (
        f"Ældrerådet har behandlet udkastet og afgiver dette høringssvar.\n\n{WE}"
        "På rådets vegne\n\nBirthe Aagaard\nFormand for Ældrerådet\n"
    )
    found = read_senders(covered(body, attached, who), OURS)
    assert [p for p in found.senders if p.is_person] == []
    assert orgs(found) == ["Ældrerådet"]
    contacts = {p.name for p in found.parties if p.role.value == "contact"}
    assert contacts == {"Birthe Aagaard", "Nanna Friis"}


# -- a law firm answers for its client --------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Hermed høringssvar på vegne af vores klient, Havnens Vinduespolering ApS.",
        "Jeg skriver som advokat for Havnens Vinduespolering ApS.",
        "På vegne af min klient Havnens Vinduespolering ApS fremsendes hermed bemærkninger.",
        "Vi repræsenterer Havnens Vinduespolering ApS og fremsender selskabets høringssvar.",
    ],
)
def test_a_law_firm_answering_for_a_company_gives_the_company_as_sender(said: str) -> None:
    who = Address("Rikke Dalsgaard", "rd@advokathuset-kilde.dk")
    text = f"{said}\n\n{WE}Venlig hilsen\nRikke Dalsgaard\nAdvokat\nAdvokathuset Kilde & Bruun\n"
    found = read_senders(letter(text, who), OURS)
    assert orgs(found) == ["Havnens Vinduespolering ApS"]
    assert found.kind is PartyKind.COMPANY
    lawyer = [p for p in found.parties if p.name == "Rikke Dalsgaard"]
    assert lawyer and all(p.role.value in ("contact", "forwarder") for p in lawyer)
    assert "Advokathuset Kilde & Bruun" not in [p.name for p in found.senders]


# -- neighbours listed with their addresses ---------------------------------------------------
@pytest.mark.parametrize(
    "rows",
    [
        ["Maja Thorup, Hybenvej 4", "Kenneth Lau, Hybenvej 7", "Ilse Brandt, Hybenvej 11"],
        [
            "Maja Thorup – Hybenvej 4",
            "Kenneth Lau – Hybenvej 7B",
            "Ilse Brandt – Hybenvej 11, 2. tv",
        ],
        ["Maja Thorup, Hybenvej 4, 4300 Holbæk", "Kenneth Lau, Mosestien 7, 4300 Holbæk"],
        # the mail's writer with a first name no dictionary knows
        ["Ngozika Thorup, Hybenvej 4", "Kenneth Lau, Hybenvej 9"],
    ],
)
def test_neighbours_listed_with_their_addresses_are_persons_never_organisations(
    rows: list[str],
) -> None:
    who = Address(rows[0].split(",")[0].split(" – ")[0], "thorup.h4@gmail.com")
    text = (
        "Vi bor alle på Hybenvej og skriver sammen om forslaget.\n\nHilsen fra naboerne\n\n"
        "Underskrivere:\n" + "\n".join(rows) + "\n"
    )
    found = read_senders(letter(text, who), OURS)
    assert orgs(found) == []
    names = [r.split(",")[0].split(" – ")[0] for r in rows]
    assert {p.name for p in found.senders} == set(names)
    assert all(p.is_person for p in found.senders)


# -- a person-first Afsender cell -------------------------------------------------------------
@pytest.mark.parametrize(
    "first",
    [
        "Jonas Vestergaard (Tømrerfirmaet Lindholm ApS)",
        "Jonas Vestergaard, Tømrerfirmaet Lindholm ApS",
        "Jonas Vestergaard – Tømrerfirmaet Lindholm ApS",
    ],
)
def test_a_person_first_cell_with_a_company_gives_the_company_as_sender(first: str) -> None:
    who = Address("Jonas Vestergaard", "jv@lindholm-toemrer.dk")
    found = read_senders(template(f"{first}\njv@lindholm-toemrer.dk", who), OURS)
    assert roles(found) == [
        ("sender", "organisation", "Tømrerfirmaet Lindholm ApS"),
        ("contact", "person", "Jonas Vestergaard"),
    ]
    assert found.kind is PartyKind.COMPANY


# -- an academic degree before the signer's name ----------------------------------------------
@pytest.mark.parametrize(
    "signed",
    [
        "Cand.scient.pol. Ulrikke Bramsen",
        "Lektor, ph.d. Ulrikke Bramsen",
        "Dr.med. Ulrikke Bramsen",
        "Mag.art. Ulrikke Bramsen",
    ],
)
def test_a_degree_before_the_name_leaves_the_person_as_the_organisations_contact(
    signed: str,
) -> None:
    text = f"{WE}Venlig hilsen\n{signed}\nSkovbrynets Efterskole\n"
    found = read_senders(letter(text, None, PartKind.ATTACHMENT), OURS)
    assert roles(found) == [
        ("sender", "organisation", "Skovbrynets Efterskole"),
        ("contact", "person", "Ulrikke Bramsen"),
    ]


# -- a heading in English naming the sender ---------------------------------------------------
@pytest.mark.parametrize(
    "heading",
    [
        "Response from Beboerforeningen Tranehaven",
        "Consultation response from Beboerforeningen Tranehaven",
        "Submission from Beboerforeningen Tranehaven",
    ],
)
def test_an_english_heading_names_the_sending_organisation(heading: str) -> None:
    text = f"{heading}\n{WE.strip()}\nMed venlig hilsen\nSelma Rydahl\nDirektionssekretær\n"
    found = read_senders(letter(text, None, PartKind.ATTACHMENT), OURS)
    assert roles(found) == [
        ("sender", "organisation", "Beboerforeningen Tranehaven"),
        ("contact", "person", "Selma Rydahl"),
    ]


# -- a signer whose first name no dictionary knows, before their organisation ---------------
def test_signers_with_unknown_first_names_each_stay_with_their_organisation() -> None:
    text = (
        f"{WE}Venlig hilsen\n\nMartha Kjærsgaard\nFormand, Lejerforeningen Ved Åen\n\n"
        "Tsegaye Wulfsberg\nSekretær, Boligforeningen Ved Åen\n"
    )
    found = read_senders(letter(text, None, PartKind.ATTACHMENT), OURS)
    assert roles(found) == [
        ("sender", "organisation", "Lejerforeningen Ved Åen"),
        ("contact", "person", "Martha Kjærsgaard"),
        ("co_signer", "organisation", "Boligforeningen Ved Åen"),
        ("contact", "person", "Tsegaye Wulfsberg"),
    ]


def test_a_list_of_signers_with_their_organisations_in_brackets_keeps_every_signer() -> None:
    text = (
        f"{WE}Med venlig hilsen\nMartha Kjærsgaard (Lejerforeningen Ved Åen, formand)\n"
        "Tsegaye Wulfsberg (Boligforeningen Ved Åen, sekretær)\n"
    )
    found = read_senders(letter(text, None, PartKind.ATTACHMENT), OURS)
    assert [r for r in roles(found) if r[1] == "person"] == [
        ("contact", "person", "Martha Kjærsgaard"),
        ("contact", "person", "Tsegaye Wulfsberg"),
    ]


@pytest.mark.parametrize(
    "first",
    [
        "Tsegaye Wulfsberg (Tømrerfirmaet Lindholm ApS)",
        "Tsegaye Wulfsberg, Tømrerfirmaet Lindholm ApS",
    ],
)
def test_a_person_first_cell_with_an_unknown_first_name_gives_the_company(first: str) -> None:
    who = Address("Tsegaye Wulfsberg", "tw@lindholm-toemrer.dk")
    found = read_senders(template(f"{first}\ntw@lindholm-toemrer.dk", who), OURS)
    assert roles(found) == [
        ("sender", "organisation", "Tømrerfirmaet Lindholm ApS"),
        ("contact", "person", "Tsegaye Wulfsberg"),
    ]


# -- an address of initials under two named contacts ------------------------------------------
@pytest.mark.parametrize(
    ("line", "address", "owner"),
    [
        (
            "Kontaktpersoner: Lotte Thrane og Mikkel Bruun",
            "mb@solsikken.example.dk",
            "Mikkel Bruun",
        ),
        ("Kontakt: Lotte Thrane og Mikkel Bruun", "LT@solsikken.example.dk", "Lotte Thrane"),
        (
            "Tovholdere: Lotte Thrane og Karl Mikkel Bruun",
            "kmb@solsikken.example.dk",
            "Karl Mikkel Bruun",
        ),
    ],
)
def test_an_address_of_initials_goes_to_the_contact_they_are_the_initials_of(
    line: str, address: str, owner: str
) -> None:
    cell = f"Foreningen Solsikken\n{line}\n{address}"
    found = read_senders(template(cell, None), OURS)
    emails = {p.name: p.email for p in found.parties if p.is_person}
    assert emails[owner] == address
    assert [e for n, e in emails.items() if n != owner] == [""]


@pytest.mark.parametrize(
    "said",
    [
        "Vi repræsenterer Nordkystens Boligselskabs beboere i afdeling 4.",
        "Vi repræsenterer 300 familier i området.",
    ],
)
def test_representing_people_of_a_body_makes_no_client(said: str) -> None:
    who = Address("Rikke Dalsgaard", "rd@beboerraadet-vest.dk")
    text = f"{said}\n\n{WE}Venlig hilsen\nRikke Dalsgaard\nFormand\nBeboerrådet Vest\n"
    found = read_senders(letter(text, who), OURS)
    assert orgs(found) == ["Beboerrådet Vest"]


@pytest.mark.parametrize("top", ["Integrationsrådet", "Foreningen Lysglimt"])
def test_an_organisation_atop_a_letter_written_as_jeg_is_not_taken_as_its_sender(top: str) -> None:
    who = Address("Hanne Bro", "hanne.bro@gmail.com")
    text = (
        f"{top}\n\nJeg har læst udkastet, og jeg synes, der mangler noget om sprog.\n\n"
        "Venlig hilsen\nHanne Bro\n"
    )
    found = read_senders(letter(text, who), OURS)
    assert orgs(found) == []
    assert roles(found) == [("sender", "person", "Hanne Bro")]


def test_a_municipalitys_letterhead_with_its_writers_domain_and_no_recipient_line() -> None:
    who = Address("Oskar Mehmeti", "osme@egeskov-kommune.dk")
    attached = (
        "Egeskov Kommune\nBørn og Unge\nTorvet 2\n6900 Skjern\n\n"
        "Egeskov Kommune takker for muligheden for at kommentere udkastet fra nabokommunen.\n\n"
        "Venlig hilsen\nOskar Mehmeti\nDirektør for Børn og Unge\n"
    )
    found = read_senders(covered("Se vedhæftede brev.", attached, who), OURS)
    assert orgs(found) == ["Egeskov Kommune"]


def test_our_own_municipality_atop_a_citizens_letter_stays_the_recipient() -> None:
    who = Address("Hanne Bro", "hanne.bro@gmail.com")
    text = "Nordkysten Kommune\nRådhuspladsen 1\n\n" + WE + "Venlig hilsen\nHanne Bro\nLindevej 4\n"
    found = read_senders(letter(text, who), OURS)
    assert orgs(found) == []


@pytest.mark.parametrize(
    "cell",
    [
        "Advokatfirmaet Holm & Bech\nv. advokat Søren Bech\nsb@holmbech.dk\n"
        "På vegne af Bådebyggeriet Nord ApS",
        "Advokatfirmaet Holm & Bech\nPå vegne af: Bådebyggeriet Nord ApS\n"
        "Kontakt: Søren Bech, sb@holmbech.dk",
    ],
)
def test_a_firm_answering_in_the_cell_for_its_client_gives_the_client(cell: str) -> None:
    found = read_senders(template(cell, Address("Søren Bech", "sb@holmbech.dk")), OURS)
    assert roles(found) == [
        ("sender", "organisation", "Bådebyggeriet Nord ApS"),
        ("contact", "person", "Søren Bech"),
    ]
    assert found.uncertain  # the officer sees who answered for whom
