"""Who the mail headers say sent it: From (or Reply-To/Sender for a no-reply From)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hoeringsdesk.domain.parsed import Address, ParsedResponse
from hoeringsdesk.intake.senders import lexicon as lx
from hoeringsdesk.intake.senders.domains import is_free_mail, is_generic, is_no_reply
from hoeringsdesk.intake.senders.names import (
    email_matches_name,
    is_first_name_only,
    is_name_token,
    looks_like_organisation,
    looks_like_person,
    person_score,
    proper_case,
    tidy,
)

_SPLIT = re.compile(r"\s+[|/–—-]\s+|\s*\(|\)\s*|\s*,\s+(?=[A-ZÆØÅ].*\s)")


@dataclass(frozen=True)
class HeaderSender:
    """The name(s) and address in a header: a person, an organisation, or both."""

    email: str
    person: str = ""
    organisation: str = ""
    unclear: str = ""  # a display name that is neither clearly
    on_behalf: bool = False  # 'Foreningen X v/Anne Holm': the person writes for the organisation

    @property
    def named(self) -> bool:
        return bool(self.person or self.organisation)


def _ours(address: Address | None, ours: frozenset[str]) -> bool:
    return bool(address and address.email and address.email.casefold() in ours)


def header_sender(parsed: ParsedResponse, ours: frozenset[str]) -> HeaderSender | None:
    """The sender the headers name (a forward's inner From), None when it is ourselves."""
    address = parsed.sender
    if address is not None and address.email and is_no_reply(address.email):
        # a portal's no-reply address is nobody's: the form's fields (or nothing) say who
        address = parsed.reply_to or parsed.header_sender
    if address is None or not address or _ours(address, ours):
        return None
    return read_display(address)


def forwarder(parsed: ParsedResponse, ours: frozenset[str]) -> Address | None:
    by = parsed.forwarded_by
    if by is None or not by.email or _ours(by, ours) or by == parsed.sender:
        return None
    return by


def read_display(address: Address) -> HeaderSender:
    """'Anne Holm', 'Holm, Anne', 'Anne Holm | Foreningen X', 'Foreningen X' …"""
    email = address.email
    name = tidy(address.name.strip().strip("'\""))
    if not name or "@" in name:
        return HeaderSender(email)
    if lx.HOUSEHOLD.match(name):
        return HeaderSender(email, unclear=name)  # whoever signs is the person
    comma = re.fullmatch(r"([^,]+),\s*([^,]+)", name)
    if comma and looks_like_person(f"{comma.group(2)} {comma.group(1)}"):
        return HeaderSender(email, proper_case(f"{tidy(comma.group(2))} {tidy(comma.group(1))}"))
    name = proper_case(_lower_case_name(name, email))
    behalf = _BEHALF.match(name)
    if behalf and looks_like_organisation(behalf.group("org")):
        person = tidy(behalf.group("person"))
        if looks_like_person(person) or _name_shaped(person):
            return HeaderSender(email, person, tidy(behalf.group("org")), on_behalf=True)
    parts = [tidy(p) for p in _SPLIT.split(name) if tidy(p)]
    if len(parts) > 1:
        person = next((p for p in parts if looks_like_person(p)), "")
        org = next((p for p in parts if p != person and looks_like_organisation(p)), "")
        if person or org:
            return HeaderSender(email, person, org)
    if looks_like_person(name) or is_first_name_only(name):
        return HeaderSender(email, name)
    if is_free_mail(email) and _name_shaped(name):
        return HeaderSender(email, name)  # a private mailbox's owner, by a rare name
    if looks_like_organisation(name) and not person_score(name):
        return HeaderSender(email, organisation=name)
    if is_generic(email):
        return HeaderSender(email, organisation=name) if len(name) > 2 else HeaderSender(email)
    return HeaderSender(email, unclear=name)


_BEHALF = re.compile(r"^(?P<org>.+?)\s*,?\s+(?:v/|v\.|ved)\s*(?P<person>[A-ZÆØÅ].+)$")


def _lower_case_name(name: str, email: str) -> str:
    """'anne holm' <anne.holm@…>: a name typed in small letters, capitalised when the address
    is made of it."""
    words = name.split()
    if not name.islower() or not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return name
    capitalised = " ".join(w.capitalize() for w in words)
    return capitalised if email_matches_name(email, capitalised) else name


def _name_shaped(name: str) -> bool:
    words = name.split()
    return (
        2 <= len(words) <= 4
        and not looks_like_organisation(name)
        and all(is_name_token(w) for w in words)
    )
