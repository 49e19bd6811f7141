"""Words and phrases that shape a letter: closings, signatories' and members' labels,
headings naming the sender (the letters' part of the lexicon)."""

from __future__ import annotations

import re

# -- letters ----------------------------------------------------------------------------------
CLOSING = re.compile(
    r"^\s*(?:(?:med\s+)?(?:de\s+)?(?:venligste|bedste|kærligste|hjertelig(?:e|ste)?)\s+"
    r"hils(?:en|e?ner)|med\s+hilsen|"
    # 'Tak for ordet og venlig hilsen', 'Tak for jeres arbejde og mange hilsner'
    r"tak\s+for\s+(?:[\wæøå]+\s+){1,3}?og\s+(?:venlig(?:st)?|mange|de\s+bedste|bedste)\s+"
    r"hils(?:en|e?ner)|"
    r"(?:med\s+)?venlig(?:st)?\s+hilsen|venlige\s+hils(?:e?ner|en)|(?:de\s+)?bedste\s+hils(?:en|e?ner)|"
    r"mange\s+(?:venlige\s+|gode\s+)?hils(?:e?ner|en)|kærlig(?:st)?\s+hilsen|"
    r"hilsen|hils(?:e?ner)|"
    r"m\.?\s?v\.?\s?h\.?|vh\.?|mvh\.?|med\s+kærlig\s+hilsen|på\s+forhånd\s+tak|"
    r"tak\s+for\s+ordet|kind\s+regards|best\s+regards|warm\s+regards|regards|"
    r"yours\s+sincerely|sincerely|best|cheers|på\s+vegne\s+af|p\.\s?v\.?|pva\.?|"
    r"for\s+bestyrelsen|på\s+bestyrelsens\s+vegne|på\s+foreningens\s+vegne|"
    r"(?:with\s+)?(?:best|kind|warm|warmest)\s+(?:regards|wishes)|"
    # any greeting ending in 'hilsen'/'hilsner': 'Med solidarisk hilsen', 'Varme hilsner'
    r"(?:med\s+)?(?:[\wæøå]+\s+){1,3}hils(?:en|e?ner)|"
    r"hav\s+en\s+god\s+(?:dag|weekend|aften)|på\s+gensyn|(?:mange\s+)?tak(?=\s*!)|"
    r"med\s+(?:håb|ønsket?|forventning)\s+om\s+[^,.!\n]{0,60}|"
    r"med\s+(?:mange\s+|venlig\s+)?tak\s+for\s+[^,.!\n]{0,60}|"
    r"(?:med\s+)?(?:de\s+)?(?:bedste|venlige|varme|gode|mange\s+gode)\s+ønsker|"
    r"venligst(?=\s*[,.!]?\s*$))"
    r"(?:\s+og\s+tak(?:\s+for\s+(?:ordet|nu|denne\s+gang))?|\s+og\s+på\s+gensyn|"
    r"\s+og\s+(?:en\s+)?(?:rigtig\s+)?god\s+(?:dag|weekend|aften|sommer|jul|påske)|"
    r"\s+fra(?=\s*$))?"
    r"(?=$|[\s,.:;!/–-])[\s,.:;!–-]*",
    re.I,
)
# A label above a list of who signs: "Bag svaret står:", "Underskrevet af:", "Underskrivere:",
# "Følgende står sammen om svaret:" — alone on its line, or with the list after its colon.
SIGNATORIES = re.compile(
    r"^\s*(?:bag\s+(?:dette\s+|det\s+|vores\s+)?(?:hørings)?s(?:var|varet)\s+står|"
    r"(?:høringssvaret|svaret)\s+(?:er\s+)?(?:underskrevet|afgivet|sendt)\s+af|"
    r"underskrevet\s+af|underskrivere|underskrivende(?:\s+\w+)?|medunderskrivere|"
    r"afgivet\s+af|svaret\s+støttes\s+af|støttes\s+af|tiltrådt\s+af|"
    r"(?:(?:hørings)?svaret\s+)?(?:bakkes|er\s+bakket)\s+op\s+af|"
    # "Vi er disse foreninger og institutioner:", "Følgende organisationer har skrevet under:"
    r"(?:[\wæøå]+\s+){0,4}?(?:følgende|disse|nedenstående|to|tre|fire|fem|seks|syv|otte|\d{1,2})"
    r"\s+(?:[\wæøå]+\s+){0,2}?"
    r"(?:organisationer|foreninger|institutioner|parter|aktører|virksomheder)"
    r"(?:\s+[\wæøå]+){0,5}|"
    r"følgende\s+(?:organisationer\s+|foreninger\s+|parter\s+)?står\s+(?:sammen\s+)?(?:om|bag)"
    r"\s+(?:dette\s+|det\s+)?(?:høring)?svar(?:et)?)"
    # the names after a colon, on the lines below, or right after: "Bag svaret står A og B"
    r"\s*(?::\s*(?=\S)|:?\s*$|(?<=\s)(?=[A-ZÆØÅ]))",
    re.I,
)
# A label above the list of a body's members under the signature: "Bestyrelsens medlemmer:",
# "Bestyrelsen består af:", "Foreningens bestyrelse:". They are the sender's people (its
# contacts), never co-signers; alone on its line with its colon.
MEMBERS = re.compile(
    r"^\s*(?:(?:[\wæøå]+s\s+)?(?:bestyrelse|styregruppe|forretningsudvalg|hovedbestyrelse|"
    r"arbejdsgruppe|ledelse|udvalg|råd)(?:ns|n|s|ets|et)?(?:\s+medlemmer)?|"
    r"(?:medlemmer|medlemmerne)\s+(?:af|i)\s+(?:bestyrelsen|styregruppen|udvalget|rådet|"
    r"ledelsen|arbejdsgruppen)|"
    r"(?:bestyrelsen|styregruppen|udvalget|rådet|ledelsen|arbejdsgruppen)\s+(?:består\s+af|er)|"
    r"(?:øvrige\s+)?bestyrelsesmedlemmer|board\s+members|members\s+of\s+the\s+board)"
    r"\s*:\s*$",
    re.I,
)
ON_BEHALF = re.compile(
    r"^\s*(?:(?:underskrevet|signeret)\s+(?:for|på\s+vegne\s+af)|på\s+vegne\s+af|p\.\s?v\.|"
    r"pva\.|for|på\s+\w+s\s+vegne)(?=[\s:]|$)\s*:?\s*",
    re.I,
)
# "Foreningen Xs bestyrelse": the organisation's board signs for it.
BODY_OF = re.compile(
    r"(?<=\w)s\s+(?:bestyrelse|ledelse|sekretariat|styregruppe|forretningsudvalg|"
    r"hovedbestyrelse|repræsentantskab)\s*$",
    re.I,
)
# "Bestyrelsen i X", "Styregruppen for X": a body of X; "Foreningen for X" is X's own name.
GENERIC_BODY = re.compile(
    r"^(?:hele\s+|den\s+samlede\s+)?(?:(?:bestyrelsen|styregruppen|sekretariatet|ledelsen|"
    r"arbejdsgruppen|forretningsudvalget)(?:\s+(?:i|for|ved|af|hos)\s+|\s*$)|"
    r"(?:foreningen|udvalget|netværket|rådet|gruppen)\s*$)",
    re.I,
)
MAIL_NOISE = re.compile(
    r"^(?:sendt\s+fra|sent\s+from|get\s+outlook|hent\s+outlook|denne\s+e-?mail|this\s+e-?mail|"
    r"fortroligt|confidential|obs:|p\.s\.|ps:|vedhæftet|bilag|\[cid:|<image|https?://|www\.)",
    re.I,
)
HEADING = re.compile(
    r"^\s*(?:(?:(?:fælles|samlet|et\s+fælles)\s+)?(?:høringssvar|høringsvar|høringsbidrag|"
    r"bemærkninger|kommentarer|svar|input|indsigelse)\s+(?:(?:vedr\.?|vedrørende|til|om|på)\s+"
    r"[^:]{0,80}?\s+)?(?:fra|på\s+vegne\s+af|(?:afgivet|indsendt|sendt|skrevet|udarbejdet)\s+af)|"
    r"(?:(?:consultation\s+)?response|submission|comments|reply)\s+(?:from|on\s+behalf\s+of)|"
    r"fra|afsender|afsendere)\s*:?\s+(?P<name>.+)$",
    re.I,
)
# "… høringssvar fra Foreningen X, Klubben Y og Z …", "… i fællesskab af A og B …"
IN_PROSE = re.compile(
    r"(?:(?:høringssvar|høringsbidrag|bemærkninger)\s+(?:fra|på\s+vegne\s+af)|"
    r"(?:udarbejdet|skrevet|afgivet|sendt)\s+i\s+fællesskab\s+af|i\s+fællesskab\s+af|"
    r"(?:svaret|høringssvaret)\s+(?:er\s+)?(?:udarbejdet|afgivet|skrevet)\s+af)\s+"
    r"(?P<name>(?:[A-ZÆØÅ0-9][\w'’&./-]*)(?:(?:,?[ \t]+)(?:[A-ZÆØÅ0-9][\w'’&./-]*|i|for|og|"
    r"samt|af|til|på|ved|de|den|det|&|\+|sammen[ \t]+med))*)"
)
