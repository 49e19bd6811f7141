"""Name pools and phrasings of the senders' evaluation set v7's held-out part: none of them is
used by sets v4, v5 or v6 (``senders_pools``, ``senders_pools_v5``, ``senders_pools_v6``), so no
rule can have been tuned to them (``benchmarks/senders_shapes_v7.py`` draws the part, its test
checks the pools)."""

from __future__ import annotations

from benchmarks.senders_pools import Pool, Style

# The words: none of them is in a set v4, v5 or v6 style (compared without case, trailing
# colons, dots and dashes). Forward markers that differ from an older one only by their dashes
# ("----- Forwarded Message -----") were left out on purpose.
V7_STYLE = Style(
    closings=("Bedste hilsen", "Med ønsket om en god proces", "Mange hilsner",
              "Venlig hilsen og god weekend", "Med tak for ordet", "Med de bedste ønsker",
              "Venlig hilsen og tak"),
    roles=("regionsformand", "medlemsrådgiver", "direktionssekretær", "jobkonsulent",
           "socialrådgiver", "fællestillidsrepræsentant", "klubformand", "ejer",
           "personalechef", "integrationskonsulent", "lektor"),
    v_seps=(" attn. ", " ved kontaktperson ", " – kontakt "),
    kontakt=("Uddybende spørgsmål: ", "Tovholder på svaret: ", "Svaret koordineres af "),
    kontakt_short=("Kontaktes via: ", "Ved spørgsmål kontakt "),
    kontakt_plural=("Tovholdere: ", "Svaret er koordineret af "),
    phone_labels=("Tel. ", "Mobiltelefon: ", "Phone: ", "Direkte tlf. "),
    mail_labels=("Mail-adresse: ", "Min mail: ", "E-mail (privat): "),
    role_forms=("{org}, {role}", "{org} – {role}", "{role} at {org}"),
    private_marks=("Privatperson (ikke på vegne af nogen organisation)", "Svarer som borger",
                   "Personlig henvendelse", "Private individual", "Indsender: privat"),
    slash=(" ▪ ",),
    and_words=(" i fællesskab med ", " tillige med ", " and "),
    template_covers=("Hermed det udfyldte skema.",
                     "Vi har udfyldt kommunens skabelon, den er vedhæftet.",
                     "Skemaet er udfyldt og vedhæftet."),
    letter_covers=("Vores brev er vedhæftet.", "Brevet er vedhæftet denne mail.",
                   "I vedhæftningen finder I brevet."),
    headings=("Høringssvar på vegne af {org}", "{org} om udkastet til integrationspolitik",
              "Response from {org}"),
    behalf=("På vegne af styregruppen i {org}", "On behalf of {org}",
            "Skrevet på vegne af {org}"),
    joint_behalf=("Høringssvaret afgives samlet af {orgs}",
                  "Fælles høringssvar afgivet af {orgs}", "Underskrevet af {orgs}"),
    signatory_forms=("{name} ({org}, {role})", "{org}, {role} {name}", "{name}, {role} at {org}"),
    forward_marks=("-------- Original message --------",),
    webform=("Dit navn: ", "Din mailadresse: ", "Din adresse: ", "Skriv dine bemærkninger:"),
    firstname_closings=("Ha' en god dag", "Mange tak", "Kind wishes"),
    version_closing=("Mange hilsner", "Med tak for ordet"),
    campaign_closing=("Med ønsket om en god proces",),
)  # fmt: skip

# Words of this part's own layouts (template cells with labels, board lists, copy lines,
# groups' closings, English letters): none of them is in an older style either.
V7_LABELS = ("Navn og titel: ", "Organisation/forening: ", "E-mail til kontakt: ",
             "Bestyrelsens medlemmer:", "Kopi til: ", "Underskrivere:", "Jeg/vi svarer som: ",
             "Forening eller virksomhed: ", "Hilsen fra os alle", "På udvalgets vegne",
             "Udvalgssekretær", "Byrådsmedlem")  # fmt: skip
EN_CLOSINGS = ("Yours sincerely", "Warm regards", "Yours faithfully")
EN_COVERS = ("Please find our letter attached.", "Our response is attached.")

# The municipality's own staff who forward mail in this part, and a councillor who forwards a
# citizen's mail she was sent (both are forwarders, never senders).
V7_COLLEAGUES = ("Troels Agersnap <trag@nordkysten.example.dk>",
                 "Yasmina Ouali <yaou@nordkysten.example.dk>")  # fmt: skip
COUNCILLOR = "Kamilla Thorsø <kamilla.thorsoe@byraad.nordkysten.example.dk>"

# What a shared or odd mailbox shows as its display name (the signature names the person).
HANDLES = ("Kontoret", "Min iPad", "Hjemme", "mailboks")

# Titles written before a name in a signature (the name is the rest of the line).
TITLES = ("Dr.", "Professor", "Cand.jur.", "Overlæge, dr.med.", "Lektor, ph.d.")

# Households that share one mailbox: the surname, the two members' first names, the local part.
HOUSEHOLDS = (("Hviid", "Hedvig", "Svend", "familien.hviid"),
              ("Agerskov", "Tina", "Dennis", "agerskovhjemme"),
              ("Krasniqi", "Drita", "Arben", "krasniqi.familie"))  # fmt: skip

