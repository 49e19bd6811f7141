"""Who sent it, as an officer meets it: files imported, each response's senders read back.

One test per failure class of issue 14: citizens at one provider merged; citizens made
organisations; contact lines made organisations; the mail's From not attached; letters'
signatures and headings not read; campaign letters taken for new versions. And what the
officer does about it: the uncertain ones flagged, corrections remembered, merges undone."""

from __future__ import annotations

from pathlib import Path

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.domain.records.responses import ResponseRow
from hoeringsdesk.samples.documents import letter_docx, simple_pdf
from tests.builders import audit_events
from tests.sender_files import cell_template, import_files, mail, senders


@pytest.fixture
def cid(services: Services) -> int:
    return services.demo.create(with_responses=False)


class Inbox:
    """Files dropped in a folder and imported into the consultation: the responses by file."""

    def __init__(self, services: Services, cid: int, root: Path) -> None:
        self.services, self.cid, self.root = services, cid, root

    def __call__(self, files: dict[str, bytes], folder: str = "indbakke") -> dict[str, ResponseRow]:
        return import_files(self.services, self.cid, self.root / folder, files)


@pytest.fixture
def inbox(services: Services, cid: int, tmp_path: Path) -> Inbox:
    return Inbox(services, cid, tmp_path)


# --- 1. different people are never merged by mail domain ---------------------------------------
def test_citizens_at_one_provider_or_workplace_are_different_senders(
    services: Services, inbox: Inbox
) -> None:
    rows = inbox(
        {
            "1.eml": mail(
                "Foreningen Grøn By <info@groenby.example.dk>",
                "Vi har disse bemærkninger.",
                attachments=[
                    (
                        "svar.docx",
                        cell_template("Foreningen Grøn By v. Anne Holm anne@groenby.example.dk"),
                    )
                ],
            ),
            "2.eml": mail(
                "Bo Ege <bo@groenby.example.dk>",
                "Jeg har en bemærkning til planen som nabo.",
                day=2,
            ),
            "3.eml": mail("Cy Dam <cy.dam@gmail.com>", "Jeg synes, planen er god.", day=3),
            "4.eml": mail("Di Lund <di.lund@gmail.com>", "Jeg er imod planen.", day=4),
        },
    )
    ids = {name: row.senders[0].id for name, row in rows.items()}
    assert len(set(ids.values())) == 4  # nobody joined by domain
    assert senders(rows["2.eml"]) == [("sender", "", "Bo Ege", "bo@groenby.example.dk")]
    assert senders(rows["4.eml"]) == [("sender", "", "Di Lund", "di.lund@gmail.com")]
    # the shared domain is only a suggestion, for the officer to follow or not
    [hint] = services.parties.suggestions(rows["2.eml"].id)
    assert "Foreningen Grøn By" in hint.text and hint.person_id == ids["2.eml"]
    services.parties.link_as_contact(rows["2.eml"].id, hint.person_id, hint.organisation_id)
    assert senders(services.responses.row(rows["2.eml"].id)) == [
        ("sender", "Foreningen Grøn By", "Bo Ege", "bo@groenby.example.dk")
    ]


# --- 2. a citizen is a private person, with any name -------------------------------------------
def test_a_body_only_mail_from_a_citizen_is_a_private_person(
    services: Services, inbox: Inbox
) -> None:
    rows = inbox(
        {
            "1.eml": mail(
                "Lars Æbelø-Rasmussen <lars.ae@example.net>",
                "Jeg bor i Nordvest og savner mere om sprogtilbud.\n\nJeg håber, I lytter.",
            )
        },
    )
    row = rows["1.eml"]
    assert senders(row) == [("sender", "", "Lars Æbelø-Rasmussen", "lars.ae@example.net")]
    assert row.party_kind == "private" and row.private_person
    person = services.parties.person(row.senders[0].id)
    assert (person.first_name, person.surname) == ("Lars", "Æbelø-Rasmussen")


