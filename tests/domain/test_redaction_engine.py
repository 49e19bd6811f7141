"""The redaction engine: what it finds in private persons' and organisations' text, and why."""

from __future__ import annotations

import pytest

from hoeringsdesk.domain.redaction import KNOWN_NAME, PLACEHOLDER, Redactor
from hoeringsdesk.domain.redaction_names import INTRODUCED, RELATIVE, SIGNATURE
from hoeringsdesk.domain.redaction_patterns import ADDRESS, CPR, EMAIL, PHONE

P = PLACEHOLDER


def engine() -> Redactor:
    r = Redactor(general=True, own_domains=["eksempelkommune.dk"])
    r.add_person(
        first_name="Birthe",
        surname="Kragelund",
        email="bk1970@mail.example",
        phone="+45 40 11 22 33",
        street="Husumvej 88",
        postcode="2700",
        town="Brønshøj",
        label="Privatperson 1",
    )
    return r


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "Hej. Mit navn er Karen Blixen Hansen, og jeg har boet på Bellahøjvej 5, 3. tv.",
            f"Hej. Mit navn er {P}, og jeg har boet på {P}",
            [INTRODUCED, ADDRESS],
        ),
        ("Jeg hedder Ib og bor i byen.", f"Jeg hedder {P} og bor i byen.", [INTRODUCED]),
        (
            "Vi bor på Kastanjealle 5, 2800 Lyngby, tæt på skolen.",
            f"Vi bor på {P}, tæt på skolen.",
            [ADDRESS],
        ),
        (
            "Min søn Villads og min nabo Torkild Vindefjord er enige.",
            f"Min søn {P} og min nabo {P} er enige.",
            [RELATIVE, RELATIVE],
        ),
        ("mine børn, Ida og Karl, cykler", f"mine børn, {P}, cykler", [RELATIVE]),
        (
            "Med venlig hilsen\n\nPeter Sørensen\nSøndergade 12, st. th.\n8000 Aarhus C\n",
            f"Med venlig hilsen\n\n{P}\n{P}\n",
            [SIGNATURE, ADDRESS],
        ),
        ("Mvh. Jens Ole Dam", f"Mvh. {P}", [SIGNATURE]),
        (
            "> Venlig hilsen\n> Gitte Lund\n> Fra: hoering@eksempelkommune.dk",
            f"> Venlig hilsen\n> {P}\n> Fra: hoering@eksempelkommune.dk",
            [SIGNATURE],
        ),
        ("ring på 51 22 33 44 eller +46 8 123 456 78", f"ring på {P} eller {P}", [PHONE, PHONE]),
        ("skriv til x.y@firma.example", f"skriv til {P}", [EMAIL]),
        ("CPR 120365-1234, ikke 320199-1234", f"CPR {P}, ikke 320199-1234", [CPR]),
        # the known person, in every spelling and place
        (
            "Husumvej 88 / 2700 Brønshøj / mobil 40 11 22 33",
            f"{P} / {P} / mobil {P}",
            ["kendt adresse", "kendt adresse", "kendt telefon"],
        ),
        ("birthe_kragelund.pdf", "Privatperson 1.pdf", [KNOWN_NAME]),
        ("mailto:BK1970@mail.example", f"mailto:{P}", ["kendt e-mail"]),
        (
            "Kragelund skrev, Birthe ringede",
            "Privatperson 1 skrev, Privatperson 1 ringede",
            [KNOWN_NAME, KNOWN_NAME],
        ),
        # what stays
        ("Budgettet er 2.500.000 kr. i 2025-2027, jf. § 14, stk. 2.", None, []),
        ("Møde den 12.03.2027 kl. 10.00 i Byrådssalen.", None, []),
    ],
)
def test_private_text(text: str, expected: str | None, rules: list[str]) -> None:
    r = engine()
    assert r(text, private=True) == (text if expected is None else expected)
    assert [s.rule for s in r.spans(text, private=True)] == rules


def test_organisations_keep_names_and_addresses_but_lose_contacts() -> None:
    text = (
        "Mit navn er Lise Holm, formand. Vi holder til på Havnegade 3, 4000 Roskilde.\n"
        "Med venlig hilsen\nLise Holm\ntlf. 51 22 33 44, lise@havbo.example, "
        "CPR 010190-1234, svar til hoering@eksempelkommune.dk"
    )
    assert engine()(text, private=False) == (
        "Mit navn er Lise Holm, formand. Vi holder til på Havnegade 3, 4000 Roskilde.\n"
        f"Med venlig hilsen\nLise Holm\ntlf. {P}, {P}, CPR {P}, svar til hoering@eksempelkommune.dk"
    )


def test_without_general_only_known_data_and_cpr() -> None:
    r = Redactor()
    r.add_person(names=["Birthe Kragelund"], phone="40112233", label="Privatperson 1")
    text = "Birthe Kragelund, 40 11 22 33, 51 22 33 44, Bellahøjvej 5, 120365-1234"
    assert r(text, private=True) == f"Privatperson 1, {P}, 51 22 33 44, Bellahøjvej 5, {P}"


def test_offsets_move_with_the_replacements() -> None:
    text = "Mit navn er Karen Hansen. Jeg foreslår en cykelsti."
    redacted, move = engine().apply(text, private=True)
    start = text.index("Jeg")
    assert redacted[move(start) : move(len(text))] == text[start:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AnneJensen.docx", "Privatperson 2.docx"),
        ("BrevFraAnneJensen.pdf", "BrevFraPrivatperson 2.pdf"),
        (
            "Vedhæftet: HøringssvarAnneJensen2026.pdf",
            "Vedhæftet: HøringssvarPrivatperson 22026.pdf",
        ),
        (
            "SvarFraJensen.pdf og AnneJensens bilag",
            "SvarFraPrivatperson 2.pdf og Privatperson 2 bilag",
        ),
        # no hump, or no known name at the hump: left alone
        ("AnnemarieJensenius.pdf", "AnnemarieJensenius.pdf"),
        ("HøringssvarFraBoligforeningen.pdf", "HøringssvarFraBoligforeningen.pdf"),
        ("iPhone-billede.jpg", "iPhone-billede.jpg"),
    ],
)
def test_camel_case_file_names_of_a_known_private_sender(text: str, expected: str) -> None:
    r = Redactor(general=True)
    r.add_person(first_name="Anne", surname="Jensen", label="Privatperson 2")
    assert r(text, True) == expected
    assert r(text) == expected  # known data: found in anyone's text (an organisation's list)
