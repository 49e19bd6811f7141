"""Sender phrasings by class, from the misses of evaluation set v6's first held-out part: a
reply quoting our own invitation, a unit named beside its organisation, roles with a
qualifier, contact-detail labels, one-name citizens, web-form fields, footer bars, signatory
lists introduced in other words, joint signers, and self-owned institutions.

Every example is invented for this file (no benchmark pool is used)."""

from __future__ import annotations

import pytest

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.parsed import Address, ParsedResponse, PartKind, SourceFile, TextPart
from hoeringsdesk.intake.senders import read_cell, read_senders
from hoeringsdesk.intake.senders.kinds import organisation_kind
from tests.sender_files import OURS, TO, letter, summary, template

WE = "Vi har læst udkastet med interesse og har nogle bemærkninger til afsnittet om sprog.\n\n"
I_WRITE = (
    "Jeg bor i kvarteret og skriver, fordi jeg selv har gået på sprogskole. Jeg håber, at "
    "mine bemærkninger bliver læst.\n\n"
)


def _names(parties: object) -> list[tuple[str, str, str]]:
    return [(p.role.value, p.type, p.name) for p in parties]  # type: ignore[attr-defined]


# -- a reply to our own invitation ------------------------------------------------------------
def test_a_reply_quoting_our_invitation_is_sent_by_the_one_who_replied() -> None:
    note = f"{WE}Venlig hilsen\nMaja Thorsen\nFormand, Foreningen Kildevæld"
    invitation = (
        "Kære høringsparter\n\nHermed udkastet i høring.\n\nMed venlig hilsen\nPeter Lund\n"
        "Fuldmægtig\nKultur- og Fritidsforvaltningen\nNordkysten Kommune"
    )
    parsed = ParsedResponse(
        files=[SourceFile("svar.eml", "message/rfc822", b"x")],
        parts=[
            TextPart(0, PartKind.BODY, "Videresendelse", note),
            TextPart(0, PartKind.BODY, "", invitation),
        ],
        sender=Address("Nordkysten Kommune", TO),
        forwarded_by=Address("Maja Thorsen", "maja.thorsen@kildevaeld.example.dk"),
    )
    found = read_senders(parsed, OURS).parties
    assert summary(found) == [
        ("sender", "organisation", "Foreningen Kildevæld", ""),
        ("contact", "person", "Maja Thorsen", "maja.thorsen@kildevaeld.example.dk"),
    ]


# -- a unit of the organisation, a colleague writing for it ----------------------------------
@pytest.mark.parametrize(
    "unit",
    [
        "Sekretariatet, ",
        "Bestyrelsen, ",
        "Ledelsen, ",
        "Kommunikationsafdelingen, ",
        "Sekretariatet / ",
        "Sekretariatet | ",
    ],
)
def test_a_unit_named_beside_its_organisation_is_no_organisation_of_its_own(unit: str) -> None:
    text = f"{WE}Venlig hilsen\nJonas Kragh\n{unit}Foreningen Kildevæld"
    found = read_senders(letter(text)).parties
    assert _names(found) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("contact", "person", "Jonas Kragh"),
    ]


def test_a_colleague_sending_for_the_chair_is_a_contact_not_a_forwarder() -> None:
    body = (
        "På vegne af vores formand, Maja Thorsen, sender jeg svaret fra Foreningen Kildevæld.\n\n"
        "Venlig hilsen\nJonas Kragh\nForeningen Kildevæld"
    )
    attached = f"{WE}Med venlig hilsen\nMaja Thorsen\nFormand / Foreningen Kildevæld"
    parsed = ParsedResponse(
        files=[SourceFile("svar.eml", "message/rfc822", b"x")],
        parts=[
            TextPart(0, PartKind.BODY, "", body),
            TextPart(1, PartKind.ATTACHMENT, "", attached),
        ],
        sender=Address("Jonas Kragh", "jk@kildevaeld.example.dk"),
    )
    found = read_senders(parsed, OURS).parties
    assert "forwarder" not in [p.role.value for p in found]
    jonas = next(p for p in found if p.name == "Jonas Kragh")
    assert (jonas.role.value, jonas.email) == ("contact", "jk@kildevaeld.example.dk")


