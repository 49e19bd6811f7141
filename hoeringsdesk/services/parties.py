"""Party use cases: edit an organisation or person, merge two, split one off a response."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models import Party, ResponseParty
from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.records import PartyInfo
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import NotFound, ServiceError

FIELDS = ("kind", "organisation", "contact_name", "email", "phone", "address")


def _view(p: Party) -> dict[str, Any]:
    return {f: str(getattr(p, f)) for f in FIELDS}


def _info(p: Party, role: str = "sender") -> PartyInfo:
    return PartyInfo(
        p.id, str(p.kind), p.organisation, p.contact_name, p.email, p.phone, p.address, role
    )


class PartyService:
    """Keep one party per organisation or person, as the officer sees fit."""

    def __init__(self, write: sessionmaker[Session], read: sessionmaker[Session], user: str):
        self._write = write
        self._read = read
        self._user = user

    def get(self, party_id: int) -> PartyInfo:
        with self._read() as s:
            p = s.get(Party, party_id)
            if p is None:
                raise NotFound(f"Afsender {party_id} findes ikke.")
            return _info(p)

    def list(self, consultation_id: int) -> list[PartyInfo]:
        with self._read() as s:
            rows = s.scalars(
                select(Party)
                .where(Party.consultation_id == consultation_id)
                .order_by(Party.organisation, Party.contact_name)
            ).all()
            return [_info(p) for p in rows]

    def update(self, party_id: int, **changes: Any) -> PartyInfo:
        """Change kind, organisation, contact_name, email, phone or address."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise ServiceError(f"Ukendte felter: {', '.join(sorted(unknown))}")
        with self._write.begin() as s:
            p = s.get(Party, party_id)
            if p is None:
                raise NotFound(f"Afsender {party_id} findes ikke.")
            before = _view(p)
            for key, value in changes.items():
                setattr(p, key, PartyKind(value) if key == "kind" else str(value).strip())
            s.flush()
            self._audit(s, p, "update", before, _view(p))
            return _info(p)

    def add_to_response(
        self, response_id: int, role: str = PartyRole.SENDER, **fields: Any
    ) -> PartyInfo:
        """A new party on a response (e.g. a letter without a sender the reader could see)."""
        from hoeringsdesk.db.models import Response

        with self._write.begin() as s:
            r = s.get(Response, response_id)
            if r is None:
                raise NotFound(f"Høringssvar {response_id} findes ikke.")
            p = Party(
                consultation_id=r.consultation_id,
                kind=PartyKind(fields.pop("kind", PartyKind.ORGANISATION)),
                **{k: str(v).strip() for k, v in fields.items() if k in FIELDS},
                match_key=f"manual:{audit.utcnow().isoformat()}",
            )
            s.add(p)
            s.flush()
            position = len(r.party_links)
            s.add(
                ResponseParty(
                    response_id=r.id, party_id=p.id, role=PartyRole(role), position=position
                )
            )
            self._audit(s, p, "create", None, _view(p), response_id)
            return _info(p, str(role))

    def merge(self, keep_id: int, other_id: int) -> PartyInfo:
        """Make two parties one: every response of ``other`` now points at ``keep``."""
        if keep_id == other_id:
            raise ServiceError("Vælg to forskellige afsendere.")
        with self._write.begin() as s:
            keep, other = s.get(Party, keep_id), s.get(Party, other_id)
            if keep is None or other is None:
                raise NotFound("En af afsenderne findes ikke længere.")
            if keep.consultation_id != other.consultation_id:
                raise ServiceError("Afsendere fra forskellige høringer kan ikke slås sammen.")
            for link in s.scalars(
                select(ResponseParty).where(ResponseParty.party_id == other.id)
            ).all():
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
            for f in ("organisation", "contact_name", "email", "phone", "address"):
                if not getattr(keep, f) and getattr(other, f):
                    setattr(keep, f, getattr(other, f))
            self._audit(s, keep, "merge", {"merged": _view(other)}, _view(keep))
            s.flush()
            s.delete(other)
            return _info(keep)

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
                consultation_id=p.consultation_id,
                kind=p.kind,
                organisation=p.organisation,
                contact_name=p.contact_name,
                email=p.email,
                phone=p.phone,
                address=p.address,
                match_key=f"split:{p.id}:{response_id}",
            )
            s.add(copy)
            s.flush()
            link.party_id = copy.id
            self._audit(s, copy, "split", {"from": p.id}, _view(copy), response_id)
            return _info(copy, str(link.role))

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
