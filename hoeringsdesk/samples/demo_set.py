"""The demo consultation's responses: invented people and organisations, real-world shapes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hoeringsdesk.samples.documents import (
    GENERAL_LABEL,
    INTRO_LABEL,
    SENDER_LABEL,
    letter_docx,
    section_label,
    simple_pdf,
    template_docx,
)
from hoeringsdesk.samples.mail import eml, forward, make_mail

CPH = ZoneInfo("Europe/Copenhagen")
MAILBOX_1 = "hoering@nordkysten.example.dk"
MAILBOX_2 = "integration@nordkysten.example.dk"


def at(day: int, hour: int, minute: int = 0, month: int = 10) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=CPH)


JOINT_ROWS = [
    (
        SENDER_LABEL,
        [
            "Boligselskabet Havbo v. Lise Holm lise.holm@havbo.example.dk",
            "Nordkystens Sprogcenter v. Karim Aziz ka@sprogcenter.example.dk",
            "Foreningen Fælles Fodslag v. Jonas Berg jonas@faellesfodslag.example.dk",
        ],
    ),
    (
        GENERAL_LABEL,
        [
            "Vi takker for muligheden for at kommentere på et godt og gennemarbejdet udkast. "
            "Vores bemærkninger bygger på mange års arbejde i boligområderne ved havnen.",
            "Lokalsamfundets beboere, netværk og foreninger kan være en drivende kraft i "
            "arbejdet med at inkludere mennesker i fællesskaber.",
        ],
    ),
    (
        INTRO_LABEL,
        [
            "Vi bifalder princip E, der beskriver integration som en gensidig proces: »Integration "
            "er en gensidig proces, hvor borgere med integrationsbehov får lige muligheder«.",
            "Netop dette princip kunne efter vores mening stå mere tydeligt i hele politikken.",
        ],
    ),
    (
        section_label("Beskæftigelsesområdet"),
        [
            "På baggrund af vores erfaringer med netværksbaseret beskæftigelsesindsats anbefaler vi, "
            "at",
            "• Nordkysten Kommune fastsætter mål om, at alle forvaltninger opretter småjobs på "
            "særlige vilkår – gerne i kombination med mentorstøtte.",
            "• Kommunen som arbejdsgiver har et tydeligt fokus på rummelighed, fx i forhold til "
            "arbejdsopgaver og tempo.",
            "• Kommunen prioriterer ydelser fra socialøkonomiske virksomheder ved indkøb.",
        ],
    ),
    (
        section_label("Sundheds- og omsorgsområdet"),
        [
            "Sundhedsfremmende indsatser skal placeres tæt på, hvor borgerne bor, og udvikles "
            "sammen med dem – ellers når de ikke dem, der har størst behov.",
        ],
    ),
    (section_label("Børne- og ungdomsområdet"), []),
]

COUNCIL_ROWS = [
    (
        SENDER_LABEL,
        ["Integrationsrådet i Nordkysten, formand Amina Yusuf, integrationsraadet@example.dk"],
    ),
    (
        GENERAL_LABEL,
        [
            "Integrationsrådet støtter politikkens retning, men savner konkrete mål "
            "for, hvordan kommunen vil måle fremskridt i de enkelte bydele."
        ],
    ),
    (
        section_label("Børne- og ungdomsområdet"),
        [
            "• Alle dagtilbud bør have en sprogvejleder, der kan støtte flersprogede børn.",
            "• Skolerne bør tilbyde forældremøder med tolk, når der er behov for det.",
        ],
    ),
    (
        section_label("Kultur- og fritidsområdet"),
        [
            "Foreningerne skal have hjælp til at nå nye medlemmer – fx med et fast kontingenttilskud "
            "til børn fra familier med lav indkomst.",
        ],
    ),
]

COUNCIL_ROWS_V2 = [
    COUNCIL_ROWS[0],
    COUNCIL_ROWS[1],
    (
        section_label("Børne- og ungdomsområdet"),
        [
            "• Alle dagtilbud bør have en sprogvejleder, der kan støtte flersprogede børn.",
            "• Skolerne bør tilbyde forældremøder med tolk, når der er behov for det.",
            "• Ungdomsklubberne bør have åbent i weekenderne i de udsatte boligområder.",
        ],
    ),
    COUNCIL_ROWS[3],
]

BUSINESS_ROWS = [
    (SENDER_LABEL, ["Nordkystens Erhvervsforum v. Ole Dam, kontakt@erhvervsforum.example.dk"]),
    (GENERAL_LABEL, ["Erhvervsforum bakker op om målet om flere i job."]),
    (
        section_label("Beskæftigelsesområdet"),
        [
            "Virksomhederne mangler en fast indgang til kommunen, når de vil ansætte borgere i "
            "virksomhedspraktik. Vi foreslår én erhvervskonsulent pr. bydel.",
        ],
    ),
]

CAMPAIGN_TEXT = (
    "Kære byråd\n\n"
    "Jeg vil gerne bede jer om at bevare sprogcaféen på Nordkysten Bibliotek. Sprogcaféen er "
    "for mange det første sted, hvor de taler dansk med andre end deres lærer, og den koster "
    "meget lidt. Skriv sprogcaféen ind i politikken under princip C, så den ikke forsvinder "
    "ved næste budget.\n\n"
    "Med venlig hilsen\n{name}"
)


def demo_files() -> list[tuple[str, bytes]]:
    """(filename, bytes) of every demo response, as an officer would save them."""
    files: list[tuple[str, bytes]] = []
    joint = template_docx(JOINT_ROWS)
    joint_id = "<hoeringssvar-havbo-1@havbo.example.dk>"
    for mailbox, name in (
        (MAILBOX_1, "01_havbo_faelles.eml"),
        (MAILBOX_2, "01_havbo_faelles_kopi.eml"),
    ):
        files.append(
            (
                name,
                eml(
                    make_mail(
                        "Lise Holm <lise.holm@havbo.example.dk>",
                        mailbox,
                        "Høringssvar – integrations- og medborgerskabspolitik",
                        "Hermed fælles høringssvar fra tre organisationer. Se vedhæftede skabelon.",
                        at(20, 14, 5),
                        attachments=[("Høringssvar Havbo m.fl..docx", joint)],
                        message_id=joint_id,
                        received_by=mailbox.split("@")[1],
                    )
                ),
            )
        )
    files.append(
        (
            "02_integrationsraadet.eml",
            eml(
                make_mail(
                    "Integrationsrådet <integrationsraadet@example.dk>",
                    MAILBOX_1,
                    "Høringssvar fra Integrationsrådet",
                    "Se vedhæftede høringssvar.",
                    at(22, 9, 30),
                    attachments=[("Integrationsrådet.docx", template_docx(COUNCIL_ROWS))],
                )
            ),
        )
    )
    files.append(
        (
            "03_borger_peter.eml",
            eml(
                make_mail(
                    "Peter Madsen <peter.madsen1962@gmail.com>",
                    MAILBOX_2,
                    "Høring om integrationspolitik",
                    "Hej\n\nJeg har gået på sprogskole i Nordkysten i to år. Undervisningen ligger kun om "
                    "formiddagen, og det passer dårligt, når man har arbejde. Jeg foreslår, at der også "
                    "er hold om aftenen og i weekenden.\n\nDet er også svært at finde ud af, hvem man skal "
                    "kontakte i kommunen. Hvorfor kan man ikke få én kontaktperson?\n\n"
                    "Venlig hilsen\nPeter Madsen\nHavnegade 14, 2. tv.\n9990 Nordkysten\ntlf. 21 43 65 87",
                    at(23, 21, 12),
                )
            ),
        )
    )
    inner = make_mail(
        "Hanne Kjær <hanne.kjaer@hotmail.com>",
        "sani@nordkysten.example.dk",
        "Boligområderne",
        "Til kommunen\n\nJeg bor i Vestparken. Vi har brug for flere blandede "
        "boliger, så ikke alle nytilflyttere bliver placeret i de samme blokke. "
        "Kommunen bør stille krav om det, når der bygges nyt.\n\nHanne Kjær",
        at(24, 10, 0),
    )
    files.append(
        (
            "04_videresendt_hanne.eml",
            eml(
                forward(
                    inner,
                    "Sara Nielsen <sani@nordkysten.example.dk>",
                    MAILBOX_1,
                    "Videresender høringssvar, som borgeren sendte direkte til mig. /Sara",
                    at(26, 8, 45),
                )
            ),
        )
    )
    files.append(
        (
            "05_handicapraadet.eml",
            eml(
                make_mail(
                    "Handicaprådet <handicapraadet@example.dk>",
                    MAILBOX_1,
                    "Høringssvar",
                    "Vedhæftet er Handicaprådets høringssvar.",
                    at(28, 16, 20),
                    attachments=[
                        (
                            "Handicaprådets høringssvar.pdf",
                            simple_pdf(
                                [
                                    "Handicaprådet, Nordkysten Kommune",
                                    "Høringssvar om integrations- og medborgerskabspolitikken",
                                    "Handicaprådet savner, at politikken nævner borgere med handicap og "
                                    "integrationsbehov. Mange af dem falder mellem to forvaltninger.",
                                    "Rådet anbefaler, at princip B om helhed for borgeren udvides med en fast "
                                    "koordinator for borgere med både handicap og integrationsbehov.",
                                ]
                            ),
                        )
                    ],
                )
            ),
        )
    )
    for i, (name, address) in enumerate(
        (
            ("Maria Hansen", "maria.hansen@gmail.com"),
            ("Ali Demir", "ali.demir@hotmail.com"),
            ("Sofie Jensen", "sofiej@outlook.dk"),
            ("Yusuf Ahmadi", "yusuf.ahmadi@live.dk"),
        )
    ):
        files.append(
            (
                f"06_sprogcafe_{i + 1}.eml",
                eml(
                    make_mail(
                        f"{name} <{address}>",
                        MAILBOX_1 if i % 2 else MAILBOX_2,
                        "Bevar sprogcaféen",
                        CAMPAIGN_TEXT.format(name=name),
                        at(27 + i % 3, 12 + i),
                    )
                ),
            )
        )
    files.append(
        (
            "07_erhvervsforum_sent.eml",
            eml(
                make_mail(
                    "Ole Dam <kontakt@erhvervsforum.example.dk>",
                    MAILBOX_1,
                    "Høringssvar (beklager forsinkelsen)",
                    "Se vedhæftede.",
                    at(2, 9, 15, month=11),
                    attachments=[("Erhvervsforum.docx", template_docx(BUSINESS_ROWS))],
                )
            ),
        )
    )
    files.append(
        (
            "08_integrationsraadet_rettet.eml",
            eml(
                make_mail(
                    "Integrationsrådet <integrationsraadet@example.dk>",
                    MAILBOX_1,
                    "RETTET høringssvar fra Integrationsrådet",
                    "Vi har tilføjet et punkt om ungdomsklubberne. Denne version erstatter den tidligere.",
                    at(23, 11, 0),
                    attachments=[("Integrationsrådet v2.docx", template_docx(COUNCIL_ROWS_V2))],
                )
            ),
        )
    )
    files.append(
        (
            "09_skolebestyrelsen_brev.docx",
            letter_docx(
                [
                    "Skolebestyrelsen ved Strandskolen",
                    "Høringssvar til integrations- og medborgerskabspolitikken",
                    "Skolebestyrelsen ønsker, at politikken forpligter skolerne til et tæt samarbejde "
                    "med forældrene fra første skoledag. Vi foreslår faste forældrementorer i alle "
                    "indskolingsklasser.",
                    "Med venlig hilsen, skolebestyrelsen",
                ]
            ),
        )
    )
    return files
