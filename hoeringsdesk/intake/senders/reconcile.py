"""Put the sources together: the Afsender cell or the letters, bound to the mail's From."""

from __future__ import annotations

from dataclasses import dataclass, field

from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.parsed import Address
from hoeringsdesk.intake.senders.block import Block, Group, OrgDraft, PersonDraft
from hoeringsdesk.intake.senders.domains import is_free_mail
from hoeringsdesk.intake.senders.headers import HeaderSender
from hoeringsdesk.intake.senders.kinds import organisation_kind, person_kind
from hoeringsdesk.intake.senders.model import ORGANISATION, PERSON, FoundParty
from hoeringsdesk.intake.senders.names import (
    email_matches_name,
    is_first_name_only,
    org_key,
    same_person_name,
    split_name,
)

NO_NAME = "Afsenderens navn er ikke fundet (kun e-mailadressen)"
NOTHING = "Ingen afsender fundet i filen"
WEAK_ORG = "Det er usikkert, om «{0}» er en organisation"
UNCLEAR = "Usikkert, om «{0}» er en person eller en organisation"
TWO_NAMES = "E-mailen er sendt af {0}, men brevet er underskrevet af {1}"


@dataclass
class Sources:
    """Everything read from one file that says who sent it."""

    cell: Block | None = None
    letters: list[Block] = field(default_factory=list)
    heading: list[str] = field(default_factory=list)
    header: HeaderSender | None = None
    forwarder: Address | None = None
    voice: bool | None = None  # the letter is written as 'jeg' (True) or 'vi' (False)
    says_private: bool = False  # the letter says so: "som privatperson", "på egne vegne"


@dataclass
class _Party:
    group: Group
    source: str
    notes: list[str] = field(default_factory=list)


def reconcile(src: Sources) -> tuple[list[FoundParty], list[str]]:
    """The response's parties (senders first) and its own reasons to be looked at."""
    notes: list[str] = []
    if src.cell is not None and src.cell.groups:
        parties = [_Party(g, "cell") for g in src.cell.groups]
        private = src.cell.private
        for block in src.letters:
            _enrich(parties, block)
    else:
        parties = _from_letters(src)
        private = any(b.private for b in src.letters) or src.says_private
    extra = _bind_header(parties, src.header, notes)
    found = _found(parties, private, src)
    for person in extra:
        found.append(person)
    if src.forwarder is not None:
        name = src.forwarder.name
        first, last = split_name(name)
        found.append(
            FoundParty(
                PERSON,
                PartyRole.FORWARDER,
                name,
                PartyKind.UNKNOWN,
                src.forwarder.email,
                first_name=first,
                surname=last,
                source="forward",
            )
        )
    if not any(p.role is not PartyRole.FORWARDER for p in found):
        notes.append(NOTHING)
    return found, notes


def _from_letters(src: Sources) -> list[_Party]:
    parties: list[_Party] = []
    for name in src.heading:
        if not any(p.group.org and org_key(p.group.org.name) == org_key(name) for p in parties):
            parties.append(_Party(Group(org=OrgDraft(name)), "heading"))
    for block in src.letters:
        for group in block.groups:
            _add_letter_group(parties, group)
    return parties


def _add_letter_group(parties: list[_Party], group: Group) -> None:
    org = group.org
    lone = org is not None and org.weak and not group.persons
    if lone and org is not None and _find_person(parties, PersonDraft(org.name)) is not None:
        return  # another text signed by the same person, with nothing more
    if group.org is not None:
        key = org_key(group.org.name)
        same = next((p for p in parties if p.group.org and org_key(p.group.org.name) == key), None)
        if same is not None:
            _merge_persons(same.group, group.persons)
            _fill_org(same.group.org, group.org)
            return
        parties.append(_Party(group, "letter"))
        return
    for person in group.persons:
        if _find_person(parties, person) is not None:
            _fill_person(_find_person(parties, person), person)  # type: ignore[arg-type]
            continue
        named = [p for p in parties if p.group.org is not None and not p.group.persons]
        if named and not group.private:
            # signed for the organisation the heading or another text named
            named[0].group.persons.append(person)
            continue
        parties.append(_Party(Group(persons=[person], private=group.private), "letter"))
    if group.private and not group.persons and not parties:
        parties.append(_Party(Group(private=True), "letter"))


def _find_person(parties: list[_Party], person: PersonDraft) -> PersonDraft | None:
    for party in parties:
        for known in party.group.persons:
            if person.email and known.email and person.email.casefold() == known.email.casefold():
                return known
            same = person.name and known.name and same_person_name(person.name, known.name)
            if same and not (person.email and known.email):
                return known
    return None


def _merge_persons(group: Group, persons: list[PersonDraft]) -> None:
    for person in persons:
        known = next(
            (
                k
                for k in group.persons
                if k.name and person.name and same_person_name(k.name, person.name)
            ),
            None,
        )
        if known is None:
            group.persons.append(person)
        else:
            _fill_person(known, person)


