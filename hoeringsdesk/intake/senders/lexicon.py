"""Words that tell people from organisations: first names, organisation nouns, roles."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from hoeringsdesk.intake.senders import letter_words as _letters

# the letters' closings, labels and headings live in letter_words, read here as lexicon's
BODY_OF = _letters.BODY_OF
CLOSING = _letters.CLOSING
GENERIC_BODY = _letters.GENERIC_BODY
HEADING = _letters.HEADING
IN_PROSE = _letters.IN_PROSE
MAIL_NOISE = _letters.MAIL_NOISE
MEMBERS = _letters.MEMBERS
ON_BEHALF = _letters.ON_BEHALF
SIGNATORIES = _letters.SIGNATORIES

# -- first names ------------------------------------------------------------------------------
# The first-name dictionary of gender-guesser (Jörg Michael's nam_dict.txt, about 48,000 names
# from Europe, the Middle East and Asia): evidence that a word is a given name, never the only
# evidence a sender is a person.


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    names: set[str] = set()
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes()
    except (OSError, ModuleNotFoundError):  # pragma: no cover - a broken install
        return frozenset()
    for raw in data.decode("utf-8", "replace").splitlines():
        if not raw or raw[0] in "#=":
            continue
        fields = raw.split()
        if len(fields) < 2:
            continue
        name = fields[1].casefold()
        if "+" in name:
            names.add(name.replace("+", "-"))
            names.add(name.replace("+", ""))
        else:
            names.add(name)
    return frozenset(names - NOT_FIRST_NAMES)


# Words in that dictionary that, in a Danish letter, are far more often something else.
NOT_FIRST_NAMES = frozenset(
    {
        "til", "alle", "ung", "syd", "mor", "far", "by", "as", "den", "det", "de", "du",
        "fra", "med", "og", "om", "for", "se", "vi", "jeg", "han", "hun", "man", "dit",
        "min", "mit", "sin", "sit", "ny", "nye", "god", "glad", "mvh", "vh", "best",
        "kind", "regards", "dear", "hej", "kære", "tak", "love", "chef", "leder", "team",
        "kirke", "skole", "hus", "nord", "vest", "øst", "centrum", "park", "center",
        "forum", "union", "start", "page", "ingen", "privat", "borger",
    }
)  # fmt: skip


def is_first_name(token: str) -> bool:
    """'Mette', 'Zeynep', 'Anne-Sofie' (each part), not 'Museet'."""
    folded = token.casefold().strip(".")
    if not folded or len(folded) < 2:
        return False
    names = first_names()
    if folded in names:
        return True
    parts = [p for p in folded.split("-") if p]
    return len(parts) > 1 and all(p in names for p in parts)


# -- organisation words -----------------------------------------------------------------------
# Nouns that name an organisation as a word of their own ("Karen Blixen Museet") or as the
# end of a compound ("Ungdomsklubben", "Handicaprådet"). Compounds count only in their
# definite form or a form no surname has: "Skovhus" and "Kirkegaard" are people.
ORG_NOUNS = frozenset(
    {
        "forening", "foreningen", "foreninger", "selskab", "selskabet", "skole", "skolen",
        "fond", "fonden", "klub", "klubben", "huset", "center", "centret", "centeret",
        "centre", "centrum", "råd", "rådet", "institut", "instituttet", "institute", "kirke",
        "kirken", "menighed", "menigheden", "sogn", "sognet", "bibliotek", "biblioteket",
        "museum", "museet", "museer", "institutet", "teater", "teatret", "teateret", "gymnasium",
        "gymnasiet", "universitet", "universitetet", "university", "akademi", "akademiet",
        "forbund", "forbundet", "union", "unionen", "netværk", "netværket", "network",
        "forum", "organisation", "organisationen", "organization", "sekretariat",
        "sekretariatet", "udvalg", "udvalget", "bestyrelse", "bestyrelsen", "partnerskab",
        "partnerskabet", "helhedsplan", "helhedsplanen", "boligselskab", "boligselskabet",
        "boligforening", "boligforeningen", "afdeling", "afdelingen", "landsforening",
        "landsforeningen", "sammenslutning", "sammenslutningen", "fællesskab",
        "fællesskabet", "projekt", "projektet", "initiativ", "initiativet", "gruppe",
        "gruppen", "laug", "lauget", "venner", "kollegium", "kollegiet", "børnehave",
        "børnehaven", "vuggestue", "vuggestuen", "fritidshjem", "spejdere", "spejderne",
        "kommune", "kommunen", "kommunes", "region", "regionen", "styrelse", "styrelsen",
        "ministerium", "ministeriet", "forvaltning", "forvaltningen", "politi", "politiet",
        "hospital", "hospitalet", "sygehus", "sygehuset", "association", "society",
        "council", "foundation", "ngo", "parti", "partiet", "fagforening", "fagforeningen",
        "kreds", "kredsen", "lokalafdeling", "alliance", "alliancen", "koalition",
        "koalitionen", "samråd", "samrådet", "nævn", "nævnet", "kontor", "kontoret",
        "tjeneste", "tjenesten", "højskole", "højskolen", "friskole", "friskolen",
        "efterskole", "efterskolen", "aftenskole", "sprogskole", "sprogcenter", "klinik",
        "klinikken", "apotek", "apoteket", "bank", "banken", "sparekasse", "kooperativ",
        "andelsforening", "ejerforening", "grundejerforening", "beboerforening",
        "beboerforeningen", "lokaludvalg", "lokaludvalget", "integrationsråd",
        "integrationsrådet", "handicapråd", "handicaprådet", "ældreråd", "ældrerådet",
        "medborgerhus", "medborgerhuset", "kulturhus", "kulturhuset", "bydelshus",
        "beboerhus", "beboerhuset", "aktivitetshus", "frivilligcenter", "frivilligcentret",
        "jobcenter", "jobcentret", "socialcenter", "sundhedshus", "sundhedshuset",
        "daginstitution", "daginstitutionen", "skolebestyrelse", "skolebestyrelsen",
        "forældrebestyrelse", "forældreforening", "elevråd", "elevrådet", "menighedsråd",
        "menighedsrådet", "moské", "moskéen", "moske", "moskeen", "trossamfund",
        "stiftelse", "stiftelsen", "selvejende", "institution", "institutionen", "erhvervsråd",
        "erhvervsforum", "handelsstandsforening", "ungdomsråd", "børneråd", "seniorråd",
        "udsatteråd", "idrætsforening", "if", "fc", "bk", "ik", "gf", "kfum", "kfuk",
        "dgi", "aps", "a/s", "i/s", "k/s", "p/s", "ivs", "amba", "smba", "fmba",
        "kompagni", "kompagniet", "kollektiv", "kollektivet", "værksted",
        "værkstedet", "café", "cafe", "caféen", "cafeen", "butik", "butikken", "lab",
        "tænketank", "tænketanken", "boligsocial", "børnehus", "børnehuset", "ungdomshus",
        "ungdomshuset", "fritidsklub", "fritidsklubben", "ungdomsklub", "ungdomsklubben",
        "observatorium", "observatoriet", "planetarium", "planetariet", "arkiv", "arkivet",
    "galleri", "galleriet", "seminarium", "seminariet", "værested", "værestedet", "mødested",
    "mødestedet", "hjemmet", "plejehjemmet", "kvarterløft", "byfornyelse", "lokalråd",
    "lokalrådet", "medborgercenter", "medborgercentret",
    "sekretariatschef", "flygtningehjælp", "mødrehjælpen", "røde", "korshær", "hjælpen",
    "barnet", "ungdom", "ungdommen", "ungdomsrådet",
    }
)  # fmt: skip
# Organisation nouns that are surnames too ("Lise Bank", "Kim Park"): after a first name
# alone they make the name unclear, not an organisation's ("Kingo Skole", "Marie Kirke" are
# named after people, so 'skole' and 'kirke' are not here).
SURNAME_NOUNS = frozenset({"bank", "park", "hus"})
# First words that start an organisation's name: "Dansk Flygtningehjælp", "Danske Seniorer".
ORG_FIRST_WORDS = frozenset({"dansk", "danske", "danmarks", "nordisk", "nordiske",
                             "landsforeningen",
                             "foreningen", "selskabet", "fonden", "klubben", "netværket",
                             "kommunernes", "internationalt", "international"})  # fmt: skip
ORG_COMPOUND_END = (
    "foreningen", "forening", "foreninger", "selskabet", "selskab", "klubben", "rådet",
    "skolen", "fonden", "centret", "centeret", "center", "huset", "museet", "museum",
    "instituttet", "institut", "biblioteket", "forbundet", "forbund", "netværket",
    "netværk", "udvalget", "udvalg", "gruppen", "sekretariatet", "lauget", "partiet",
    "fællesskabet", "teatret", "gymnasiet", "kollegiet", "menigheden", "kredsen", "nævnet",
    "styrelsen", "styrelse", "ministeriet", "forvaltningen", "forvaltning", "kommune",
    "kommunen", "regionen", "hospitalet", "sygehuset", "organisationen", "sammenslutningen",
    "alliancen", "helhedsplanen", "helhedsplan", "afdelingen", "børnehaven", "vuggestuen",
    "initiativet", "projektet", "spejderne", "kirken", "skole", "råd", "samrådet", "menighed",
    "kontoret", "klinikken", "akademiet", "bestyrelsen", "universitetet", "institutionen",
    "stiftelsen", "kompagniet", "værkstedet", "tænketanken", "foreningerne", "hjælpen",
    "hjælp", "korps", "korpset", "kollegiet", "oriet", "ariet", "stedet", "arkivet",
    "galleriet", "rådet", "løft", "caféen", "cafeen", "café", "værestedet", "fællesskab",
)  # fmt: skip
LEGAL_SUFFIX = re.compile(
    r"(?:^|\s)(?:a/s|aps|i/s|k/s|p/s|ivs|smba|s\.m\.b\.a\.?|amba|a\.m\.b\.a\.?|f\.m\.b\.a\.?|"
    r"fmba|ltd\.?|gmbh|inc\.?|llc|ab|as|oy)\s*$",
    re.I,
)
AUTHORITY = re.compile(
    r"kommune\b|kommunes\b|kommunen\b|\bregion\b|\bregion[a-zæøå]+|(?<!be)styrelse|ministeri|"
    r"departement|forvaltning|rådhus|borgerrepræsentation|\bpoliti(?:et)?\b|domstol|"
    r"ombudsmand|rigsrevision|familieretshuset|udbetaling danmark|jobcenter|socialcenter|"
    r"lokaludvalg|integrationsråd|handicapråd|ældreråd|udsatteråd|seniorråd|ungdomsråd|"
    r"børneråd|hospital\b|hospitalet\b|sygehus|rigshospitalet|folkeskole|\bskole\b|skolen\b|"
    r"skolebestyrelse|\bskole(?:n|r|rne|s|bestyrelsen?|tjenesten?|afdelingen?|væsenet)?\b|"
    r"bibliotek|daginstitution|børnehave|vuggestue|"
    r"fritidshjem|fritidsklub|ungdomsskole|tandpleje|sundhedspleje|plejecenter|plejehjem|"
    r"\bstat(?:ens)?\b|nationalt center|sundhedsstyrelse|\bkl\b|kommunernes landsforening|"
    r"danske regioner|folketing|landsret|byret|sundhedshus|sundhedscenter|medborgercenter|"
    r"borgerservice|ungdomsskole|menighedsråd|"
    # a municipality's standing committees: 'Kultur- og Fritidsudvalget', 'Økonomiudvalget'
    r"^(?:(?:børne|kultur|teknik|social|sundheds|beskæftigelses|integrations|ældre|miljø|"
    r"plan|erhvervs|uddannelses|klima|by|fritids|skole|unge|omsorgs|økonomi|trafik|"
    r"idræts|handicap|familie|turisme)s?-?\s+og\s+)?(?:børne|kultur|teknik|social|"
    r"sundheds|beskæftigelses|integrations|ældre|miljø|plan|erhvervs|uddannelses|klima|by|"
    r"fritids|skole|unge|omsorgs|økonomi|trafik|idræts|handicap|familie|turisme|folkeoplysning)"
    r"s?udvalget$",
    re.I,
)
NOT_PUBLIC = re.compile(
    r"friskole|privatskole|efterskole|lilleskole|realskole|international school|højskole|"
    r"forældreforening|forening|elevforening|sprogskole|aftenskole|musikskole|danseskole|"
    r"selvejende|"
    r"køreskole|\ba/s\b|\baps\b",
    re.I,
)
# Words that show an organisation is a company (besides a legal suffix).
COMPANY = re.compile(r"\b(?:a/s|aps|i/s|k/s|p/s|ivs|amba|smba|ltd|gmbh|inc|llc)\b\.?", re.I)

# -- private persons --------------------------------------------------------------------------
PRIVATE = re.compile(
    r"\b(?:privatperson(?:er)?|privat\s*person|som\s+privat|privat(?:\s+borger)?|"
    r"borger(?:e)?\b(?!\w)|på\s+egne\s+vegne|på\s+eget\s+initiativ|"
    r"private\s+individual|private\s+citizen|citizen|beboer\s+i|forælder\s+til)",
    re.I,
)
PRIVATE_PROSE = re.compile(
    r"\b(?:som\s+privatperson|som\s+privat\s+borger|på\s+egne\s+vegne|"
    r"(?:jeg|vi)\s+skriver\s+(?:som|på)\s+(?:borger|privat|egne))\b",
    re.I,
)
# A courtesy title before a name: "Dr. Anne Holm", "Prof. Bo Ek".
HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|hr|fru|frk)\.\s*(?=[A-ZÆØÅ])", re.I)
# An academic degree before a name, maybe after a title: "Cand.jur. Anne Holm", "Lektor,
# ph.d. Bo Ek", "Dr.med. Sara Lund" — the name is what follows.
DEGREE = re.compile(
    r"^(?:[A-ZÆØÅ][a-zæøå]{2,30},?\s+)?(?i:cand|mag|lic|stud|dr|ph)\.\s?"
    r"(?:[a-zæøå]{1,12}\.\s?){1,3}\s*(?=[A-ZÆØÅ][a-zæøå])"
)
# The words of a form's field that names an organisation: "Organisation:", "Foreningens navn:".
ORG_FIELD = r"organisation|forening|virksomhed|myndighed|institution|firma"
# A form's label before a sender's name: "Navn: …", "Indsendt af: …", "Afsender: …".
FIELD_LABEL = re.compile(
    r"^(?:(?:evt\.?|eventuel(?:le|t)?)\s+)?(?:(?:fulde\s+)?navn(?:\s+på\s+(?:organisation(?:en)?|forening(?:en)?|afsender))?|"
    r"name|indsendt\s+af|afsender|afsenders\s+navn|underskriver|stilling|titel|rolle|"
    rf"(?:{ORG_FIELD})(?:\s*/\s*(?:{ORG_FIELD}))?)\s*:\s*"
    r"(?=\S)",
    re.I,
)
# A field's value that fills in nothing: "(ikke udfyldt)", "Ikke relevant", "–".
NOT_FILLED = re.compile(
    r"^[(\[]?\s*(?:ikke\s+(?:udfyldt|oplyst|angivet|relevant|aktuelt)|ej\s+relevant|ingen|not\s+applicable|none|"
    r"intet|n/?a|[-–—.]{1,5})?\s*[)\].]?$",
    re.I,
)
PRIVATE_LINE = re.compile(
    r"^\s*(?:afsender\s*:?\s*|indsendt\s+af\s+(?:en\s+)?)?(?:privat(?:person)?|"
    r"privat\s*person|borger|"
    r"på\s+egne\s+vegne|som\s+privatperson|privat\s+borger|"
    r"(?:as\s+an?\s+)?private\s+(?:individual|person|citizen)|on\s+my\s+own\s+behalf)\b"
    r"\s*[:,/–-]?\s*",
    re.I,
)
# A line of its own that says the writer is a private person, with at most where they live:
# "Personligt høringssvar", "Borger i Nordkysten Kommune", "Som beboer i kommunen",
# "Indsendt som privatperson", "Privat høringssvar fra en borger". One person, not a group:
# "Beboerne i Kildeparken", "Borgergruppen" are no such line.
PRIVATE_STATEMENT = re.compile(
    r"^\s*(?:(?:(?:jeg|vi)\s+)?(?:indsendt|skrevet|sendt|svar|høringssvar|skriver|svarer)\s+"
    r"(?:som|fra|af)\s+(?:en\s+)?|som\s+|afsender(?:en)?\s+er\s+(?:en\s+)?)?"
    r"(?:(?:privat|personligt?|individuelt)\s+(?:høringssvar|svar|indlæg|henvendelse)"
    r"(?:\s+fra\s+(?:en\s+)?(?:borger|beboer|privatperson))?|"
    r"privatperson|privat\s+borger|(?:almindelig\s+|enkelt)?borger|enkeltperson|beboer|"
    r"indbygger|lokal\s+beboer|nabo|"
    # "Ikke på vegne af en organisation", "Svarer ikke for nogen forening"
    r"(?:(?:jeg\s+)?(?:svarer|skriver)\s+)?ikke\s+(?:på\s+vegne\s+af|for)\s+(?:en|nogen)\s+"
    r"(?:organisation|forening|virksomhed|myndighed))"
    r"(?:\s+(?:i|fra|på)\s+(?:kommunen|byen|området|[A-ZÆØÅ][\wæøå-]*(?:\s+[Kk]ommune)?))?"
    r"\s*[.:]?\s*$",
    re.I,
)
# A household's mailbox, no one person: "Familien Holm", "Fam. Holm", "Holm-familien".
HOUSEHOLD = re.compile(
    r"^(?:famil(?:ien|ie|y)|fam\.?)\s+\S.{0,60}$|^\S{2,40}[ -]famil(?:ien|y)$", re.I
)
# The mail's writer sends it for someone else, named: "… på vegne af min far, Bo Ek, som …",
# "Jeg sender svaret for min nabo Anne Holm". The writer is then a forwarder, not a sender.
SENT_FOR = re.compile(
    r"\b(?i:på\s+vegne\s+af|for)\s+(?i:min|mit|mine|vores|en|et)\s+(?P<who>[a-zæøå-]{2,20}),?\s+"
    r"(?P<name>[A-ZÆØÅ][\w'-]+(?:\s+(?:[A-ZÆØÅ][\w'-]+|de|la|van|der|von|al|bin|el)){1,4})"
)
# A lawyer or adviser answering for a client: "på vegne af min klient, Bech ApS", "Jeg
# repræsenterer Bech ApS", "som advokat for Bech ApS". The client sends; the firm does not.
FOR_CLIENT = re.compile(
    r"(?i:på\s+vegne\s+af\s+(?:min|vores|vor)\s+klient|(?:jeg|vi)\s+repræsenterer|"
    r"(?:som|er)\s+(?:advokat|advokater|rådgiver|rådgivere|repræsentant)\s+for)"
    r",?[ \t]+(?P<name>[A-ZÆØÅ0-9][\w&'’./-]*"
    r"(?:[ \t]+(?:[A-ZÆØÅ0-9&][\w&'’./-]*|og|for|i|af)){0,7})"
)
# "Anne Holm (på egne vegne)", "Anne Holm, privatperson": the marker after the name.
PRIVATE_TAIL = re.compile(
    r"(?:[\s,(–-]+(?:på\s+egne\s+vegne|som\s+privat(?:person|\s+borger)?|privatperson|"
    r"privat\s+borger|privat|som\s+borger(?:\s+i\s+[\wæøå.-]+(?:\s+[\wæøå.-]+){0,2})?|"
    r"(?:as\s+an?\s+)?private\s+(?:individual|person|citizen))"
    r"\s*\)?)\s*$",
    re.I,
)

# -- roles ------------------------------------------------------------------------------------
ROLES = frozenset(
    {
        "formand", "forkvinde", "forperson", "næstformand", "kasserer", "sekretær",
        "direktør", "leder", "forstander", "koordinator", "konsulent", "chefkonsulent",
        "seniorkonsulent", "specialkonsulent", "fuldmægtig", "kontorchef", "centerchef",
        "sekretariatschef", "sekretariatsleder", "projektleder", "rådgiver", "talsperson",
        "generalsekretær", "bestyrelsesformand", "bestyrelsesmedlem", "landsformand",
        "kredsformand", "ordfører", "chef", "chair", "chairman", "chairperson", "director",
        "manager", "coordinator", "pastor", "sognepræst", "præst", "provst", "imam",
        "overlæge", "professor", "lektor", "adjunkt", "advokat", "tovholder", "frivillig",
        "medarbejder", "medlem", "skoleleder", "klubleder", "centerleder", "afdelingsleder",
        "institutleder", "daglig", "adm.", "administrerende", "ceo", "cfo", "partner",
        "ejer", "indehaver", "stifter", "initiativtager", "kontaktperson", "repræsentant",
        "souschef", "viceskoleleder", "pædagog", "lærer", "socialrådgiver", "psykolog",
        "boligsocial", "community", "projektkoordinator", "frivilligkoordinator",
        "udviklingskonsulent", "analytiker", "chefanalytiker", "politisk", "faglig",
        "teamleder", "enhedschef", "vicedirektør", "kommunikationschef", "næstforperson",
        "sekretariatsmedarbejder", "medstifter", "bestyrelsesforperson", "beboerrådgiver",
        "ungdomskonsulent", "organisationskonsulent", "netværkskoordinator",
        "rektor", "prorektor", "revisor", "sagsbehandler", "sygeplejerske", "forsker",
        "seniorforsker", "suppleant", "webmaster", "pressekontakt", "næstforkvinde",
        "talskvinde", "talsmand", "forstanderinde", "kirkeværge", "kordegn", "diakon",
        "tillidsrepræsentant", "ombudsmand", "borgmester", "rådmand", "udvalgsformand",
        "coo", "cto", "founder", "head", "økonom", "jurist",
    }
)  # fmt: skip
ROLE_ENDINGS = ("leder", "formand", "chef", "konsulent", "koordinator", "sekretær",
                "direktør", "medarbejder", "rådgiver", "forperson", "forkvinde",
                "medlem", "ansvarlig", "repræsentant", "suppleant", "forsker",
                "behandler", "plejerske", "kontakt", "rektor")  # fmt: skip

# Words that qualify a role after them ('Pædagogisk leder', 'Konstitueret centerchef',
# 'Fungerende formand'): a role only with one ('Teknisk Forvaltning' is a body).
ROLE_QUALIFIERS = frozenset({"pædagogisk", "konstitueret", "kst.", "kst", "fungerende", "fg.",
                             "midlertidig",
                             "ledende", "teknisk", "administrativ", "økonomisk", "kommunal",
                             "kulturel", "social", "juridisk", "ansvarshavende",
                             "managing", "executive", "deputy", "general"})  # fmt: skip

# Offices held in an organisation (not professions): the name under "Formand" is the body's.
OFFICE = re.compile(
    r"(?:formand|forperson|forkvinde|kasserer|sekretær|bestyrelsesmedlem|suppleant|direktør|"
    r"leder|koordinator|talsperson|talskvinde|talsmand|forstander|tovholder)\b",
    re.I,
)

STOPWORDS = frozenset(
    {
        "venlig", "hilsen", "med", "mvh", "vh", "tak", "kære", "hej", "dear", "til", "fra",
        "vedr", "vedrørende", "emne", "dato", "høring", "høringssvar", "udkast", "politik",
        "kommune", "bemærkninger", "generelle", "forslag", "afsender", "afsnit", "side",
        "telefon", "tlf", "mobil", "mail", "e-mail", "email", "adresse", "web", "cvr",
        "privatperson", "borger", "kontakt", "kontaktperson", "vi", "jeg", "det", "den",
        "der", "som", "og", "i", "på", "af", "for", "en", "et", "er", "har", "kan", "skal",
        "vil", "at", "ikke", "best", "regards", "kind", "sincerely", "yours", "hilsner",
        "bedste", "mange", "kærlig", "privat", "integration", "integrations", "medborgerskab",
        "københavns", "københavn", "danmark", "nordkysten", "nordkystens", "att", "attn",
        "sendt", "modtaget", "tlf.", "mob.", "mob", "telefonnr", "nr", "postboks",
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
        "september", "oktober", "november", "december", "mandag", "tirsdag", "onsdag",
        "torsdag", "fredag", "lørdag", "søndag", "hermed", "vores", "jeres", "deres",
    }
)  # fmt: skip
# Small words inside a proper name: "Netværket for Kvinder i Arbejde", "Bech & Søn".
NAME_JOINERS = frozenset({"for", "i", "og", "af", "på", "til", "ved", "&"})
PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "af", "bin", "ibn",
     "al", "el", "ter", "ten", "dos", "das", "del", "zu", "ben", "abu", "bint", "mac"}
)  # fmt: skip
