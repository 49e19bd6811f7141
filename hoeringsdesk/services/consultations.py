"""Use cases for consultations: create, list, read and update (with the høringsliste)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoeringsdesk.db.models.consultations import Consultation, InvitedMatch, InvitedParty
from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.records.consultations import ConsultationInfo, InvitedInfo, InvitedStatus
from hoeringsdesk.services import audit
from hoeringsdesk.services.base import Service
from hoeringsdesk.services.errors import NotFound, ServiceError
from hoeringsdesk.services.invited_matching import corrections_for, statuses

EDITABLE = (
    "title",
    "authority",
    "case_number",
    "deadline",
    "start_date",
    "reply_addresses",
    "delete_after",
    "published_where",
    "description",
)
KINDS = {k.value for k in PartyKind}


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
        invited=tuple(InvitedInfo(i.name, i.email, i.kind, id=i.id) for i in c.invited),
        published_where=c.published_where or "",
    )


def _snapshot(c: Consultation) -> dict[str, Any]:
    data: dict[str, Any] = {key: getattr(c, key) for key in EDITABLE}
    data["invited"] = [f"{i.name} <{i.email}>" if i.email else i.name for i in c.invited]
    data["invited_corrected"] = [i.name for i in c.invited if i.corrections]
    return data


def _kind(value: PartyKind | str | None) -> PartyKind | None:
    """An entry's kind (None: not given); a value that is no kind is refused, not kept."""
    value = (value or "").strip()
    if value and value not in KINDS:
        raise ServiceError(f"Høringslisten: ukendt partstype »{value}«.")
    return PartyKind(value) if value else None


def _set_invited(s: Session, c: Consultation, items: Iterable[InvitedInfo]) -> None:
    """Replace the høringsliste; entries kept (same id, or same name and e-mail) keep their
    corrections. ``answers`` on an entry sets the officer's ticks for it."""
    old = {i.id: i for i in c.invited}
    by_key = {(i.name.casefold(), i.email.casefold()): i for i in c.invited}
    kept: list[InvitedParty] = []
    answers: list[tuple[InvitedParty, tuple[int, ...]]] = []
    for item in items:
        name, email = item.name.strip(), item.email.strip()
        if not name:
            continue
        row = old.get(item.id) if item.id is not None else None
        row = row or by_key.get((name.casefold(), email.casefold()))
        if row is None or row in kept:
            row = InvitedParty(name=name, email=email)
        row.name, row.email, row.kind = name, email, _kind(item.kind)
        row.position = len(kept)
        kept.append(row)
        if item.answers is not None:
            answers.append((row, item.answers))
    c.invited = kept
    s.flush()
    for row, numbers in answers:
        fixed = corrections_for(s.connection(), c.id, row.id, numbers)
        row.corrections.clear()
        s.flush()  # the old corrections go before the new ones come (one per response)
        row.corrections.extend(InvitedMatch(response_id=r, answered=a) for r, a in fixed.items())
    s.flush()


class ConsultationService(Service):
    """Create and maintain consultations."""

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
        published_where: str = "",
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
                published_where=published_where.strip(),
                created_at=audit.utcnow(),
            )
            s.add(c)
            s.flush()
            _set_invited(s, c, invited)
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

    def invited_status(self, consultation_id: int) -> tuple[InvitedStatus, ...]:
        """The høringsliste with each party's ticks (automatic, then the officer's)."""
        with self._read() as s:
            _load(s, consultation_id)
            return tuple(statuses(s.connection(), consultation_id))

    @staticmethod
    def parse_invited(text: str) -> builtins.list[InvitedInfo]:
        """A pasted høringsliste: 'Name <e-mail>' lines, or cells from a sheet."""
        from hoeringsdesk.intake.invited_list import parse_text

        return parse_text(text)

    @staticmethod
    def read_invited_file(name: str, data: bytes) -> builtins.list[InvitedInfo]:
        """A høringsliste from an .xlsx or .csv file (name, e-mail, kind)."""
        from hoeringsdesk.domain.parsed import ReaderError
        from hoeringsdesk.intake.invited_list import read_sheet

        try:
            return read_sheet(name, data)
        except ReaderError as exc:
            raise ServiceError(str(exc)) from None

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
        delete_after, published_where and invited (a list of InvitedInfo)."""
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
                    _set_invited(s, c, value)
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