def _fill_person(known: PersonDraft, other: PersonDraft) -> None:
    if is_first_name_only(known.name) and len(other.name.split()) > 1:
        known.name = other.name
    for name in ("title", "email", "phone", "street", "postcode", "town"):
        if not getattr(known, name) and getattr(other, name):
            setattr(known, name, getattr(other, name))


def _fill_org(known: OrgDraft | None, other: OrgDraft) -> None:
    if known is None:
        return
    for name in ("email", "phone", "street", "postcode", "town", "cvr"):
        if not getattr(known, name) and getattr(other, name):
            setattr(known, name, getattr(other, name))


def _enrich(parties: list[_Party], block: Block) -> None:
    """A cover letter's signature fills in details of the cell's persons."""
    for group in block.groups:
        for person in group.persons:
            known = _find_person(parties, person)
            if known is not None:
                _fill_person(known, person)


def _bind_header(
    parties: list[_Party], header: HeaderSender | None, notes: list[str]
) -> list[FoundParty]:
    """The mail's From joins the person (or organisation) it names; returns a person who
    mailed it without being named in the file (a contact)."""
    if header is None or not (header.email or header.named):
        return []
    email = header.email
    shown = header.person or header.unclear
    for party in parties:  # an unclear name that the mail's From gives as a person's
        org = party.group.org
        if org is not None and org.weak and shown and same_person_name(org.name, shown):
            party.group.org = None
            party.group.persons.insert(
                0,
                PersonDraft(
                    org.name,
                    phone=org.phone,
                    street=org.street,
                    postcode=org.postcode,
                    town=org.town,
                ),
            )
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
            parties.append(_Party(Group(OrgDraft(header.organisation), [contact]), "header"))
        elif header.organisation and not header.person:
            parties.append(_Party(Group(org=OrgDraft(header.organisation, email)), "header"))
        else:
            name = header.person or header.unclear
            parties.append(_Party(Group(persons=[PersonDraft(name, email=email)]), "header"))
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


def _names_other(email: str, people: list[tuple[_Party, PersonDraft]]) -> bool:
    return any(p.name and email_matches_name(email, p.name) for _, p in people)


def _found(parties: list[_Party], private: bool, src: Sources) -> list[FoundParty]:
    """Drafts → FoundParty, roles given: the first party sends, the rest co-sign; persons of
    an organisation are its contacts."""
    found: list[FoundParty] = []
    org_at: dict[int, int] = {}
    for n, party in enumerate(parties):
        role = PartyRole.SENDER if n == 0 else PartyRole.CO_SIGNER
        group = party.group
        if group.org is not None:
            org = group.org
            contact_email = next((p.email for p in group.persons if p.email), "")
            kind, why = organisation_kind(org.name, org.email or contact_email, org.cvr)
            reasons: list[str] = []
            if org.weak and not group.persons:
                reasons.append(WEAK_ORG.format(org.name))
            at = len(found)
            org_at[n] = at
            found.append(
                FoundParty(
                    ORGANISATION,
                    role,
                    org.name,
                    kind,
                    org.email,
                    org.phone,
                    org.street,
                    org.postcode,
                    org.town,
                    org.cvr,
                    source=party.source,
                    uncertain=bool(reasons),
                    reasons=tuple(reasons),
                    evidence=why,
                )
            )
            for p in group.persons:
                found.append(_person(p, PartyRole.CONTACT, PartyKind.UNKNOWN, party.source, at))
            continue
        for i, p in enumerate(group.persons):
            kind, why = person_kind(
                email=p.email,
                explicit_private=group.private or private,
                has_home_address=bool(p.street or p.postcode),
                in_sender_cell=party.source == "cell",
                letter_voice=src.voice,
                named=bool(p.name),
            )
            reasons = []
            if not p.name:
                reasons.append(NO_NAME)
            if kind is PartyKind.UNKNOWN:
                reasons.append(why[:1].upper() + why[1:])
            person_role = role if i == 0 else PartyRole.CO_SIGNER
            found.append(_person(p, person_role, kind, party.source, None, reasons, why))
    return found


def _person(
    p: PersonDraft,
    role: PartyRole,
    kind: PartyKind,
    source: str,
    contact_for: int | None,
    reasons: list[str] | None = None,
    evidence: str = "",
) -> FoundParty:
    first, last = split_name(p.name)
    return FoundParty(
        PERSON,
        role,
        p.name,
        kind,
        p.email,
        p.phone,
        p.street,
        p.postcode,
        p.town,
        title=p.title,
        first_name=first,
        surname=last,
        contact_for=contact_for,
        source=source,
        uncertain=bool(reasons),
        reasons=tuple(reasons or ()),
        evidence=evidence,
    )
