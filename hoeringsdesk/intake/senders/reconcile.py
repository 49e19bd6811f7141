"""Put the sources together: the Afsender cell or the letters, bound to the mail's From."""

from __future__ import annotations

from dataclasses import dataclass, field

from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.parsed import Address
from hoeringsdesk.intake.senders import lexicon as lx
from hoeringsdesk.intake.senders.binding import Party, bind_header
from hoeringsdesk.intake.senders.block import Block, Group, OrgDraft, PersonDraft
from hoeringsdesk.intake.senders.headers import HeaderSender
from hoeringsdesk.intake.senders.kinds import organisation_kind, person_kind
from hoeringsdesk.intake.senders.model import ORGANISATION, PERSON, FoundParty
from hoeringsdesk.intake.senders.names import (
    is_first_name_only,
    is_role,
    looks_like_organisation,
    org_key,
    same_person_name,
    split_name,
)

NO_NAME = "Afsenderens navn er ikke fundet (kun e-mailadressen)"
NOTHING = "Ingen afsender fundet i filen"
WEAK_ORG = "Det er usikkert, om «{0}» er en organisation"


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
    client: str = ""  # the organisation a lawyer or adviser writing the letter answers for


def reconcile(src: Sources) -> tuple[list[FoundParty], list[str]]:
    """The response's parties (senders first) and its own reasons to be looked at."""
    notes: list[str] = []
    if src.cell is not None and src.cell.groups:
        parties = [Party(g, "cell") for g in src.cell.groups]
        client = _behalf_in_cell(parties)
        if client:
            parties = _without_adviser(parties, client)
            notes.append(CLIENT.format(client))
        private = src.cell.private
        for block in src.letters:
            _enrich(parties, block)
    else:
        parties = _from_letters(src, notes)
        private = any(b.private for b in src.letters) or src.says_private
    extra = bind_header(parties, src.header, notes)
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


CLIENT = "Sendt af en advokat eller rådgiver på vegne af «{0}»"


def _from_letters(src: Sources, notes: list[str]) -> list[Party]:
    parties = _without_adviser(_letter_parties(src), src.client)
    if src.client and parties and parties[0].group.org is not None:
        notes.append(CLIENT.format(src.client))
    return parties


def _without_adviser(parties: list[Party], client: str) -> list[Party]:
    """'Jeg repræsenterer Bech ApS', signed by a lawyer of Advokathuset Kilde: Bech ApS sends,
    the lawyer is its contact, and the firm is no party."""
    if not client:
        return parties
    key = org_key(client)
    known = next((p for p in parties if p.group.org and org_key(p.group.org.name) == key), None)
    sender = known or Party(Group(org=OrgDraft(client)), "letter")
    out = [sender]
    for party in parties:
        if party is sender:
            continue
        if party.group.org is not None or not party.group.private:
            _merge_persons(sender.group, party.group.persons)
            continue
        out.append(party)
    return out


def _behalf_in_cell(parties: list[Party]) -> str:
    """'Advokatfirmaet X / v. Bo Ek / På vegne af Bech ApS' in the Afsender cell: the firm
    writes for Bech ApS, which sends (its name without the 'På vegne af')."""
    for party in parties[1:]:
        org = party.group.org
        said = lx.ON_BEHALF.match(org.name) if org is not None else None
        if org is None or said is None or said.group().strip().casefold() == "for":
            continue
        name = org.name[said.end() :].strip()
        if looks_like_organisation(name):
            org.name, org.weak = name, False
            return name
    return ""


def _letter_parties(src: Sources) -> list[Party]:
    parties: list[Party] = []
    for name in src.heading:
        if not any(p.group.org and org_key(p.group.org.name) == org_key(name) for p in parties):
            parties.append(Party(Group(org=OrgDraft(name)), "heading"))
    writer = (src.header.person or src.header.unclear) if src.header is not None else ""
    for block in src.letters:
        for group in block.groups:
            if _initials_only(group, writer):
                continue  # "Venlig hilsen / ST" from Sjúrður Thapa: his initials, no party
            _add_letter_group(parties, group)
        _add_members(parties, block.members)
    return parties


