"""Register one prepared file as a response: evidence, text, parties, duplicates, suggestions.

What can be worked out from the file alone (digests, text, parties named, suggestions,
sketch) is prepared beforehand, in the parse workers (``intake.prepare``); registration only
looks things up in the store and writes, with Core statements inside the caller's
transaction (one per file).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from hoeringsdesk.domain.enums import FileStatus, PartyRole, RecommendationStatus
from hoeringsdesk.domain.parsed import ParsedResponse
from hoeringsdesk.domain.records.consultations import ConsultationInfo
from hoeringsdesk.intake.ocr import OcrSettings
from hoeringsdesk.intake.pipeline import Prepared, prepare_parsed
from hoeringsdesk.intake.prepare import PrepareContext, PreparedResponse
from hoeringsdesk.intake.section_match import SectionRef
from hoeringsdesk.services import audit
from hoeringsdesk.services.campaigns import link_similar
from hoeringsdesk.services.intake_sql import (
    INSERT_AUDIT,
    INSERT_BLOBS,
    INSERT_FILES,
    INSERT_LINKS,
    INSERT_PARTS,
    INSERT_REC_SECTIONS,
    INSERT_RECOMMENDATIONS,
    INSERT_RESPONSE,
    NEXT_NUMBER,
    PARTY_EMAILS,
    RESPONSE_NUMBER,
    SAME_ATTACHMENT,
    SAME_FILE,
    SAME_MESSAGE,
    STORED_BLOBS,
)
from hoeringsdesk.services.party_matching import StoredLink, store_reading
from hoeringsdesk.services.sketch_index import SketchIndex, pack
from hoeringsdesk.services.unit_of_work import inserted_id

SUGGESTED = str(RecommendationStatus.SUGGESTED)


@dataclass(slots=True)
class FileOutcome:
    """What became of one file in an import."""

    path: str
    status: FileStatus
    response_id: int | None = None
    duplicate_of: int | None = None
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    new_version_of: int | None = None
    campaign_id: int | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "status": self.status,
            "response_id": self.response_id,
            "duplicate_of": self.duplicate_of,
            "reason": self.reason,
            "warnings": self.warnings,
        }


class Registrar:
    """Registers prepared files into one consultation, each inside the caller's transaction."""

    def __init__(
        self,
        consultation: ConsultationInfo,
        sections: Sequence[SectionRef],
        user: str,
        index: SketchIndex | None = None,
        ocr: OcrSettings | None = None,
    ):
        self.consultation = consultation
        self.index = index
        self.user = user
        self.context = PrepareContext(
            frozenset(a.lower() for a in consultation.reply_addresses or ()),
            tuple(sections),
            ocr or OcrSettings(),
        )

    def forget(self) -> None:
        """Drop what this run keeps of the store (sketches): after a rolled-back registration
        they may name rows that were never committed, whose ids SQLite reuses."""
        self.index = None

    def prepare(self, parsed: ParsedResponse | str) -> Prepared:
        """Prepare in this process (what the parse workers do for a batch)."""
        return prepare_parsed(parsed, self.context)

    # --- the whole registration ---

    def register(self, s: Session, prepared: PreparedResponse, source: str) -> FileOutcome:
        conn = s.connection()
        cid = self.consultation.id
        known = conn.execute(SAME_FILE, {"cid": cid, "digest": prepared.digest}).first()
        if known is not None:
            root = known.duplicate_of_id or known.id
            reason = f"Filen er allerede registreret som {_response_label(conn, root)}."
            return FileOutcome(source, FileStatus.DUPLICATE, None, root, reason)

        duplicate_of = self._duplicate_of(conn, prepared)
        parties, mine = self._parties(conn, prepared)
        new_version_of = campaign_id = None
        index = self.index
        if duplicate_of is None:
            if index is None:
                index = self.index = SketchIndex.load(conn, cid)
            new_version_of, campaign_id = link_similar(
                conn, cid, prepared.fingerprint, prepared.sketch, mine, index
            )
        number = None if duplicate_of else int(conn.execute(NEXT_NUMBER, {"cid": cid}).scalar_one())
        sketched = duplicate_of is None and bool(prepared.sketch)
        now = audit.utcnow()
        row = {
            "consultation_id": cid,
            "number": number,
            "subject": prepared.subject,
            "message_id": prepared.message_id,
            "source_sha256": prepared.digest,
            "source_name": prepared.source_name,
            "received_at": prepared.received_at,
            "received_source": prepared.received_source,
            "text": prepared.text,
            "text_hash": prepared.text_hash,
            "fingerprint": pack(prepared.sketch) if sketched else None,
            "warnings": list(prepared.warnings),
            "channel": prepared.channel,
            "ocr_words": [list(w) for w in prepared.ocr_words] or None,
            "duplicate_of_id": duplicate_of,
            "new_version_of_id": new_version_of,
            "campaign_id": campaign_id,
            "created_at": now,
        }
        response_id = inserted_id(conn.execute(INSERT_RESPONSE, row))
        self._store_files(conn, response_id, prepared)
        self._store_parts(conn, response_id, prepared)
        if parties:
            conn.execute(
                INSERT_LINKS,
                [
                    {
                        "response_id": response_id,
                        "party_id": link.party_id,
                        "role": link.role,
                        "position": link.position,
                        "contact_for_id": link.contact_for_id,
                        "seen_key": link.seen_key,
                        "uncertain": link.uncertain,
                        "note": link.note,
                    }
                    for link in parties
                ],
            )
        if duplicate_of is None and campaign_id is None:
            # A campaign's letters are suggested once, on its first: the officer tags that
            # one and applies the tags to the whole campaign.
            self._suggest(conn, response_id, prepared, now)
        if duplicate_of is None and index is not None and sketched:
            index.add(response_id, prepared.sketch, prepared.fingerprint)
        conn.execute(
            INSERT_AUDIT,
            audit.event_row(
                self.user,
                "response",
                response_id,
                "import",
                None,
                {"file": source, "number": number, "duplicate_of": duplicate_of},
                consultation_id=cid,
                response_id=response_id,
            ),
        )
        status = FileStatus.DUPLICATE if duplicate_of else FileStatus.IMPORTED
        reason = (
            "Samme e-mail eller vedhæftning er allerede registreret som "
            f"{_response_label(conn, duplicate_of)}."
            if duplicate_of
            else ""
        )
        warnings = list(prepared.warnings)
        return FileOutcome(source, status, response_id, duplicate_of, reason, warnings)

    # --- duplicates ---

    def _duplicate_of(self, conn: Connection, prepared: PreparedResponse) -> int | None:
        cid = self.consultation.id
        if prepared.message_id:
            params = {"cid": cid, "message_id": prepared.message_id}
            hit = conn.execute(SAME_MESSAGE, params).first()
            if hit is not None:
                return int(hit.duplicate_of_id or hit.id)
        if not prepared.evident:
            return None
        rows = conn.execute(SAME_ATTACHMENT, {"cid": cid, "digests": list(prepared.evident)}).all()
        sender = prepared.sender_email
        for response_id, dup_of in rows:
            root = int(dup_of or response_id)
            if not sender:
                return root
            emails = self._sender_emails(conn, root)
            if sender.lower() in emails or not emails:
                return root
        return None

    def _sender_emails(self, conn: Connection, response_id: int) -> set[str]:
        emails = conn.scalars(PARTY_EMAILS, {"response_id": response_id}).all()
        return {e.lower() for e in emails}

    # --- evidence and text ---

    def _store_files(self, conn: Connection, response_id: int, prepared: PreparedResponse) -> None:
        digests = prepared.digests
        stored = set(conn.scalars(STORED_BLOBS, {"digests": list(set(digests))}))
        blobs = []
        for item, digest in zip(prepared.files, digests, strict=True):
            if digest not in stored:  # content-addressed: identical files are stored once
                stored.add(digest)
                blobs.append({"sha256": digest, "size": len(item.data), "data": item.data})
        if blobs:
            conn.execute(INSERT_BLOBS, blobs)
        conn.execute(
            INSERT_FILES,
            [
                {
                    "response_id": response_id,
                    "position": position,
                    "parent_position": item.parent,
                    "filename": item.filename,
                    "content_type": item.content_type,
                    "sha256": digest,
                    "size": len(item.data),
                }
                for position, (item, digest) in enumerate(zip(prepared.files, digests, strict=True))
            ],
        )

    def _store_parts(self, conn: Connection, response_id: int, prepared: PreparedResponse) -> None:
        if not prepared.parts:
            return
        conn.execute(
            INSERT_PARTS,
            [
                {
                    "response_id": response_id,
                    "position": position,
                    "file_position": p.file_position,
                    "kind": p.kind,
                    "label": p.label,
                    "start": p.start,
                    "end": p.end,
                }
                for position, p in enumerate(prepared.parts)
            ],
        )

    # --- parties ---

    def _parties(
        self, conn: Connection, prepared: PreparedResponse
    ) -> tuple[list[StoredLink], set[str]]:
        """The response's party links, each party found or created, and who its senders are
        as the file shows them (their identity keys): campaigns and new versions are told by
        these, never by how the parties happen to be grouped."""
        links = store_reading(conn, self.consultation.id, prepared.senders)
        mine = {
            link.seen_key
            for link in links
            if link.seen_key and link.role in (PartyRole.SENDER, PartyRole.CO_SIGNER)
        }
        return links, mine

    # --- suggestions (template rows and free text) ---

    def _suggest(
        self, conn: Connection, response_id: int, prepared: PreparedResponse, now: datetime
    ) -> None:
        if not prepared.suggestions:
            return
        # Multi-row INSERT … RETURNING, ids in the order given; then the section links.
        ids = conn.scalars(
            INSERT_RECOMMENDATIONS,
            [
                {
                    "response_id": response_id,
                    "status": SUGGESTED,
                    "type": str(rec.type),
                    "passage": rec.passage,
                    "start": rec.start,
                    "end": rec.end,
                    "summary": rec.summary,
                    "source_label": rec.label,
                    "suggestion": rec.stored(),
                    "created_at": now,
                    "version": 1,
                }
                for rec in prepared.suggestions
            ],
        ).all()
        links = [
            {"recommendation_id": rec_id, "section_id": section_id}
            for rec_id, rec in zip(ids, prepared.suggestions, strict=True)
            for section_id in rec.section_ids
        ]
        if links:
            conn.execute(INSERT_REC_SECTIONS, links)


def _response_label(conn: Connection, response_id: int) -> str:
    """How the officer knows a response: by its number in the list."""
    number = conn.execute(RESPONSE_NUMBER, {"id": response_id}).scalar()
    return f"svar nr. {number}" if number is not None else "et tidligere svar"