# -- roles with a qualifier ------------------------------------------------------------------
@pytest.mark.parametrize(
    "role",
    [
        "Pædagogisk leder",
        "Konstitueret centerchef",
        "Fungerende formand",
        "Kst. leder",
        "Fg. formand",
    ],
)
def test_a_qualified_role_before_a_name_is_the_contacts_title(role: str) -> None:
    found = read_cell(f"Børnehuset Mælkebøtten\n{role} Jonas Kragh\njk@maelk.example.dk")
    assert summary(found) == [
        ("sender", "organisation", "Børnehuset Mælkebøtten", ""),
        ("contact", "person", "Jonas Kragh", "jk@maelk.example.dk"),
    ]
    assert found[1].title == role


@pytest.mark.parametrize("role", ["Pædagogisk leder", "Konstitueret centerchef"])
def test_a_qualified_role_with_the_organisation_in_brackets(role: str) -> None:
    text = f"{WE}Med venlig hilsen\nJonas Kragh\n{role} (Foreningen Kildevæld)"
    assert _names(read_senders(letter(text)).parties) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("contact", "person", "Jonas Kragh"),
    ]


def test_a_qualifier_alone_is_no_role() -> None:
    [unit] = read_cell("Teknisk Forvaltning, Holbæk Kommune")
    assert unit.type == "organisation"
    assert unit.kind is PartyKind.AUTHORITY


# -- labels of contact details ---------------------------------------------------------------
@pytest.mark.parametrize(
    "label", ["E-postadresse", "E-mailadr.", "Mailadresse", "Telefonnummer", "Mobilnr."]
)
def test_the_label_of_a_contact_detail_names_no_organisation(label: str) -> None:
    value = "jk@kildevaeld.example.dk" if "mail" in label.lower() or "post" in label else ""
    value = value or "40 12 34 56"
    text = f"{WE}Venlig hilsen\nJonas Kragh | Formand | Foreningen Kildevæld\n{label}: {value}"
    found = read_senders(letter(text)).parties
    assert _names(found) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("contact", "person", "Jonas Kragh"),
    ]


# -- one-name citizens, a name no dictionary knows -------------------------------------------
def test_one_name_over_a_home_address_and_its_own_mailbox_is_a_person() -> None:
    text = (
        f"{I_WRITE}Venlig hilsen\nSuwarni\nTjørnevej 4\n5000 Odense C\nE-post: suwarni77@gmail.com"
    )
    [person] = read_senders(letter(text)).parties
    assert (person.type, person.name, person.email, person.kind) == (
        "person",
        "Suwarni",
        "suwarni77@gmail.com",
        PartyKind.PRIVATE,
    )


def test_a_club_in_its_definite_form_with_a_provider_mailbox_stays_an_organisation() -> None:
    text = f"{WE}Venlig hilsen\nSolstrålen\nTjørnevej 4\n5000 Odense C\nsolstraalen@gmail.com"
    found = read_senders(letter(text)).parties
    assert found[0].type == "organisation"


def test_a_letter_written_as_i_signed_by_an_unknown_name_is_a_person() -> None:
    text = f"{I_WRITE}Med venlig hilsen\nTsegaye Wolde-Berhane"
    [person] = read_senders(letter(text, Address("", "twb@get2net.dk"))).parties
    assert (person.type, person.name, person.kind) == (
        "person",
        "Tsegaye Wolde-Berhane",
        PartyKind.PRIVATE,
    )


# -- cells: other contact phrasings, separators, 'Org: Person' -------------------------------
@pytest.mark.parametrize(
    "intro", ["Spørgsmål besvares af", "Uddybning gives af", "Svaret er skrevet af"]
)
def test_other_words_introducing_the_contact(intro: str) -> None:
    found = read_cell(f"Foreningen Kildevæld\n{intro} Jonas Kragh\nMail: jk@kildevaeld.example.dk")
    assert summary(found) == [
        ("sender", "organisation", "Foreningen Kildevæld", ""),
        ("contact", "person", "Jonas Kragh", "jk@kildevaeld.example.dk"),
    ]


