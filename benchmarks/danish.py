"""Invented Danish consultation prose, names and section headings for the scale generator."""

from __future__ import annotations

import random

SUBJECTS = (
    "kommunen",
    "forvaltningen",
    "jobcentret",
    "sprogcentret",
    "boligselskaberne",
    "foreningerne",
    "skolerne",
    "daginstitutionerne",
    "frivillige netværk",
    "integrationsrådet",
    "biblioteket",
    "sundhedsplejen",
    "ungdomsskolen",
    "erhvervslivet",
    "medarbejderne",
    "lokalsamfundet",
)
VERBS = (
    "styrker",
    "prioriterer",
    "udvikler",
    "fastholder",
    "evaluerer",
    "finansierer",
    "koordinerer",
    "understøtter",
    "beskriver",
    "tydeliggør",
    "genovervejer",
    "udbygger",
)
OBJECTS = (
    "den tidlige sprogindsats",
    "mentorordningen for nyankomne",
    "samarbejdet med civilsamfundet",
    "indsatsen for beskæftigelse",
    "brobygning til uddannelse",
    "tilbuddet om danskundervisning",
    "fritidsjob til unge",
    "forældresamarbejdet i dagtilbud",
    "den boligsociale helhedsplan",
    "tolkebistanden i sundhedsvæsenet",
    "småjobs på særlige vilkår",
    "kvindernes vej til arbejdsmarkedet",
    "foreningslivets inkluderende arbejde",
    "opfølgningen på politikkens mål",
    "den digitale borgerservice",
    "kulturtilbud i boligområderne",
)
PLACES = (
    "i boligområderne ved havnen",
    "i hele kommunen",
    "på tværs af forvaltningerne",
    "i samarbejde med lokale aktører",
    "i de kommende fire år",
    "med en fast årlig opfølgning",
    "i landdistrikterne",
    "i dialog med borgerne",
)
OPENERS = (
    "Vi anbefaler, at",
    "Det er vores opfattelse, at",
    "Vi foreslår, at",
    "Vi savner, at",
    "Vi bakker op om, at",
    "Vi er bekymrede for, om",
    "Det bør overvejes, om",
    "Vi opfordrer til, at",
)
FILLERS = (
    "Vi takker for muligheden for at afgive høringssvar til et gennemarbejdet udkast.",
    "Vores bemærkninger bygger på mange års erfaring med frivilligt arbejde i lokalområdet.",
    "Integration er en gensidig proces, hvor alle borgere får lige muligheder.",
    "Erfaringerne fra de seneste år viser, at en tidlig indsats gør en stor forskel.",
    "Det er afgørende, at politikken følges op af konkrete handleplaner og økonomi.",
    "Vi stiller os gerne til rådighed for en uddybende dialog om vores forslag.",
    "Mange familier oplever, at vejen til fællesskabet er lang og uoverskuelig.",
    "Politikkens pejlemærker er klare, men målene kunne være mere målbare.",
    "Sproget er nøglen til både uddannelse, arbejde og deltagelse i foreningslivet.",
    "Vi håber, at kommunalbestyrelsen vil tage vores bemærkninger med i det videre arbejde.",
)
ORG_WORDS = (
    "Boligselskabet",
    "Foreningen",
    "Netværket",
    "Sprogcentret",
    "Idrætsforeningen",
    "Beboerforeningen",
    "Forældrerådet",
    "Ældrerådet",
    "Handicaprådet",
    "Menighedsrådet",
    "Erhvervsforeningen",
    "Kulturhuset",
)
ORG_NAMES = (
    "Havbo",
    "Fælles Fodslag",
    "Nordkysten",
    "Strandparken",
    "Lyngbakken",
    "Solsiden",
    "Bølgen",
    "Fyrtårnet",
    "Klitten",
    "Engen",
    "Mågen",
    "Skovbrynet",
)
AUTHORITIES = (
    "Region Nordkysten",
    "Politiet i Nordkysten",
    "Styrelsen for International Rekruttering og Integration",
    "Nabokommunen Vestkysten",
)
FIRST = (
    "Mette",
    "Lise",
    "Karim",
    "Jonas",
    "Fatima",
    "Søren",
    "Ahmed",
    "Anne",
    "Peter",
    "Amina",
    "Mads",
    "Birgitte",
    "Omar",
    "Hanne",
    "Jens",
    "Sofie",
    "Ali",
    "Kirsten",
    "Rasmus",
    "Nadia",
)
LAST = (
    "Lund",
    "Holm",
    "Aziz",
    "Berg",
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Hussein",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Yilmaz",
    "Madsen",
)
HEADINGS = (
    "Forord",
    "Indledning",
    "Pejlemærker",
    "Principper",
    "Beskæftigelsesområdet",
    "Børn og unge",
    "Sundhed og trivsel",
    "Boligområder",
    "Kultur og fritid",
    "Sprog og uddannelse",
    "Medborgerskab",
    "Civilsamfundet",
    "Opfølgning og evaluering",
)
SUB_HEADINGS = (
    "Mål",
    "Indsatser",
    "Samarbejdspartnere",
    "Økonomi",
    "Tidsplan",
    "Målgrupper",
    "Succeskriterier",
    "Eksempler",
)


