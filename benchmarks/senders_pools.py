"""Name pools and phrasings of the senders' evaluation set: the development part's and the
fresh held-out part's, which share no first name, surname, organisation, street, town, mail
domain, closing, role, label or separator (``benchmarks/senders_generate.py`` uses them)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Style:
    """The words a response is written in: closings, roles, labels, separators, forms.

    A form with one choice is used as is (no draw), so the development part made before the
    styles existed is drawn the same way."""

    closings: tuple[str, ...]
    roles: tuple[str, ...]
    v_seps: tuple[str, ...]  # "Org v. Name"
    kontakt: tuple[str, ...]  # "Kontaktperson: Name" in the cell
    kontakt_short: tuple[str, ...]  # "Kontakt: Name, e-mail" after a CVR
    kontakt_plural: tuple[str, ...]  # "Kontaktpersoner: A og B"
    phone_labels: tuple[str, ...]
    mail_labels: tuple[str, ...]
    role_forms: tuple[str, ...]  # the line under a signer's name; {role}, {org}
    private_marks: tuple[str, ...]  # the cell's first line for a private person
    slash: tuple[str, ...]  # "Privatperson / Name / address"
    and_words: tuple[str, ...]  # "A og B"
    template_covers: tuple[str, ...]
    letter_covers: tuple[str, ...]
    headings: tuple[str, ...]  # a letter's heading naming its organisation; {org}
    behalf: tuple[str, ...]  # "På vegne af bestyrelsen i {org}"
    joint_behalf: tuple[str, ...]  # a joint letter's line naming all; {orgs}
    signatory_forms: tuple[str, ...]  # one signer of several; {name}, {role}, {org}
    forward_marks: tuple[str, ...]
    webform: tuple[str, str, str, str]  # name, e-mail, address labels, the text's label
    firstname_closings: tuple[str, ...]
    version_closing: tuple[str, ...]
    campaign_closing: tuple[str, ...]


DEV_STYLE = Style(
    closings=("Venlig hilsen", "Med venlig hilsen", "Mvh.", "Mvh", "Bedste hilsner",
              "Kind regards", "De bedste hilsner", "Venlige hilsner", "Hilsen"),
    roles=("formand", "næstformand", "daglig leder", "koordinator", "forstander", "sekretær",
           "projektleder", "klubleder", "chefkonsulent", "kasserer"),
    v_seps=(" v. ", " v/ ", ", v. ", " ved "),
    kontakt=("Kontaktperson: ",),
    kontakt_short=("Kontakt: ",),
    kontakt_plural=("Kontaktpersoner: ",),
    phone_labels=("Tlf. ", "Mobil: ", "", "tlf: "),
    mail_labels=("", "E-mail: ", "Mail: "),
    role_forms=("{role}", "{role}, {org}", "{role} for {org}"),
    private_marks=("Privatperson",),
    slash=(" / ",),
    and_words=(" og ",),
    template_covers=("Hermed vores høringssvar.", "Se vedhæftede høringssvar.",
                     "Høringssvar vedhæftet.", ""),
    letter_covers=("Hermed høringssvar.", "Se vedhæftede.",
                   "Vedhæftet finder I vores bemærkninger."),
    headings=("Høringssvar fra {org}", "Fra {org}",
              "Høringssvar fra {org} vedr. udkast til integrationspolitik"),
    behalf=("På vegne af bestyrelsen i {org}",),
    joint_behalf=("På vegne af {orgs}", "Høringssvar fra {orgs}"),
    signatory_forms=("{name}, {role}, {org}", "{name}, {role} i {org}"),
    forward_marks=("---------- Videresendt meddelelse ----------",),
    webform=("Navn: ", "E-mail: ", "Adresse: ", "Høringssvar:"),
    firstname_closings=("Mvh", "Hilsen", "Venlig hilsen"),
    version_closing=("Mvh",),
    campaign_closing=("Venlig hilsen",),
)  # fmt: skip

# The development part's second round (DEV_EXTRA): more ways of writing the same things, to
# tune on; none of them is in FRESH_STYLE.
DEV_EXTRA_STYLE = Style(
    closings=("Venligst", "Hilsner fra", "Med venlig hilsen og tak",
              "Venlig hilsen og tak for ordet", "Med venlig hilsen", "Bedste hilsner"),
    roles=("formand", "næstforperson", "pastor", "afdelingsleder", "sekretariatsleder",
           "bestyrelsesformand", "indehaver", "menighedsrådsformand", "kontorchef",
           "tillidsrepræsentant"),
    v_seps=(" v. ", " c/o ", " ved ", ", att. "),
    kontakt=("Kontaktperson for høringssvaret: ", "Spørgsmål kan rettes til ", "Kontakt: "),
    kontakt_short=("Kontaktperson: ", "Kontakt: "),
    kontakt_plural=("Kontaktpersoner: ", "Kontakter: "),
    phone_labels=("Tlf.nr.: ", "Mobilnr. ", "Tlf: "),
    mail_labels=("Mail: ", "E-mail: ", "Mailadresse: "),
    role_forms=("{role}", "{role}, {org}", "{role} for {org}", "{role} hos {org}"),
    private_marks=("Privatperson", "Privat borger", "Som privatperson"),
    slash=(" / ", ", "),
    and_words=(" og ",),
    template_covers=DEV_STYLE.template_covers,
    letter_covers=DEV_STYLE.letter_covers,
    headings=("Høringssvar fra {org}", "Høringssvar vedr. integrationspolitikken fra {org}",
              "Fra: {org}"),
    behalf=("På vegne af bestyrelsen i {org}", "På vegne af {org}", "{org}s bestyrelse"),
    joint_behalf=("På vegne af {orgs}", "Høringssvar fra {orgs}", "Fælles svar fra {orgs}",
                  "Dette svar er sendt på vegne af {orgs}"),
    signatory_forms=("{name}, {role}, {org}", "{name}, {role} i {org}", "{name}, {org}",
                     "{name} / {org}"),
    forward_marks=DEV_STYLE.forward_marks,
    webform=DEV_STYLE.webform,
    firstname_closings=DEV_STYLE.firstname_closings,
    version_closing=("Mvh", "Med venlig hilsen"),
    campaign_closing=DEV_STYLE.campaign_closing,
)  # fmt: skip

# The fresh held-out part's words: none of them is in DEV_STYLE or DEV_EXTRA_STYLE.
FRESH_STYLE = Style(
    closings=("Med hilsen", "Hjertelig hilsen", "Med de venligste hilsner",
              "Tak for ordet og venlig hilsen", "Venlig hilsen / Best regards",
              "Med venlig hilsen og på gensyn", "Hilsner"),
    roles=("bestyrelsesmedlem", "direktør", "sognepræst", "skoleleder", "centerchef",
           "talsperson", "tovholder", "frivilligkoordinator", "forkvinde", "souschef"),
    v_seps=(" - v. ", " v/", ", ved "),
    kontakt=("Kontaktperson er ", "Kontakt vedr. høringssvaret: "),
    kontakt_short=("Att.: ", "Kontaktperson - "),
    kontakt_plural=("Kontaktpersoner er ",),
    phone_labels=("Telefon: ", "Mob. ", "T: "),
    mail_labels=("E: ", "Email: ", "e-mail: "),
    role_forms=("{role} i {org}", "{role} - {org}", "{role} ved {org}"),
    private_marks=("Borger", "På egne vegne", "Privat"),
    slash=(" | ", " - "),
    and_words=(" & ", " samt "),
    template_covers=("Vedlagt vores høringssvar.", "Høringssvaret er vedhæftet.",
                     "Hermed vores bemærkninger til udkastet."),
    letter_covers=("Vedlagt vores høringssvar.", "Se venligst vedhæftede fil.",
                   "Hermed vores bidrag til høringen."),
    headings=("Høringsbidrag fra {org}", "Bemærkninger fra {org} til udkast til politik",
              "Afsender: {org}"),
    behalf=("For bestyrelsen i {org}", "På bestyrelsens vegne, {org}"),
    joint_behalf=("Fælles høringssvar fra {orgs}", "For {orgs}"),
    signatory_forms=("{name} ({role}), {org}", "{org}: {name}, {role}"),
    forward_marks=("-----Oprindelig meddelelse-----", "Begin forwarded message:"),
    webform=("Fulde navn: ", "E-mailadresse: ", "Bopæl: ", "Dit høringssvar:"),
    firstname_closings=("Hjertelig hilsen", "Med hilsen", "Hilsner"),
    version_closing=("Med de venligste hilsner", "Med hilsen"),
    campaign_closing=("Hjertelig hilsen",),
)  # fmt: skip


@dataclass(frozen=True)
class Pool:
    first: tuple[str, ...]
    last: tuple[str, ...]
    orgs: tuple[tuple[str, str], ...]  # name, kind
    lookalike_orgs: tuple[str, ...]  # organisations named like people
    lookalike_last: tuple[str, ...]  # surnames with organisation words in them
    streets: tuple[str, ...]
    towns: tuple[tuple[str, str], ...]
    isp: tuple[str, ...]  # private mail at providers no list knows
    company_domains: tuple[str, ...]  # workplaces whose address a citizen uses privately
    free: tuple[str, ...] = ()  # common free-mail providers (FREE when empty)
    style: Style = field(default_factory=lambda: DEV_STYLE)
    colleagues: tuple[str, ...] = ()  # the municipality's staff who forward (COLLEAGUES)


DEV = Pool(
    first=(
        "Mette", "Anne", "Lars", "Jens", "Søren", "Camilla", "Mads", "Louise", "Rasmus", "Ida",
        "Mikkel", "Freja", "Karim", "Fatima", "Ahmed", "Zeynep", "Mehmet", "Leyla", "Minh",
        "Olga", "Piotr", "Anne-Sofie", "Hans-Henrik", "Marie-Louise", "Jakob", "Sara", "Nadia",
        "Rania", "Jesper", "Ditte", "Erik", "Gert", "Paul", "Marco", "Amina", "Yusuf", "Hanne",
        "Kirsten", "Bent", "Niels", "Trine", "Maja", "Emil", "Noah", "Aisha", "Hiba", "Tuan",
        "Çağla", "Şükrü", "Ngoc", "Thu", "Hoang", "Ewa", "Małgorzata", "Jürgen", "Åse",
        "Øystein", "Bjørk", "Jens-Peter", "Kirsten-Marie", "Abdirahman", "Hodan", "Fadumo",
    ),
    last=(
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Poulsen", "Bøgh-Nielsen", "Al-Amiri", "Özdemir", "Nguyen", "Yilmaz", "Kowalski",
        "Lindqvist", "Damgaard", "Møller Aziz", "Brink", "Holt", "Korvig", "Vangsgaard",
        "Bloch", "Yusuf", "Kjær", "Dam", "Berg", "Ebbesen", "Laursen", "Kaya", "Haddad",
        "Ly", "Vu", "Pham", "Çelik", "Öztürk", "Güneş", "Wiśniewski", "Hansen Mohamud",
        "de Vries", "O'Neill", "Ali",
    ),
    orgs=(
        ("Foreningen Gode Naboer i Nordvest", "organisation"),
        ("Boligselskabet Havbo", "organisation"),
        ("Nordkystens Sprogcenter", "organisation"),
        ("Ungdomsklubben Meteoren", "organisation"),
        ("Foreningen Fælles Fodslag", "organisation"),
        ("Nordkystens Erhvervsforum", "organisation"),
        ("Integrationsrådet i Nordkysten", "authority"),
        ("Tingbjerg Skole", "authority"),
        ("Jobcenter Nordkysten", "authority"),
        ("Havnens Rengøring ApS", "company"),
        ("Nordlys Konsulenterne A/S", "company"),
        ("Dansk Flygtningehjælp Frivillig Nordkysten", "organisation"),
        ("Nørrebro Ungdomshus", "organisation"),
        ("Frivilligcenter Nord", "organisation"),
        ("Mødrehjælpen Nordkysten", "organisation"),
        ("LOF Nordkysten", "organisation"),
        ("Kvindernes Netværk i Vest", "organisation"),
        ("Boligforeningen Lysgården", "organisation"),
        ("Idrætsforeningen Vestervang", "organisation"),
        ("Sundhedshuset Nordvest", "authority"),
        ("Red Barnet Nordkysten", "organisation"),
        ("Mødestedet Lyset", "organisation"),
        ("Kvarterløft Nordvest", "organisation"),
        ("SAND Nordkysten", "organisation"),
        ("Nydansker i Job", "organisation"),
        ("Børne- og Ungdomsforvaltningen, Nordkysten Kommune", "authority"),
        ("Café Hjertestarter", "organisation"),
        ("Lokalrådet Østerbro", "organisation"),
    ),
    lookalike_orgs=("Karen Blixen Museet", "Carl Nielsen Selskabet", "H.C. Andersen Skolen",
                    "Niels Bohr Instituttet", "Ole Rømer Observatoriet", "Tove Ditlevsen Skolen",
                    "Hans Christian Ørsted Kollegiet"),
    lookalike_last=("Kirkegaard", "Skovhus", "Husted", "Klubæk"),
    streets=("Nørrebrogade", "Æbeløvej", "Strandvejen", "Havnegade", "Lindealle", "Skolebakken",
             "Kirkestræde", "Møllevej", "Birkeparken", "Sankt Hans Gade"),
    towns=(("2200", "København N"), ("8000", "Aarhus C"), ("5000", "Odense C"),
           ("2400", "København NV"), ("3000", "Helsingør")),
    isp=("fiberpost.dk", "nordnet.dk", "bynet.dk"),
    company_domains=("novotek.dk", "bygma-nord.dk"),
)  # fmt: skip

STALE = Pool(
    first=(
        "Birgitte", "Kasper", "Line", "Morten", "Pernille", "Thomas", "Signe", "Anders",
        "Emma", "Frederik", "Yasmin", "Omar", "Ayşe", "Hüseyin", "Linh", "Quang", "Jan",
        "Agnieszka", "Eva-Marie", "Per-Olof", "Lise", "Ole", "Karin", "Dorthe", "Bashir",
        "Samira", "Henrik", "Tove", "Viktor", "Ingrid", "Ali", "Mariam",
    ),
    last=(
        "Johansen", "Petersen", "Mortensen", "Knudsen", "Jakobsen", "Frederiksen",
        "Mikkelsen", "Henriksen", "Lund", "Holm", "Schmidt", "Æbelø-Rasmussen", "Al-Hassan",
        "Şahin", "Tran", "Demir", "Nowak", "Vestergaard", "Frandsen Abdi", "Gregersen",
        "Iversen", "Winther", "Østergaard", "Ibrahim", "Le", "Carlsen",
    ),
    orgs=(
        ("Beboerforeningen Solgården", "organisation"),
        ("Kulturhuset Pavillonen", "organisation"),
        ("Ældrerådet i Nordkysten", "authority"),
        ("Strandskolen", "authority"),
        ("Bydelsmødrene i Vest", "organisation"),
        ("FDF Nordkysten", "organisation"),
        ("Ronja Consult ApS", "company"),
        ("Grundejerforeningen Engparken", "organisation"),
        ("Netværket for Nydanske Kvinder", "organisation"),
        ("Socialforvaltningen, Nordkysten Kommune", "authority"),
        ("Fritidsklubben Stjernen", "organisation"),
        ("Foreningen Sammen om Sproget", "organisation"),
    ),
    lookalike_orgs=("Johannes Larsen Museet", "Poul Henningsen Fonden", "Grethe Bach Skolen"),
    lookalike_last=("Kirkeby", "Bækhus", "Rådgaard"),
    streets=("Vesterbrogade", "Østre Allé", "Engtoften", "Solsikkevej", "Brydes Allé",
             "Kongensgade", "Fasanvej"),
    towns=(("2300", "København S"), ("9000", "Aalborg"), ("4000", "Roskilde"),
           ("7100", "Vejle")),
    isp=("bredband-nord.dk", "andelsnet.dk"),
    company_domains=("maersk-line.example.com", "dsv-nord.dk"),
)  # fmt: skip

FREE = ("gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk",
        "icloud.com", "mail.dk", "gmail.com", "gmail.com")  # fmt: skip

# Organisations added to the development part for tuning (issue 14, second round): the
# common name forms ("Foreningen …", "… Forening", "… A/S", "… ApS", "… I/S", "… Råd",
# "… Udvalg", "Dansk …", "… Kommune", "… Skole", "… Menighedsråd").
DEV_EXTRA = Pool(
    first=DEV.first,
    last=DEV.last,
    orgs=(
        ("Foreningen Nabohjælp Nordvest", "organisation"),
        ("Lejernes Forening Havbo", "organisation"),
        ("Byggeriet Strand I/S", "company"),
        ("Grønt Køkken ApS", "company"),
        ("Tolkeservice Nord A/S", "company"),
        ("Handicaprådet i Nordkysten", "authority"),
        ("Lokaludvalget Nordvest", "authority"),
        ("Dansk Ungdoms Samråd Nord", "organisation"),
        ("Dansk Sprogforum", "organisation"),
        ("Havnely Skole", "authority"),
        ("Sankt Lukas Menighedsråd", "authority"),
        ("Kultur- og Fritidsudvalget", "authority"),
        ("Teknik- og Miljøforvaltningen, Nordkysten Kommune", "authority"),
        ("Nordkysten Kommune", "authority"),
        ("Kvindeforeningen Ravnen", "organisation"),
        ("Beboerrådet Lysgården", "organisation"),
    ),
    lookalike_orgs=DEV.lookalike_orgs,
    lookalike_last=DEV.lookalike_last,
    streets=DEV.streets,
    towns=DEV.towns,
    isp=DEV.isp,
    company_domains=DEV.company_domains,
    style=DEV_EXTRA_STYLE,
)

# The fresh held-out part (evaluation set v4): names, places, domains and words that no
# development response uses, drawn with their own seed.
FRESH = Pool(
    first=(
        "Vibeke", "Torben", "Lene", "Claus", "Malene", "Jonas", "Astrid", "Magnus",
        "Cecilie", "Oliver", "Hassan", "Khadija", "Abdullah", "Nour", "Elif", "Emre", "Duc",
        "Mai", "Krzysztof", "Joanna", "Ann-Britt", "Karl-Johan", "Poul-Erik", "Gitte", "Finn",
        "Rikke", "Sanne", "Asger", "Mustafa", "Farah", "Dawit", "Senait", "Kofi", "Sigrid",
        "Aksel", "Ulla",
    ),
    last=(
        "Eriksen", "Bach", "Krogh", "Kjeldsen", "Nørgaard", "Clausen", "Bech", "Dahl",
        "Svendsen", "Lauridsen", "Søndergaard-Jensen", "El-Sayed", "Aydın", "Doğan", "Trinh",
        "Zieliński", "Lewandowska", "Warsame", "Tesfaye", "Mensah", "van der Berg", "Juhl",
        "Holm-Larsen", "Skov", "Toft", "Abbas",
    ),
    orgs=(
        ("Foreningen Broen til Arbejde", "organisation"),
        ("Vestbyens Borgerforening", "organisation"),
        ("Kysthavn Entreprise I/S", "company"),
        ("Solbær Catering ApS", "company"),
        ("Nordtolk A/S", "company"),
        ("Seniorrådet i Nordkysten", "authority"),
        ("Lokaludvalget Østhavn", "authority"),
        ("Dansk Kvindesamfund Nordkysten", "organisation"),
        ("Danske Handicaporganisationer Nordkysten", "organisation"),
        ("Vestre Skole", "authority"),
        ("Østhavn Menighedsråd", "authority"),
        ("Børne- og Skoleudvalget", "authority"),
        ("Beskæftigelsesforvaltningen, Nordkysten Kommune", "authority"),
        ("Kulturhuset Remisen", "organisation"),
        ("Netværket Mødrene i Øst", "organisation"),
        ("Spejdergruppen Ravnene", "organisation"),
        ("Lejerforeningen Kildebakken", "organisation"),
        ("Ungdomsskolen Nordkysten", "authority"),
        ("Lektiecafeen i Østhavn", "organisation"),
        ("Østhavns Idrætsforening", "organisation"),
    ),
    lookalike_orgs=("Inge Lehmann Skolen", "Piet Hein Huset", "Marie Krøyer Fonden"),
    lookalike_last=("Kirkebjerg", "Husager", "Rådholm", "Skolegaard"),
    streets=("Amagerbrogade", "Tagensvej", "Kildevej", "Rosenvængets Allé", "Bispebjerg Bakke",
             "Frederikssundsvej", "Hedelyngen", "Bakkedraget"),
    towns=(("2100", "København Ø"), ("6700", "Esbjerg"), ("8200", "Aarhus N"),
           ("2770", "Kastrup"), ("4600", "Køge")),
    isp=("kystnet.dk", "fiberby.dk"),
    company_domains=("havnelogistik.dk", "vestkraft-el.dk"),
    free=("outlook.com", "yahoo.com", "protonmail.com", "msn.com", "jubii.dk", "ofir.dk",
          "outlook.com"),
    style=FRESH_STYLE,
)  # fmt: skip
