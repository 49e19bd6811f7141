"""Personal data found by its shape: e-mail, phone (phonenumbers, region DK), CPR, addresses.

Each finder yields ``(start, end, rule)``; the redactor decides which apply where.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

import phonenumbers

Found = tuple[int, int, str]

EMAIL = "e-mail"
PHONE = "telefon"
CPR = "cpr"
ADDRESS = "adresse"

EMAIL_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@([\w-]+(?:\.[\w-]+)+)")
YEARS_RE = re.compile(r"^(?:19|20)\d\d\s?[-–/]\s?(?:19|20)\d\d$")  # "2025-2027" is no phone
DATE_RE = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./](?:\d{2}|\d{4})$")
CPR_RE = re.compile(r"(?<![\w-])(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?![\w-])")

_UPPER = "A-ZÆØÅÄÖÜÉ"
_WORD = r"[\wæøåäöüéÆØÅÄÖÜÉ.'-]"
# Street names end in one of these (Bellahøjvej, Kastanjealle, Gammel Kongevej, Sankt Peders
# Stræde); the number may carry a letter, a floor and a side (5, 3. tv. / 12B, st. th.).
_SUFFIX = (
    r"vej|vejen|gade|gaden|allé|alle|alléen|stræde|strædet|plads|pladsen|torv|torvet|"
    r"boulevard|vænge|vænget|væng|parken|park|have|haven|sti|stien|toft|toften|bakke|bakken|"
    r"eng|engen|høj|højen|lund|lunden|ring|ringen|vang|vangen|kær|marken|gyde|gyden|"
    r"kvarter|kvarteret|tværvej|passage|promenade|kaj|kajen|brygge|bryggen|løkke|løkken|"
    r"dal|dalen|holm|gård|gården|vænget|hegn|hegnet|toftevej|mark|bro|broen"
)
_STREET_WORD = rf"[{_UPPER}][\wæøåäöüé'-]*?(?:{_SUFFIX})"
_STREET = (
    rf"(?:(?:[{_UPPER}][\wæøåäöüé'.-]*[ \t]){{0,3}}(?:{_STREET_WORD}"
    rf"|(?:Vej|Gade|Allé|Alle|Stræde|Plads|Torv|Boulevard|Vænge|Have|Park|Sti)))"
)
_NUMBER = r"\d{1,4}[A-Za-z]?(?![\w])"
_FLOOR = (
    r"(?:,?\s*(?:\d{1,2}\.?|st\.?|kl\.?|stuen)\s*(?:sal\s*)?,?\s*"
    r"(?:tv|th|mf|t\.\s?v|t\.\s?h|\d{1,3})?\.?)?"
)
_POSTTOWN = rf"\b[1-9]\d{{3}}\s+[{_UPPER}][\wæøåäöüé-]+(?:\s(?:[{_UPPER}][\wæøåäöüé-]*|[A-Z]\b))?"
ADDRESS_RE = re.compile(
    rf"(?<![\w]){_STREET}[ \t]+{_NUMBER}{_FLOOR}(?:(?:,\s*|\s*\n\s*|\s+){_POSTTOWN})?"
)
# A postcode and town on their own, where an address's last line stands: at a line's start or
# after a comma ("Kastanjealle 5, 2800 Lyngby" is caught whole above).
POSTTOWN_RE = re.compile(rf"(?:(?<=\n)|(?<=^)|(?<=,\s)|(?<=,))[ \t>]*{_POSTTOWN}", re.M)
# A street without a number after "bor på" and the like.
LIVES_RE = re.compile(
    rf"\b(?:bor|boet|boede|bosat|flyttet|flytter|adresse(?:n)?(?: er)?)\s+(?:på|i|til|:)?\s*"
    rf"({_STREET_WORD})(?![\w])",
    re.I,
)


def emails(text: str, own_domains: Iterable[str] = ()) -> Iterator[Found]:
    """E-mail addresses, except the municipality's own domains (and their subdomains)."""
    own = tuple(d.lower().lstrip("@.") for d in own_domains if d)
    for m in EMAIL_RE.finditer(text):
        domain = m.group(1).lower()
        if any(domain == d or domain.endswith("." + d) for d in own):
            continue
        yield m.start(), m.end(), EMAIL


def phones(text: str, lenient: bool = False) -> Iterator[Found]:
    """Phone numbers as the phonenumbers library finds them (Danish numbers without +45):
    valid numbers, or with ``lenient`` (a private person's text, where a leak is worse than
    an over-redaction) any possible number that is not a date or a span of years."""
    if sum(c.isdigit() for c in text) < 6:
        return
    leniency = phonenumbers.Leniency.POSSIBLE if lenient else phonenumbers.Leniency.VALID
    for m in phonenumbers.PhoneNumberMatcher(text, "DK", leniency=leniency):
        raw = m.raw_string
        if YEARS_RE.match(raw) or (lenient and DATE_RE.match(raw)):
            continue
        yield m.start, m.end, PHONE


def _valid_cpr_date(dd: str, mm: str, yy: str) -> bool:
    for century in (1900, 2000):
        try:
            date(century + int(yy), int(mm), int(dd))
            return True
        except ValueError:
            continue
    return False


def cprs(text: str) -> Iterator[Found]:
    """CPR numbers (DDMMYY-XXXX, hyphen or space optional) whose first six digits are a date."""
    for m in CPR_RE.finditer(text):
        if _valid_cpr_date(m.group(1), m.group(2), m.group(3)):
            yield m.start(), m.end(), CPR


def addresses(text: str) -> Iterator[Found]:
    """Danish street addresses (street, number, floor and side, postcode and town)."""
    if not any(c.isdigit() for c in text):
        yield from ((m.start(1), m.end(1), ADDRESS) for m in LIVES_RE.finditer(text))
        return
    for m in ADDRESS_RE.finditer(text):
        yield m.start(), m.end(), ADDRESS
    for m in POSTTOWN_RE.finditer(text):
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t>"))
        yield start, m.end(), ADDRESS
    yield from ((m.start(1), m.end(1), ADDRESS) for m in LIVES_RE.finditer(text))
