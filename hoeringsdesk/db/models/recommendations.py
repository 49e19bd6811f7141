"""Tables of the tagging and answering: recommendations, their sections, the answers."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hoeringsdesk.db.enum_column import EnumText
from hoeringsdesk.db.models.base import Base
from hoeringsdesk.domain.enums import Outcome, RecommendationStatus, RecommendationType

if TYPE_CHECKING:
    from hoeringsdesk.db.models.consultations import DraftSection
    from hoeringsdesk.db.models.responses import Response


class AdministrationComment(Base):
    """The administration's answer; one comment may answer several recommendations."""

    __tablename__ = "administration_comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[Outcome] = mapped_column(EnumText(Outcome), default=Outcome.UNDECIDED)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    recommendations: Mapped[list[Recommendation]] = relationship(back_populates="comment")
    __mapper_args__ = {"version_id_col": version}


class Recommendation(Base):
    """One point made in a response: passage [start, end) of its text, summary, type."""

    __tablename__ = "recommendation"
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[RecommendationStatus] = mapped_column(
        EnumText(RecommendationStatus), default=RecommendationStatus.SUGGESTED, index=True
    )
    type: Mapped[RecommendationType] = mapped_column(
        EnumText(RecommendationType), default=RecommendationType.CHANGE
    )
    passage: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column(Integer, default=0)
    end: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")
    source_label: Mapped[str] = mapped_column(Text, default="")
    # A suggestion's section candidates with their reasons (see domain.suggestions).
    suggestion: Mapped[dict | None] = mapped_column(JSON)
    campaign_origin_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="SET NULL"), index=True
    )
    comment_id: Mapped[int | None] = mapped_column(
        ForeignKey("administration_comment.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    response: Mapped[Response] = relationship(back_populates="recommendations")
    comment: Mapped[AdministrationComment | None] = relationship(back_populates="recommendations")
    section_links: Mapped[list[RecommendationSection]] = relationship(
        back_populates="recommendation", cascade="all, delete-orphan", passive_deletes=True
    )
    __mapper_args__ = {"version_id_col": version}


class RecommendationSection(Base):
    """Many-to-many link: a recommendation concerns one or more draft sections."""

    __tablename__ = "recommendation_section"
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), primary_key=True
    )
    section_id: Mapped[int] = mapped_column(
        ForeignKey("draft_section.id", ondelete="CASCADE"), primary_key=True
    )
    recommendation: Mapped[Recommendation] = relationship(back_populates="section_links")
    section: Mapped[DraftSection] = relationship()


Index("ix_recommendation_section_section", RecommendationSection.section_id)