# --- 3. contact lines are contacts, not co-signing organisations ------------------------------
def test_contact_lines_in_the_afsender_cell(inbox: Inbox) -> None:
    rows = inbox(
        {
            "1.eml": mail(
                "Rania Møller Aziz <rania@godenaboer.example.dk>",
                "Hermed vores svar.",
                attachments=[
                    (
                        "svar.docx",
                        cell_template("Foreningen Gode Naboer", "v. Rania Møller Aziz, formand"),
                    )
                ],
            ),
            "2.eml": mail(
                "Anders Brink <ab@meteoren.example.dk>",
                "Svar vedhæftet.",
                attachments=[
                    ("svar.docx", cell_template("Ungdomsklubben Meteoren, Anders Brink klubleder"))
                ],
            ),
            "3.eml": mail(
                "Erik Holt <erik.holt@example.net>",
                "Mit svar.",
                attachments=[
                    (
                        "svar.docx",
                        cell_template(
                            "Privatperson / Erik Holt / Nørrebrogade 12, 2200 København N"
                        ),
                    )
                ],
            ),
            "4.eml": mail(
                "Jesper Lindqvist <jl@ungdomshus.example.dk>",
                "Svar.",
                attachments=[
                    (
                        "svar.docx",
                        cell_template(
                            "Nørrebro Ungdomshus",
                            "Jesper Lindqvist, forstander",
                            "",
                            "Frivilligcenter Nord",
                            "Ditte Vangsgaard, koordinator",
                        ),
                    )
                ],
            ),
        },
    )
    assert senders(rows["1.eml"]) == [
        ("sender", "Foreningen Gode Naboer", "Rania Møller Aziz", "rania@godenaboer.example.dk")
    ]
    assert rows["1.eml"].sender_display == "Foreningen Gode Naboer v. Rania Møller Aziz"
    assert senders(rows["2.eml"]) == [
        ("sender", "Ungdomsklubben Meteoren", "Anders Brink", "ab@meteoren.example.dk")
    ]
    assert senders(rows["3.eml"]) == [("sender", "", "Erik Holt", "erik.holt@example.net")]
    assert rows["3.eml"].party_kind == "private"
    assert senders(rows["4.eml"]) == [
        ("sender", "Nørrebro Ungdomshus", "Jesper Lindqvist", "jl@ungdomshus.example.dk"),
        ("co_signer", "Frivilligcenter Nord", "Ditte Vangsgaard", ""),
    ]


# --- 4. the person who mailed it is attached ---------------------------------------------------
def test_the_mails_from_is_the_contact_when_the_cell_has_no_address(inbox: Inbox) -> None:
    rows = inbox(
        {
            "1.eml": mail(
                "Karim Aziz <karim@sprogcenter.example.dk>",
                "Se vedhæftede.",
                attachments=[
                    (
                        "svar.docx",
                        cell_template("Nordkystens Sprogcenter", "Havnegade 4", "3000 Helsingør"),
                    )
                ],
            )
        },
    )
    assert senders(rows["1.eml"]) == [
        ("sender", "Nordkystens Sprogcenter", "Karim Aziz", "karim@sprogcenter.example.dk")
    ]


# --- 5. letters keep their sender ---------------------------------------------------------------
LETTER = [
    "Jeg vil gerne knytte nogle bemærkninger til udkastet.",
    "Jeg savner, at politikken tager hånd om de ældre.",
    "",
    "Venlig hilsen",
    "",
    "Zeynep Özdemir",
    "Møllevej 14",
    "2400 København NV",
    "zeynep.o@example.net",
]