def test_two_authors_of_the_answer_are_two_contacts() -> None:
    found = read_cell(
        "Foreningen Kildevæld\nSvaret er skrevet af Jonas Kragh i samarbejde med Maja Thorsen"
    )
    assert _names(found) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("contact", "person", "Jonas Kragh"),
        ("contact", "person", "Maja Thorsen"),
    ]


@pytest.mark.parametrize("bar", ["∙", "●", "⋅"])
def test_a_dot_between_organisation_and_contact_separates_them(bar: str) -> None:
    found = read_cell(f"Foreningen Kildevæld {bar} Jonas Kragh jk@kildevaeld.example.dk")
    assert summary(found) == [
        ("sender", "organisation", "Foreningen Kildevæld", ""),
        ("contact", "person", "Jonas Kragh", "jk@kildevaeld.example.dk"),
    ]


@pytest.mark.parametrize("org", ["Lindehøj Valgmenighed", "Vesterbro Frimenighed"])
def test_an_organisation_then_a_colon_then_its_contact(org: str) -> None:
    assert _names(read_cell(f"{org}: Jonas Kragh")) == [
        ("sender", "organisation", org),
        ("contact", "person", "Jonas Kragh"),
    ]


# -- kinds -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name", ["Den selvejende daginstitution Mælkebøtten", "Selvejende institution Bøgely Skole"]
)
def test_a_self_owned_institution_is_no_authority(name: str) -> None:
    assert organisation_kind(name, "", "")[0] is PartyKind.ORGANISATION


# -- lists of who signs ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "label",
    [
        "Disse organisationer står bag:",
        "Vi er følgende foreninger:",
        "Svaret bakkes op af:",
        "Bag høringssvaret står:",
        "Nedenstående foreninger og institutioner har skrevet under:",
    ],
)
def test_a_bulleted_list_of_signing_organisations(label: str) -> None:
    text = (
        f"{WE}{label}\n• Foreningen Kildevæld\n• Lindehøj Valgmenighed\n• Klubben Nordlys\n"
        "Venlig hilsen\nJonas Kragh\nFormand | Foreningen Kildevæld"
    )
    found = read_senders(letter(text)).parties
    assert [(p.role.value, p.name) for p in found if p.type == "organisation"] == [
        ("sender", "Foreningen Kildevæld"),
        ("co_signer", "Lindehøj Valgmenighed"),
        ("co_signer", "Klubben Nordlys"),
    ]


def test_the_signing_organisations_right_after_the_label() -> None:
    text = f"{WE}Bag svaret står Foreningen Kildevæld såvel som Klubben Nordlys\n\nJonas Kragh"
    found = read_senders(letter(text)).parties
    assert [(p.role.value, p.name) for p in found if p.type == "organisation"] == [
        ("sender", "Foreningen Kildevæld"),
        ("co_signer", "Klubben Nordlys"),
    ]


def test_a_long_line_of_organisations_under_the_closing() -> None:
    text = (
        f"{WE}Mvh\n\nForeningen Kildevæld, Lindehøj Valgmenighed i samarbejde med Netværket "
        "for Nydanske Kvinder i Odense"
    )
    found = read_senders(letter(text)).parties
    assert _names(found) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("co_signer", "organisation", "Lindehøj Valgmenighed"),
        ("co_signer", "organisation", "Netværket for Nydanske Kvinder i Odense"),
    ]


@pytest.mark.parametrize("joiner", ["i samarbejde med", "såvel som", "tillige med"])
def test_two_citizens_joined_in_other_words(joiner: str) -> None:
    text = f"{I_WRITE}Venlig hilsen\nJonas Kragh {joiner} Maja Thorsen\nTjørnevej 4\n5000 Odense C"
    found = read_senders(letter(text)).parties
    assert _names(found) == [
        ("sender", "person", "Jonas Kragh"),
        ("co_signer", "person", "Maja Thorsen"),
    ]
    assert {p.kind for p in found} == {PartyKind.PRIVATE}


# -- letters: headings, closings, footers, 'underskrevet for' --------------------------------
def test_a_heading_saying_who_gave_the_answer() -> None:
    text = f"Høringssvar indsendt af Foreningen Kildevæld\n\n{WE}Venlig hilsen\n\nJonas Kragh"
    assert _names(read_senders(letter(text)).parties) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("contact", "person", "Jonas Kragh"),
    ]


