"""Re-read every response's senders from its kept original file (after an upgrade, or asked).

Stores made before persons and organisations were told apart hold parties merged by mail
domain and contacts registered as organisations. This reads each original file again with
today's rules and relinks the response, keeping what the officer did:

- a response whose senders the officer edited, added, split or confirmed keeps them as they are;
- a party the officer edited keeps its edits, and its links where the file still names it;
  a party the officer made by merging keeps all its links;
- every change is recorded in the history (one event per response that changed).

Anonymised or erased responses, and files that cannot be read, keep their senders.
New-version links between responses the files show to be from different people are undone,
and such near-identical responses join a campaign, as intake would have done."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.db.models.base import StoreInfo
from hoeringsdesk.db.models.consultations import Consultation
from hoeringsdesk.db.models.parties import Party, PartyAlias, ResponseParty
from hoeringsdesk.db.models.responses import Blob, Response, StoredFile
from hoeringsdesk.domain.enums import PartyRole
from hoeringsdesk.domain.parsed import ReaderError
from hoeringsdesk.domain.progress import Progress
from hoeringsdesk.errors import log_unexpected
from hoeringsdesk.intake.senders import read_senders
from hoeringsdesk.services import audit
from hoeringsdesk.services.base import Service
from hoeringsdesk.services.campaigns import CAMPAIGN_SIMILARITY, sender_keys
from hoeringsdesk.services.party_matching import store_reading
from hoeringsdesk.services.response_parties import parties_by_response
from hoeringsdesk.services.sketch_index import SketchIndex

PENDING = "senders_rederive"
SENDER_ROLES = (PartyRole.SENDER, PartyRole.CO_SIGNER)


@dataclass
class RepairReport:
    """What re-reading the senders did."""

    responses: int = 0  # looked at
    changed: int = 0  # relinked
    kept: int = 0  # left as the officer had them
    unreadable: int = 0
    parties_removed: int = 0
    versions_undone: int = 0
    details: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"Afsendere genlæst fra de gemte filer: {self.changed} af {self.responses} svar "
            f"ændret, {self.kept} bevaret som sagsbehandleren havde dem"
            + (f", {self.unreadable} kunne ikke læses" if self.unreadable else "")
            + (
                f", {self.versions_undone} forkerte 'ny version'-koblinger fjernet"
                if self.versions_undone
                else ""
            )
            + "."
        )


class SenderRepair(Service):
    """Re-derive senders from the kept files, consultation by consultation."""

    def pending(self) -> bool:
        """An upgrade asked for the senders to be read again."""
        with self._read() as s:
            return s.get(StoreInfo, PENDING) is not None

    def run(
        self, consultation_id: int | None = None, progress: Progress | None = None
    ) -> RepairReport:
        """Re-read every (or one consultation's) responses' senders; one transaction per
        consultation. Clears the upgrade's request when all were done."""
        report = RepairReport()
        with self._read() as s:
            ids = (
                [consultation_id]
                if consultation_id is not None
                else list(s.scalars(select(Consultation.id).order_by(Consultation.id)))
            )
        for cid in ids:
            with self._write.begin() as s:
                self._consultation(s, cid, report, progress)
        if consultation_id is None:
            with self._write.begin() as s:
                s.execute(delete(StoreInfo).where(StoreInfo.key == PENDING))
        return report

    # --- one consultation ---

    def _consultation(
        self, s: Session, cid: int, report: RepairReport, progress: Progress | None
    ) -> None:
        conn = s.connection()
        consultation = s.get(Consultation, cid)
        if consultation is None:
            return
        ours = frozenset(a.casefold() for a in consultation.reply_addresses or ())
        touched = set(
            conn.scalars(
                select(AuditEvent.response_id).where(
                    AuditEvent.consultation_id == cid,
                    AuditEvent.response_id.is_not(None),
                    (AuditEvent.entity == "party")
                    | (
                        (AuditEvent.entity == "response") & (AuditEvent.action == "confirm_senders")
                    ),
                )
            )
        )
        merged: set[int] = set(
            conn.scalars(
                select(AuditEvent.entity_id).where(
                    AuditEvent.consultation_id == cid,
                    AuditEvent.entity == "party",
                    AuditEvent.action == "merge",
                )
            )
        )
        responses = conn.execute(
            select(Response.id, Response.anonymised)
            .where(Response.consultation_id == cid)
            .order_by(Response.id)
        ).all()
        before_all = parties_by_response(conn, cid)
        changed: list[int] = []
        for n, (rid, anonymised) in enumerate(responses, start=1):
            report.responses += 1
            if progress is not None:
                progress(n, len(responses), "")
            if anonymised or rid in touched:
                report.kept += 1
                continue
            parsed = self._read_original(conn, rid)
            if parsed is None:
                report.unreadable += 1
                continue
            reading = read_senders(parsed, ours)
            if self._relink(conn, cid, rid, reading, merged):
                changed.append(rid)
        report.parties_removed += self._drop_orphans(conn, cid)
        after_all = parties_by_response(conn, cid, changed) if changed else {}
        for rid in changed:
            before = [p.display for p in before_all.get(rid, ())]
            after = [p.display for p in after_all.get(rid, ())]
            if before != after:
                report.changed += 1
                conn.execute(
                    insert(AuditEvent),
                    audit.event_row(
                        self._user,
                        "response",
                        rid,
                        "senders_rederived",
                        {"parties": before},
                        {"parties": after},
                        consultation_id=cid,
                        response_id=rid,
                    ),
                )
        report.versions_undone += self._versions(conn, cid)

    def _read_original(self, conn: Connection, response_id: int):  # type: ignore[no-untyped-def]
        from hoeringsdesk.intake.readers import read_file

        row = conn.execute(
            select(StoredFile.filename, Blob.data)
            .join(Blob, Blob.sha256 == StoredFile.sha256)
            .where(StoredFile.response_id == response_id, StoredFile.position == 0)
        ).first()
        if row is None:
            return None
        try:
            return read_file(row.filename, row.data)
        except ReaderError:
            return None
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop the repair
            log_unexpected(exc)
            return None

    def _relink(self, conn: Connection, cid: int, rid: int, reading, merged: set[int]) -> bool:  # type: ignore[no-untyped-def]
        """Replace the response's links by the reading's, keeping confirmed parties' links
        where the file names them (and all links of parties the officer merged)."""
        links = conn.execute(
            select(
                ResponseParty.id,
                ResponseParty.party_id,
                ResponseParty.role,
                Party.confirmed,
                Party.match_key,
            )
            .join(Party, Party.id == ResponseParty.party_id)
            .where(ResponseParty.response_id == rid)
        ).all()
        keys = {p.key for p in reading.parties if p.key} | {
            a for p in reading.parties for a in p.aliases
        }
        aliases: dict[int, set[str]] = {}
        for party_id, key in conn.execute(
            select(PartyAlias.party_id, PartyAlias.key).where(
                PartyAlias.party_id.in_([x.party_id for x in links])
            )
        ):
            aliases.setdefault(party_id, set()).add(key)
        kept = {
            (x.party_id, x.role)
            for x in links
            if x.confirmed
            and (x.party_id in merged or ({x.match_key} | aliases.get(x.party_id, set())) & keys)
        }
        drop = [x.id for x in links if (x.party_id, x.role) not in kept]
        new = [
            link
            for link in store_reading(conn, cid, reading)
            if (link.party_id, link.role) not in kept
        ]
        old = {(x.party_id, x.role) for x in links}
        if not drop and {(x.party_id, x.role) for x in new} | kept == old:
            return False
        if drop:
            conn.execute(
                update(ResponseParty)
                .where(
                    ResponseParty.contact_for_id.in_([x.party_id for x in links if x.id in drop])
                )
                .where(ResponseParty.response_id == rid)
                .values(contact_for_id=None)
            )
            conn.execute(delete(ResponseParty).where(ResponseParty.id.in_(drop)))
        base = len(kept)
        if new:
            conn.execute(
                insert(ResponseParty),
                [
                    {
                        "response_id": rid,
                        "party_id": link.party_id,
                        "role": link.role,
                        "position": base + link.position,
                        "contact_for_id": link.contact_for_id,
                        "seen_key": link.seen_key,
                        "uncertain": link.uncertain,
                        "note": link.note,
                    }
                    for link in new
                ],
            )
        return True

    def _drop_orphans(self, conn: Connection, cid: int) -> int:
        """Parties no response links any more (and the officer never touched)."""
        linked = select(ResponseParty.party_id)
        orphans = list(
            conn.scalars(
                select(Party.id).where(
                    Party.consultation_id == cid,
                    Party.confirmed.is_(False),
                    Party.pseudonym == "",
                    Party.id.not_in(linked),
                )
            )
        )
        if orphans:
            conn.execute(delete(PartyAlias).where(PartyAlias.party_id.in_(orphans)))
            conn.execute(delete(Party).where(Party.id.in_(orphans)))
        return len(orphans)

    def _versions(self, conn: Connection, cid: int) -> int:
        """'New version of' between responses whose files show different senders is undone;
        near-identical ones join a campaign instead."""
        pairs = conn.execute(
            select(Response.id, Response.new_version_of_id, Response.campaign_id).where(
                Response.consultation_id == cid, Response.new_version_of_id.is_not(None)
            )
        ).all()
        if not pairs:
            return 0
        keys = sender_keys(conn, [x for p in pairs for x in (p.id, p.new_version_of_id)])
        index: SketchIndex | None = None
        undone = 0
        for rid, earlier_id, campaign in pairs:
            earlier = int(earlier_id or 0)
            if keys.get(rid, set()) & keys.get(earlier, set()):
                continue
            undone += 1
            conn.execute(
                update(Response)
                .where(Response.id == rid)
                .values(new_version_of_id=None, version=Response.version + 1)
            )
            if campaign is None:
                index = index or SketchIndex.load(conn, cid)
                joined = self._campaign(conn, cid, rid, earlier, index)
                conn.execute(
                    insert(AuditEvent),
                    audit.event_row(
                        self._user,
                        "response",
                        rid,
                        "version_undone",
                        {"new_version_of": earlier},
                        {"campaign": joined},
                        consultation_id=cid,
                        response_id=rid,
                    ),
                )
        return undone

    def _campaign(
        self, conn: Connection, cid: int, rid: int, earlier: int, index: SketchIndex
    ) -> int | None:
        from hoeringsdesk.intake.similarity import fingerprint
        from hoeringsdesk.services.campaigns import _start_campaign

        text = conn.execute(select(Response.text).where(Response.id == rid)).scalar() or ""
        if index.similarity(conn, fingerprint(text), earlier) < CAMPAIGN_SIMILARITY:
            return None
        campaign = conn.execute(select(Response.campaign_id).where(Response.id == earlier)).scalar()
        if campaign is None:
            campaign = _start_campaign(conn, cid, earlier)
        conn.execute(update(Response).where(Response.id == rid).values(campaign_id=campaign))
        return int(campaign)
