"""Register one parsed file as a response: evidence, text, parties, duplicates, suggestions."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hoeringsdesk.db.models import (
    Blob,
    Recommendation,
    RecommendationSection,
    Response,
    ResponsePart,
    ResponseParty,
    StoredFile,
)
from hoeringsdesk.domain.enums import (
    PartyKind,
    PartyRole,
    RecommendationStatus,
    RecommendationType,
)
from hoeringsdesk.domain.parsed import Address, ParsedResponse, PartKind
from hoeringsdesk.domain.records import ConsultationInfo
from hoeringsdesk.intake.parties import PartyCandidate, parse_sender_cell
from hoeringsdesk.intake.section_match import SectionRef, match_label
from hoeringsdesk.services import audit
from hoeringsdesk.services.campaigns import SketchIndex, link_similar
from hoeringsdesk.services.party_matching import find_or_create, header_candidate
from hoeringsdesk.services.texts import (
    PlacedPart,
    assemble,
    first_sentence,
    is_general_row,
    is_sender_row,
    locate,
)

MIN_EVIDENT_TEXT = 200  # an attachment this long is the response itself, not a logo


@dataclass
class FileOutcome:
    """What became of one file in an import."""

    path: str
    status: str  # "imported" | "duplicate" | "rejected"
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


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def to_utc_naive(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


class Registrar:
    """Registers parsed files into one consultation, each inside the caller's transaction."""

    def __init__(
        self,
        consultation: ConsultationInfo,
        sections: Sequence[SectionRef],
        user: str,
        index: SketchIndex | None = None,
    ):
        self.consultation = consultation
        self.index = index
        self.sections = list(sections)
        self.user = user
        self.reply_addresses = {a.lower() for a in consultation.reply_addresses or ()}
        self._label_sections: dict[str, list[int]] = {}  # template labels repeat: match once

    def sections_of(self, label: str) -> list[int]:
        found = self._label_sections.get(label)
        if found is None:
            found = match_label(label, self.sections)
            if len(self._label_sections) < 1000:
                self._label_sections[label] = found
        return found

    # --- the whole registration ---

    def register(self, s: Session, parsed: ParsedResponse, source: str) -> FileOutcome:
        original = parsed.files[0]
        digest = sha256(original.data)
        cid = self.consultation.id
        known = s.scalar(
            select(Response)
            .where(Response.consultation_id == cid, Response.source_sha256 == digest)
            .limit(1)
        )
        if known is not None:
            root = known.duplicate_of_id or known.id
            return FileOutcome(source, "duplicate", None, root, "Filen er allerede registreret.")

        sender = self._real_sender(parsed)
        text, placed = assemble(parsed)
        duplicate_of = self._duplicate_of(s, parsed, digest, sender)
        response = Response(
            consultation_id=cid,
            number=None if duplicate_of else self._next_number(s),
            subject=parsed.subject,
            message_id=parsed.message_id,
            source_sha256=digest,
            source_name=original.filename,
            received_at=to_utc_naive(parsed.received),
            received_source=parsed.received_source if parsed.received else "",
            text=text,
            text_hash=sha256(" ".join(text.split()).casefold().encode()),
            warnings=list(parsed.warnings),
            duplicate_of_id=duplicate_of,
            created_at=audit.utcnow(),
        )
        s.add(response)
        s.flush()
        self._store_files(s, response, parsed)
        self._store_parts(s, response, placed)
        self._link_parties(s, response, parsed, sender)
        if duplicate_of is None:
            self._suggest(s, response, text, placed)
            if self.index is None:
                self.index = SketchIndex.load(s, cid)
            link_similar(s, response, self.index)
        audit.record(
            s,
            self.user,
            "response",
            response.id,
            "import",
            None,
            {"file": source, "number": response.number, "duplicate_of": duplicate_of},
            consultation_id=cid,
            response_id=response.id,
        )
        status = "duplicate" if duplicate_of else "imported"
        reason = "Samme e-mail eller vedhæftning er allerede registreret." if duplicate_of else ""
        return FileOutcome(source, status, response.id, duplicate_of, reason, list(parsed.warnings))

    # --- duplicates ---

    def _duplicate_of(
        self, s: Session, parsed: ParsedResponse, digest: str, sender: Address | None
    ) -> int | None:
        cid = self.consultation.id
        if parsed.message_id:
            hit = s.scalar(
                select(Response)
                .where(Response.consultation_id == cid, Response.message_id == parsed.message_id)
                .order_by(Response.id)
                .limit(1)
            )
            if hit is not None:
                return hit.duplicate_of_id or hit.id
        evident = self._evident_files(parsed)
        if not evident:
            return None
        rows = s.execute(
            select(Response.id, Response.duplicate_of_id)
            .join(StoredFile, StoredFile.response_id == Response.id)
            .where(Response.consultation_id == cid, StoredFile.sha256.in_(evident))
            .order_by(Response.id)
        ).all()
        for response_id, dup_of in rows:
            root = dup_of or response_id
            if sender is None or not sender.email:
                return root
            if self._sender_emails(s, root) & {sender.email.lower()} or not self._sender_emails(
                s, root
            ):
                return root
        return None

    def _evident_files(self, parsed: ParsedResponse) -> set[str]:
        """Digests of files whose text makes up the response (not logos or signatures)."""
        lengths: dict[int, int] = {}
        for part in parsed.parts:
            lengths[part.file_index] = lengths.get(part.file_index, 0) + len(part.text)
        out = set()
        for index, size in lengths.items():
            if size >= MIN_EVIDENT_TEXT and (
                index > 0 or parsed.files[0].content_type not in ("message/rfc822",)
            ):
                out.add(sha256(parsed.files[index].data))
        return out

    def _sender_emails(self, s: Session, response_id: int) -> set[str]:
        from hoeringsdesk.db.models import Party

        emails = s.scalars(
            select(Party.email)
            .join(ResponseParty, ResponseParty.party_id == Party.id)
            .where(ResponseParty.response_id == response_id, Party.email != "")
        ).all()
        return {e.lower() for e in emails}

    # --- evidence and text ---

    def _store_files(self, s: Session, response: Response, parsed: ParsedResponse) -> None:
        digests = [sha256(item.data) for item in parsed.files]
        stored = set(s.scalars(select(Blob.sha256).where(Blob.sha256.in_(set(digests)))))
        for position, (item, digest) in enumerate(zip(parsed.files, digests, strict=True)):
            if digest not in stored:  # content-addressed: identical files are stored once
                stored.add(digest)
                s.add(Blob(sha256=digest, size=len(item.data), data=item.data))
            s.add(
                StoredFile(
                    response_id=response.id,
                    position=position,
                    parent_position=item.parent,
                    filename=item.filename,
                    content_type=item.content_type,
                    sha256=digest,
                    size=len(item.data),
                )
            )

    def _store_parts(self, s: Session, response: Response, placed: list[PlacedPart]) -> None:
        if not placed:
            return
        s.execute(  # one multi-row INSERT: parts are many and never edited through the ORM
            insert(ResponsePart),
            [
                {
                    "response_id": response.id,
                    "position": position,
                    "file_position": p.part.file_index,
                    "kind": str(p.part.kind),
                    "label": p.part.label,
                    "start": p.start,
                    "end": p.end,
                }
                for position, p in enumerate(placed)
            ],
        )

    def _next_number(self, s: Session) -> int:
        from sqlalchemy import func

        current = s.scalar(
            select(func.max(Response.number)).where(
                Response.consultation_id == self.consultation.id
            )
        )
        return (current or 0) + 1

    # --- parties ---

    def _is_ours(self, address: Address | None) -> bool:
        return bool(address and address.email and address.email.lower() in self.reply_addresses)

    def _real_sender(self, parsed: ParsedResponse) -> Address | None:
        if parsed.sender and not self._is_ours(parsed.sender):
            return parsed.sender
        return None

    def _link_parties(
        self, s: Session, response: Response, parsed: ParsedResponse, sender: Address | None
    ) -> None:
        candidates = [
            c
            for part in parsed.parts
            if part.kind is PartKind.TEMPLATE_ROW and is_sender_row(part.label)
            for c in parse_sender_cell(part.text)
            if not (c.email and c.email.lower() in self.reply_addresses)
        ]
        links: list[tuple[PartyCandidate, PartyRole]] = [
            (c, PartyRole.SENDER if i == 0 else PartyRole.CO_SIGNER)
            for i, c in enumerate(candidates)
        ]
        if sender is not None:
            emails = {c.email.lower() for c in candidates if c.email}
            if sender.email.lower() not in emails:
                header = header_candidate(sender)
                links.append((header, PartyRole.CONTACT if candidates else PartyRole.SENDER))
        forwarder = parsed.forwarded_by
        if forwarder and forwarder.email and forwarder != sender:
            links.append(
                (
                    PartyCandidate("", forwarder.name, forwarder.email, "", PartyKind.AUTHORITY),
                    PartyRole.FORWARDER,
                )
            )
        seen: set[tuple[int, PartyRole]] = set()
        for position, (candidate, role) in enumerate(links):
            party = find_or_create(s, self.consultation.id, candidate)
            if (party.id, role) in seen:
                continue
            seen.add((party.id, role))
            s.add(
                ResponseParty(
                    response_id=response.id, party_id=party.id, role=role, position=position
                )
            )
        s.flush()

    # --- template suggestions ---

    def _suggest(self, s: Session, response: Response, text: str, placed: list[PlacedPart]) -> None:
        recs: list[dict[str, object]] = []
        sections: list[list[int]] = []
        now = audit.utcnow()
        for p in placed:
            part = p.part
            if part.kind is not PartKind.TEMPLATE_ROW or is_sender_row(part.label):
                continue
            if not text[p.start : p.end].strip():
                continue
            section_ids = self.sections_of(part.label)
            kind = (
                RecommendationType.GENERAL
                if is_general_row(part.label)
                else (RecommendationType.CHANGE)
            )
            spans = [locate(text, item, p.start, p.end) for item in part.items]
            spans = [span for span in spans if span] or [(p.start, p.end)]
            for start, end in spans:
                passage = text[start:end]
                recs.append(
                    {
                        "response_id": response.id,
                        "status": str(RecommendationStatus.SUGGESTED),
                        "type": str(kind),
                        "passage": passage,
                        "start": start,
                        "end": end,
                        "summary": first_sentence(passage),
                        "source_label": part.label,
                        "created_at": now,
                        "version": 1,
                    }
                )
                sections.append(list(dict.fromkeys(section_ids)))
        if not recs:
            return
        # Multi-row INSERT … RETURNING, ids in the order given; then the section links.
        ids = s.scalars(
            insert(Recommendation).returning(Recommendation.id, sort_by_parameter_order=True),
            recs,
        ).all()
        links = [
            {"recommendation_id": rec_id, "section_id": section_id}
            for rec_id, section_ids in zip(ids, sections, strict=True)
            for section_id in section_ids
        ]
        if links:
            s.execute(insert(RecommendationSection), links)
