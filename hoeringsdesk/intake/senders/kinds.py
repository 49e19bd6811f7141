"""Private person, organisation, company or authority — and 'unknown' when unsure."""

from __future__ import annotations

import re

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.intake.senders import lexicon as lx
from hoeringsdesk.intake.senders.domains import is_free_mail, is_public
from hoeringsdesk.intake.senders.names import has_org_words

_I = re.compile(r"\b(?:jeg|mig|min|mit|mine|me|my)\b", re.I)
_WE = re.compile(r"\b(?:vi|os|vores|we|our|us)\b", re.I)


def organisation_kind(name: str, email: str = "", cvr: str = "") -> tuple[PartyKind, str]:
    """An organisation's kind and why: authority words or a public domain make an authority,
    a legal suffix a company; otherwise an organisation."""
    if name and lx.AUTHORITY.search(name) and not lx.NOT_PUBLIC.search(name):
        return PartyKind.AUTHORITY, "navnet er en offentlig myndigheds"
    if email and is_public(email) and not (name and lx.NOT_PUBLIC.search(name)):
        return PartyKind.AUTHORITY, "e-mail fra en offentlig myndighed"
    if name and (lx.COMPANY.search(name) or lx.LEGAL_SUFFIX.search(name)):
        return PartyKind.COMPANY, "navnet har en selskabsform (A/S, ApS …)"
    return PartyKind.ORGANISATION, "organisation"


def writes_as_one_person(text: str) -> bool | None:
    """True when a letter is written in the first person singular ('jeg'), False for the
    plural ('vi'), None when it is not clear."""
    sample = text[:20_000]
    singular = len(_I.findall(sample))
    plural = len(_WE.findall(sample))
    if singular >= 2 and singular >= 2 * plural:
        return True
    if plural >= 2 and plural >= 2 * singular:
        return False
    return None


def person_kind(
    *,
    email: str,
    explicit_private: bool,
    has_home_address: bool,
    in_sender_cell: bool,
    letter_voice: bool | None,
    named: bool,
) -> tuple[PartyKind, str]:
    """A person who sends on no organisation's behalf: private when something says so —
    the words 'privatperson'/'borger', a free-mail address, a home address, a bare name in
    the template's Afsender cell, or a letter written as 'jeg'. Otherwise unknown."""
    if explicit_private:
        return PartyKind.PRIVATE, "står som privatperson"
    if email and is_free_mail(email):
        return PartyKind.PRIVATE, "privat e-mailadresse"
    if has_home_address:
        return PartyKind.PRIVATE, "privatadresse"
    if email and is_public(email):
        return PartyKind.UNKNOWN, "e-mail fra en offentlig myndighed, men ingen myndighed er nævnt"
    if letter_voice is False:
        return PartyKind.UNKNOWN, "skriver som 'vi', men ingen organisation er nævnt"
    if in_sender_cell and named:
        return PartyKind.PRIVATE, "kun et personnavn som afsender"
    if letter_voice and named:
        return PartyKind.PRIVATE, "skriver i første person ental"
    if named and not email:
        return PartyKind.PRIVATE, "kun et personnavn som afsender"
    return (
        PartyKind.UNKNOWN,
        "det fremgår ikke, om afsenderen skriver privat eller for en organisation",
    )


def is_org_text(text: str) -> bool:
    return has_org_words(text)
