"""Who a sender is, from the mail alone: header candidates and the keys parties match on."""

from __future__ import annotations

import re

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.parsed import Address
from hoeringsdesk.intake.parties import PartyCandidate, classify_kind, normalise_org_name

FREE_MAIL = {
    "gmail.com",
    "hotmail.com",
    "hotmail.dk",
    "outlook.com",
    "outlook.dk",
    "live.dk",
    "live.com",
    "yahoo.com",
    "yahoo.dk",
    "icloud.com",
    "me.com",
    "mail.dk",
    "jubii.dk",
    "msn.com",
    "protonmail.com",
    "proton.me",
    "stofanet.dk",
    "youmail.dk",
    "webspeed.dk",
}


PERSON_NAME = re.compile(
    r"^[A-ZÆØÅÉÜÖÄ][a-zæøåéüöäëï'-]+(?:\s+(?:[A-ZÆØÅÉÜÖÄ][a-zæøåéüöäëï'-]+|[A-ZÆØÅ]\.)){1,3}$"
)
ORG_WORDS = re.compile(
    r"råd|forening|forbund|selskab|center|centre|skole|kommune|region|"
    r"udvalg|bestyrelse|netværk|fond|klub|gruppe|a/s|aps|kirke",
    re.I,
)


def looks_like_person(name: str) -> bool:
    """'Anne Holm' yes; 'Handicaprådet' or 'Boligselskabet Havbo' no."""
    name = " ".join(name.split())
    return bool(PERSON_NAME.match(name)) and not ORG_WORDS.search(name)


def header_candidate(address: Address) -> PartyCandidate:
    """A party from an e-mail header alone: a person, or an organisation by its name."""
    domain = email_domain(address.email)
    name = address.name.strip().strip('"')
    if domain in FREE_MAIL or (not domain and looks_like_person(name)):
        return PartyCandidate("", name, address.email, "", PartyKind.PRIVATE)
    if name and not looks_like_person(name):
        return PartyCandidate(name, "", address.email, "", classify_kind(name, address.email))
    kind = classify_kind("", address.email)
    if kind is PartyKind.PRIVATE and domain and domain not in FREE_MAIL:
        kind = PartyKind.ORGANISATION
    return PartyCandidate("", name, address.email, "", kind)


def email_domain(email: str) -> str:
    return email.rsplit("@", 1)[1].lower() if "@" in email else ""


def match_key(candidate: PartyCandidate) -> str:
    if candidate.kind is not PartyKind.PRIVATE and candidate.organisation:
        return "org:" + normalise_org_name(candidate.organisation)
    if candidate.email:
        return "email:" + candidate.email.lower()
    return "name:" + " ".join(candidate.contact_name.casefold().split())


def joins_by_domain(candidate: PartyCandidate) -> str:
    """The domain by which a sender known only by an organisation's address joins that
    organisation ("" when the candidate does not join by domain)."""
    domain = email_domain(candidate.email)
    if (
        not candidate.organisation
        and candidate.kind is not PartyKind.PRIVATE
        and domain
        and domain not in FREE_MAIL
    ):
        return domain
    return ""
