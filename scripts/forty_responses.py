"""A realistic consultation of 40 invented responses, tagged and answered, then exported.

Authorities, organisations (one joint response), private persons, a campaign of eight
form letters, three late responses (one accepted, one left out, one undecided), a
høringsliste of 16 parties, recommendations that concern several sections, shared answers.
Everything is invented; no real person's data.

    uv run python scripts/forty_responses.py STORE [OUT_DIR]   # OUT_DIR: every export
"""

from __future__ import annotations

import random
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hoeringsdesk.app import open_app  # noqa: E402
from hoeringsdesk.domain.records.consultations import InvitedInfo  # noqa: E402
from hoeringsdesk.paths import resources_dir  # noqa: E402
from hoeringsdesk.samples.documents import (  # noqa: E402
    GENERAL_LABEL,
    SENDER_LABEL,
    section_label,
    template_docx,
)
from hoeringsdesk.samples.mail import eml, make_mail  # noqa: E402

CPH = ZoneInfo("Europe/Copenhagen")
MAILBOX = "hoering@nordkysten.example.dk"
SECTIONS = {
    "job": "Beskæftigelsesområdet",
    "health": "Sundheds- og omsorgsområdet",
    "children": "Børne- og ungdomsområdet",
    "culture": "Kultur- og fritidsområdet",
    "housing": "Boligområdet",
    "follow": "Opfølgning",
}
POINTS = {
    "job": [
        "Kommunen bør oprette flere småjobs med mentorstøtte i egne forvaltninger.",
        "Virksomhedspraktik skal kombineres med danskundervisning på arbejdspladsen.",
        "Jobcentret bør have faste åbningstider om aftenen for borgere i arbejde.",
    ],
    "health": [
        "Sundhedstilbud skal ligge i boligområderne og udvikles sammen med beboerne.",
        "Tolkebistand ved lægebesøg bør være gratis for borgere med kort opholdstid.",
    ],
    "children": [
        "Alle dagtilbud bør have en sprogvejleder, der kan støtte flersprogede børn.",
        "Skolerne bør tilbyde forældremøder med tolk, når der er behov for det.",
        "Ungdomsklubberne bør have åbent i weekenderne i de udsatte boligområder.",
    ],
    "culture": [
        "Foreningerne skal have hjælp til at nå nye medlemmer, fx et kontingenttilskud.",
        "Biblioteket bør have sprogcaféer flere dage om ugen.",
    ],
    "housing": [
        "Nye almene boliger bør fordeles, så boligområderne bliver mere blandede.",
        "Boligsociale medarbejdere bør have faste kontortider i alle afdelinger.",
    ],
    "follow": [
        "Politikken bør følges op med en årlig status til byrådet med målbare tal.",
        "Integrationsrådet bør inddrages i opfølgningen hvert år.",
    ],
}
GENERAL = [
    "Vi takker for et gennemarbejdet udkast og bakker op om retningen.",
    "Politikken er god, men savner konkrete mål for de enkelte bydele.",
    "Udkastet er for langt; de vigtigste mål bør stå på første side.",
]
AUTHORITIES = [
    ("Handicaprådet", "handicapraadet@nordkysten.example.dk", "Bente Lind"),
    ("Ældrerådet", "aeldreraadet@nordkysten.example.dk", "Poul Krog"),
    ("Region Nordkysten", "politik@region-nordkysten.example.dk", "Signe Vang"),
    ("Integrationsrådet i Nordkysten", "integrationsraadet@example.dk", "Amina Yusuf"),
    ("Folkeoplysningsudvalget", "fou@nordkysten.example.dk", "Jens Bro"),
    ("Skolebestyrelsen ved Havneskolen", "bestyrelse@havneskolen.example.dk", "Nadia Saleh"),
]
ORGANISATIONS = [
    ("Boligselskabet Havbo", "havbo.example.dk", "Lise Holm"),
    ("Nordkystens Sprogcenter", "sprogcenter.example.dk", "Karim Aziz"),
    ("Foreningen Fælles Fodslag", "faellesfodslag.example.dk", "Jonas Berg"),
    ("Nordkystens Erhvervsforum", "erhvervsforum.example.dk", "Ole Dam"),
    ("Dansk Flygtningehjælp Nordkysten", "frivillig-nordkysten.example.dk", "Rikke Sand"),
    ("Boldklubben Øst", "bk-oest.example.dk", "Tariq Amin"),
    ("Kvindenetværket Broen", "broen.example.dk", "Leila Hassan"),
    ("Lokalhistorisk Forening", "lokalhistorie.example.dk", "Erik Vad"),
    ("Ungdomsskolen Nordkysten", "ungdomsskolen.example.dk", "Mia Friis"),
    ("Frivilligcenter Nordkysten", "frivilligcenter.example.dk", "Hans Toft"),
]
PEOPLE = [
    "Mette Kjeldsen",
    "Omar Farah",
    "Birgit Nørgaard",
    "Jakob Winther",
    "Sara Mikkelsen",
    "Hassan Ali",
    "Karen Thygesen",
    "Peter Bach",
    "Fatma Yildiz",
    "Niels Lund",
    "Ida Krogh",
    "Mads Bjerre",
    "Yasmin Khalil",
    "Søren Dahl",
    "Rasmus Holm",
    "Amal Said",
    "Helle Brandt",
    "Viktor Ravn",
]
CAMPAIGN_PEOPLE = [
    "Anders Holt",
    "Lene Riis",
    "Ali Hamid",
    "Tove Skau",
    "Brian Kjær",
    "Rana Aziz",
    "Gitte Moos",
    "Kim Lauridsen",
]
CAMPAIGN_TEXT = (
    "Kære byråd\n\nJeg vil gerne bede jer om at bevare sprogcaféen på Nordkystens Bibliotek. "
    "Sprogcaféen er for mange det første sted, hvor de taler dansk med andre end deres lærer. "
    "Skriv sprogcaféen ind i politikken under »Kultur- og fritidsområdet«, og sørg for, at "
    "den ikke forsvinder ved næste budget.\n\nMed venlig hilsen\n{name}"
)


