"""Contact details in a line: e-mail addresses, phone numbers, CVR, street and postcode."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

_LOCAL = r"A-Za-z0-9._%+'=!#$&*/?^`{|}~-"
EMAIL = re.compile(
    rf"(?<![{_LOCAL}])[{_LOCAL}]++@[A-Za-z0-9æøåÆØÅ-]+(?:\.[A-Za-z0-9æøåÆØÅ-]+)*\.[A-Za-z]{{2,}}"
)
MAILTO = re.compile(r"mailto:\S*", re.I)
URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
CVR = re.compile(
    r"\b(?:cvr|cvr-?nr|cvr-?nummer|se-?nr)\.?\s*(?:nr\.?|nummer)?\s*[:.]?\s*"
    r"(?P<digits>\d{2}[ \xa0]?\d{2}[ \xa0]?\d{2}[ \xa0]?\d{2})\b",
    re.I,
)
# A phone number as Danes write it: 8 digits, grouped in pairs or fours, maybe +45 first.
PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?\d{2}[ \xa0.-]?)?(?:\d{2}[ \xa0.-]?){3}\d{2}(?![\w-])"
    r"|(?<![\w+])(?:(?:\+|00)\s?\d{2}[ \xa0.-]?)?\d{4}[ \xa0]\d{4}(?![\w-])"
)
LABEL = re.compile(
    # 'E-postadresse', 'Telefonnummer', 'Mobilnr', 'E-mailadr.': a base and its ending
    r"\b(?:(?:tlf|telefon|mobil(?:telefon)?|mob|tel|e-?mail|e-?post|mail)"
    r"(?:-?(?:adresse|adr|nummer|nr))?|phone|cell|"
    r"web|www|hjemmeside|cvr|cvr-?nr|adresse|address|kontakt)\b\.?\s*(?:nr\.?)?\s*:?|"
    # words that label a number only with their colon: "Direkte: 12 34 56 78", "Fastnet:"
    r"\b(?:direkte|dir|fastnet|hovednummer|omstilling|sms)\b\.?\s*:",
    re.I,
)
POSTCODE_TOWN = re.compile(
    r"(?:^|,\s*|\s)(?P<postcode>(?:DK-?\s?)?\d{4})\s+(?P<town>[A-ZÆØÅ][\wæøåÆØÅ.'-]*"
    r"(?:\s+[A-ZÆØÅ\wæøå.'-]+){0,3})\s*$"
)
STREET_WORD = re.compile(
    r"(?:gade|vej|allé|alle|plads|torv|stræde|boulevard|vænge|parken|park|have|haven|bakke|"
    r"bakken|toft|toften|høj|højen|sti|stien|lund|engen|kvarter|kvarteret|gården|gård|"
    r"brygge|bryggen|kaj|kajen|holm|holmen|dossering|passage|promenade|ager|agre|mark|"
    r"marken|vang|vangen|led|ledet|strand|stranden|skov|skoven|bro|broen|hus|huse)$",
    re.I,
)
STREET = re.compile(
    r"^(?P<street>(?:[A-ZÆØÅ0-9][\wæøåÆØÅ.'-]*\s+){0,4}[A-ZÆØÅa-zæøå][\wæøåÆØÅ.'-]*\s+"
    r"\d{1,4}\s?[A-Za-z]?(?:\s*,?\s*(?:\d{1,2}\.?\s*(?:sal|th|tv|mf|t\.?h\.?|t\.?v\.?)?\.?|"
    r"st\.?(?:\s*(?:th|tv|mf)\.?)?|kl\.?|(?:1\.|2\.|3\.|4\.|5\.)\s*(?:th|tv|mf)\.?))*)"
    r"(?=\s*(?:,|$))"
)
_UNIT_NUMBER = re.compile(
    r"\b(?:afd|afdeling|afsnit|lokalafdeling|kreds|gruppe|team|nr)\.?\s*\d{1,4}\s*$|"
    r"(?:foreningen|forening|selskab|selskabet|klubben|boligforening)\b",
    re.I,
)
POSTBOX = re.compile(r"^(?P<street>(?:postboks|pb\.?|p\.o\.\s*box)\s+\d+)", re.I)


@dataclass
class Details:
    """What a line's contact details were, and the text left when they are taken out."""

    rest: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    cvr: str = ""
    street: str = ""
    postcode: str = ""
    town: str = ""
    web: bool = False

    @property
    def any(self) -> bool:
        return bool(self.emails or self.phones or self.cvr or self.street or self.postcode)