def _add_members(parties: list[Party], members: list[PersonDraft]) -> None:
    """A board's members listed under the signature: contacts of the organisation that
    sends; with no organisation named they are left out (never co-signers)."""
    org = next((p for p in parties if p.group.org is not None), None)
    if org is None or not members:
        return
    _merge_persons(org.group, [m for m in members if _find_person(parties, m) is None])


def _initials_only(group: Group, writer: str) -> bool:
    """A signature line of the writer's initials alone ('ES' from Ejnar Steffensen)."""
    org = group.org
    if org is None or group.persons or not writer or not 2 <= len(org.name) <= 4:
        return False
    letters = org.name.replace(".", "").strip()
    if not letters.isalpha() or not letters.isupper():
        return False
    words = [w for w in writer.replace("-", " ").split() if w[:1].isupper()]
    every = "".join(w[0] for w in words).upper()
    return len(words) >= 2 and letters in (every, (words[0][0] + words[-1][0]).upper())


def _add_letter_group(parties: list[Party], group: Group) -> None:
    org = group.org
    lone = org is not None and org.weak and not group.persons
    if lone and org is not None and _find_person(parties, PersonDraft(org.name)) is not None:
        return  # another text signed by the same person, with nothing more
    headed = next((p for p in parties if p.source == "heading" and p.group.org), None)
    if lone is False and org is not None and org.weak and group.persons and headed is not None:
        # 'Direktør for Børn og Unge' under the letterhead 'Egeskov Kommune': a unit of the
        # body the heading names, not a party of its own
        _merge_persons(headed.group, group.persons)
        return
    if group.org is not None:
        key = org_key(group.org.name)
        same = next((p for p in parties if p.group.org and org_key(p.group.org.name) == key), None)
        if same is not None:
            _merge_persons(same.group, group.persons)
            _fill_org(same.group.org, group.org)
            return
        parties.append(Party(group, "letter"))
        return
    for person in group.persons:
        if _find_person(parties, person) is not None:
            _fill_person(_find_person(parties, person), person)  # type: ignore[arg-type]
            continue
        named = [p for p in parties if p.group.org is not None and not p.group.persons]
        if not named and not group.private and is_role(person.title):
            # 'Nanna Friis, Udvalgssekretær' under the cover of the committee's letter: one
            # of the organisation's people, not a person co-signing
            named = [p for p in parties if p.group.org is not None and not p.group.org.weak]
        if named and not group.private:
            # signed for the organisation the heading or another text named
            named[0].group.persons.append(person)
            continue
        parties.append(Party(Group(persons=[person], private=group.private), "letter"))
    if group.private and not group.persons and not parties:
        parties.append(Party(Group(private=True), "letter"))


def _find_person(parties: list[Party], person: PersonDraft) -> PersonDraft | None:
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


def _enrich(parties: list[Party], block: Block) -> None:
    """A cover letter's signature fills in details of the cell's persons."""
    for group in block.groups:
        for person in group.persons:
            known = _find_person(parties, person)
            if known is not None:
                _fill_person(known, person)


def _found(parties: list[Party], private: bool, src: Sources) -> list[FoundParty]:
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
            for p in _once(group.persons):
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


def _once(persons: list[PersonDraft]) -> list[PersonDraft]:
    """An organisation's contacts, each once: 'Anne Holm' signing and again in the list of
    its board (the details of both kept; two different e-mails stay two persons)."""
    out: list[PersonDraft] = []
    for p in persons:
        same = next(
            (
                k
                for k in out
                if p.name
                and k.name
                and same_person_name(p.name, k.name)
                and not (p.email and k.email and p.email.casefold() != k.email.casefold())
            ),
            None,
        )
        if same is None:
            out.append(p)
        else:
            _fill_person(same, p)
    return out


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