def test_a_signed_letter_as_pdf_txt_docx_or_mail_body(inbox: Inbox) -> None:
    rows = inbox(
        {
            "brev.txt": "\n".join(LETTER).encode(),
            "brev.docx": letter_docx(LETTER),
            "brev.pdf": simple_pdf(LETTER),
            "brev.eml": mail("zeynep.o@example.net", "\n".join(LETTER)),
        },
    )
    for name, row in rows.items():
        assert senders(row) == [("sender", "", "Zeynep Özdemir", "zeynep.o@example.net")], name
        assert row.party_kind == "private", name
        assert row.parties[0].address == "Møllevej 14, 2400 København NV", name
    # one person, identified by her address, in all four
    assert len({row.senders[0].id for row in rows.values()}) == 1


def test_organisations_in_a_letters_heading_and_signature(inbox: Inbox) -> None:
    heading = [
        "Fra Foreningen Gode Naboer i Nordvest",
        "",
        "Vi takker for muligheden for at svare.",
        "",
        "Med venlig hilsen",
        "Kim Dam",
        "Kasserer",
    ]
    joint = [
        "Vi står sammen om dette svar.",
        "",
        "Venlig hilsen",
        "",
        "Beboerforeningen Solgården",
        "Kulturhuset Pavillonen",
        "FDF Nordkysten",
    ]
    rows = inbox(
        {
            "1.eml": mail(
                "Kim Dam <kim@godenaboer.example.dk>",
                "Se brevet.",
                attachments=[("brev.pdf", simple_pdf(heading))],
            ),
            "2.docx": letter_docx(joint),
        },
    )
    assert senders(rows["1.eml"]) == [
        ("sender", "Foreningen Gode Naboer i Nordvest", "Kim Dam", "kim@godenaboer.example.dk")
    ]
    assert senders(rows["2.docx"]) == [
        ("sender", "Beboerforeningen Solgården", "", ""),
        ("co_signer", "Kulturhuset Pavillonen", "", ""),
        ("co_signer", "FDF Nordkysten", "", ""),
    ]


# --- 6. campaigns never depend on party grouping -------------------------------------------------
CAMPAIGN = (
    "Jeg er imod, at tilbuddet om gratis danskundervisning for borgere over 65 år lukkes. "
    "Sproget er nøglen til fællesskabet, og jeg opfordrer derfor kommunen til at bevare "
    "undervisningen på biblioteket i Nordvest og udbygge den med aftenhold. "
    "Jeg håber, at politikerne lytter til os, der bruger tilbuddet hver uge."
)


def test_form_letters_from_eight_citizens_are_one_campaign(inbox: Inbox) -> None:
    people = [
        "Anne Holm",
        "Bo Ege",
        "Cy Dam",
        "Di Lund",
        "Ea Berg",
        "Finn Kjær",
        "Gry Bak",
        "Hans Lyng",
    ]
    files = {
        f"{n}.eml": mail(
            f"{name} <{name.split()[0].lower()}{n}@gmail.com>",
            f"{CAMPAIGN}\n\nVenlig hilsen\n{name}",
            day=n + 1,
        )
        for n, name in enumerate(people)
    }
    rows = inbox(files)
    assert [row.new_version_of for row in rows.values()] == [None] * 8
    assert len({row.campaign_id for row in rows.values()}) == 1
    assert next(iter(rows.values())).campaign_id is not None
    assert sorted(row.sender_display for row in rows.values()) == sorted(people)


def test_the_same_person_again_is_a_new_version(inbox: Inbox) -> None:
    text = CAMPAIGN + " Jeg har tre børn i området."
    rows = inbox(
        {
            "1.eml": mail("Anne Holm <anne.holm@gmail.com>", text, day=1),
            "2.eml": mail("Anne Holm <anne.holm@gmail.com>", text + " Og en rettelse.", day=2),
        },
    )
    assert rows["2.eml"].new_version_of == rows["1.eml"].id


