"""Party records and the helpers every party use case shares (views, keys, aliases, audit)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hoeringsdesk.db.models.parties import Party, PartyAlias, ResponseParty
from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.records.responses import PartyInfo
from hoeringsdesk.intake.senders.model import ORGANISATION, PERSON, FoundParty
from hoeringsdesk.services import audit
from hoeringsdesk.services.base import Service
from hoeringsdesk.services.errors import NotFound

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


def view(p: Party) -> dict[str, Any]:
    return {f: str(getattr(p, f)) for f in VIEW}


def info(p: Party, role: PartyRole = PartyRole.SENDER) -> PartyInfo:
    return PartyInfo(
        p.id,
        p.kind,
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
    kind: PartyKind


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
    keep_version: int | None = None  # the kept party's version as the merge left it


@dataclass(frozen=True)
class Suggestion:
    """A hint the officer may follow: this person may be that organisation's contact."""

    person_id: int
    organisation_id: int
    text: str


PARTY_COLUMNS = (
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
LINK_COLUMNS = (
    "id",
    "response_id",
    "role",
    "position",
    "contact_for_id",
    "seen_key",
    "uncertain",
    "note",
)


class PartyBase(Service):
    """The sessions and helpers the party use cases share."""

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
