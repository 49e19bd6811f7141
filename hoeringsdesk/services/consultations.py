"""Use cases for consultations: create, list, read and update (with the høringsliste)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models import Consultation, InvitedParty
from hoeringsdesk.domain.records import ConsultationInfo, InvitedInfo
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import NotFound, ServiceError

EDITABLE = (
    "title",
    "authority",
    "case_number",
    "deadline",
    "start_date",
    "reply_addresses",
    "delete_after",
)


def to_info(c: Consultation) -> ConsultationInfo:
    return ConsultationInfo(
        id=c.id,
        title=c.title,
        description=c.description or "",
        authority=c.authority,
        case_number=c.case_number,
        deadline=c.deadline,
        start_date=c.start_date,
        reply_addresses=tuple(c.reply_addresses or ()),
        delete_after=c.delete_after,
        created_at=c.created_at,
        invited=tuple(InvitedInfo(i.name, i.email) for i in c.invited),
    )


def _snapshot(c: Consultation) -> dict[str, Any]:
    data: dict[str, Any] = {key: getattr(c, key) for key in EDITABLE}
    data["invited"] = [f"{i.name} <{i.email}>" if i.email else i.name for i in c.invited]
    return data


class ConsultationService:
    """Create and maintain consultations."""

    def __init__(self, write: sessionmaker[Session], read: sessionmaker[Session], user: str):
        self._write = write
        self._read = read
        self._user = user

    def create(
        self,
        title: str,
        deadline: date,
        *,
        case_number: str = "",
        authority: str = "",
        start_date: date | None = None,
        reply_addresses: Iterable[str] = (),
        invited: Iterable[InvitedInfo] = (),
        delete_after: date | None = None,
        description: str = "",
    ) -> ConsultationInfo:
        title = title.strip()
        if not title:
            raise ServiceError("En høring skal have en titel.")
        if start_date and start_date > deadline:
            raise ServiceError("Høringsperioden kan ikke starte efter høringsfristen.")
        with self._write.begin() as s:
            c = Consultation(
                title=title,
                description=description.strip(),
                authority=authority.strip(),
                case_number=case_number.strip(),
                deadline=deadline,
                start_date=start_date,
                reply_addresses=_clean_addresses(reply_addresses),
                delete_after=delete_after,
                created_at=audit.utcnow(),
            )
            c.invited = [
                InvitedParty(position=i, name=p.name.strip(), email=p.email.strip())
                for i, p in enumerate(invited)
                if p.name.strip()
            ]
            s.add(c)
            s.flush()
            audit.record(
                s,
                self._user,
                "consultation",
                c.id,
                "create",
                None,
                _snapshot(c),
                consultation_id=c.id,
            )
            return to_info(c)

    def list(self) -> list[ConsultationInfo]:
        """All consultations, the most recently created first."""
        with self._read() as s:
            rows = s.scalars(select(Consultation).order_by(Consultation.id.desc())).all()
            return [to_info(c) for c in rows]

    def get(self, consultation_id: int) -> ConsultationInfo:
        with self._read() as s:
            return to_info(_load(s, consultation_id))

    def latest_id(self) -> int | None:
        with self._read() as s:
            return s.scalar(select(Consultation.id).order_by(Consultation.id.desc()).limit(1))

    def resolve(self, consultation_id: int | None) -> int:
        """The given consultation, or the most recently created one."""
        if consultation_id is not None:
            self.get(consultation_id)
            return consultation_id
        latest = self.latest_id()
        if latest is None:
            raise NotFound(
                "Der er ingen høringer endnu. Opret en med "
                "'hoeringsdesk consultation new' eller prøv 'hoeringsdesk demo'."
            )
        return latest

    def update(self, consultation_id: int, **changes: Any) -> ConsultationInfo:
        """Change any of title, authority, case_number, deadline, start_date, reply_addresses,
        delete_after and invited (a list of InvitedInfo)."""
        unknown = set(changes) - set(EDITABLE) - {"invited"}
        if unknown:
            raise ServiceError(f"Ukendte felter: {', '.join(sorted(unknown))}")
        if "title" in changes and not str(changes["title"]).strip():
            raise ServiceError("En høring skal have en titel.")
        with self._write.begin() as s:
            c = _load(s, consultation_id)
            before = _snapshot(c)
            for key, value in changes.items():
                if key == "invited":
                    c.invited = [
                        InvitedParty(position=i, name=p.name.strip(), email=p.email.strip())
                        for i, p in enumerate(value)
                        if p.name.strip()
                    ]
                elif key == "reply_addresses":
                    c.reply_addresses = _clean_addresses(value)
                elif isinstance(value, str):
                    setattr(c, key, value.strip())
                else:
                    setattr(c, key, value)
            if c.start_date and c.start_date > c.deadline:
                raise ServiceError("Høringsperioden kan ikke starte efter høringsfristen.")
            s.flush()
            audit.record(
                s,
                self._user,
                "consultation",
                c.id,
                "update",
                before,
                _snapshot(c),
                consultation_id=c.id,
            )
            return to_info(c)


def _load(s: Session, consultation_id: int) -> Consultation:
    c = s.get(Consultation, consultation_id)
    if c is None:
        raise NotFound(f"Høring {consultation_id} findes ikke.")
    return c


def _clean_addresses(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        value = value.strip().lower()
        if value and value not in seen:
            seen.append(value)
    return seen