def test_a_thanks_ending_in_a_greeting_is_a_closing() -> None:
    text = (
        "Vi har læst udkastet med interesse.\nTak for jeres tid og venlig hilsen\nJonas Kragh\n"
        "Formand\nForeningen Kildevæld"
    )
    assert _names(read_senders(letter(text)).parties) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("contact", "person", "Jonas Kragh"),
    ]


@pytest.mark.parametrize("bar", ["·", "|", "•"])
def test_a_footer_bar_under_the_signature_names_the_organisation(bar: str) -> None:
    footer = f" {bar} ".join(
        ["Foreningen Kildevæld", "Vestergade 4", "5000 Odense C", "CVR-nr. 12345678"]
    )
    text = f"{WE}Med venlig hilsen\nJonas Kragh\nFormand\n{footer}"
    found = read_senders(letter(text)).parties
    assert _names(found) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("contact", "person", "Jonas Kragh"),
    ]
    assert (found[0].street, found[0].cvr) == ("Vestergade 4", "12345678")


def test_signed_for_a_company() -> None:
    text = f"{WE}Venlig hilsen\nUnderskrevet for Kragh Tømrer ApS\n\nJonas Kragh\nIndehaver"
    found = read_senders(letter(text)).parties
    assert _names(found) == [
        ("sender", "organisation", "Kragh Tømrer ApS"),
        ("contact", "person", "Jonas Kragh"),
    ]
    assert found[0].kind is PartyKind.COMPANY


# -- a self-service form's fields ------------------------------------------------------------
def test_a_self_service_form_names_the_organisation_and_the_one_who_filled_it_in() -> None:
    form = (
        "Kvittering for din indsendelse\n\nJeg svarer som: Repræsentant for en organisation\n"
        "Foreningens navn: Foreningen Kildevæld\nDit navn: Jonas Kragh\n"
        "E-mail til kvittering: jk@kildevaeld.example.dk\n\nDit svar:\nVi støtter udkastet."
    )
    portal = Address("Selvbetjening", "no-reply@selvbetjening.example.dk")
    found = read_senders(letter(form, portal)).parties
    assert summary(found) == [
        ("sender", "organisation", "Foreningen Kildevæld", ""),
        ("contact", "person", "Jonas Kragh", "jk@kildevaeld.example.dk"),
    ]


@pytest.mark.parametrize("empty", ["(ikke udfyldt)", "(ikke oplyst)", "-"])
def test_a_form_field_left_empty_names_no_one(empty: str) -> None:
    form = (
        "Jeg svarer som: Privatperson\n"
        f"Organisation: {empty}\nFulde navn: Maja Thorsen\nE-mail: maja.t@gmail.com\n"
        "Adresse: Tjørnevej 4, 5000 Odense C\n\nDit svar:\nJeg støtter udkastet."
    )
    portal = Address("Selvbetjening", "no-reply@selvbetjening.example.dk")
    [person] = read_senders(letter(form, portal)).parties
    assert (person.type, person.name, person.email, person.kind) == (
        "person",
        "Maja Thorsen",
        "maja.t@gmail.com",
        PartyKind.PRIVATE,
    )


def test_a_template_cell_is_read_as_before_under_a_form_like_body() -> None:
    found = read_senders(
        template("Foreningen Kildevæld\nv. Jonas Kragh", body="Emne: Høringssvar\nSe vedhæftet.")
    ).parties
    assert _names(found)[0] == ("sender", "organisation", "Foreningen Kildevæld")


