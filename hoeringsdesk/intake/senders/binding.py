"""The mail's From bound to the parties the file names: the person (or organisation) it
names, else the organisation its address names, else a contact of its own."""

from __future__ import annotations

from dataclasses import dataclass, field

from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.intake.senders.domains import is_free_mail
from hoeringsdesk.intake.senders.drafts import Group, OrgDraft, PersonDraft
from hoeringsdesk.intake.senders.headers import HeaderSender
from hoeringsdesk.intake.senders.model import PERSON, FoundParty
from hoeringsdesk.intake.senders.names import (
    email_matches_name,
    is_first_name_only,
    org_key,
    same_person_name,
    split_name,
)
from hoeringsdesk.intake.senders.placing import names_org

UNCLEAR = "Usikkert, om «{0}» er en person eller en organisation"
TWO_NAMES = "E-mailen er sendt af {0}, men brevet er underskrevet af {1}"


@dataclass
class Party:
    """One party being put together: its group of drafts and where it was read."""

    group: Group
    source: str
    notes: list[str] = field(default_factory=list)


def bind_header(
    parties: list[Party], header: HeaderSender | None, notes: list[str]
) -> list[FoundParty]:
    """The mail's From joins the person (or organisation) it names; returns a person who
    mailed it without being named in the file (a contact)."""
    if header is None or not (header.email or header.named):
        return []
    email = header.email
    shown = header.person or header.unclear
    for party in list(parties):  # an unclear name that the mail's From gives as a person's
        org = party.group.org
        if org is not None and org.weak and shown and same_person_name(org.name, shown):
            party.group.org = None
            party.group.persons.insert(0, org.as_person())
            _to_the_org_of_the_address(parties, party, email)
    people = [(party, p) for party in parties for p in party.group.persons]
    for _, p in people:
        if email and p.email and p.email.casefold() == email.casefold():
            if (
                not p.name
                and header.person
                or is_first_name_only(p.name)
                and header.person
                and same_person_name(p.name, header.person)
            ):
                p.name = header.person
            return []
    if header.person:
        for _, p in people:
            if p.name and same_person_name(p.name, header.person):
                if not p.email:
                    p.email = email
                    if is_first_name_only(p.name):
                        p.name = header.person
                    return []
                if p.email.casefold() != email.casefold():
                    break  # the same name at another address: another person until told
    if header.organisation and not header.person:
        for party in parties:
            org = party.group.org
            if org is not None and org_key(org.name) == org_key(header.organisation):
                org.email = org.email or email
                return []
    if not header.person:
        unnamed = [p for _, p in people if not p.email]
        if len(unnamed) == 1 and (
            not unnamed[0].name
            or email_matches_name(email, unnamed[0].name)
            or not _names_other(email, people)
        ):
            unnamed[0].email = email
            return []
        for party in parties:
            org = party.group.org
            lone = org is not None and not party.group.persons and header.organisation == ""
            if lone and org is not None and email and not is_free_mail(email):
                org.email = org.email or email
                return []
    if not parties:
        if header.organisation and header.on_behalf:
            contact = PersonDraft(header.person, email=email)
            parties.append(Party(Group(OrgDraft(header.organisation), [contact]), "header"))
        elif header.organisation and not header.person:
            parties.append(Party(Group(org=OrgDraft(header.organisation, email)), "header"))
        else:
            name = header.person or header.unclear
            parties.append(Party(Group(persons=[PersonDraft(name, email=email)]), "header"))
            if not header.person and header.unclear:
                notes.append(UNCLEAR.format(header.unclear))
        return []
    for party in parties:
        if party.group.private and not party.group.persons:
            party.group.persons.append(PersonDraft(header.person, email=email))
            return []
    for party in parties:
        if party.group.org is not None and not party.group.persons and header.person:
            party.group.persons.append(PersonDraft(header.person, email=email))
            return []
    signed = [p for _, p in people if not p.email]
    if header.person and len(people) == 1 and signed and parties[0].group.org is None:
        notes.append(TWO_NAMES.format(header.person, signed[0].name))
    org_index = next((i for i, p in enumerate(parties) if p.group.org is not None), None)
    name = header.person
    first, last = split_name(name)
    return [
        FoundParty(
            PERSON,
            PartyRole.CONTACT,
            name,
            PartyKind.UNKNOWN,
            email,
            first_name=first,
            surname=last,
            contact_for=org_index,
            source="header",
        )
    ]


def _names_other(email: str, people: list[tuple[Party, PersonDraft]]) -> bool:
    return any(p.name and email_matches_name(email, p.name) for _, p in people)


def _to_the_org_of_the_address(parties: list[Party], party: Party, email: str) -> None:
    """The mail's writer, signing a cover note under a letter that several organisations
    sign, is the contact of the one their address names, not one more co-signer."""
    if party.group.org is not None or party.group.private or len(party.group.persons) != 1:
        return
    domain = email.partition("@")[2]
    if not domain or is_free_mail(email):
        return
    named = [
        p
        for p in parties
        if p is not party
        and p.group.org is not None
        and not p.group.org.weak
        and not p.group.persons
        and names_org(domain, p.group.org.name)
    ]
    if len(named) == 1:
        named[0].group.persons.extend(party.group.persons)
        parties.remove(party)
