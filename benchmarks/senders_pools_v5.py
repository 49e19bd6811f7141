"""Name pools and phrasings of the senders' evaluation set v5's held-out part: none of them
is used by set v4 (``senders_pools``: dev, dev extra, stale, fresh), so no rule can have been
tuned to them (``benchmarks/senders_generate.py`` draws the part, its test checks the pools)."""

from __future__ import annotations

from benchmarks.senders_pools import Pool, Style

# The words: none of them is in any set v4 style (compared without case, trailing colons and
# dots). Some common ones the issue lists ("Hilsen", "De bedste hilsner", "Som privatperson",
# "Kontakt:", "Tlf.nr.", "Mobil", "Mail:", "E:", "-----Oprindelig meddelelse-----") are in set
# v4 already and so are not here; "For {org}" above one signer is new, though set v4 has "For"
# before a list of organisations ("For {orgs}").
V5_STYLE = Style(
    closings=("Med bedste hilsner", "Varme hilsner", "Med venlig hilsen og god arbejdslyst",
              "Hilsen og tak",
              "Mange venlige hilsner", "Med høflig hilsen", "Best regards"),
    roles=("forperson", "kredsformand", "afdelingsformand", "institutionsleder",
           "udviklingskonsulent", "faglig sekretær", "sekretariatschef", "områdeleder",
           "projektmedarbejder", "bestyrelsesforperson"),
    v_seps=(" – v. ", " – ved ", ", v/ "),
    kontakt=("Yderligere spørgsmål til ", "Kontaktinfo: ", "Yderligere oplysninger ved "),
    kontakt_short=("Ved spørgsmål: ", "Kontaktinfo – "),
    kontakt_plural=("Uddybning kan fås hos ", "Kontaktpersoner for svaret: "),
    phone_labels=("Telefonnr.: ", "M: ", "Direkte: ", "Telefon (dagtid): "),
    mail_labels=("E-post: ", "Mailadr.: ", "Epost: "),
    role_forms=("{role} i bestyrelsen for {org}", "{role} · {org}", "{role}, på vegne af {org}"),
    private_marks=("Som beboer i kommunen", "Personligt høringssvar", "Privat henvendelse",
                   "Borger i Nordkysten Kommune"),
    slash=(" // ", "; "),
    and_words=(" sammen med ", " + "),
    template_covers=("Hermed fremsendes vores høringssvar.", "Vores høringssvar følger vedhæftet.",
                     "I vedhæftede fil findes vores svar."),
    letter_covers=("Hermed fremsendes høringssvar.", "Høringsbrevet er vedlagt som fil.",
                   "Vores brev til høringen følger vedhæftet."),
    headings=("Høringssvar – {org}", "{org}: høringssvar til integrationspolitikken",
              "Svar på høringen fra {org}"),
    behalf=("For {org}", "Bestyrelsen for {org}"),
    joint_behalf=("Høringssvaret er udarbejdet af {orgs}",
                  "Følgende står sammen om svaret: {orgs}", "Afgivet af {orgs}"),
    signatory_forms=("{name} – {role} – {org}", "{org} ved {role} {name}"),
    forward_marks=("Start på videresendt besked:", "________________________________"),
    webform=("Navn på indsender: ", "Din e-mail: ", "Postadresse: ", "Bemærkninger:"),
    firstname_closings=("Hilsen og tak", "Varme hilsner", "Mange gode hilsner"),
    version_closing=("Med bedste hilsner", "Hilsen og tak"),
    campaign_closing=("Varme hilsner",),
)  # fmt: skip

# The municipality's own staff who forward mail in this part.
V5_COLLEAGUES = ("Lotte Brask <lobr@nordkysten.example.dk>",
                 "Ahmad Rahimi <ahra@nordkysten.example.dk>")  # fmt: skip

# Free-mail providers and ISPs of this part (private citizens' addresses).
V5_FREE = ("gmx.net", "live.com", "aol.com", "yahoo.co.uk", "me.com", "stofanet.dk",
           "webspeed.dk", "post.tele.dk", "gmx.net", "live.com")  # fmt: skip