def when(day: int, hour: int, month: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 15, tzinfo=CPH)


def rows_for(rng: random.Random, sender: str | list[str], topics: list[str]) -> list:
    lines = [sender] if isinstance(sender, str) else sender
    rows = [(SENDER_LABEL, lines), (GENERAL_LABEL, [rng.choice(GENERAL)])]
    for topic in topics:
        points = rng.sample(POINTS[topic], k=min(len(POINTS[topic]), rng.choice((1, 2))))
        rows.append((section_label(SECTIONS[topic]), [f"• {p}" for p in points]))
    return rows


def files(rng: random.Random) -> list[tuple[str, bytes]]:
    out = []
    day = iter([2, 3, 3, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23] * 3)
    topics = list(SECTIONS)
    for n, (name, email, contact) in enumerate(AUTHORITIES):
        doc = template_docx(rows_for(rng, f"{name} v. {contact}, {email}", rng.sample(topics, 2)))
        msg = make_mail(
            f"{name} <{email}>",
            MAILBOX,
            f"Høringssvar fra {name}",
            "Se vedhæftede høringssvar.",
            when(next(day), 10),
            attachments=[(f"{name}.docx", doc)],
        )
        out.append((f"a{n:02d}.eml", eml(msg)))
    joint = ORGANISATIONS[:3]
    lines = [f"{o} v. {c} {c.split()[0].lower()}@{d}" for o, d, c in joint]
    doc = template_docx(rows_for(rng, lines, ["job", "housing", "culture"]))
    msg = make_mail(
        f"Lise Holm <lise.holm@{joint[0][1]}>",
        MAILBOX,
        "Fælles høringssvar",
        "Hermed fælles høringssvar fra tre organisationer.",
        when(14, 13),
        attachments=[("Fælles høringssvar.docx", doc)],
    )
    out.append(("o00_joint.eml", eml(msg)))
    for n, (name, domain, contact) in enumerate(ORGANISATIONS[3:], 1):
        email = f"{contact.split()[0].lower()}@{domain}"
        doc = template_docx(rows_for(rng, f"{name} v. {contact}, {email}", rng.sample(topics, 2)))
        msg = make_mail(
            f"{contact} <{email}>",
            MAILBOX,
            f"Høringssvar – {name}",
            f"Høringssvar fra {name} vedhæftet.",
            when(next(day), 11),
            attachments=[(f"{name}.docx", doc)],
        )
        out.append((f"o{n:02d}.eml", eml(msg)))
    for n, person in enumerate(PEOPLE):
        first = person.split()[0].lower()
        email = f"{first}.{n}@{rng.choice(['gmail.com', 'hotmail.com', 'outlook.dk'])}"
        topic = rng.choice(topics)
        body = (
            f"Hej\n\nJeg har læst udkastet til politikken. {rng.choice(POINTS[topic])} "
            f"Desuden: {rng.choice(POINTS[rng.choice(topics)])}\n\n"
            f"Venlig hilsen\n{person}\nStrandvej {n + 3}, 9990 Nordkysten\n"
            f"tlf. 2{n % 10} 44 55 6{n % 10}"
        )
        late = n - (len(PEOPLE) - 3)
        if late < 0:
            received = when(12 + n, 8 + n % 12)
        else:  # the last three late, in November
            received = datetime(2026, 11, late + 1, 9, 0, tzinfo=CPH)
        msg = make_mail(f"{person} <{email}>", MAILBOX, "Høringssvar", body, received)
        out.append((f"p{n:02d}.eml", eml(msg)))
    for n, person in enumerate(CAMPAIGN_PEOPLE):
        email = f"{person.split()[0].lower()}{n}@gmail.com"
        msg = make_mail(
            f"{person} <{email}>",
            MAILBOX,
            "Bevar sprogcaféen",
            CAMPAIGN_TEXT.format(name=person),
            when(24 + n % 5, 20),
        )
        out.append((f"k{n:02d}.eml", eml(msg)))
    return out


