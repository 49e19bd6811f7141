"""Party use cases: edit a person or organisation, confirm, merge (and undo), split, suggest.

What the officer corrects is remembered for the consultation: an edited party is confirmed
(intake never changes it again), a key it was known by before the edit stays an alias of it,
and a merged party's keys become the kept party's — so the same address or name maps the same
way in the next import."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.records.responses import PartyInfo
from hoeringsdesk.intake.senders.model import ORGANISATION, PERSON
from hoeringsdesk.intake.senders.names import split_name
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import NotFound, ServiceError
from hoeringsdesk.services.party_hints import HintCommands
from hoeringsdesk.services.party_merge import MergeCommands
from hoeringsdesk.services.party_records import (
    FIELDS,
    TYPES,
    MergeRecord,
    PersonData,
    Suggestion,
    info,
    key_of,
    view,
)

__all__ = ["MergeRecord", "PartyService", "PersonData", "Suggestion", "key_of"]


class PartyService(MergeCommands, HintCommands):
    """Keep one party per person or organisation, as the officer sees fit."""

    def get(self, party_id: int) -> PartyInfo:
        with self._read() as s:
            return info(self._party(s, party_id))

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
                p.kind,
            )

    def persons(
        self, consultation_id: int, kind: PartyKind | None = PartyKind.PRIVATE
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
                    p.kind,
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
            return [info(p) for p in rows]

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
            before = view(p)
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
            self._audit(s, p, "update", before, view(p))
            return info(p)

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
        self, response_id: int, role: PartyRole = PartyRole.SENDER, **fields: Any
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
                    role=role,
                    position=position,
                    seen_key=p.match_key if not p.match_key.startswith("manual:") else "",
                )
            )
            self._audit(s, p, "create", None, view(p), response_id)
            return info(p, role)
