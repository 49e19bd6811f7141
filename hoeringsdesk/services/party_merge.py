"""Merging two parties (and undoing it exactly), and splitting one off a response."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.db.models.parties import Party, PartyAlias, ResponseParty
from hoeringsdesk.domain.records.responses import PartyInfo
from hoeringsdesk.services.errors import ConflictError, NotFound, ServiceError
from hoeringsdesk.services.party_records import (
    LINK_COLUMNS,
    PARTY_COLUMNS,
    MergeRecord,
    PartyBase,
    info,
    view,
)


class MergeCommands(PartyBase):
    """The officer says two parties are one — or that one response's party is its own."""

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
            record_other = {c: getattr(other, c) for c in PARTY_COLUMNS} | {"id": other.id}
            links = s.scalars(select(ResponseParty).where(ResponseParty.party_id == other.id)).all()
            saved_links = tuple({c: getattr(x, c) for c in LINK_COLUMNS} for x in links)
            pointing = s.scalars(
                select(ResponseParty).where(ResponseParty.contact_for_id == other.id)
            ).all()
            aliases = s.scalars(select(PartyAlias).where(PartyAlias.party_id == other.id)).all()
            saved_aliases = tuple(
                {"consultation_id": a.consultation_id, "key": a.key, "source": a.source}
                for a in aliases
            )
            keep_before = {c: getattr(keep, c) for c in PARTY_COLUMNS}
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
            self._audit(s, keep, "merge", {"merged": view(other)}, view(keep))
            s.delete(other)
            return MergeRecord(
                keep.id,
                keep_before,
                record_other,
                saved_links,
                tuple(x.id for x in pointing),
                saved_aliases,
                tuple(added),
                keep.version,
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
            if record.keep_version is not None and keep.version != record.keep_version:
                raise ConflictError(_changed_since(s, keep))
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
            self._audit(s, other, "unmerge", {"merged_into": keep.id}, view(other))
            return info(other)

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
                **{c: getattr(p, c) for c in PARTY_COLUMNS if c not in ("match_key", "pseudonym")},
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
            self._audit(s, copy, "split", {"from": p.id}, view(copy), response_id)
            return info(copy, link.role)


def _changed_since(s: Session, keep: Party) -> str:
    """Who changed the kept party after the merge (its undo would overwrite that)."""
    last = s.scalar(
        select(AuditEvent)
        .where(AuditEvent.entity == "party", AuditEvent.entity_id == keep.id)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    who = last.user if last is not None else "en anden"
    return (
        f"Afsenderen »{keep.organisation or keep.contact_name}« er ændret af {who} efter "
        "sammenlægningen, så den fortrydes ikke (ændringen ville gå tabt)."
    )