INVITED = [
    *(InvitedInfo(name, email, "authority") for name, email, _ in AUTHORITIES[:5]),
    InvitedInfo("Boligselskabet Havbo", "post@havbo.example.dk", "organisation"),
    InvitedInfo("Nordkystens Sprogcenter", "info@sprogcenter.example.dk", "organisation"),
    InvitedInfo("Nordkystens Erhvervsforum", "kontakt@erhvervsforum.example.dk", "organisation"),
    InvitedInfo("Dansk Flygtningehjælp Nordkysten", "", "organisation"),
    InvitedInfo("Boldklubben Øst", "formand@bk-oest.example.dk", "organisation"),
    InvitedInfo("Ungdomsskolen Nordkysten", "kontor@ungdomsskolen.example.dk", "organisation"),
    InvitedInfo("Frivilligcenter Nordkysten", "", "organisation"),
    InvitedInfo("Lokalrådet Vestby", "lokalraad@vestby.example.dk", "organisation"),
    InvitedInfo("Foreningen af Nydanske Erhvervsdrivende", "", "organisation"),
    InvitedInfo("Nordkystens Menighedsråd", "mr@kirke.example.dk", "organisation"),
    InvitedInfo("Beskæftigelsesrådet", "br@nordkysten.example.dk", "authority"),
]
ANSWERS = {
    "Beskæftigelsesområdet": [
        ("Forvaltningen er enig og indarbejder et mål om småjobs med mentorstøtte.", "yes"),
        ("Åbningstider aftales med jobcentret; politikken nævner fleksible tider.", "partly"),
    ],
    "Sundheds- og omsorgsområdet": [
        ("Sundhedstilbud i boligområderne indgår allerede i sundhedspolitikken.", "no"),
    ],
    "Børne- og ungdomsområdet": [
        ("Forvaltningen er enig; sprogvejledere og tolk ved forældremøder skrives ind.", "yes"),
        ("Klubbernes åbningstider besluttes i Børne- og Ungeudvalget.", "no"),
    ],
    "Kultur- og fritidsområdet": [
        ("Sprogcaféen nævnes i politikken; dens økonomi afgøres i budgettet.", "partly"),
    ],
    "Boligområdet": [
        (
            "Boligfordelingen reguleres af lovgivningen; forvaltningen drøfter den med "
            "boligorganisationerne.",
            "no",
        ),
    ],
    "Opfølgning": [
        ("En årlig status til byrådet skrives ind i afsnittet om opfølgning.", "yes"),
    ],
}