PREFIXES = (
    "skole",
    "bolig",
    "sprog",
    "job",
    "forenings",
    "familie",
    "sundheds",
    "kultur",
    "idræts",
    "biblioteks",
    "ungdoms",
    "natur",
    "havne",
    "lektie",
    "mentor",
    "frivillig",
    "nabo",
    "motions",
    "læse",
    "trivsels",
    "erhvervs",
    "fritids",
    "sy",
    "madklub",
    "cykel",
)
SUFFIXES = (
    "samarbejdet",
    "projektet",
    "værkstedet",
    "klubben",
    "netværket",
    "forløbet",
    "indsatsen",
    "tilbuddet",
    "fællesskabet",
    "puljen",
    "teamet",
    "huset",
    "aftenen",
    "festivalen",
    "vejledningen",
    "ordningen",
    "caféen",
    "kurset",
    "ugen",
    "grupperne",
)
STREET_ENDINGS = ("vej", "gade", "parken", "alle", "stræde")
# A long tail of rarer words (projects, streets, house numbers), drawn with a Zipf-like skew.
COMPOUNDS = tuple(p + s for p in PREFIXES for s in SUFFIXES)
STREETS = tuple(f"{n}{e}" for n in FIRST for e in STREET_ENDINGS)


def zipf(rnd: random.Random, items: tuple[str, ...]) -> str:
    return items[min(len(items) - 1, int(rnd.paretovariate(1.0)) - 1 + rnd.randrange(3))]


def concrete(rnd: random.Random) -> str:
    """A concrete local detail: a project at an address since a year (rarer words)."""
    return (
        f"I {zipf(rnd, STREETS)} {rnd.randint(1, 250)} har vi siden {rnd.randint(1995, 2026)} "
        f"stået for {zipf(rnd, COMPOUNDS)}, som {rnd.randint(5, 400)} borgere bruger hver uge."
    )


def sentence(rnd: random.Random) -> str:
    roll = rnd.random()
    if roll < 0.25:
        return rnd.choice(FILLERS)
    if roll < 0.4:
        return concrete(rnd)
    return (
        f"{rnd.choice(OPENERS)} {rnd.choice(SUBJECTS)} {rnd.choice(VERBS)} "
        f"{rnd.choice(OBJECTS)} {rnd.choice(PLACES)}."
    )


def paragraph(rnd: random.Random, sentences: int) -> str:
    return " ".join(sentence(rnd) for _ in range(sentences))


def response_text(rnd: random.Random) -> str:
    """Varied length: most responses are short, a few run to many pages."""
    paragraphs = max(1, min(60, int(rnd.lognormvariate(1.3, 0.9))))
    return "\n\n".join(paragraph(rnd, rnd.randint(2, 6)) for _ in range(paragraphs))


def person(rnd: random.Random) -> str:
    return f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"


def organisation(rnd: random.Random, n: int) -> str:
    return f"{rnd.choice(ORG_WORDS)} {rnd.choice(ORG_NAMES)} {n}"


def email_of(name: str, domain: str) -> str:
    local = ".".join(name.lower().split()[:2])
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        local = local.replace(a, b)
    return f"{local}@{domain}"
