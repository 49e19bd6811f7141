"""Reads a consultation from the store once into the export data every writer uses."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from hoeringsdesk.db.models.consultations import DraftSection
from hoeringsdesk.db.models.recommendations import (
    AdministrationComment,
    Recommendation,
    RecommendationSection,
)
from hoeringsdesk.db.models.responses import Campaign, Response
from hoeringsdesk.domain.deadline import COPENHAGEN, is_late, to_local
from hoeringsdesk.domain.enums import PartyKind, PartyRole, RecommendationStatus
from hoeringsdesk.export.assemble import in_draft_order, sort_sections
from hoeringsdesk.export.model import (
    ConsultationFacts,
    ExportData,
    ExportedResponse,
    PartyRow,
    RecommendationRow,
    SectionRow,
)
from hoeringsdesk.export.redact import own_domains
from hoeringsdesk.services import pseudonyms
from hoeringsdesk.services.consultations import _load
from hoeringsdesk.services.export_parts import campaigns, invited_rows
from hoeringsdesk.services.invited_matching import statuses
from hoeringsdesk.services.redaction_review import decisions_of, with_decisions
from hoeringsdesk.services.response_parties import parties_by_response

REC = ("anbefaling", "anbefalinger")


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def collect(s: Session, cid: int) -> ExportData:
    """The consultation as the exports show it: sections, responses, accepted
    recommendations in draft order, the høringsliste, notes on what is left out."""
    c = _load(s, cid)
    facts = ConsultationFacts(
        c.title,
        c.authority,
        c.case_number,
        c.start_date,
        c.deadline,
        c.published_where or "",
        own_domains=own_domains(c.reply_addresses or ()),
    )
    sections = tuple(
        SectionRow(d.id, d.label, d.heading, d.depth, d.ordinal)
        for d in s.scalars(
            select(DraftSection)
            .where(DraftSection.consultation_id == cid)
            .order_by(DraftSection.ordinal, DraftSection.id)
        )
    )
    ordinals = {sec.id: sec.ordinal for sec in sections}
    in_c = Response.consultation_id == cid
    numbers = dict(s.execute(select(Response.id, Response.number).where(in_c)).all())
    rows = s.execute(
        select(
            Response.id,
            Response.number,
            Response.received_at,
            Response.accepted_late,
            Response.status,
            Response.document_number,
            Response.new_version_of_id,
            Response.campaign_id,
            Response.source_name,
        )
        .where(in_c, Response.duplicate_of_id.is_(None))
        .order_by(Response.number)
    ).all()
    duplicates = len(numbers) - len(rows)
    campaign_labels = dict(
        s.execute(select(Campaign.id, Campaign.label).where(Campaign.consultation_id == cid)).all()
    )
    campaign_sizes = Counter(r.campaign_id for r in rows if r.campaign_id is not None)
    parties = _parties(s, cid)
    members, signatories = campaigns(rows, parties)
    left_out = {
        r.id for r in rows if r.accepted_late is False and is_late(r.received_at, c.deadline)
    }
    recs, rec_counts, notes = _recommendations(s, cid, ordinals, left_out)
    responses = tuple(
        ExportedResponse(
            number=r.number,
            received=to_local(r.received_at),
            late=is_late(r.received_at, c.deadline),
            accepted_late=r.accepted_late,
            parties=tuple(parties.get(r.id, ())),
            document_number=r.document_number or "",
            recommendation_count=rec_counts.get(r.id, 0),
            status=r.status,
            campaign_label=campaign_labels.get(r.campaign_id, "") if r.campaign_id else "",
            campaign_size=campaign_sizes.get(r.campaign_id, 0) if r.campaign_id else 0,
            new_version_of=numbers.get(r.new_version_of_id) if r.new_version_of_id else None,
            source_name=r.source_name or "",
            campaign_numbers=members.get(r.campaign_id, ()) if r.campaign_id else (),
            campaign_signatories=signatories.get(r.campaign_id, 0) if r.campaign_id else 0,
        )
        for r in rows
    )
    if duplicates:
        notes.append(f"{_n(duplicates, 'dublet', 'dubletter')} er udeladt.")
    data = ExportData(
        consultation=facts,
        sections=sections,
        responses=responses,
        recommendations=in_draft_order(recs, sections),
        invited=invited_rows(statuses(s.connection(), cid)),
        exported_at=datetime.now(COPENHAGEN),
        notes=tuple(notes),
        pseudonyms=pseudonyms.labels(s, cid),
    )
    return with_decisions(data, decisions_of(s, cid))  # the officer's redaction review


def _parties(s: Session, cid: int) -> dict[int, list[PartyRow]]:
    """Each response's parties for the export: contacts shown with their organisation."""
    return {
        rid: [
            PartyRow(
                p.id,
                PartyKind(p.kind),
                p.organisation,
                p.contact_name,
                p.email,
                p.phone,
                p.address,
                PartyRole(p.role),
            )
            for p in infos
        ]
        for rid, infos in parties_by_response(s.connection(), cid).items()
    }


