"""Privacy use cases: anonymise a private sender everywhere, erase a response's personal
data, and list consultations whose personal data is due for deletion."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, String, cast, delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models.audit import AuditEvent
from hoeringsdesk.db.models.consultations import Consultation
from hoeringsdesk.db.models.parties import Party, PartyAlias, ResponseParty
from hoeringsdesk.db.models.recommendations import AdministrationComment, Recommendation
from hoeringsdesk.db.models.responses import Blob, Response, ResponsePart, StoredFile
from hoeringsdesk.db.search_schema import optimize_search
from hoeringsdesk.domain.enums import PartyKind, PartyRole, PartyType
from hoeringsdesk.domain.redaction import Redactor
from hoeringsdesk.export.redact import own_domains
from hoeringsdesk.intake.similarity import fingerprint, sketch
from hoeringsdesk.services import audit, pseudonyms
from hoeringsdesk.services.backups import BackupService, backups_note
from hoeringsdesk.services.base import Service, WriteUnit
from hoeringsdesk.services.campaigns import pack
from hoeringsdesk.services.errors import NotFound, ServiceError
from hoeringsdesk.services.privacy_kind import make_private
from hoeringsdesk.services.privacy_texts import add_party, learn, redacted_suggestion, scrub
from hoeringsdesk.services.redaction_review import apply_decisions


@dataclass(frozen=True)
class DueItem:
    """A consultation past its "slettes efter" date that still holds personal data."""

    consultation_id: int
    title: str
    delete_after: date
    responses_with_data: int


class PrivacyService(Service):
    """Pseudonyms and erasure that leave nothing behind in the store's file."""

    def __init__(
        self,
        write: WriteUnit,
        read: sessionmaker[Session],
        user: str,
        engine: Engine,
        backups: BackupService | None = None,
    ) -> None:
        super().__init__(write, read, user)
        self._engine = engine
        self._backups = backups

    def backups_note(self) -> str:
        """After anonymising or erasing: earlier backups still hold the data (Danish)."""
        return backups_note(self._backups.copies() if self._backups else [])

    # --- use cases ---

    def anonymise(self, response_id: int, private_person: int | None = None) -> list[str]:
        """Replace the response's private senders by pseudonyms in every response they sent,
        the stored files included (kept as an anonymised text rendition).

        ``private_person``: a sender of the response the program took for an organisation,
        which the officer has confirmed is a private person; it is corrected to one first
        (in the history), in the same step."""
        with self._write.begin() as s:
            response = self._response(s, response_id)
            if private_person is not None:
                make_private(s, self._user, response, private_person)
            people = self._private_parties(s, response.id)
            if not people:
                raise ServiceError("Høringssvaret har ingen privatperson som afsender.")
            labels = self._pseudonyms(s, response.consultation_id, people)
            redactor, known = self._redactors(s, response.consultation_id, lift=True)
            for party in people:
                for r_ in (redactor, known):
                    add_party(r_, party, labels[party.id])
            affected = self._responses_of(s, [p.id for p in people])
            for r in affected:  # names the texts introduce or sign are known data too
                learn(r, redactor, known)
            for r in affected:
                self._redact_response(s, r, redactor, keep_rendition=True, private=True)
            for party in people:
                self._anonymise_party(party, labels[party.id])
            self._forget_keys(s, [p.id for p in people])
            self._scrub_audit(s, response.consultation_id, known)
            audit.record(
                s,
                self._user,
                "response",
                response.id,
                "anonymise",
                None,
                {
                    "pseudonyms": sorted(labels.values()),
                    "responses": sorted(r.id for r in affected),
                },
                consultation_id=response.consultation_id,
                response_id=response.id,
            )
            result = sorted(labels.values())
        self._wipe_leftovers()
        return result

    def erase(self, response_id: int) -> None:
        """Erase the response's personal data: private senders become pseudonyms,
        organisations' contact details go, the stored files are deleted; the anonymised
        text and recommendations stay."""
        with self._write.begin() as s:
            response = self._response(s, response_id)
            self._erase(s, response)
        self._wipe_leftovers()

    def erase_consultation(self, consultation_id: int) -> int:
        """Erase the personal data of every response in a consultation (when it is due)."""
        with self._write.begin() as s:
            responses = s.scalars(
                select(Response).where(Response.consultation_id == consultation_id)
            ).all()
            for response in responses:
                self._erase(s, response)
        self._wipe_leftovers()
        return len(responses)

    def due(self, today: date | None = None) -> list[DueItem]:
        """Consultations whose deletion date has passed and that still hold personal data."""
        today = today or date.today()
        with self._read() as s:
            rows = s.execute(
                select(Consultation.id, Consultation.title, Consultation.delete_after)
                .where(Consultation.delete_after.is_not(None), Consultation.delete_after <= today)
                .order_by(Consultation.delete_after)
            ).all()
            out = []
            for cid, title, when in rows:
                count = s.scalar(
                    select(func.count())
                    .select_from(Response)
                    .where(Response.consultation_id == cid, Response.anonymised.is_(False))
                )
                if count and when is not None:  # not None: the query asked for a date
                    out.append(DueItem(cid, title, when, int(count)))
            return out

    # --- the work ---

    def _response(self, s: Session, response_id: int) -> Response:
        response = s.get(Response, response_id)
        if response is None:
            raise NotFound(f"Høringssvar {response_id} findes ikke.")
        return response

    def _private_parties(self, s: Session, response_id: int) -> list[Party]:
        return list(
            s.scalars(
                select(Party)
                .join(ResponseParty, ResponseParty.party_id == Party.id)
                .where(
                    ResponseParty.response_id == response_id,
                    ResponseParty.role != PartyRole.FORWARDER,
                    Party.kind == PartyKind.PRIVATE,
                )
                .distinct()
            )
        )

    def _all_parties(self, s: Session, response_id: int) -> list[Party]:
        return list(
            s.scalars(
                select(Party)
                .join(ResponseParty, ResponseParty.party_id == Party.id)
                .where(
                    ResponseParty.response_id == response_id,
                    ResponseParty.role != PartyRole.FORWARDER,
                )
                .distinct()
            )
        )

    def _responses_of(self, s: Session, party_ids: list[int]) -> list[Response]:
        ids = set(
            s.scalars(
                select(ResponseParty.response_id).where(ResponseParty.party_id.in_(party_ids))
            )
        )
        ids |= set(s.scalars(select(Response.id).where(Response.duplicate_of_id.in_(ids))))
        return list(s.scalars(select(Response).where(Response.id.in_(ids))))

    def _pseudonyms(self, s: Session, consultation_id: int, people: list[Party]) -> dict[int, str]:
        """The people's labels in the consultation's one numbering (stored from now on)."""
        found = pseudonyms.store(s, consultation_id)
        return {p.id: p.pseudonym or found[p.id] for p in people}

    @staticmethod
    def _anonymise_party(party: Party, label: str) -> None:
        party.pseudonym = label
        party.contact_name = label
        party.organisation = ""
        party.email = party.phone = party.address = ""
        party.first_name = party.surname = party.street = party.postcode = party.town = ""
        party.match_key = f"anonymised:{party.id}"

    @staticmethod
    def _forget_keys(s: Session, party_ids: list[int]) -> None:
        """The keys intake found these parties by (e-mail addresses, names and addresses)
        and the notes of their links go too: they are personal data."""
        if not party_ids:
            return
        s.execute(delete(PartyAlias).where(PartyAlias.party_id.in_(party_ids)))
        s.execute(
            update(ResponseParty)
            .where(ResponseParty.party_id.in_(party_ids))
            .values(seen_key="anonymised:" + cast(ResponseParty.party_id, String), note="")
        )

    def _redactors(
        self, s: Session, consultation_id: int, lift: bool = False
    ) -> tuple[Redactor, Redactor]:
        """The engine as the public variant runs it (for the senders' own texts), and one
        for known data only (for the history of the whole consultation), both with the
        officer's redaction decisions (``lift``: the lifted finds too, else only the added
        texts: erasing hides more, never less)."""
        c = s.get(Consultation, consultation_id)
        domains = own_domains(c.reply_addresses or ()) if c else ()
        general, known = Redactor(general=True, own_domains=domains), Redactor(own_domains=domains)
        apply_decisions(s, consultation_id, general, lift=lift)
        apply_decisions(s, consultation_id, known, lift=False)
        return general, known

    def _erase(self, s: Session, response: Response) -> None:
        redactor, known = self._redactors(s, response.consultation_id)
        parties = self._all_parties(s, response.id)
        private = [p for p in parties if p.kind == PartyKind.PRIVATE]
        labels = self._pseudonyms(s, response.consultation_id, private)
        for party in parties:
            if party.kind == PartyKind.PRIVATE:
                for r_ in (redactor, known):
                    add_party(r_, party, labels[party.id])
                self._anonymise_party(party, labels[party.id])
            else:
                for r_ in (redactor, known):
                    add_party(r_, party, None)
                party.contact_name = party.email = party.phone = party.address = ""
                party.first_name = party.surname = party.street = party.postcode = ""
                party.town = ""
                if party.party_type == PartyType.PERSON:
                    party.match_key = f"erased:{party.id}"
        self._forget_keys(s, [p.id for p in parties])
        targets = [
            response,
            *s.scalars(select(Response).where(Response.duplicate_of_id == response.id)),
        ]
        if private:
            for r in targets:
                learn(r, redactor, known)
        for r in targets:
            self._redact_response(s, r, redactor, keep_rendition=False, private=bool(private))
            r.notes = ""
        self._drop_audit_values(s, [r.id for r in targets], [p.id for p in parties])
        self._scrub_audit(s, response.consultation_id, known)
        audit.record(
            s,
            self._user,
            "response",
            response.id,
            "erase",
            None,
            {"responses": [r.id for r in targets]},
            consultation_id=response.consultation_id,
            response_id=response.id,
        )

    def _redact_response(
        self, s: Session, r: Response, redactor: Redactor, keep_rendition: bool, private: bool
    ) -> None:
        def redact(value: str) -> str:
            return redactor(value, private)

        text, move = redactor.apply(r.text, private)
        if r.ocr_words:  # OCR marks follow the text; a redacted word loses its mark
            r.ocr_words = [
                [move(a), move(b), c]
                for a, b, c in r.ocr_words
                if move(b) - move(a) == b - a and text[move(a) : move(b)] == r.text[a:b]
            ] or None
        for part in s.scalars(select(ResponsePart).where(ResponsePart.response_id == r.id)):
            part.start, part.end = move(part.start), move(part.end)
            part.label = redact(part.label)
            part.file_position = 0
        comment_ids: set[int] = set()
        for rec in s.scalars(select(Recommendation).where(Recommendation.response_id == r.id)):
            rec.start, rec.end = move(rec.start), move(rec.end)
            rec.passage = text[rec.start : rec.end] if rec.end > rec.start else redact(rec.passage)
            rec.summary = redact(rec.summary)
            rec.source_label = redact(rec.source_label)
            rec.suggestion = redacted_suggestion(rec.suggestion, redactor)  # known data
            if rec.comment_id:
                comment_ids.add(rec.comment_id)
        for comment in s.scalars(
            select(AdministrationComment).where(AdministrationComment.id.in_(comment_ids))
        ):
            comment.text = redactor(comment.text)  # the administration's own words
        r.text = text
        r.text_hash = hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()
        values = sketch(fingerprint(text))
        r.fingerprint = pack(values) if values else None
        r.subject = redact(r.subject)
        r.source_name = redact(r.source_name)
        r.message_id = redact(r.message_id)
        r.notes = redact(r.notes)
        r.warnings = [redact(w) for w in r.warnings or []]
        r.anonymised = True
        old = list(s.scalars(select(StoredFile).where(StoredFile.response_id == r.id)))
        shas = {f.sha256 for f in old}
        for f in old:
            s.delete(f)
        s.flush()
        if keep_rendition:
            data = text.encode("utf-8")
            digest = hashlib.sha256(data).hexdigest()
            if s.get(Blob, digest) is None:
                s.add(Blob(sha256=digest, size=len(data), data=data))
                s.flush()
            s.add(
                StoredFile(
                    response_id=r.id,
                    position=0,
                    filename=(redact(r.source_name) or "svar") + ".anonymiseret.txt",
                    content_type="text/plain; charset=utf-8",
                    sha256=digest,
                    size=len(data),
                )
            )
        s.flush()
        for sha in shas:
            if s.scalar(select(StoredFile.id).where(StoredFile.sha256 == sha).limit(1)) is None:
                s.execute(delete(Blob).where(Blob.sha256 == sha))

    def _drop_audit_values(self, s: Session, response_ids: list[int], party_ids: list[int]) -> None:
        """The erased responses' and parties' history keeps its events, not their values."""
        events = s.scalars(
            select(AuditEvent).where(
                AuditEvent.response_id.in_(response_ids)
                | ((AuditEvent.entity == "response") & AuditEvent.entity_id.in_(response_ids))
                | ((AuditEvent.entity == "party") & AuditEvent.entity_id.in_(party_ids))
            )
        )
        for event in events:
            if event.before is not None or event.after is not None:
                event.before = event.after = None

    def _scrub_audit(self, s: Session, consultation_id: int, redactor: Redactor) -> None:
        """The audit never keeps data that was erased."""
        for event in s.scalars(
            select(AuditEvent).where(AuditEvent.consultation_id == consultation_id)
        ):
            before, after = scrub(event.before, redactor), scrub(event.after, redactor)
            if before != event.before:
                event.before = before
            if after != event.after:
                event.after = after

    def _wipe_leftovers(self) -> None:
        """Rewrite what still holds old text: merge the search index, then empty the WAL."""
        if self._engine.dialect.name != "sqlite":
            return
        with self._engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
            optimize_search(conn)
        self._engine.dispose()  # idle pooled connections would hold the WAL open
        with self._engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
