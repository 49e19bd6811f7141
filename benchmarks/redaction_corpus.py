"""An invented corpus for the redaction benchmark: private persons' and organisations'
responses with personal data in varied places, and where each piece of it stands.

Every name, address, phone number and e-mail is drawn at random from invented parts (common
Danish first names and surnames, made-up street names, 5x/6x/2x/3x/4x phone numbers, the
reserved ``.example`` mail domains); no real person's data. ``corpus(seed)`` is deterministic;
``held_out(cases)`` is every fifth case (the part the benchmark reports on).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

FIRST = (
    "Birthe",
    "Villads",
    "Torkild",
    "Karen",
    "Ib",
    "Gitte",
    "Jens",
    "Mette",
    "Ahmad",
    "Leila",
    "Sune",
    "Dorte",
    "Palle",
    "Ingrid",
    "Yasmin",
    "Frederik",
    "Signe",
    "Kaj",
    "Lone",
    "Mikkel",
    "Hanne",
    "Bjarke",
    "Asta",
    "Emil",
    "Nanna",
    "Osman",
    "Rikke",
    "Troels",
    "Vibeke",
    "Aksel",
)
LAST = (
    "Kragelund",
    "Vindefjord",
    "Østergaard",
    "Bundgaard",
    "Lykkegaard",
    "Mortensen",
    "Frandsen",
    "Skovgaard",
    "Damgaard",
    "Thygesen",
    "Kjeldsen",
    "Rahimi",
    "Bech",
    "Dalsgaard",
    "Iversen",
    "Holmgaard",
    "Nørgaard",
    "Juhl",
    "Kirkegaard",
    "Brandt",
    "Søgaard",
    "Vestergaard",
    "Toft",
)
STREET_PARTS = (
    "Bellahøj",
    "Kastanje",
    "Husum",
    "Mågebakke",
    "Lærke",
    "Hyldebær",
    "Rønne",
    "Tjørne",
    "Fasan",
    "Ahorn",
    "Kildeskov",
    "Tranehave",
    "Solsort",
    "Bøgeskov",
    "Engblomme",
    "Vibe",
)
STREET_ENDS = ("vej", "gade", "alle", "allé", "stræde", "vænget", "parken", "bakken", "have")
TOWNS = (
    ("2700", "Brønshøj"),
    ("2800", "Kongens Lyngby"),
    ("9990", "Nordkysten"),
    ("8000", "Aarhus C"),
    ("4000", "Roskilde"),
    ("5000", "Odense C"),
    ("6700", "Esbjerg"),
    ("2400", "København NV"),
    ("7100", "Vejle"),
    ("3400", "Hillerød"),
)
MAIL = ("mail.example", "post.example", "net.example.dk", "webmail.example")
RELATIONS = (
    "min søn",
    "min datter",
    "min mand",
    "min kone",
    "min nabo",
    "min mor",
    "min svigerfar",
    "vores nabo",
    "min yngste datter",
    "min bror",
)
CLOSINGS = (
    "Med venlig hilsen",
    "Venlig hilsen",
    "Mvh.",
    "Mvh",
    "Kærlig hilsen",
    "De bedste hilsner",
    "Hilsen",
)
ORGS = (
    "Boligselskabet Havbo",
    "Foreningen Fælles Fodslag",
    "Ældrerådet i Nordkysten",
    "Idrætsforeningen Bølgen",
    "Netværket Solsiden",
    "Erhvervsforeningen Fyrtårnet",
    "Handicaprådet",
    "Menighedsrådet i Klitten",
    "Kulturhuset Mågen",
    "Forældrerådet Engen",
)
BODY = (
    "Jeg har læst udkastet til integrationspolitikken med stor interesse.",
    "Det er vigtigt, at sprogundervisningen ligger om aftenen, så man kan passe sit arbejde.",
    "Kommunen bør styrke samarbejdet med foreningerne i lokalområdet.",
    "Jeg foreslår, at biblioteket får flere åbne timer i weekenden.",
    "Afsnit 3 om beskæftigelse er for uklart formuleret.",
    "Der mangler en plan for, hvordan målene følges op hvert år.",
    "Mange familier oplever, at vejen til fællesskabet er lang.",
    "Jeg savner, at ældre borgere nævnes i politikken.",
    "Cykelstien langs skolen er farlig om morgenen.",
    "Budgettet på 2.500.000 kr. i 2027-2030 virker for lille.",
    "Mødet den 12.03.2027 kl. 19.00 i Byrådssalen var godt.",
    "Se også § 14, stk. 2, og lokalplan nr. 1234.",
    "Tak for et gennemarbejdet udkast.",
    "Frivillige gør en stor indsats, men de skal have bedre vilkår.",
    "Jeg har selv været frivillig i Røde Kors i mange år.",
)
ORG_BODY = (
    "Vores forening har 340 medlemmer og holder til på Havnegade 3, 9990 Nordkysten.",
    "Bestyrelsen bakker op om politikkens pejlemærker.",
    "Vi foreslår, at kommunen afsætter midler til lektiecaféer.",
    "Formanden deltog i dialogmødet den 4. marts 2027.",
    "Erfaringerne fra de seneste år viser, at en tidlig indsats gør en stor forskel.",
    "Vi stiller os gerne til rådighed for en uddybende dialog.",
    "Vores sekretariat på Torvet 1, 9990 Nordkysten, kan kontaktes i åbningstiden.",
    "Se vores årsberetning for 2026 på foreningens hjemmeside.",
)


@dataclass
class Case:
    """One invented response: its text, what the sender step knows, and what must go."""

    number: int
    private: bool
    text: str = ""
    file_name: str = ""
    organisation: str = ""
    contact: str = ""  # the organisation's contact person (keeps the name)
    known: dict[str, str] = field(default_factory=dict)  # first_name, surname, email, …
    secrets: list[tuple[int, int]] = field(default_factory=list)  # spans in text
    file_secret: bool = False  # the file name holds the person's name
    summary: str = ""

    def add(self, piece: str, secret: bool = False) -> None:
        if secret:
            self.secrets.append((len(self.text), len(self.text) + len(piece)))
        self.text += piece


@dataclass
class Person:
    first: str
    last: str
    email: str
    phone: str
    street: str
    postcode: str
    town: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def _phone(rnd: random.Random) -> str:
    digits = f"{rnd.choice('2345')}{rnd.randint(0, 9)}{rnd.randint(100000, 999999)}"
    style = rnd.randrange(5)
    if style == 0:
        return digits
    if style == 1:
        return " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    if style == 2:
        return f"+45 {digits[:4]} {digits[4:]}"
    if style == 3:
        return f"{digits[:4]} {digits[4:]}"
    return f"+45 {' '.join(digits[i : i + 2] for i in range(0, 8, 2))}"


def _person(rnd: random.Random) -> Person:
    first, last = rnd.choice(FIRST), rnd.choice(LAST)
    local = rnd.choice(
        (f"{first}.{last}", f"{first}{rnd.randint(1950, 2005)}", f"{first[0]}{last}")
    )
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Ø", "Oe")):
        local = local.replace(a, b)
    number = str(rnd.randint(1, 180)) + rnd.choice(("", "", "", "B"))
    floor = rnd.choice(("", "", ", 3. tv.", ", st. th.", ", 1. mf.", ", 2.th"))
    postcode, town = rnd.choice(TOWNS)
    return Person(
        first,
        last,
        f"{local.lower()}@{rnd.choice(MAIL)}",
        _phone(rnd),
        f"{rnd.choice(STREET_PARTS)}{rnd.choice(STREET_ENDS)} {number}{floor}",
        postcode,
        town,
    )


def _body(rnd: random.Random, case: Case, n: int, pool: tuple[str, ...] = BODY) -> None:
    for _ in range(n):
        case.add(rnd.choice(pool) + " ")


def _private(rnd: random.Random, number: int) -> Case:
    p = _person(rnd)
    case = Case(number, True)
    knows = rnd.random()
    case.known = {"email": p.email}
    if knows < 0.6:  # the sender step found everything
        case.known |= {
            "first_name": p.first,
            "surname": p.last,
            "phone": p.phone,
            "street": p.street,
            "postcode": p.postcode,
            "town": p.town,
        }
    elif knows < 0.8:  # the From header carried the name only
        case.known |= {"first_name": p.first, "surname": p.last}
    # else: the From header carried no name (only the address is known)
    case.add(rnd.choice(("Til kommunen\n\n", "Kære Nordkysten Kommune\n\n", "Hej\n\n", "")))
    if rnd.random() < 0.5:
        case.add(rnd.choice(("Mit navn er ", "Jeg hedder ")))
        case.add(p.name if rnd.random() < 0.7 else p.first, secret=True)
        case.add(rnd.choice((", og jeg bor i området. ", ". ", " og har boet her i ti år. ")))
    _body(rnd, case, rnd.randint(1, 3))
    if rnd.random() < 0.5:
        case.add(rnd.choice(("Jeg har boet på ", "Vi bor på ", "Min adresse er ")))
        case.add(p.street + (f", {p.postcode} {p.town}" if rnd.random() < 0.5 else ""), True)
        case.add(rnd.choice((" i mange år. ", ", tæt på skolen. ", ". ")))
    if rnd.random() < 0.5:
        other = _person(rnd)
        case.add(rnd.choice(("Både ", "Også ", "")) + rnd.choice(RELATIONS) + " ")
        case.add(other.first if rnd.random() < 0.5 else other.name, secret=True)
        case.add(
            rnd.choice(
                (" er enig. ", " cykler hver dag til skole. ", ", som er 8 år, går på skolen. ")
            )
        )
    _body(rnd, case, rnd.randint(1, 3))
    if rnd.random() < 0.3:
        case.add("Ring gerne på ")
        case.add(p.phone, secret=True)
        case.add(" eller skriv til ")
        case.add(p.email, secret=True)
        case.add(". ")
    if rnd.random() < 0.1:
        case.add("Mit CPR-nummer er ")
        case.add(
            f"{rnd.randint(1, 28):02d}{rnd.randint(1, 12):02d}{rnd.randint(40, 99)}-"
            f"{rnd.randint(1000, 9999)}",
            True,
        )
        case.add(", hvis I skal bruge det. ")
    case.add("\n\n" + rnd.choice(CLOSINGS) + "\n")
    case.add(p.name if rnd.random() < 0.8 else p.first, secret=True)
    if rnd.random() < 0.6:
        case.add("\n")
        case.add(p.street, True)
        case.add("\n")
        case.add(f"{p.postcode} {p.town}", True)
    if rnd.random() < 0.5:
        case.add("\n" + rnd.choice(("Tlf. ", "Mobil: ", "mobil ", "")))
        case.add(p.phone, True)
    case.add("\n")
    place = rnd.random()
    if place < 0.3:  # a quoted reply from the municipality, with the citizen's first mail
        case.add("\n> Fra: hoering@nordkysten.example.dk\n> Tak for din henvendelse.\n>\n> ")
        case.add(rnd.choice(BODY) + "\n> " + rnd.choice(CLOSINGS) + "\n> ")
        case.add(p.name, True)
        case.add("\n")
    elif place < 0.6:  # an attachment's text
        case.add("\n--- Vedhæftet fil ---\nAfsender: ")
        case.add(p.name, True)
        case.add(", ")
        case.add(f"{p.street}, {p.postcode} {p.town}", True)
        case.add("\nGenerelle bemærkninger: " + rnd.choice(BODY) + "\n")
    if rnd.random() < 0.5:
        case.file_name = rnd.choice(
            (
                f"hoeringssvar_{p.first.lower()}_{p.last.lower()}.docx",
                f"{p.first}{p.last}.pdf",
                f"Høringssvar fra {p.name}.docx",
            )
        )
        case.file_secret = True
    else:
        case.file_name = rnd.choice(("høringssvar.docx", "svar.pdf", "Bemærkninger.docx"))
    case.summary = rnd.choice(
        (f"{p.first} ønsker aftenhold.", "Ønsker aftenhold.", "Flere cykelstier ved skolen.")
    )
    return case


def _organisation(rnd: random.Random, number: int) -> Case:
    org = rnd.choice(ORGS)
    contact = _person(rnd)
    case = Case(number, False, organisation=org, contact=contact.name)
    case.known = {"email": contact.email, "phone": contact.phone}
    case.add(f"Høringssvar fra {org}\n\n")
    _body(rnd, case, rnd.randint(2, 5), ORG_BODY)
    case.add(f"\n\nMed venlig hilsen\n{contact.name}\nFormand, {org}\n")
    if rnd.random() < 0.7:
        case.add("Tlf. ")
        case.add(contact.phone, True)
        case.add(", ")
        case.add(contact.email, True)
        case.add("\n")
    case.add("Svar gerne til hoering@nordkysten.example.dk\n")
    case.file_name = f"{org.replace(' ', '_')}_høringssvar.docx"
    case.summary = f"{org} ønsker lektiecaféer."
    return case


def corpus(seed: int = 15, private: int = 125, organisations: int = 50) -> list[Case]:
    """Private persons' and organisations' responses, shuffled, numbered from 1."""
    rnd = random.Random(seed)
    kinds = [True] * private + [False] * organisations
    rnd.shuffle(kinds)
    return [_private(rnd, n) if k else _organisation(rnd, n) for n, k in enumerate(kinds, 1)]


def held_out(cases: list[Case]) -> list[Case]:
    """Every fifth case: the part the benchmark reports on (never tuned to)."""
    return [c for c in cases if c.number % 5 == 0]


def tuning(cases: list[Case]) -> list[Case]:
    return [c for c in cases if c.number % 5 != 0]
