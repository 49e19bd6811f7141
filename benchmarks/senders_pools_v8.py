"""Name pools and phrasings of the senders' evaluation set v8's held-out part: none of them is
used by sets v4 to v7 (``senders_pools`` to ``senders_pools_v7``), so no rule can have been
tuned to them (``benchmarks/senders_shapes_v8.py`` draws the part, its test checks the pools)."""

from __future__ import annotations

from benchmarks.senders_pools import Pool, Style

# The words: none of them is in a set v4 to v7 style (compared without case, trailing colons,
# dots and dashes).
V8_STYLE = Style(
    closings=("Med venlig hilsen og på forhånd tak", "Hilsen og god dag", "Bedste hilsener",
              "Med de venligste hilsener", "Venlig hilsen herfra", "Tak for nu og venlig hilsen",
              "Med hilsen og tak for lyttetiden"),
    roles=("næstformand i bestyrelsen", "beboerrepræsentant", "driftschef", "foreningssekretær",
           "webansvarlig", "medlem af bestyrelsen", "faglig konsulent", "rådsformand",
           "salgschef", "kommunikationsansvarlig", "holdleder"),
    v_seps=(" ved formand ", " – skrevet af ", " – afsendt af "),
    kontakt=("Kontaktperson hos os: ", "Svaret er formuleret af ", "Spørgsmål til svaret: "),
    kontakt_short=("Kontakt os via ", "Kontaktes gennem "),
    kontakt_plural=("Kontaktpersoner i sagen: ", "Svaret er skrevet i fællesskab af "),
    phone_labels=("Mobilnummer: ", "Telefon/sms: ", "Ring: ", "Tlf. (privat): "),
    mail_labels=("E-mail (arbejde): ", "Min e-mail: ", "Skriv til mig på "),
    role_forms=("{role} hos os i {org}", "{role} (frivillig), {org}", "{org} · {role}"),
    private_marks=("Afsender er en privatperson", "Jeg svarer som enkeltborger",
                   "Ikke på vegne af en organisation", "Privat afsender"),
    slash=(" \\ ",),
    and_words=(" plus ", " samt også ", " og endelig "),
    template_covers=("Hermed vores svar i skabelonen.", "Skabelonen er udfyldt – se vedhæftning.",
                     "Udfyldt høringsskema vedlagt."),
    letter_covers=("Vores høringsbrev er vedhæftet.", "Se brevet i vedhæftningen.",
                   "Brevet ligger som vedhæftet fil."),
    headings=("{org}s høringssvar", "Indsigelse og bemærkninger fra {org}",
              "Til høringen – {org}"),
    behalf=("For og på vegne af {org}", "På vegne af hele {org}"),
    joint_behalf=("Dette høringssvar er fælles for {orgs}", "Afgivet i fællesskab af {orgs}",
                  "Brevet står {orgs} bag"),
    signatory_forms=("{name}, {org} ({role})", "{role} {name} – {org}", "{org}: {role} {name}"),
    forward_marks=("------ Videresendt e-mail ------",),
    webform=("Navn på den der svarer: ", "Kvitteringsmail: ", "Bopælsadresse: ",
             "Dine kommentarer til udkastet:"),
    firstname_closings=("Mvh. fra", "Tak og hav det godt", "Mange hilsener herfra"),
    version_closing=("Hilsen igen",),
    campaign_closing=("Med håb om opbakning",),
)  # fmt: skip

# Words of this part's own layouts (labelled and English template cells, phones' footers,
# thread replies, corrections, the citizen service's notes, logos, joint contacts, footers):
# none of them is in an older style either.
V8_LABELS = ("Afsenderens navn: ", "Evt. organisation: ", "Kontaktmail: ", "Name: ",
             "Organisation: ", "E-mail address: ", "Responding as: ", "Local resident",
             "Not applicable", "Rettelse til mit høringssvar", "Sendt fra Outlook til iOS",
             "Sendt fra min Galaxy", "Hent Outlook til Android", "Kontakt for {org}: ",
             "Notat fra Borgerservice", "Sagsbehandler, Borgerservice", "Ikke relevant",
             "Denne e-mail kan indeholde fortrolige oplysninger")  # fmt: skip
EN_COVERS = ("Please find the completed form attached.", "The filled-in template is attached.")
MOBILE_FOOTERS = ("Sendt fra Outlook til iOS", "Sendt fra min Galaxy", "Hent Outlook til Android")
# How a phone's or a web client's quote header introduces the mail replied to.
QUOTE_HEADS = ("Den {day}. okt. 2026 kl. 14.{mm} skrev {who}:",
               "{day}. okt. 2026 14.{mm} skrev {who}:",
               "On {day} Oct 2026, at 14:{mm}, {who} wrote:")  # fmt: skip
# Logos' alt text as mail programs print them in the text part.
LOGOS = ("[cid:image001.png@01DB2C4F.8A7E3D10]", "[Logo]", "[billede: {org} logo]")

