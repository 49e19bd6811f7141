"""A sender group's details given out: e-mail addresses and phones to the persons they
belong to (or the organisation), the address and CVR to the organisation."""

from __future__ import annotations

import re

from hoeringsdesk.intake.senders.details import Details
from hoeringsdesk.intake.senders.domains import is_generic
from hoeringsdesk.intake.senders.drafts import Group, OrgDraft, PersonDraft
from hoeringsdesk.intake.senders.names import email_matches_name


def add_details(group: Group, d: Details) -> None:
    """The e-mails, phones, address and CVR a line gave, kept on its group."""
    group.emails.extend(d.emails)
    group.phones.extend(d.phones)
    if d.street and not group.street:
        group.street = d.street
    if d.postcode and not group.postcode:
        group.postcode, group.town = d.postcode, d.town
    if d.cvr and not group.cvr:
        group.cvr = d.cvr


def names_org(email: str, org: str) -> bool:
    """'integrationsraadet@…' is the address of 'Integrationsrådet i Nordkysten' (given a
    domain, its first label: 'nydanskerforum.example.dk')."""
    local = email.partition("@")[0] if "@" in email else email.partition(".")[0]
    local = re.sub(r"[^a-z]", "", _ascii(local.casefold()))
    words = [re.sub(r"[^a-z]", "", _ascii(w)) for w in org.casefold().split()]
    return len(local) >= 4 and any(len(w) >= 4 and (w in local or local in w) for w in words)


def _ascii(text: str) -> str:
    return text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def _initials(name: str) -> set[str]:
    """'Karl Mikkel Bruun' → {'kmb', 'kb'}."""
    words = [w for w in re.split(r"[\s-]+", _ascii(name.casefold())) if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words), words[0][0] + words[-1][0]}


def _by_initials(email: str, persons: list[PersonDraft]) -> PersonDraft | None:
    """'mb@…' under 'Lotte Thrane og Mikkel Bruun': the one person they are the initials of
    (none when they fit two or none)."""
    local = re.sub(r"\d+$", "", email.partition("@")[0].casefold())
    if not 2 <= len(local) <= 4 or not local.isalpha() or len(persons) < 2:
        return None
    fits = [p for p in persons if local in _initials(p.name)]
    return fits[0] if len(fits) == 1 else None


def place_details(group: Group) -> None:
    """E-mail addresses to the person they name (else the first without one; shared ones
    like info@ to the organisation), phones likewise, the address to the organisation or,
    without one, the person."""
    persons = group.persons
    for email in group.emails:
        owner = next(
            (p for p in persons if not p.email and email_matches_name(email, p.name)), None
        )
        if owner is None:
            owner = _by_initials(email, [p for p in persons if not p.email])
        shared = group.org is not None and (is_generic(email) or names_org(email, group.org.name))
        if owner is None and group.org is not None and (shared or not persons):
            if shared and not group.org.email:
                group.org.email = email
            elif not shared:
                # a person's address ('anne.holm@…', a free-mail one) is not the
                # organisation's: a contact whose name is not known, not shown on its other
                # responses as the organisation's address
                group.persons.append(PersonDraft(email=email))
                persons = group.persons
            continue
        if owner is None:
            owner = next((p for p in persons if not p.email), None)
        if owner is not None:
            owner.email = email
        elif group.org is not None and not group.org.email and shared:
            group.org.email = email
        elif group.org is None and not persons:
            group.persons.append(PersonDraft(email=email))
    for phone in group.phones:
        owner = next((p for p in persons if not p.phone), None)
        if owner is not None and (owner.email or owner.name):
            owner.phone = phone
        elif group.org is not None and not group.org.phone:
            group.org.phone = phone
    if group.street or group.postcode:
        targets: list[PersonDraft | OrgDraft] = [group.org] if group.org else list(persons)
        for target in targets:  # a household's persons share the address
            target.street, target.postcode, target.town = group.street, group.postcode, group.town
    if group.cvr and group.org is not None:
        group.org.cvr = group.cvr
