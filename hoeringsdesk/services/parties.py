"""Party use cases: edit a person or organisation, confirm, merge (and undo), split, suggest.

What the officer corrects is remembered for the consultation: an edited party is confirmed
(intake never changes it again), a key it was known by before the edit stays an alias of it,
and a merged party's keys become the kept party's — so the same address or name maps the same
way in the next import."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models import Party, PartyAlias, Response, ResponseParty
from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.records import PartyInfo
from hoeringsdesk.intake.senders.domains import domain_of, is_free_mail
from hoeringsdesk.intake.senders.model import ORGANISATION, PERSON, FoundParty
from hoeringsdesk.intake.senders.names import split_name
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import NotFound, ServiceError

FIELDS = (
    "party_type",
    "kind",
    "organisation",
    "contact_name",
    "first_name",
    "surname",
    "email",
    "phone",
    "address",
    "street",
    "postcode",
    "town",
    "cvr",
)
VIEW = ("party_type", "kind", "organisation", "contact_name", "email", "phone", "address", "cvr")
TYPES = (PERSON, ORGANISATION)


def _view(p: Party) -> dict[str, Any]:
    return {f: str(getattr(p, f)) for f in VIEW}


def _info(p: Party, role: str = "sender") -> PartyInfo:
    return PartyInfo(
        p.id,
        str(p.kind),
        p.organisation,
        p.contact_name,
        p.email,
        p.phone,
        p.address,
        role,
        p.party_type,
        None,
        p.email if p.party_type == ORGANISATION else "",
        cvr=p.cvr,
    )


def key_of(p: Party) -> str:
    """The identity key intake would give this party as it now is."""
    person = p.party_type == PERSON
    found = FoundParty(
        p.party_type,
        PartyRole.SENDER,
        p.contact_name if person else p.organisation,
        PartyKind(p.kind),
        p.email,
        street=p.street,
        postcode=p.postcode,
        cvr=p.cvr,
    )
    return found.key


@dataclass(frozen=True)
class PersonData:
    """One person's structured data (for anonymisation and erasure, issue 15's need)."""

    id: int
    name: str
    first_name: str
    surname: str
    email: str
    phone: str
    street: str
    postcode: str
    town: str
    kind: str


@dataclass(frozen=True)
class MergeRecord:
    """Everything a merge changed, so that it can be undone exactly."""

    keep_id: int
    keep_before: dict[str, Any]
    other: dict[str, Any]  # the merged party's columns, id included
    links: tuple[dict[str, Any], ...]  # the merged party's links as they were
    contact_links: tuple[int, ...]  # links whose contact_for_id pointed at the merged party
    aliases: tuple[dict[str, Any], ...]
    added_aliases: tuple[int, ...]


@dataclass(frozen=True)
class Suggestion:
    """A hint the officer may follow: this person may be that organisation's contact."""

    person_id: int
    organisation_id: int
    text: str


_COLUMNS = (
    "consultation_id",
    "party_type",
    "kind",
    "organisation",
    "contact_name",
    "first_name",
    "surname",
    "email",
    "phone",
    "address",
    "street",
    "postcode",
    "town",
    "cvr",
    "confirmed",
    "match_key",
    "pseudonym",
)
_LINK_COLUMNS = (
    "id",
    "response_id",
    "role",
    "position",
    "contact_for_id",
    "seen_key",
    "uncertain",
    "note",
)


