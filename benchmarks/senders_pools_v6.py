"""Name pools and phrasings of the senders' evaluation set v6's held-out part: none of them is
used by set v4 (``senders_pools``) or set v5 (``senders_pools_v5``), so no rule can have been
tuned to them (``benchmarks/senders_shapes_v6.py`` draws the part, its test checks the pools)."""

from __future__ import annotations

from benchmarks.senders_pools import Pool, Style

# The words: none of them is in a set v4 or set v5 style (compared without case, trailing
# colons, dots and dashes). Separators that differ from an older one only by its dash or comma
# (" – " for " - ", ", c/o " for " c/o ") were left out on purpose.
V6_STYLE = Style(
    closings=("Med de bedste hilsner", "Kærlig hilsen", "Vh", "Med venlige hilsner",
              "Tak for jeres arbejde og venlig hilsen", "Best wishes", "Venlig hilsen fra"),
    roles=("pædagogisk leder", "skolebestyrelsesformand", "administrerende direktør",
           "boligsocial medarbejder", "gruppeleder", "stifter", "partner", "imam",
           "konstitueret centerchef", "kirkeværge"),
    v_seps=(": ", ", repræsenteret ved ", " ∙ "),
    kontakt=("Henvendelser om svaret til ", "Kontaktperson i sagen: ", "Spørgsmål besvares af "),
    kontakt_short=("Vores kontakt: ", "Ansvarlig: "),
    kontakt_plural=("Henvendelser kan rettes til ", "Svaret er skrevet af "),
    phone_labels=("Telefonnummer: ", "Mobiltlf. ", "Tlf./sms: ", "Ring gerne på "),
    mail_labels=("E-mailadr.: ", "Skriv til: ", "E-postadresse: "),
    role_forms=("{role} | {org}", "{role} ({org})", "{role} / {org}"),
    private_marks=("Indsendt som privatperson", "Svar fra en borger", "Privat høringssvar",
                   "Jeg svarer på egne vegne", "Enkeltperson"),
    slash=(" · ", " • "),
    and_words=(" i samarbejde med ", " såvel som "),
    template_covers=("Vedhæftet er vores høringssvar i skabelonen.",
                     "Vi sender hermed vores svar i kommunens skabelon.",
                     "Skabelonen med vores bemærkninger er vedhæftet."),
    letter_covers=("Vi vedhæfter vores høringssvar som brev.",
                   "Brevet med vores bemærkninger ligger i vedhæftningen.",
                   "Se venligst det vedhæftede brev."),
    headings=("{org} – bemærkninger til integrationspolitikken", "Høringssvar afgivet af {org}",
              "Til Nordkysten Kommune fra {org}"),
    behalf=("Bestyrelsen, {org}", "Underskrevet for {org}"),
    joint_behalf=("Bag høringssvaret står {orgs}", "Undertegnede organisationer: {orgs}",
                  "Svaret gives i fællesskab af {orgs}"),
    signatory_forms=("{name} | {role} | {org}", "{role} {name}, {org}", "{org} – {name} ({role})"),
    forward_marks=("-------- Oprindelig besked --------", "-------- Videresendt besked --------",
                   "---------- Forwarded message ---------"),
    webform=("Indsenders navn: ", "Mailadresse til kvittering: ", "Vej og by: ",
             "Skriv dit svar her:"),
    firstname_closings=("Kh", "De varmeste hilsner", "Vh"),
    version_closing=("Med venlige hilsner", "Vh"),
    campaign_closing=("Kærlig hilsen",),
)  # fmt: skip

# The municipality's own staff who forward mail, and who signed the consultation's invitation.
V6_COLLEAGUES = ("Henrik Skaarup <hesk@nordkysten.example.dk>",
                 "Nasrin Jafari <naja@nordkysten.example.dk>")  # fmt: skip
INVITATION_SIGNER = ("Ulrik Bjerre", "fuldmægtig")

# People known by one name only (common in Afghanistan, Indonesia, parts of South India).
MONONYMS = ("Nasrullah", "Suharti", "Wahidullah", "Sukarni", "Gulalai")

V6_FREE = ("email.dk", "get2net.dk", "privat.dk", "gmx.com", "hotmail.co.uk", "youmail.dk",
           "tdcadsl.dk", "email.dk")  # fmt: skip