def _recommendations(
    s: Session, cid: int, ordinals: dict[int, int], left_out: set[int]
) -> tuple[list[tuple[RecommendationRow, int]], dict[int, int], list[str]]:
    live = (
        select(Response.id, Response.number)
        .where(Response.consultation_id == cid, Response.duplicate_of_id.is_(None))
        .subquery()
    )
    accepted = Recommendation.status == RecommendationStatus.ACCEPTED
    link = RecommendationSection
    section_list = (  # "12" or "12,40": one index lookup per row, no 200,000-row join
        select(func.aggregate_strings(cast(link.section_id, String), ","))
        .where(link.recommendation_id == Recommendation.id)
        .scalar_subquery()
    )
    query = (
        select(
            Recommendation.response_id,
            live.c.number,
            Recommendation.type,
            Recommendation.summary,
            Recommendation.passage,
            Recommendation.comment_id,
            Recommendation.start,
            Recommendation.campaign_origin_id,
            section_list,
        )
        .join(live, live.c.id == Recommendation.response_id)
        .where(accepted)
        .order_by(Recommendation.id)
        .execution_options(yield_per=2000)  # rows in batches; their texts live on in the rows
    )
    conn = s.connection()  # plain cursor rows: the ORM's result layer costs ~0.5 s here
    exported_ids = set(
        conn.scalars(
            select(Recommendation.id)
            .join(live, live.c.id == Recommendation.response_id)
            .where(accepted)
        )
    )
    comments = {
        cid_: (text or "", outcome)
        for cid_, text, outcome in conn.execute(
            select(
                AdministrationComment.id, AdministrationComment.text, AdministrationComment.outcome
            ).where(AdministrationComment.consultation_id == cid)
        )
    }
    suggested = conn.scalar(
        select(func.count(Recommendation.id))
        .join(live, live.c.id == Recommendation.response_id)
        .where(Recommendation.status == RecommendationStatus.SUGGESTED)
    )
    counts: Counter[int] = Counter()
    out: list[tuple[RecommendationRow, int]] = []
    folded = no_comment = no_section = dropped = 0
    unanswered = ("", None)
    for row_ in conn.execute(query):
        response_id, number, type_, summary, passage, comment_id, start, origin, linked_ids = row_
        counts[response_id] += 1
        if response_id in left_out:
            dropped += 1  # a late response the officer left out: listed, not treated
            continue
        if origin is not None and origin in exported_ids:
            folded += 1  # a campaign copy: shown once, under the original recommendation
            continue
        answer = comments.get(comment_id) if comment_id is not None else None
        if not linked_ids:
            section_ids: tuple[int, ...] = ()
        elif "," in linked_ids:
            section_ids = sort_sections(map(int, linked_ids.split(",")), ordinals)
        else:
            only = int(linked_ids)
            section_ids = (only,) if only in ordinals else ()
        no_comment += answer is None
        no_section += not section_ids
        text, outcome = answer or unanswered
        row = RecommendationRow(
            response_number=number,
            section_ids=section_ids,
            type=type_,
            summary=summary or "",
            passage=passage or "",
            comment_text=text,
            outcome=outcome,
            comment_id=comment_id if answer is not None else None,
        )
        out.append((row, start or 0))
    notes = []
    if suggested:
        notes.append(
            f"{_n(suggested, 'foreslået anbefaling', 'foreslåede anbefalinger')} er ikke "
            "godkendt og kommer ikke med."
        )
    if no_comment:
        notes.append(f"{_n(no_comment, *REC)} har endnu ingen forvaltningens bemærkning.")
    if no_section:
        notes.append(f"{_n(no_section, *REC)} er ikke knyttet til et afsnit.")
    if dropped:
        notes.append(
            f"{_n(dropped, *REC)} fra for sent modtagne svar, der er udeladt, kommer ikke med."
        )
    if folded:
        notes.append(
            f"{_n(folded, 'kampagnekopi', 'kampagnekopier')} er vist én gang under den "
            "oprindelige anbefaling."
        )
    return out, dict(counts), notes