class PartyService:
    """Keep one party per person or organisation, as the officer sees fit."""

    def __init__(self, write: sessionmaker[Session], read: sessionmaker[Session], user: str):
        self._write = write
        self._read = read
        self._user = user

    def get(self, party_id: int) -> PartyInfo:
        with self._read() as s:
            return _info(self._party(s, party_id))

    def person(self, party_id: int) -> PersonData:
        """A person's name parts, contact details and address, as stored."""
        with self._read() as s:
            p = self._party(s, party_id)
            if p.party_type != PERSON:
                raise ServiceError(f"Afsender {party_id} er ikke en person.")
            return PersonData(
                p.id,
                p.contact_name,
                p.first_name,
                p.surname,
                p.email,
                p.phone,
                p.street,
                p.postcode,
                p.town,
                str(p.kind),
            )

    def persons(
        self, consultation_id: int, kind: str | None = PartyKind.PRIVATE
    ) -> list[PersonData]:
        """The consultation's persons (private persons by default)."""
        with self._read() as s:
            query = select(Party).where(
                Party.consultation_id == consultation_id, Party.party_type == PERSON
            )
            if kind is not None:
                query = query.where(Party.kind == kind)
            return [
                PersonData(
                    p.id,
                    p.contact_name,
                    p.first_name,
                    p.surname,
                    p.email,
                    p.phone,
                    p.street,
                    p.postcode,
                    p.town,
                    str(p.kind),
                )
                for p in s.scalars(query.order_by(Party.id))
            ]

    def all(self, consultation_id: int) -> list[PartyInfo]:
        with self._read() as s:
            rows = s.scalars(
                select(Party)
                .where(Party.consultation_id == consultation_id)
                .order_by(Party.organisation, Party.contact_name)
            ).all()
            return [_info(p) for p in rows]

    # --- corrections ---

    def update(self, party_id: int, **changes: Any) -> PartyInfo:
        """Change what the party is (person/organisation, kind) or its details; the party is
        then confirmed, and the key it was found by before stays an alias of it."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise ServiceError(f"Ukendte felter: {', '.join(sorted(unknown))}")
        if "party_type" in changes and changes["party_type"] not in TYPES:
            raise ServiceError("En afsender er en person eller en organisation.")
        with self._write.begin() as s:
            p = self._party(s, party_id)
            before = _view(p)
            old_key = p.match_key
            for key, value in changes.items():
                setattr(p, key, PartyKind(value) if key == "kind" else str(value).strip())
            named = p.party_type == PERSON and "contact_name" in changes
            if named and "first_name" not in changes and "surname" not in changes:
                p.first_name, p.surname = split_name(p.contact_name)
            if {"street", "postcode", "town"} & set(changes) and "address" not in changes:
                place = " ".join(x for x in (p.postcode, p.town) if x)
                p.address = ", ".join(x for x in (p.street, place) if x)
            p.confirmed = True
            new_key = key_of(p)
            if new_key and new_key != old_key:
                p.match_key = new_key
            if old_key and old_key != p.match_key:
                self._alias(s, p, old_key)
            self._settle(s, p.id)
            s.flush()
            self._audit(s, p, "update", before, _view(p))
            return _info(p)

    def confirm_response(self, response_id: int) -> None:
        """The officer has looked: the response's senders are right as they stand."""
        with self._write.begin() as s:
            r = s.get(Response, response_id)
            if r is None:
                raise NotFound(f"Høringssvar {response_id} findes ikke.")
            links = s.scalars(select(ResponseParty).where(ResponseParty.response_id == r.id)).all()
            if not any(link.role in (PartyRole.SENDER, PartyRole.CO_SIGNER) for link in links):
                raise ServiceError("Høringssvaret har ingen afsender; tilføj en først.")
            unknown = [
                link.party
                for link in links
                if link.role in (PartyRole.SENDER, PartyRole.CO_SIGNER)
                and link.party.kind == PartyKind.UNKNOWN
            ]
            if unknown:
                raise ServiceError(
                    "Vælg først, om afsenderen er en privatperson eller en organisation."
                )
            before = [
                {"party": link.party_id, "note": link.note} for link in links if link.uncertain
            ]
            for link in links:
                link.uncertain = False
                link.note = ""
                if link.role is not PartyRole.FORWARDER:
                    link.party.confirmed = True
            audit.record(
                s,
                self._user,
                "response",
                r.id,
                "confirm_senders",
                {"uncertain": before},
                None,
                consultation_id=r.consultation_id,
                response_id=r.id,
            )

    def add_to_response(
        self, response_id: int, role: str = PartyRole.SENDER, **fields: Any
    ) -> PartyInfo:
        """A new party on a response (e.g. a letter without a sender the reader could see)."""
        with self._write.begin() as s:
            r = s.get(Response, response_id)
            if r is None:
                raise NotFound(f"Høringssvar {response_id} findes ikke.")
            values = {k: str(v).strip() for k, v in fields.items() if k in FIELDS and k != "kind"}
            if "party_type" not in values:
                values["party_type"] = ORGANISATION if values.get("organisation") else PERSON
            p = Party(
                consultation_id=r.consultation_id,
                kind=PartyKind(fields.get("kind", PartyKind.ORGANISATION)),
                confirmed=True,
                **values,
            )
            if p.party_type == PERSON and not (p.first_name or p.surname):
                p.first_name, p.surname = split_name(p.contact_name)
            p.match_key = key_of(p) or f"manual:{audit.utcnow().isoformat()}"
            s.add(p)
            s.flush()
            position = len(r.party_links)
            s.add(
                ResponseParty(
                    response_id=r.id,
                    party_id=p.id,
                    role=PartyRole(role),
                    position=position,
                    seen_key=p.match_key if not p.match_key.startswith("manual:") else "",
                )
            )
            self._audit(s, p, "create", None, _view(p), response_id)
            return _info(p, str(role))

    # --- merging ---

    def merge(self, keep_id: int, other_id: int) -> MergeRecord:
        """Make two parties one: every response of ``other`` now points at ``keep``, and
        ``other``'s keys find ``keep`` from now on. The record undoes it (``unmerge``)."""
        if keep_id == other_id:
            raise ServiceError("Vælg to forskellige afsendere.")
        with self._write.begin() as s:
            keep, other = s.get(Party, keep_id), s.get(Party, other_id)
            if keep is None or other is None:
                raise NotFound("En af afsenderne findes ikke længere.")
            if keep.consultation_id != other.consultation_id:
                raise ServiceError("Afsendere fra forskellige høringer kan ikke slås sammen.")
            record_other = {c: getattr(other, c) for c in _COLUMNS} | {"id": other.id}
            links = s.scalars(select(ResponseParty).where(ResponseParty.party_id == other.id)).all()
            saved_links = tuple({c: getattr(x, c) for c in _LINK_COLUMNS} for x in links)
            pointing = s.scalars(
                select(ResponseParty).where(ResponseParty.contact_for_id == other.id)
            ).all()
            aliases = s.scalars(select(PartyAlias).where(PartyAlias.party_id == other.id)).all()
            saved_aliases = tuple(
                {"consultation_id": a.consultation_id, "key": a.key, "source": a.source}
                for a in aliases
            )
            keep_before = {c: getattr(keep, c) for c in _COLUMNS}
            for link in links:
                clash = s.scalar(
                    select(ResponseParty).where(
                        ResponseParty.response_id == link.response_id,
                        ResponseParty.party_id == keep.id,
                        ResponseParty.role == link.role,
                    )
                )
                if clash is None:
                    link.party_id = keep.id
                else:
                    s.delete(link)
            for link in pointing:
                link.contact_for_id = keep.id
            for f in (
                "organisation",
                "contact_name",
                "first_name",
                "surname",
                "email",
                "phone",
                "address",
                "street",
                "postcode",
                "town",
                "cvr",
            ):
                if not getattr(keep, f) and getattr(other, f):
                    setattr(keep, f, getattr(other, f))
            keep.confirmed = True
            s.flush()
            added: list[int] = []
            for key in {other.match_key, *(a.key for a in aliases)} - {keep.match_key, ""}:
                alias = self._alias(s, keep, key)
                if alias is not None:
                    added.append(alias.id)
            self._audit(s, keep, "merge", {"merged": _view(other)}, _view(keep))
            s.delete(other)
            return MergeRecord(
                keep.id,
                keep_before,
                record_other,
                saved_links,
                tuple(x.id for x in pointing),
                saved_aliases,
                tuple(added),
            )

    def unmerge(self, record: MergeRecord) -> PartyInfo:
        """Undo a merge: the merged party back with its id, details, keys and links."""
        with self._write.begin() as s:
            keep = s.get(Party, record.keep_id)
            if keep is None:
                raise NotFound(
                    "Afsenderen findes ikke længere; sammenlægningen kan ikke fortrydes."
                )
            if s.get(Party, record.other["id"]) is not None:
                raise ServiceError("Sammenlægningen er allerede fortrudt.")
            other = Party(**record.other)
            s.add(other)
            for c, value in record.keep_before.items():
                setattr(keep, c, value)
            s.flush()
            if record.added_aliases:
                s.execute(delete(PartyAlias).where(PartyAlias.id.in_(record.added_aliases)))
            for alias in record.aliases:
                s.add(PartyAlias(party_id=other.id, **alias))
            for saved in record.links:
                link = s.get(ResponseParty, saved["id"])
                if link is None:  # it clashed with keep's own link and was removed
                    s.add(ResponseParty(party_id=other.id, **saved))
                else:
                    link.party_id = other.id
            if record.contact_links:
                s.execute(
                    update(ResponseParty)
                    .where(ResponseParty.id.in_(record.contact_links))
                    .values(contact_for_id=other.id)
                )
            s.flush()
            self._audit(s, other, "unmerge", {"merged_into": keep.id}, _view(other))
            return _info(other)

    def split(self, party_id: int, response_id: int) -> PartyInfo:
        """Give one response its own copy of a party shared with other responses."""
        with self._write.begin() as s:
            p = s.get(Party, party_id)
            link = s.scalar(
                select(ResponseParty).where(
                    ResponseParty.party_id == party_id, ResponseParty.response_id == response_id
                )
            )
            if p is None or link is None:
                raise NotFound("Afsenderen er ikke knyttet til det høringssvar.")
            copy = Party(
                **{c: getattr(p, c) for c in _COLUMNS if c not in ("match_key", "pseudonym")},
                match_key=f"split:{p.id}:{response_id}",
            )
            copy.confirmed = True
            s.add(copy)
            s.flush()
            link.party_id = copy.id
            s.execute(
                update(ResponseParty)
                .where(
                    ResponseParty.response_id == response_id, ResponseParty.contact_for_id == p.id
                )
                .values(contact_for_id=copy.id)
            )
            self._audit(s, copy, "split", {"from": p.id}, _view(copy), response_id)
            return _info(copy, str(link.role))

    # --- suggestions ---

    def suggestions(self, response_id: int) -> list[Suggestion]:
        """Persons sending on their own whose address is at an organisation's mail domain:
        perhaps that organisation's contact. Only ever shown; nothing is joined."""
        with self._read() as s:
            r = s.get(Response, response_id)
            if r is None:
                raise NotFound(f"Høringssvar {response_id} findes ikke.")
            persons = [
                link.party
                for link in r.party_links
                if link.role in (PartyRole.SENDER, PartyRole.CO_SIGNER)
                and link.party.party_type == PERSON
                and link.party.email
            ]
            out: list[Suggestion] = []
            for person in persons:
                domain = domain_of(person.email)
                if not domain or is_free_mail(domain):
                    continue
                rows = s.execute(
                    select(Party.id, Party.organisation, Party.email).where(
                        Party.consultation_id == r.consultation_id,
                        Party.party_type == ORGANISATION,
                    )
                ).all()
                contacts = s.execute(
                    select(ResponseParty.contact_for_id, Party.email)
                    .join(Party, Party.id == ResponseParty.party_id)
                    .where(
                        Party.consultation_id == r.consultation_id,
                        ResponseParty.contact_for_id.is_not(None),
                    )
                ).all()
                at_domain: set[int] = {
                    int(pid) for pid, email in contacts if pid and domain_of(email) == domain
                }
                at_domain |= {int(pid) for pid, _, email in rows if domain_of(email) == domain}
                names = {pid: name for pid, name, _ in rows}
                for org_id in sorted(at_domain):
                    if org_id in names:
                        out.append(
                            Suggestion(
                                person.id,
                                org_id,
                                f"{person.contact_name or person.email} skriver fra samme "
                                f"e-maildomæne ({domain}) som «{names[org_id]}». Er det "
                                "organisationens kontaktperson?",
                            )
                        )
            return out

    def link_as_contact(self, response_id: int, person_id: int, organisation_id: int) -> None:
        """The officer follows a suggestion: in this response the person is the
        organisation's contact, and the organisation is the sender."""
        with self._write.begin() as s:
            link = s.scalar(
                select(ResponseParty).where(
                    ResponseParty.response_id == response_id, ResponseParty.party_id == person_id
                )
            )
            org = s.get(Party, organisation_id)
            if link is None or org is None or org.party_type != ORGANISATION:
                raise NotFound("Afsenderen eller organisationen findes ikke længere.")
            role = link.role
            link.role, link.contact_for_id = PartyRole.CONTACT, org.id
            link.uncertain, link.note = False, ""
            s.flush()
            s.add(
                ResponseParty(
                    response_id=response_id,
                    party_id=org.id,
                    role=role,
                    position=max(0, link.position - 1),
                    seen_key=org.match_key,
                )
            )
            person = s.get(Party, person_id)
            if person is not None and person.kind in (PartyKind.PRIVATE, PartyKind.UNKNOWN):
                person.kind = org.kind
            self._audit(s, org, "link_contact", None, {"person": person_id}, response_id)

    # --- helpers ---

    def _party(self, s: Session, party_id: int) -> Party:
        p = s.get(Party, party_id)
        if p is None:
            raise NotFound(f"Afsender {party_id} findes ikke.")
        return p

    def _alias(self, s: Session, p: Party, key: str) -> PartyAlias | None:
        exists = s.scalar(
            select(PartyAlias).where(
                PartyAlias.consultation_id == p.consultation_id,
                PartyAlias.key == key,
                PartyAlias.party_id == p.id,
            )
        )
        if exists is not None:
            return None
        alias = PartyAlias(
            consultation_id=p.consultation_id, key=key, party_id=p.id, source="officer"
        )
        s.add(alias)
        s.flush()
        return alias

    def _settle(self, s: Session, party_id: int) -> None:
        """The officer has said who this party is: its links are no longer in doubt."""
        s.execute(
            update(ResponseParty)
            .where(ResponseParty.party_id == party_id)
            .values(uncertain=False, note="")
        )

    def _audit(
        self,
        s: Session,
        p: Party,
        action: str,
        before: Any,
        after: Any,
        response_id: int | None = None,
    ) -> None:
        audit.record(
            s,
            self._user,
            "party",
            p.id,
            action,
            before,
            after,
            consultation_id=p.consultation_id,
            response_id=response_id,
        )
