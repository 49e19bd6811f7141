"""Small invented export data built directly as dataclasses (no store), for the pure tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from hoeringsdesk.domain.deadline import COPENHAGEN
from hoeringsdesk.domain.enums import (
    Outcome,
    PartyKind,
    PartyRole,
    RecommendationType,
    ResponseStatus,
)
from hoeringsdesk.export.model import (
    ConsultationFacts,
    ExportData,
    ExportedResponse,
    InvitedRow,
    PartyRow,
    RecommendationRow,
    SectionRow,
)

TITLE = "Klimaplan for Nordkysten 2027 & frem"
EXPORTED = datetime(2027, 4, 20, 10, 30, tzinfo=COPENHAGEN)

SECTIONS = (
    SectionRow(30, "", "Forord", 0, 0),
    SectionRow(10, "1", "Mål", 0, 1),
    SectionRow(20, "1.1", "Trafik", 1, 2),
    SectionRow(5, "2", "Natur", 0, 3),
)

HAVBO = PartyRow(
    1,
    PartyKind.ORGANISATION,
    "Boligselskabet Havbo",
    "Peter Holm",
    "post@havbo.example.dk",
    "44 55 66 77",
    "Havnegade 3, 4000 Roskilde",
)
ANNE = PartyRow(
    2,
    PartyKind.PRIVATE,
    "",
    "Anne Jensen",
    "anne.jensen@example.dk",
    "22 33 44 55",
    "Strandvejen 12, 4000 Roskilde",
)
METTE = PartyRow(3, PartyKind.PRIVATE, "", "Mette Skov", "mette@example.org", "", "")


def response(number: int, *parties: PartyRow, **extra: object) -> ExportedResponse:
    values: dict[str, object] = {
        "number": number,
        "received": datetime(2027, 3, number, 12, 0, tzinfo=COPENHAGEN),
        "late": False,
        "accepted_late": False,
        "parties": parties,
        "document_number": f"D-{number}",
        "recommendation_count": 1,
        "status": ResponseStatus.DONE,
    }
    values.update(extra)
    return ExportedResponse(**values)  # type: ignore[arg-type]


def rec(number: int, sections: tuple[int, ...], summary: str, **extra: object) -> RecommendationRow:
    values: dict[str, object] = {
        "response_number": number,
        "section_ids": sections,
        "type": RecommendationType.CHANGE,
        "summary": summary,
        "passage": f"Citat fra svar {number}.",
    }
    values.update(extra)
    return RecommendationRow(**values)  # type: ignore[arg-type]


def sample_data(**changes: object) -> ExportData:
    """Three responses, five accepted recommendations (two share a comment), four sections."""
    data = ExportData(
        consultation=ConsultationFacts(
            TITLE, "Nordkysten Kommune", "27-0000042", date(2027, 2, 1), date(2027, 3, 31)
        ),
        sections=SECTIONS,
        responses=(
            response(1, HAVBO),
            response(
                2,
                ANNE,
                replace(HAVBO, role=PartyRole.CO_SIGNER),
                late=True,
                accepted_late=True,
            ),
            response(
                3, METTE, received=None, late=None, campaign_label="Kampagne", campaign_size=1
            ),
        ),
        recommendations=(
            rec(3, (30,), "Om forordet.", type=RecommendationType.GENERAL),
            rec(
                1,
                (10,),
                "Flere cykelstier.",
                comment_text="Vi er enige.",
                outcome=Outcome.YES,
                comment_id=7,
            ),
            rec(
                2,
                (10, 20),
                "Anne Jensen vil have cykelstier.",
                comment_text="Vi er enige.",
                outcome=Outcome.YES,
                comment_id=7,
                type=RecommendationType.SUPPORT,
            ),
            rec(
                1,
                (20,),
                "Færre biler.",
                comment_text="Det overvejes.",
                outcome=Outcome.PARTLY,
                comment_id=8,
            ),
            rec(
                2,
                (),
                "Generelt.",
                comment_text="Nej tak.",
                outcome=Outcome.NO,
                comment_id=9,
                type=RecommendationType.QUESTION,
            ),
        ),
        invited=(
            InvitedRow("Boligselskabet Havbo", "post@havbo.example.dk", True, EXPORTED, (1, 2)),
            InvitedRow("Handicaprådet", "hr@example.dk", False),
        ),
        exported_at=EXPORTED,
        notes=("1 dublet er udeladt.",),
    )
    return replace(data, **changes)  # type: ignore[arg-type]