def valid_cvr(digits: str) -> bool:
    """A CVR number whose check digit is right (python-stdnum)."""
    from stdnum.dk import cvr

    return bool(digits) and cvr.is_valid(digits)


def _phone_text(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("0045"):
        digits = digits[4:]
    elif digits.startswith("45") and len(digits) == 10:
        digits = digits[2:]
    if len(digits) == 8:
        return " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return " ".join(raw.split())


@lru_cache(maxsize=4096)
def phones_in(text: str) -> tuple[str, ...]:
    """Phone numbers, as 'dd dd dd dd' for Danish ones (the phonenumbers library decides
    what is a valid number; CVR numbers and dates are taken out before)."""
    import phonenumbers

    found: list[str] = []
    for match in PHONE.finditer(text):
        raw = match.group()
        try:
            number = phonenumbers.parse(raw, "DK")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            found.append(_phone_text(raw))
    return tuple(found)


def split_details(line: str) -> Details:
    """Take e-mail, phone, CVR, web, street and postcode out of one line."""
    text = MAILTO.sub(" ", line)
    emails = [e.rstrip(".") for e in EMAIL.findall(text)]
    text = EMAIL.sub(" ", text)
    web = bool(URL.search(text))
    text = URL.sub(" ", text)
    cvr = ""
    found = CVR.search(text)
    if found:
        cvr = re.sub(r"\D", "", found.group("digits"))
        text = text[: found.start()] + " " + text[found.end() :]
    phones = list(phones_in(text)) if re.search(r"\d{2}", text) else []
    if phones:
        text = PHONE.sub(" ", text)
    text = LABEL.sub(" ", text)
    text = re.sub(r"\(\s*[,;:.]?\s*\)", " ", text)  # what is left of "(anne@…)", "(tlf. …)"
    text = re.sub(r"[<>\[\]|]", " ", text)  # brackets around a name stay: "Anne (formand)"
    text = re.sub(r"\s+", " ", text).strip(" ,;:/–—-")
    details = Details(text, emails, phones, cvr, web=web)
    _address(details)
    details.rest = details.rest.strip(" ,;:/–—-.")
    return details


def _address(details: Details) -> None:
    """A street ('Nørrebrogade 12, 2. th.') and/or postcode and town ('2200 København N')."""
    text = details.rest
    place = POSTCODE_TOWN.search(text)
    if place and not re.search(r"\d{5}", place.group("postcode")):
        details.postcode = re.sub(r"\D", "", place.group("postcode"))
        details.town = place.group("town").strip(" .,")
        text = text[: place.start()].strip(" ,;")
    street = POSTBOX.match(text) or STREET.match(text)
    if street and _UNIT_NUMBER.search(street.group("street")):
        street = None  # "Boligforeningen Lyset afd. 7": a housing unit, not an address
    if street and (
        details.postcode or _streetish(street.group("street")) or text == street.group()
    ):
        candidate = street.group("street").strip(" ,")
        if _streetish(candidate) or details.postcode or POSTBOX.match(candidate):
            details.street = candidate
            text = text[street.end() :].strip(" ,;")
    elif street is None and "," in text:
        text = _street_after_name(details, text)
    details.rest = text


def _street_after_name(details: Details, text: str) -> str:
    """'Maja Thorup, Hybenvej 4' (a neighbours' list): a street named by a street word after
    the name's comma is the address, not a second name."""
    for at in [i for i, c in enumerate(text) if c == ","][:4]:
        tail = text[at + 1 :].strip()
        street = STREET.match(tail)
        if street is None or street.group().strip(" ,") != tail.strip(" ,"):
            continue
        words = re.sub(r"[\d,.]+", " ", street.group("street")).split()
        if any(STREET_WORD.search(w) for w in words) and not _UNIT_NUMBER.search(tail):
            details.street = street.group("street").strip(" ,")
            return text[:at].strip(" ,;")
    return text


def _streetish(text: str) -> bool:
    words = re.sub(r"[\d,.]+", " ", text).split()
    if not words:
        return False
    if POSTBOX.match(text):
        return True
    return any(STREET_WORD.search(w) for w in words) or len(words) <= 3