# The municipality's own staff who forward mail in this part (from the citizen service).
V8_COLLEAGUES = ("Lotte Ravnholt <lora@nordkysten.example.dk>",
                 "Mikael Trøjborg <mitr@nordkysten.example.dk>")  # fmt: skip

# The officer whose invitation or receipt a citizen replies to (quoted; no party).
OFFICER = ("Gry Høgsbro", "gryh@nordkysten.example.dk", "Planlægger, Nordkysten Kommune")

V8_FREE = ("gmx.de", "tdcspace.dk", "yahoo.se", "zoho.com", "hotmail.no", "fastmail.com",
           "tdcspace.dk", "fastmail.com")  # fmt: skip

# Held-out part of evaluation set v8: the people, organisations, places and domains.
V8 = Pool(
    first=(
        # Danish, older and younger, double first names written with a space
        "Hjalmar", "Edel", "Aage", "Gudrun", "Holger", "Laust", "Thyra", "Esther", "Jeppe",
        "Sofus", "Viggo", "Alma", "Karla", "Merle", "Bjarne", "Yvonne", "Hans Jørgen",
        "Karen Margrethe", "Mogens Peder", "Grete Lis", "Eigil Kristian",
        # Greenlandic and Faroese
        "Nukaaka", "Kunuk", "Ivalo", "Paninnguaq", "Heðin", "Jóhanna", "Bárður", "Sunnvá",
        # Arabic, Somali, Polish, Ukrainian
        "Yousef", "Layla", "Mahmoud", "Ranya", "Khaled", "Dalia", "Faadumo", "Abdiweli",
        "Ayaan", "Mursal", "Grzegorz", "Beata", "Wojciech", "Dorota", "Mykola", "Halyna",
        "Yaroslav", "Nataliia",
    ),
    last=(
        "Rosenkilde", "Munksgaard", "Tarp", "Elkjær", "Kragelund", "Nymark", "Hedegaard-Lund",
        "Tarp-Nielsen", "Gyldenholm", "Ravnsbæk", "Stampe", "Bilde", "van Dijk", "de la Cour",
        "af Ekenstam", "von Benzon", "de Thurah", "Motzfeldt", "Heilmann", "Olsvig", "Joensen",
        "Hammershaimb", "Niclasen", "Al-Khouri", "Mansour", "Darwish", "Haj Ahmad", "Egal",
        "Abdulle", "Nur", "Mazur", "Krawczyk", "Dąbrowska", "Tkachenko", "Melnyk", "Savchuk",
    ),
    orgs=(
        ("Afdelingsbestyrelsen for Rønnebærparken", "organisation"),
        ("Foreningen Åben Dør Hvedemarken", "organisation"),
        ("Somalisk Kvindenetværk Marbæk", "organisation"),
        ("Polsk Lørdagsskole Nordkysten", "organisation"),
        ("Grønlandske Familier i Marbæk", "organisation"),
        ("Ukrainsk Frivilliggruppe Marbæk", "organisation"),
        ("Sejlklubben Marbæk Havn", "organisation"),
        ("Marbæk Lokalhistoriske Forening", "organisation"),
        ("Netværket Nye Naboer Hvedemarken", "organisation"),
        ("Værestedet Lygtepælen", "organisation"),
        ("Arabisk Kulturhus Nordkysten", "organisation"),
        ("Marbæk Blomster & Planter ApS", "company"),
        ("Tarp Byg og Anlæg A/S", "company"),
        ("Hedebo Vikarservice ApS", "company"),
        ("Fiskehuset Marbæk I/S", "company"),
        ("Tolkegruppen Babel IVS", "company"),
        ("Skolebestyrelsen ved Marbækskolen", "authority"),
        ("Nordkysten Kommunes Ældreråd", "authority"),
        ("Nordkysten Kommunes Handicapråd", "authority"),
        ("Nordkysten Kommunes Integrationsråd", "authority"),
        ("Ungdommens Uddannelsesvejledning Nordkysten", "authority"),
    ),
    lookalike_orgs=("Thit Jensen Fonden", "Ebba Lund Centret", "Hans Scherfig Huset"),
    lookalike_last=("Klubgaard", "Centerholm", "Fondahl"),
    streets=("Hvedemarken", "Rønnebærvej", "Skovspurvevej", "Gyvelvænget", "Præstevangen",
             "Ellekildevej", "Tranebærvej", "Byvolden", "Nattergalevej"),
    towns=(("5500", "Middelfart"), ("6100", "Haderslev"), ("7000", "Fredericia"),
           ("7800", "Skive"), ("8800", "Viborg"), ("4400", "Kalundborg"),
           ("3600", "Frederikssund"), ("2750", "Ballerup")),
    isp=("marbaeknet.dk", "kystkabel.dk"),
    company_domains=("nordfisk-ekspres.dk", "marbaek-vaerft.dk"),
    free=V8_FREE,
    style=V8_STYLE,
    colleagues=V8_COLLEAGUES,
)  # fmt: skip

# Organisations that appear in this part's special shapes only: the housing association a
# section's board belongs to (named, no party).
HOUSING_ASSOCIATION = "Boligselskabet Kystbo"