def _tag_letters(services, cid: int, sections: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    """Tag the first sentence-with-a-proposal of each free letter, as an officer would;
    the campaign once (its copies follow), answered with one shared answer."""
    rows = services.responses.rows(cid)
    culture = sections["Kultur- og fritidsområdet"]
    campaign_done = False
    for row in rows:
        if row.duplicate_of is not None or row.recommendations:
            continue
        text = services.responses.detail(row.id).text
        if row.campaign_id is not None:
            if campaign_done:
                continue
            start = text.find("Jeg vil gerne")
            end = text.find("budget.") + len("budget.")
            rec = services.tagging.create(
                row.id, start, end, [culture], summary="Bevar sprogcaféen på biblioteket."
            )
            services.review.set_answer(
                [rec.id],
                "Sprogcaféen nævnes i politikken; dens økonomi afgøres i budgettet.",
                "partly",
            )
            campaign_done = True
            continue
        for topic, points in POINTS.items():
            hit = next((p for p in points if p in text), None)
            if hit:
                start = text.find(hit)
                services.tagging.create(
                    row.id, start, start + len(hit), [sections[SECTIONS[topic]]], summary=hit
                )
                break


def build(store: Path) -> int:
    services = open_app(store, user="sagsbehandler")
    try:
        c = services.consultations.create(
            "Integrations- og medborgerskabspolitik 2027-2030",
            date(2026, 10, 30),
            case_number="2026-0012345",
            authority="Nordkysten Kommune, Beskæftigelses- og Integrationsforvaltningen",
            start_date=date(2026, 9, 28),
            reply_addresses=[MAILBOX],
            invited=INVITED,
            published_where="nordkysten.example.dk/hoeringer",
        )
        draft = resources_dir() / "demo" / "udkast.md"
        services.drafts.import_file(c.id, draft.name, draft.read_bytes())
        rng = random.Random(19)
        for name, data in files(rng):
            services.intake.import_bytes(c.id, name, data)
        accepted = services.tagging.accept(services.tagging.suggestions(consultation_id=c.id))
        sections = {s.heading: s.id for s in services.drafts.sections(c.id)}
        by_section: dict[str, list[int]] = {}
        for r in accepted:
            for ref in r.sections:
                title = next((t for t, i in sections.items() if i == ref.id), "")
                by_section.setdefault(title, []).append(r.id)
        # a few recommendations also concern a principle
        for rid in by_section.get("Børne- og ungdomsområdet", [])[:3]:
            info = next(r for r in accepted if r.id == rid)
            ids = [s.id for s in info.sections] + [sections["Princip C: Sprog åbner døre"]]
            services.tagging.update(rid, section_ids=ids)
        for title, answers in ANSWERS.items():
            recs = by_section.get(title, [])
            if not recs:
                continue
            chunk = max(1, -(-len(recs) // len(answers)))
            for i, (text, outcome) in enumerate(answers):
                part = recs[i * chunk : (i + 1) * chunk]
                if part:
                    services.review.set_answer(part, text, outcome)
        _tag_letters(services, c.id, sections)
        general = [r.id for r in accepted if not r.sections]
        if general:
            services.review.set_answer(
                general,
                "Forvaltningen takker for opbakningen. Konkrete mål pr. bydel fastsættes i "
                "handleplanerne, som forelægges udvalget i 2027.",
                "partly",
            )
        late = [r for r in services.responses.rows(c.id) if r.late]
        for row, decision in zip(late, (True, False), strict=False):
            services.responses.update(row.id, accepted_late=decision)
        return c.id
    finally:
        services.close()


def main() -> int:
    store = Path(sys.argv[1])
    if store.exists():
        store.unlink()
    cid = build(store)
    if len(sys.argv) > 2:
        out = Path(sys.argv[2])
        out.mkdir(parents=True, exist_ok=True)
        services = open_app(store, read_only=True)
        try:
            for fmt in ("docx", "xlsx", "pdf"):
                for public, variant in ((False, "intern"), (True, "offentlig")):
                    export = getattr(services.export, f"export_{fmt}")
                    report = export(cid, out / f"fyrre-{variant}.{fmt}", public=public)
                    print(report.path, report.responses, report.recommendations)
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