# -- classes left from earlier rounds --------------------------------------------------------
def test_the_writer_at_one_of_several_signing_organisations_is_its_contact() -> None:
    cover = "Hermed vores fælles svar.\n\nVenlig hilsen\n\nTsegaye Wolde-Berhane"
    attached = f"{WE}Venlig hilsen\nKragh Tømrer ApS\nLindehøj Valgmenighed\nForeningen Kildevæld"
    parsed = ParsedResponse(
        files=[SourceFile("svar.eml", "message/rfc822", b"x")],
        parts=[
            TextPart(0, PartKind.BODY, "", cover),
            TextPart(1, PartKind.ATTACHMENT, "", attached),
        ],
        sender=Address("Tsegaye Wolde-Berhane", "tsegaye@kildevaeld.example.dk"),
    )
    found = read_senders(parsed, OURS).parties
    assert [p.role.value for p in found if p.type == "person"] == ["contact"]
    person = next(p for p in found if p.type == "person")
    assert found[person.contact_for or 0].name == "Foreningen Kildevæld"
    assert [p.name for p in found if p.role.value == "co_signer"] == [
        "Lindehøj Valgmenighed",
        "Foreningen Kildevæld",
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_organisations_without_an_organisation_word_in_a_cell_each_with_its_contact(
    gap: str,
) -> None:
    cell = gap.join(
        [
            "Foreningen Kildevæld\nv. Jonas Kragh, formand\njk@kildevaeld.example.dk",
            "Vestbyens Seniorer Nord\nv. Maja Thorsen, kasserer\nmt@vestbyen.example.dk",
            "Klubben Nordlys\nv. Peter Lund, leder\npl@nordlys.example.dk",
        ]
    )
    found = read_cell(cell)
    assert [(p.role.value, p.name) for p in found] == [
        ("sender", "Foreningen Kildevæld"),
        ("contact", "Jonas Kragh"),
        ("co_signer", "Vestbyens Seniorer Nord"),
        ("contact", "Maja Thorsen"),
        ("co_signer", "Klubben Nordlys"),
        ("contact", "Peter Lund"),
    ]


def test_a_name_under_a_complete_organisation_without_a_contact_line_is_not_one_more() -> None:
    found = read_cell("Foreningen Kildevæld\nv. Jonas Kragh, formand\n\nTsegaye Wolde-Berhane")
    assert [p.name for p in found if p.type == "organisation"] == ["Foreningen Kildevæld"]


def test_two_contacts_after_uddybning_kan_faas_hos() -> None:
    found = read_cell(
        "Foreningen Kildevæld\nUddybning kan fås hos Jonas Kragh sammen med Maja Thorsen"
    )
    assert _names(found) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("contact", "person", "Jonas Kragh"),
        ("contact", "person", "Maja Thorsen"),
    ]


def test_a_title_with_the_organisation_after_a_dash() -> None:
    text = f"Høringssvar – Dansk Sprogvenner Fyn\n\n{WE}Med venlig hilsen\nJonas Kragh\nFormand"
    assert _names(read_senders(letter(text)).parties)[0] == (
        "sender",
        "organisation",
        "Dansk Sprogvenner Fyn",
    )


@pytest.mark.parametrize(
    "title", ["Høringssvar – Nordkysten Kommunes integrationspolitik", "Høringssvar – Udkast 2027"]
)
def test_a_title_naming_the_policy_after_a_dash_names_no_sender(title: str) -> None:
    text = f"{title}\n\n{I_WRITE}Med venlig hilsen\nMaja Thorsen"
    assert _names(read_senders(letter(text)).parties) == [("sender", "person", "Maja Thorsen")]


def test_a_portal_form_with_other_labels() -> None:
    form = (
        "Ny besvarelse af høringen\nNavn på indsender: Maja Thorsen\n"
        "Organisation (udfyldes hvis du svarer for en): \nDin e-mail: maja.t@gmail.com\n"
        "Postadresse: Tjørnevej 4, 5000 Odense C\nBemærkninger:\nJeg støtter udkastet."
    )
    portal = Address("Høringsportalen", "noreply@portal.example.dk")
    assert summary(read_senders(letter(form, portal)).parties) == [
        ("sender", "person", "Maja Thorsen", "maja.t@gmail.com")
    ]


def test_a_unit_with_its_own_address_under_the_organisation_is_no_co_signer() -> None:
    text = (
        f"{WE}Venlig hilsen\nJonas Kragh\nFormand for Foreningen Kildevæld\n"
        "Sekretariatet: sekr@kildevaeld.example.dk"
    )
    found = read_senders(letter(text)).parties
    assert [(p.role.value, p.name) for p in found] == [
        ("sender", "Foreningen Kildevæld"),
        ("contact", "Jonas Kragh"),
    ]
    assert found[0].email == "sekr@kildevaeld.example.dk"


