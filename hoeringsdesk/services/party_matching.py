"""Find or create the one Party per organisation or person within a consultation."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoeringsdesk.db.models import Party
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


def find_or_create(s: Session, consultation_id: int, candidate: PartyCandidate) -> Party:
    """The consultation's party for this candidate; missing details are filled in."""
    key = match_key(candidate)
    party = s.scalar(
        select(Party).where(Party.consultation_id == consultation_id, Party.match_key == key)
    )
    domain = email_domain(candidate.email)
    if (
        party is None
        and not candidate.organisation
        and candidate.kind is not PartyKind.PRIVATE
        and domain
        and domain not in FREE_MAIL
    ):
        # A sender known only by an organisation's address joins that organisation.
        party = s.scalar(
            select(Party)
            .where(
                Party.consultation_id == consultation_id,
                Party.kind != PartyKind.PRIVATE,
                func.lower(Party.email).like(f"%@{domain}"),
            )
            .order_by(Party.id)
            .limit(1)
        )
    if party is None:
        party = Party(
            consultation_id=consultation_id,
            kind=candidate.kind,
            organisation=candidate.organisation,
            contact_name=candidate.contact_name,
            email=candidate.email,
            phone=candidate.phone,
            match_key=key,
        )
        s.add(party)
        s.flush()
        return party
    for field in ("organisation", "contact_name", "email", "phone"):
        if not getattr(party, field) and getattr(candidate, field):
            setattr(party, field, getattr(candidate, field))
    return party