V7_FREE = ("proton.me", "mac.com", "web.de", "mail.tele.dk", "pc.dk", "mail.com", "hotmail.se",
           "mail.tele.dk", "proton.me")  # fmt: skip

# Held-out part of evaluation set v7: the people, organisations, places and domains.
V7 = Pool(
    first=(
        # Danish, older and younger, some hyphenated; Faroese and Greenlandic
        "Ejnar", "Hedvig", "Valdemar", "Ellinor", "Otto", "Agnes", "Arne", "Bitten", "Jonna",
        "Svend", "Ragnhild", "Palle", "Conny", "Tina", "Dennis", "Jannie", "Brian", "Henning",
        "Lisbeth", "Carsten", "Vagn", "Anne-Grethe", "Jens-Ole", "Maj-Britt", "Sjúrður",
        "Rannvá", "Inuk", "Pipaluk",
        # English, German, Spanish and Portuguese speakers living here
        "Emily", "James", "Rebecca", "Connor", "Dieter", "Ute", "Alejandro", "Valentina",
        "João", "Thiago",
        # Ethiopian, Sudanese, Albanian/Kosovar, Thai, Hungarian, Ghanaian, Nepali, Serbian
        "Abebe", "Tigist", "Mohamed", "Hawa", "Arben", "Drita", "Besnik", "Somchai", "Malee",
        "Zsófia", "László", "Kwame", "Akosua", "Bishnu", "Sita", "Đorđe", "Dragana",
    ),
    last=(
        "Hviid", "Kragh", "Ladefoged", "Thygesen", "Bruun", "Kamp", "Steffensen", "Agerskov",
        "Brodersen", "Wulff", "Høyer", "Skytte", "Villadsen", "Gram", "Buch", "Bonde", "Fisker",
        "Smed", "Kragh-Jacobsen", "Wulff-Andersen", "Høyer-Thomasen", "von der Recke",
        "de Neergaard", "Rodríguez", "Ferreira", "Silva", "Haile", "Bekele", "Krasniqi",
        "Berisha", "Gashi", "Nagy", "Kovács", "Boateng", "Asante", "Thapa", "Gurung",
        "Petrović", "Murphy", "Taylor", "Osman", "Abdelrahman", "Chaiyasit",
    ),
    orgs=(
        ("Andelsboligforeningen Kastanjegården", "organisation"),
        ("Grundejerforeningen Strandengen", "organisation"),
        ("Lektiehjælpen Bogormen", "organisation"),
        ("Kvindefællesskabet Perlen", "organisation"),
        ("Boldklubben Fremad Kysthøj", "organisation"),
        ("Ukrainsk Forening i Nordkysten", "organisation"),
        ("Afghansk Kulturforening Nord", "organisation"),
        ("Nordkystens Madfællesskab", "organisation"),
        ("Muslimsk Forum Nordkysten", "organisation"),
        ("Nordkystens Daghøjskole", "organisation"),
        ("Frivilligbørsen Kysthøj", "organisation"),
        ("Kysthøj Beboerhus", "organisation"),
        ("Lagerforbundet Afdeling Kysthøj", "organisation"),
        ("Socialfagligt Forbund Afdeling Nord", "organisation"),
        ("Sprogskolen Ordet ApS", "company"),
        ("Kysthøj Vognmandsforretning ApS", "company"),
        ("Nordkysten Tekstil A/S", "company"),
        ("Havblik Hotel A/S", "company"),
        ("Kystens Rengøringsteam IVS", "company"),
        ("Erhvervs- og Beskæftigelsesudvalget", "authority"),
        ("Kysthøj Skole", "authority"),
        ("Tandplejen, Nordkysten Kommune", "authority"),
        ("Kysthøj Sogns Menighedsråd", "authority"),
        ("Styrelsen for Voksenuddannelse Nord", "authority"),
    ),
    lookalike_orgs=("Johanne Krebs Fonden", "Mogens Fog Huset", "Astrid Noack Skolen"),
    lookalike_last=("Husby", "Kirkvig", "Rådvad"),
    streets=("Klitrosevej", "Fiskerleddet", "Mågevej", "Tjørnegårdsvej", "Gl. Kongevej",
             "Bøgeskovvej", "Ryvangs Allé", "Hyldemorvej", "Kløvervænget"),
    towns=(("4700", "Næstved"), ("8700", "Horsens"), ("7500", "Holstebro"), ("3700", "Rønne"),
           ("2630", "Taastrup"), ("9800", "Hjørring"), ("6400", "Sønderborg"),
           ("4300", "Holbæk")),
    isp=("fjordnet.dk", "hjemmefiber.dk"),
    company_domains=("fjordlab.dk", "nordkyst-vand.dk"),
    free=V7_FREE,
    style=V7_STYLE,
    colleagues=V7_COLLEAGUES,
)  # fmt: skip

# Organisations that appear in this part's special shapes only: national unions whose branch
# answers, law firms that answer for a company, neighbouring municipalities.
NATIONAL_UNIONS = {"Lagerforbundet Afdeling Kysthøj": "Lagerforbundet",
                   "Socialfagligt Forbund Afdeling Nord": "Socialfagligt Forbund"}  # fmt: skip
LAW_FIRMS = ("Advokatfirmaet Strandgaard & Winge", "Advokathuset Fjordporten P/S")
NEIGHBOURS = ("Vestfjord Kommune", "Sønderå Kommune")