# Held-out part of evaluation set v5: the people, organisations, places and domains.
V5 = Pool(
    first=(
        # Danish
        "Bodil", "Poul", "Inger", "Kim", "Helle", "Steen", "Lone", "Preben", "Susanne",
        "Kenneth", "Mathilde", "Villads", "Alberte", "Carl-Emil", "Ane-Mette", "Tage", "Gunnar",
        # Arabic, Turkish, Somali
        "Walid", "Salma", "Tariq", "Rasha", "Jamal", "Huda", "Burak", "Esra", "Serkan",
        "Gülşen", "Murat", "Özlem", "Abdiqani", "Ifrah", "Faisal", "Sahra", "Liban",
        # Vietnamese, Polish, Ukrainian, Tamil
        "Thanh", "Phuong", "Dung", "Huong", "Katarzyna", "Tomasz", "Paweł", "Magdalena",
        "Oksana", "Taras", "Iryna", "Bohdan", "Olena", "Kumaran", "Priya", "Tharshan",
        "Vithya", "Senthil",
    ),
    last=(
        "Brøndum", "Overgaard", "Fogh", "Nygaard", "Lassen", "Ravn", "Riis", "Schou",
        "Bundgaard", "Møller-Lund", "Fogh-Andersen", "Hjort-Poulsen", "bin Rashid",
        "al-Khatib", "Al-Masri", "van der Linden", "de la Cruz", "Haidari", "Nasser",
        "Arslan", "Koç", "Yıldız", "Kılıç", "Hirsi", "Jama", "Guled", "Phan", "Dang", "Bui",
        "Kamińska", "Wójcik", "Shevchenko", "Kovalenko", "Bondarenko", "Sivakumar",
        "Rajendran", "Thevarajah",
    ),
    orgs=(
        ("Foreningen Sprogbroen", "organisation"),
        ("Beboerforeningen Tranehaven", "organisation"),
        ("Afdelingsbestyrelsen i Kildeparken", "organisation"),
        ("Boligafdelingen Skovlunden", "organisation"),
        ("Integrationsnetværket Vest", "organisation"),
        ("Netværk for Flygtningevenner Nord", "organisation"),
        ("3F Nordkysten", "organisation"),
        ("FOA Nordkysten", "organisation"),
        ("Nordkystens Lærerkreds", "organisation"),
        ("Ældre Sagen Nordkysten", "organisation"),
        ("Dansk Folkehjælp Nordkysten", "organisation"),
        ("Fonden for Socialt Ansvar Nord", "organisation"),
        ("Kildehøj Fonden", "organisation"),
        ("Center for Frivilligt Socialt Arbejde Nord", "organisation"),
        ("Tolkehuset Øst ApS", "company"),
        ("Byens Vinduespolering I/S", "company"),
        ("Nordkyst Energi A/S", "company"),
        ("Kaffebaren Bønnen ApS", "company"),
        ("Folkeoplysningsudvalget", "authority"),
        ("Social- og Sundhedsudvalget", "authority"),
        ("Udsatterådet i Nordkysten", "authority"),
        ("Styrelsen for Integration og Sprog", "authority"),
        ("Kildeskolen", "authority"),
        ("Søndermarkskolen", "authority"),
        ("Sankt Pauls Menighedsråd", "authority"),
        ("Sundhedsplejen, Nordkysten Kommune", "authority"),
    ),
    lookalike_orgs=("Kaj Munk Fonden", "Ellen Hørup Skolen", "Jeppe Aakjær Huset"),
    lookalike_last=("Kirkelund", "Husum", "Rådsted"),
    streets=("Jagtvej", "Grøndalsvej", "Ryesgade", "Hvidovrevej", "Roskildevej",
             "Ålekistevej", "Brønshøjvej", "Gammel Køge Landevej"),
    towns=(("2500", "Valby"), ("2650", "Hvidovre"), ("8900", "Randers C"), ("2730", "Herlev"),
           ("5700", "Svendborg"), ("7400", "Herning")),
    isp=("lokalnet-vest.dk", "dkbredbaand.dk"),
    company_domains=("vindmoellefabrikken.dk", "havnesilo.dk"),
    free=V5_FREE,
    style=V5_STYLE,
    colleagues=V5_COLLEAGUES,
)  # fmt: skip
