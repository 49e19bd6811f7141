"""The redaction review before a public export: every find with its place and rule, and the
officer's decisions (lift a false hit, hide something more), kept per consultation, recorded
in the history and applied to every later public export and to anonymising."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.models.consultations import Consultation, RedactionDecision
from hoeringsdesk.domain.enums import DecisionKind
from hoeringsdesk.domain.redaction import Redactor, normalised
from hoeringsdesk.export.model import DecisionRow, ExportData
from hoeringsdesk.export.redact import Finding, findings
from hoeringsdesk.services import audit
from hoeringsdesk.services.base import Service, WriteUnit
from hoeringsdesk.services.errors import NotFound, ServiceError

MAX_HIDE = 200  # characters of one added text


@dataclass(frozen=True)
class ReviewedFinding:
    """A find of the public variant, and whether the officer lifted it (then it stays)."""

    finding: Finding
    lifted: bool


@dataclass(frozen=True)
class Review:
    """What the public variant hides in a consultation, and the decisions made on it."""

    findings: tuple[ReviewedFinding, ...]
    decisions: tuple[DecisionRow, ...]


def decisions_of(s: Session, consultation_id: int) -> tuple[DecisionRow, ...]:
    """The consultation's decisions in the order they were made."""
    return tuple(
        DecisionRow(d.id, d.kind, d.text, d.rule, d.response_number, d.created_by, d.created_at)
        for d in s.scalars(
            select(RedactionDecision)
            .where(RedactionDecision.consultation_id == consultation_id)
            .order_by(RedactionDecision.id)
        )
    )


def with_decisions(data: ExportData, decisions: tuple[DecisionRow, ...]) -> ExportData:
    """Export data that carries the officer's decisions (applied by export.redact)."""
    return replace(
        data,
        decisions=decisions,
        lifted=tuple(d.text for d in decisions if d.kind == DecisionKind.LIFT),
        hidden=tuple(d.text for d in decisions if d.kind == DecisionKind.HIDE),
    )


def apply_decisions(
    s: Session, consultation_id: int, *redactors: Redactor, lift: bool = True
) -> None:
    """Give redactors the consultation's decisions (``lift=False``: only the added texts,
    for erasing, which hides more and never less)."""
    decisions = decisions_of(s, consultation_id)
    for redactor in redactors:
        if lift:
            redactor.lift(d.text for d in decisions if d.kind == DecisionKind.LIFT)
        redactor.hide(d.text for d in decisions if d.kind == DecisionKind.HIDE)


def review_of(data: ExportData) -> Review:
    """Every find of the public variant of ``data`` (internal data with its decisions), the
    lifted ones included and marked, so a lift can be seen and taken back."""
    lifted = {normalised(t) for t in data.lifted}
    found = findings(replace(data, lifted=()))
    return Review(
        tuple(ReviewedFinding(f, normalised(f.text) in lifted) for f in found), data.decisions
    )


class RedactionReviewService(Service):
    """Read the finds of a consultation's public variant; keep the officer's decisions."""

    def __init__(
        self,
        write: WriteUnit,
        read: sessionmaker[Session],
        user: str,
        collect: Callable[[int], ExportData],
    ) -> None:
        super().__init__(write, read, user)
        self._collect = collect

    def review(self, consultation_id: int) -> Review:
        """The finds and decisions (slow on a large consultation: run it off the GUI thread)."""
        return review_of(self._collect(consultation_id))

    def decisions(self, consultation_id: int) -> tuple[DecisionRow, ...]:
        with self._read() as s:
            return decisions_of(s, consultation_id)

    def lift(
        self, consultation_id: int, text: str, rule: str = "", response_number: int | None = None
    ) -> DecisionRow:
        """A find is a false hit: its text stays in every later public export."""
        text = " ".join(text.split())
        if not text:
            raise ServiceError("Der er ingen tekst at vise.")
        return self._add(consultation_id, DecisionKind.LIFT, text, rule, response_number)

    def hide(
        self, consultation_id: int, text: str, response_number: int | None = None
    ) -> DecisionRow:
        """Also hide this text, wherever it stands, in every later public export."""
        text = " ".join(text.split())
        if len(text) < 2:
            raise ServiceError("Skriv den tekst, der også skal skjules (mindst to tegn).")
        if len(text) > MAX_HIDE:
            raise ServiceError(
                f"Teksten er for lang ({len(text)} tegn); skjul højst {MAX_HIDE} tegn ad gangen."
            )
        if not any(c.isalnum() for c in text):
            raise ServiceError("Teksten skal indeholde bogstaver eller tal.")
        return self._add(consultation_id, DecisionKind.HIDE, text, "", response_number)

    def remove(self, decision_id: int) -> None:
        """Take a decision back (the find is hidden again, or the added text shown again)."""
        with self._write.begin() as s:
            row = s.get(RedactionDecision, decision_id)
            if row is None:
                raise NotFound("Beslutningen findes ikke (længere).")
            audit.record(
                s,
                self._user,
                "consultation",
                row.consultation_id,
                "redaction_remove",
                _values(row),
                None,
                consultation_id=row.consultation_id,
            )
            s.delete(row)

    def _add(
        self, cid: int, kind: DecisionKind, text: str, rule: str, response_number: int | None
    ) -> DecisionRow:
        with self._write.begin() as s:
            if s.get(Consultation, cid) is None:
                raise NotFound(f"Høring {cid} findes ikke.")
            for old in decisions_of(s, cid):
                if old.kind == kind and normalised(old.text) == normalised(text):
                    return old  # decided already: the same decision once
            row = RedactionDecision(
                consultation_id=cid,
                kind=kind,
                text=text,
                rule=rule,
                response_number=response_number,
                created_by=self._user,
                created_at=audit.utcnow(),
            )
            s.add(row)
            s.flush()
            audit.record(
                s,
                self._user,
                "consultation",
                cid,
                f"redaction_{kind}",
                None,
                _values(row),
                consultation_id=cid,
            )
            return DecisionRow(
                row.id, kind, text, rule, response_number, row.created_by, row.created_at
            )


def _values(row: RedactionDecision) -> dict[str, object]:
    return {"text": row.text, "rule": row.rule, "response": row.response_number}