# Held-out part of evaluation set v6: the people, organisations, places and domains.
V6 = Pool(
    first=(
        # Danish, women's and men's, some hyphenated
        "Birthe", "Jørn", "Grethe", "Knud", "Else", "Flemming", "Jytte", "Leif", "Merete",
        "Ebbe", "Karoline", "Storm", "Liva", "Silas", "Asta", "Bertil", "Nanna", "Tobias",
        "Lise-Lotte", "Per-Kristian", "Guðrún", "Aputsiaq", "Nivi",
        # Afghan, Iranian, Kurdish, Syrian, Eritrean
        "Farhad", "Zahra", "Shirin", "Dariush", "Parisa", "Rojda", "Dilan", "Azad", "Rami",
        "Lina", "Ghassan", "Yonas", "Selam", "Merhawi",
        # Bosnian, Romanian, Lithuanian, Filipino, Pakistani, Chinese, Nigerian, Indian
        "Amra", "Edin", "Mirsad", "Ioana", "Andrei", "Rūta", "Maricel", "Rodel", "Imran",
        "Sadia", "Bilal", "Wei", "Xiaoling", "Chinedu", "Ngozi", "Arjun", "Ananya",
    ),
    last=(
        "Kofoed", "Bisgaard", "Lykke", "Munch", "Lundgaard", "Dalsgaard", "Refslund", "Ibsen",
        "Fabricius", "Kofoed-Hansen", "Brix-Jeppesen", "Munk-Petersen", "von Holstein",
        "de Lichtenberg", "ter Haar", "El Amrani", "Abu Hamdan", "ben Youssef", "Rahmani",
        "Karimi", "Hosseini", "Mohammadi", "Hadžić", "Begić", "Tesfamariam", "Ghebremedhin",
        "Popescu", "Ionescu", "Kazlauskas", "Chaudhry", "Iqbal", "Wang", "Zhang", "Santos",
        "Reyes", "Okafor", "Eze", "Kleist", "Lynge", "Patel",
    ),
    orgs=(
        ("Samrådet for Etniske Foreninger i Nordkysten", "organisation"),
        ("Den Eritreiske Forening i Nordkysten", "organisation"),
        ("Somalisk Forældreforening Nord", "organisation"),
        ("Skakklubben Springeren", "organisation"),
        ("Pensionistforeningen Guldåret", "organisation"),
        ("Forældrenetværket i Østerhøj", "organisation"),
        ("Netværket for Kvinder i Arbejde", "organisation"),
        ("Afdeling 14 Egebakken", "organisation"),
        ("Den Boligsociale Fond Nord", "organisation"),
        ("Egelund Fonden", "organisation"),
        ("HK Nordkysten", "organisation"),
        ("BUPL Nordkysten", "organisation"),
        ("Nordkysten Frimenighed", "organisation"),
        ("Det Islamiske Kulturcenter Nord", "organisation"),
        ("Østerhøj Friskole", "organisation"),
        ("Den selvejende daginstitution Solsikken", "organisation"),
        ("Østerhøj Rengøringsservice ApS", "company"),
        ("Havgus Bageri I/S", "company"),
        ("Nordkyst Tolke K/S", "company"),
        ("Kystlandets Revision P/S", "company"),
        ("Sprogværket A/S", "company"),
        ("Ungdomsrådet i Nordkysten", "authority"),
        ("Børne- og Familieudvalget", "authority"),
        ("Egeskolen", "authority"),
        ("Egeskolens Skolebestyrelse", "authority"),
        ("Vuggestuen Troldeskoven, Nordkysten Kommune", "authority"),
        ("Sankt Mortens Sogns Menighedsråd", "authority"),
        ("Region Nordkysten", "authority"),
        ("Statens Center for Sprogundervisning", "authority"),
    ),
    lookalike_orgs=("Thora Vinding Skolen", "Elmer Dalsgaard Fonden", "Gudrun Lykke Selskabet"),
    lookalike_last=("Kirketerp", "Husfeldt", "Rådberg"),
    streets=("Toftegårds Allé", "Vibevej", "Sallingvej", "Søndre Fasanvej", "Ramsingsvej",
             "Kastanievej", "Pilestræde", "Lærkevej", "Teglværksgade"),
    towns=(("2800", "Kongens Lyngby"), ("9200", "Aalborg SV"), ("6000", "Kolding"),
           ("8600", "Silkeborg"), ("4200", "Slagelse"), ("2620", "Albertslund"),
           ("3400", "Hillerød")),
    isp=("fibianet.dk", "kystfiber.dk"),
    company_domains=("sygehus-nordkyst.dk", "kystbanen-drift.dk"),
    free=V6_FREE,
    style=V6_STYLE,
    colleagues=V6_COLLEAGUES,
)  # fmt: skip
