"""A realistic mixed batch of 37 responses, as the officer imports it: every sender right, or
'ukendt' and flagged — never a wrong sender shown as sure.

Written by hand for this test (not drawn from the benchmark's generator or its pools): template
e-mails with the Afsender cell in many shapes, joint responses, free letters as PDF, .txt and
.docx, mail bodies, a web form with Reply-To, a forwarded mail, citizens at common providers and
at one workplace, and a form-letter campaign of eight citizens. Its first run gave 32 right, 1
flagged and 4 wrong (a firm's "& Søn ApS" split, "(på egne vegne)" after a name, "Region X,
Center for Y" split, a list's first organisation dropped and the contact bound to its last);
the rules were widened for those shapes in general."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.samples.documents import letter_docx, simple_pdf
from hoeringsdesk.samples.mail import eml, forward
from tests.sender_files import (
    TO,
    Sender,
    cell_template,
    import_files,
    message,
    sending,
    sent_on,
)


def _msg(sender: str, body: str, day: int, attachments: list[tuple[str, bytes]]) -> EmailMessage:
    """Each mail of the batch on its own day and hour."""
    return message(sender, body, day=1 + day % 27, hour=9 + day % 8, attachments=attachments)


def mail(sender: str, body: str, day: int, *attach: tuple[str, bytes]) -> bytes:
    return eml(_msg(sender, body, day, list(attach)))


def template(*cell: str, text: str = "Vi har følgende bemærkninger til udkastet.") -> bytes:
    return cell_template(*cell, text=text)


CAMPAIGN = (
    "Jeg protesterer mod, at åbningstiden i borgerservice i Nordvest skæres ned. Mange ældre "
    "og nye borgere har brug for at kunne møde op og få hjælp ansigt til ansigt, og det digitale "
    "tilbud kan ikke erstatte det. Jeg beder derfor byrådet om at bevare de nuværende "
    "åbningstider og styrke vejledningen på flere sprog."
)
CAMPAIGN_PEOPLE = [
    ("Hanne Vestergaard", "hanne.vestergaard@gmail.com"),
    ("Karim Haddad", "karim.haddad@gmail.com"),
    ("Linh Tran", "linh.tran77@hotmail.com"),
    ("Per Frost", "perfrost@hotmail.com"),
    ("Aylin Demir", "aylin.demir@yahoo.dk"),
    ("Jonas Brix-Madsen", "jonas.bm@outlook.dk"),
    ("Signe Kure", "signe.kure@mail.dk"),
    ("Bashir Noori", "bashir.noori@gmail.com"),
]


def batch() -> dict[str, tuple[bytes, list[Sender], str]]:
    """File name → (file, the senders an officer would register, the kind)."""
    b: dict[str, tuple[bytes, list[Sender], str]] = {}
    # --- template e-mails, the Afsender cell in its shapes ---
    b["01.eml"] = (
        mail(
            "Rania Møller Aziz <rania@kvindehuset.example.dk>",
            "Hermed vores høringssvar.",
            1,
            ("svar.docx", template("Kvindehuset Nordkysten", "v. Rania Møller Aziz, formand")),
        ),
        [("sender", "Kvindehuset Nordkysten", "Rania Møller Aziz", "rania@kvindehuset.example.dk")],
        "organisation",
    )
    b["02.eml"] = (
        mail(
            "Sara Nygaard <sara.nygaard@flygtningevenner.example.dk>",
            "Se vedhæftede.",
            2,
            (
                "høringssvar.docx",
                template(
                    "Flygtningevenner Nordkysten",
                    "Kontaktperson: Sara Nygaard",
                    "sara.nygaard@flygtningevenner.example.dk",
                    "Tlf. 22 33 44 55",
                ),
            ),
        ),
        [
            (
                "sender",
                "Flygtningevenner Nordkysten",
                "Sara Nygaard",
                "sara.nygaard@flygtningevenner.example.dk",
            )
        ],
        "organisation",
    )
    b["03.eml"] = (
        mail(
            "Erik Holt <erik.holt@gmail.com>",
            "Mit svar er vedhæftet.",
            3,
            ("svar.docx", template("Privatperson / Erik Holt / Strandvejen 4, 3000 Helsingør")),
        ),
        [("sender", "", "Erik Holt", "erik.holt@gmail.com")],
        "private",
    )
    b["04.eml"] = (
        mail(
            "Anders Brink <anders@meteoren.example.dk>",
            "Svar fra klubben.",
            4,
            ("svar.docx", template("Ungdomsklubben Meteoren, Anders Brink klubleder")),
        ),
        [("sender", "Ungdomsklubben Meteoren", "Anders Brink", "anders@meteoren.example.dk")],
        "organisation",
    )
    b["05.eml"] = (
        mail(
            "Jesper Lindqvist <jl@kattegathojskole.example.dk>",
            "Vedhæftet.",
            5,
            ("svar.docx", template("Kattegat Højskole", "Jesper Lindqvist, forstander")),
        ),
        [("sender", "Kattegat Højskole", "Jesper Lindqvist", "jl@kattegathojskole.example.dk")],
        "organisation",
    )
    b["06.eml"] = (
        mail(
            "Ditte Vangsgaard <ditte@frivilligcenter-nk.example.dk>",
            "Høringssvar vedhæftet.",
            6,
            (
                "svar.docx",
                template(
                    "Frivilligcenter Nordkysten",
                    "Att. Ditte Vangsgaard, koordinator",
                    "CVR 31876540",
                ),
            ),
        ),
        [
            (
                "sender",
                "Frivilligcenter Nordkysten",
                "Ditte Vangsgaard",
                "ditte@frivilligcenter-nk.example.dk",
            )
        ],
        "organisation",
    )
    b["07.eml"] = (
        mail(
            "Mette Sand <mette@nydanskerforum.example.dk>",
            "Fælles svar.",
            7,
            (
                "fælles.docx",
                template(
                    "Nydanskerforum Helsingør",
                    "Spejderne i Nordvest",
                    "Kvindenetværket Broen",
                    "Kontaktperson: Mette Sand, mette@nydanskerforum.example.dk",
                ),
            ),
        ),
        [
            ("sender", "Nydanskerforum Helsingør", "Mette Sand", "mette@nydanskerforum.example.dk"),
            ("co_signer", "Spejderne i Nordvest", "", ""),
            ("co_signer", "Kvindenetværket Broen", "", ""),
        ],
        "organisation",
    )
    b["08.eml"] = (
        mail(
            "Louise Hald <louise.hald@blixenmuseet.example.dk>",
            "Svar fra museet.",
            8,
            ("svar.docx", template("Karen Blixen Museet v/ Louise Hald")),
        ),
        [("sender", "Karen Blixen Museet", "Louise Hald", "louise.hald@blixenmuseet.example.dk")],
        "organisation",
    )
    b["09.eml"] = (
        mail(
            "Mohammed Al-Amiri <mohammed.alamiri@hotmail.com>",
            "Mit høringssvar.",
            9,
            (
                "svar.docx",
                template(
                    "Mohammed Al-Amiri",
                    "Egevej 3, 3000 Helsingør",
                    "mohammed.alamiri@hotmail.com",
                    text="Jeg har boet i kommunen i ti år og savner mere om fritidstilbud.",
                ),
            ),
        ),
        [("sender", "", "Mohammed Al-Amiri", "mohammed.alamiri@hotmail.com")],
        "private",
    )
    b["10.eml"] = (
        mail(
            "Thi Nguyen <thi.nguyen@yahoo.dk>",
            "Se mit svar.",
            10,
            ("svar.docx", template("Borger: Thi Nguyen")),
        ),
        [("sender", "", "Thi Nguyen", "thi.nguyen@yahoo.dk")],
        "private",
    )
    b["11.eml"] = (
        mail(
            "Anja Bøgh-Nielsen <anja.bn@gmail.com>",
            "Høringssvar.",
            11,
            ("svar.docx", template("Anja Bøgh-Nielsen (på egne vegne)")),
        ),
        [("sender", "", "Anja Bøgh-Nielsen", "anja.bn@gmail.com")],
        "private",
    )
    b["12.eml"] = (
        mail(
            "Tine Lund <tl@lundholm-advokater.example.dk>",
            "Vedlagt.",
            12,
            ("svar.docx", template("Lund & Holm Advokatfirma ApS", "v/ advokat Tine Lund")),
        ),
        [
            (
                "sender",
                "Lund & Holm Advokatfirma ApS",
                "Tine Lund",
                "tl@lundholm-advokater.example.dk",
            )
        ],
        "company",
    )
    b["13.docx"] = (
        template("Integrationsrådet i Nordkysten Kommune", "Formand Yasmin Haddad"),
        [("sender", "Integrationsrådet i Nordkysten Kommune", "Yasmin Haddad", "")],
        "authority",
    )
    b["14.eml"] = (
        mail(
            "Niels Bech <nb@tomrerbech.example.dk>",
            "Svar vedhæftet.",
            14,
            (
                "svar.docx",
                template("Tømrerfirmaet Bech & Søn ApS", "CVR: 29543216", "Niels Bech, indehaver"),
            ),
        ),
        [("sender", "Tømrerfirmaet Bech & Søn ApS", "Niels Bech", "nb@tomrerbech.example.dk")],
        "company",
    )
    # --- free letters: PDF, .txt and .docx, attached or alone ---
    b["15.eml"] = (
        mail(
            "Birgitte Kofoed <bkofoed@mail.dk>",
            "Se vedhæftede brev.",
            15,
            (
                "brev.pdf",
                simple_pdf(
                    [
                        "Til Nordkysten Kommune",
                        "",
                        "Jeg skriver, fordi jeg er bekymret for busforbindelserne i Nordvest.",
                        "",
                        "Med venlig hilsen",
                        "Birgitte Kofoed",
                        "Skovbrynet 12",
                        "3000 Helsingør",
                    ]
                ),
            ),
        ),
        [("sender", "", "Birgitte Kofoed", "bkofoed@mail.dk")],
        "private",
    )
    b["16.txt"] = (
        "\n".join(
            [
                "Kære byråd",
                "",
                "Jeg synes, at udkastet glemmer de unge i vores område.",
                "",
                "Mvh",
                "Henrik Østergaard",
                "Havnegade 7, 3000 Helsingør",
                "henrik.oe@example.net",
            ]
        ).encode(),
        [("sender", "", "Henrik Østergaard", "henrik.oe@example.net")],
        "private",
    )
    b["17.docx"] = (
        letter_docx(
            [
                "Fra Lejerforeningen Nordhavn",
                "",
                "Lejerforeningen takker for muligheden for at give sin mening til kende.",
                "Vi ønsker flere fælleslokaler i boligområderne.",
                "",
                "På vegne af bestyrelsen",
                "Søren Vinther",
                "formand",
            ]
        ),
        [("sender", "Lejerforeningen Nordhavn", "Søren Vinther", "")],
        "organisation",
    )
    b["18.eml"] = (
        mail(
            "Boligselskabet Kysten <post@bskysten.example.dk>",
            "Bemærkninger vedhæftet.",
            18,
            (
                "brev.pdf",
                simple_pdf(
                    [
                        "Boligselskabet Kysten",
                        "Havnevej 2",
                        "3000 Helsingør",
                        "",
                        "Høringssvar vedrørende integrationspolitikken",
                        "",
                        "Vi bakker op om målet om blandede boligområder.",
                        "",
                        "Med venlig hilsen",
                        "",
                        "Niels Thorup",
                        "Direktør",
                        "Boligselskabet Kysten",
                    ]
                ),
            ),
        ),
        [("sender", "Boligselskabet Kysten", "Niels Thorup", "post@bskysten.example.dk")],
        "organisation",
    )
    # --- mail bodies ---
    b["19.eml"] = (
        mail(
            "Emre Özdemir <emre.ozdemir@outlook.dk>",
            "Hej\n\nJeg er far til to børn i Nordvest og vil gerne have flere sprogtilbud "
            "til forældre.\n\nBedste hilsner\nEmre Özdemir",
            19,
        ),
        [("sender", "", "Emre Özdemir", "emre.ozdemir@outlook.dk")],
        "private",
    )
    b["20.eml"] = (
        mail(
            "Ældresagen Nordkysten <info@aeldresagen-nk.example.dk>",
            "Ældresagen Nordkysten har læst udkastet med interesse.\n\nVi savner ældre "
            "indvandrere i politikken.\n\nVenlig hilsen\nÆldresagen Nordkysten\n"
            "v. Grete Mose, formand",
            20,
        ),
        [("sender", "Ældresagen Nordkysten", "Grete Mose", "info@aeldresagen-nk.example.dk")],
        "organisation",
    )
    b["21.eml"] = (
        mail(
            "John Miller <john.miller@gmail.com>",
            "Dear Sir or Madam\n\nAs a newcomer I find the policy hard to read in Danish.\n\n"
            "Kind regards\nJohn Miller",
            21,
        ),
        [("sender", "", "John Miller", "john.miller@gmail.com")],
        "private",
    )
    b["22.eml"] = (
        mail(
            "Grundejerforeningen Strandparken <kontakt@strandparken.example.dk>",
            "Vi sender et fælles svar.\n\nVi ønsker bedre stier langs kysten.\n\nVenlig hilsen\n\n"
            "Grundejerforeningen Strandparken\nBeboerforeningen Kildebakken\n"
            "Handelsstandsforeningen Helsingør",
            22,
        ),
        [
            ("sender", "Grundejerforeningen Strandparken", "", "kontakt@strandparken.example.dk"),
            ("co_signer", "Beboerforeningen Kildebakken", "", ""),
            ("co_signer", "Handelsstandsforeningen Helsingør", "", ""),
        ],
        "organisation",
    )
    inner = _msg(
        "Pia Worm <pia.worm@gmail.com>",
        "Hej\n\nJeg vil gerne gøre opmærksom på, at der mangler cykelstier ved skolen.\n\n"
        "Hilsen Pia Worm",
        23,
        [],
    )
    b["23.eml"] = (
        eml(
            forward(
                inner,
                "Jens Kvist <jens.kvist@nordkysten.example.dk>",
                TO,
                "Videresendt til høringspostkassen.",
                sent_on(25, 12),
            )
        ),
        [("sender", "", "Pia Worm", "pia.worm@gmail.com")],
        "private",
    )
    form = _msg(
        "Høringsportal <noreply@formular.example.dk>",
        "Navn: Lone Krag\nE-mail: lone.krag@gmail.com\n\nBemærkning:\nJeg ønsker flere "
        "legepladser i Nordvest.",
        24,
        [],
    )
    form["Reply-To"] = "Lone Krag <lone.krag@gmail.com>"
    b["24.eml"] = (eml(form), [("sender", "", "Lone Krag", "lone.krag@gmail.com")], "private")
    # --- two colleagues at one workplace, each writing for themselves ---
    b["25.eml"] = (
        mail(
            "Ole Friis <ole.friis@medicoplast.example.com>",
            "Jeg skriver som borger i Nordvest: planen for idrætshallen er god.\n\n"
            "Venlig hilsen\nOle Friis",
            25,
        ),
        [("sender", "", "Ole Friis", "ole.friis@medicoplast.example.com")],
        "private",
    )
    b["26.eml"] = (
        mail(
            "Rikke Friis-Holm <rikke.fh@medicoplast.example.com>",
            "Jeg mener, at biblioteket skal have længere åbent.\n\nMvh Rikke Friis-Holm",
            26,
        ),
        [("sender", "", "Rikke Friis-Holm", "rikke.fh@medicoplast.example.com")],
        "private",
    )
    b["27.eml"] = (
        mail(
            "Region Hovedstaden <regional.udvikling@regionh.example.dk>",
            "Region Hovedstaden, Center for Regional Udvikling, har ingen bemærkninger ud over "
            "vedhæftede.",
            27,
            (
                "svar.docx",
                template("Region Hovedstaden, Center for Regional Udvikling"),
            ),
        ),
        [
            (
                "sender",
                "Region Hovedstaden, Center for Regional Udvikling",
                "",
                "regional.udvikling@regionh.example.dk",
            )
        ],
        "authority",
    )
    b["28.eml"] = (
        mail(
            "Kasper Juhl <kasper.juhl@gmail.com>",
            "Hej, her er mit svar på skabelonen.",
            28,
            ("svar.docx", template("", text="Jeg savner noget om foreningslivet.")),
        ),
        [("sender", "", "Kasper Juhl", "kasper.juhl@gmail.com")],
        "private",
    )
    b["29.eml"] = (
        mail(
            "Fatima Yousef <fatima.yousef@hotmail.com>",
            "Venlig hilsen, se brevet.",
            29,
            (
                "brev.docx",
                letter_docx(
                    [
                        "Høringssvar",
                        "",
                        "Jeg har to døtre i daginstitution og synes, sprogstøtten er for lille.",
                        "",
                        "Venlig hilsen",
                        "Fatima Yousef",
                        "Lindevej 19, 1. th.",
                        "3000 Helsingør",
                    ]
                ),
            ),
        ),
        [("sender", "", "Fatima Yousef", "fatima.yousef@hotmail.com")],
        "private",
    )
    # --- a form-letter campaign from eight citizens ---
    for i, (name, address) in enumerate(CAMPAIGN_PEOPLE):
        b[f"{30 + i}.eml"] = (
            mail(f"{name} <{address}>", f"{CAMPAIGN}\n\nVenlig hilsen\n{name}", 3 + i),
            [("sender", "", name, address)],
            "private",
        )
    return b


def test_a_mixed_batch_names_every_sender_or_flags_it(services: Services, tmp_path: Path) -> None:
    cid = services.demo.create(with_responses=False)
    files = batch()
    assert len(files) == 37
    rows = import_files(services, cid, tmp_path / "indbakke", {n: f[0] for n, f in files.items()})
    assert set(rows) == set(files)
    right, flagged, wrong = [], [], []
    for name, (_, expected, kind) in sorted(files.items()):
        row = rows[name]
        if sending(row) == expected and row.party_kind == kind:
            right.append(name)
        elif row.sender_uncertain:
            flagged.append(name)
        else:
            wrong.append((name, sending(row), row.party_kind))
    print(f"\nright {len(right)}, flagged {flagged}, wrong {wrong}")
    assert wrong == []  # wrong is worse than unknown: what is not right is flagged
    assert len(right) >= 36, flagged  # 26: a colleague at a company domain, kind not said
    # different people are different senders; the campaign is one campaign, not new versions
    people = [rows[f"{30 + i}.eml"] for i in range(len(CAMPAIGN_PEOPLE))]
    assert len({row.senders[0].id for row in people}) == len(CAMPAIGN_PEOPLE)
    assert len({row.campaign_id for row in people}) == 1 and people[0].campaign_id is not None
    assert all(row.new_version_of is None for row in people)
    assert rows["25.eml"].senders[0].id != rows["26.eml"].senders[0].id


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__, "-q", "-s"])