def test_a_counted_list_of_signing_organisations() -> None:
    text = (
        f"{WE}Vi er tre foreninger:\n• Foreningen Kildevæld\n• Klubben Nordlys\n"
        "• Vestbyens Seniorer\n\nVenlig hilsen\nJonas Kragh"
    )
    found = read_senders(letter(text)).parties
    assert [(p.role.value, p.name) for p in found if p.type == "organisation"] == [
        ("sender", "Foreningen Kildevæld"),
        ("co_signer", "Klubben Nordlys"),
        ("co_signer", "Vestbyens Seniorer"),
    ]


def test_a_sentence_about_organisations_is_no_list_of_signers() -> None:
    text = (
        f"{WE}Disse tre organisationer har også læst med og bakker op.\n\n"
        "Venlig hilsen\nJonas Kragh\nForeningen Kildevæld"
    )
    assert _names(read_senders(letter(text)).parties) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("contact", "person", "Jonas Kragh"),
    ]


def test_one_name_that_the_writers_private_mailbox_is_made_of() -> None:
    text = f"{I_WRITE}Mvh\nSenait"
    [person] = read_senders(letter(text, Address("", "senait.g@hotmail.com"))).parties
    assert (person.type, person.name, person.kind) == ("person", "Senait", PartyKind.PRIVATE)


def test_one_name_at_an_organisations_address_stays_unsure() -> None:
    text = f"{I_WRITE}Mvh\nSenait"
    found = read_senders(letter(text, Address("", "senait@kildevaeld.example.dk"))).parties
    assert not any(p.type == "person" and p.kind is PartyKind.PRIVATE for p in found)
    assert found[0].uncertain  # the officer is asked ('Afsender usikker')


def test_two_officers_each_with_the_role_before_the_name() -> None:
    found = read_cell(
        "Foreningen Kildevæld\nFormand Jonas Kragh og kasserer Maja Thorsen\n"
        "jk@kildevaeld.example.dk"
    )
    assert [(p.role.value, p.name, p.title) for p in found] == [
        ("sender", "Foreningen Kildevæld", ""),
        ("contact", "Jonas Kragh", "Formand"),
        ("contact", "Maja Thorsen", "kasserer"),
    ]


@pytest.mark.parametrize("how", ["på tlf. 40 12 34 56", "på mail jk@kildevaeld.example.dk"])
def test_the_word_before_a_contacts_number_is_not_part_of_the_name(how: str) -> None:
    found = read_cell(f"Foreningen Kildevæld\nSpørgsmål kan rettes til Jonas Kragh {how}")
    assert _names(found) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("contact", "person", "Jonas Kragh"),
    ]


def test_two_signers_side_by_side_are_two_contacts() -> None:
    text = (
        f"{WE}Med venlig hilsen\n\nJonas Kragh                    Maja Thorsen\n"
        "Formand                        Næstformand\nForeningen Kildevæld"
    )
    found = read_senders(letter(text)).parties
    assert [(p.role.value, p.name, p.title) for p in found] == [
        ("sender", "Foreningen Kildevæld", ""),
        ("contact", "Jonas Kragh", "Formand"),
        ("contact", "Maja Thorsen", "Næstformand"),
    ]


def test_one_wide_gap_is_no_second_column() -> None:
    text = f"{WE}Med venlig hilsen\n\nJonas Kragh      Formand\nForeningen Kildevæld"
    assert _names(read_senders(letter(text)).parties) == [
        ("sender", "organisation", "Foreningen Kildevæld"),
        ("contact", "person", "Jonas Kragh"),
    ]


def test_a_line_saying_the_employee_writes_privately_names_no_employer() -> None:
    text = (
        f"{I_WRITE}Venlig hilsen\nMaja Thorsen\n"
        "Ansat ved Holbæk Kommune, men skriver her som privatperson"
    )
    [person] = read_senders(letter(text)).parties
    assert (person.type, person.name, person.kind) == (
        "person",
        "Maja Thorsen",
        PartyKind.PRIVATE,
    )