# --- what the officer does about it -------------------------------------------------------------
def test_an_uncertain_sender_is_flagged_in_the_list_and_before_export(
    services: Services, cid: int, inbox: Inbox
) -> None:
    rows = inbox(
        {
            "1.eml": mail("post@uklart.example.dk", "Se vedhæftede bemærkninger."),
            "2.txt": "Kort bemærkning uden underskrift.".encode(),
            "3.eml": mail(
                "Anne Holm <anne.holm@gmail.com>", "Jeg støtter planen.\n\nMvh\nAnne Holm"
            ),
        },
    )
    assert rows["1.eml"].sender_uncertain and rows["1.eml"].party_kind == "unknown"
    assert rows["2.txt"].sender_uncertain and rows["2.txt"].sender_display == "(ukendt afsender)"
    assert not rows["3.eml"].sender_uncertain
    gaps = [g for g in services.review.gaps(cid) if g.kind == "sender_uncertain"]
    assert {g.response_id for g in gaps} == {rows["1.eml"].id, rows["2.txt"].id}
    # the officer says who it is: no longer flagged
    services.parties.update(
        rows["1.eml"].senders[0].id,
        party_type="organisation",
        organisation="Foreningen Uklart",
        kind="organisation",
    )
    assert not services.responses.row(rows["1.eml"].id).sender_uncertain
    services.parties.add_to_response(rows["2.txt"].id, contact_name="Bent Bak", kind="private")
    services.parties.confirm_response(rows["2.txt"].id)
    assert not services.responses.row(rows["2.txt"].id).sender_uncertain
    assert [g for g in services.review.gaps(cid) if g.kind == "sender_uncertain"] == []


def test_corrections_are_remembered_for_the_next_import(services: Services, inbox: Inbox) -> None:
    first = inbox(
        {
            "1.eml": mail("post@uklart.example.dk", "Se vedhæftede bemærkninger."),
            "2.eml": mail("Anne Holm <anne.holm@gmail.com>", "Jeg støtter planen.", day=2),
            "3.eml": mail("Anne Holm <ah@arbejde.example.dk>", "Jeg har en tilføjelse.", day=3),
        },
    )
    unknown = first["1.eml"].senders[0].id
    services.parties.update(
        unknown, party_type="organisation", organisation="Foreningen Uklart", kind="organisation"
    )
    anne, other = first["2.eml"].senders[0].id, first["3.eml"].senders[0].id
    assert anne != other  # two addresses: two people until the officer says otherwise
    services.parties.merge(anne, other)
    later = inbox(
        {
            "4.eml": mail("post@uklart.example.dk", "Endnu en bemærkning.", day=5),
            "5.eml": mail("Anne Holm <ah@arbejde.example.dk>", "En bemærkning mere.", day=6),
        },
        folder="senere",
    )
    assert later["4.eml"].senders[0].id == unknown
    assert senders(later["4.eml"]) == [
        ("sender", "Foreningen Uklart", "", "post@uklart.example.dk")
    ]
    assert not later["4.eml"].sender_uncertain
    assert later["5.eml"].senders[0].id == anne


def test_a_merge_needs_two_and_can_be_undone(services: Services, cid: int, inbox: Inbox) -> None:
    rows = inbox(
        {
            "1.eml": mail("Anne Holm <anne.holm@gmail.com>", "Jeg støtter planen."),
            "2.eml": mail("Bo Ege <bo.ege@gmail.com>", "Jeg er imod.", day=2),
        },
    )
    anne, bo = rows["1.eml"].senders[0], rows["2.eml"].senders[0]
    record = services.parties.merge(anne.id, bo.id)
    assert services.responses.row(rows["2.eml"].id).senders[0].id == anne.id
    services.parties.unmerge(record)
    assert senders(services.responses.row(rows["2.eml"].id)) == [
        ("sender", "", "Bo Ege", "bo.ege@gmail.com")
    ]
    assert services.responses.row(rows["2.eml"].id).senders[0].id == bo.id
    actions = [e.action for e in audit_events(services, cid) if e.entity == "party"]
    assert "merge" in actions and "unmerge" in actions
