"""The review page's reads off the GUI thread: the tree's badges and a section's lines.

The page asks for what it wants (``ReviewLoader.want``); what it asked for since the last
answer is gathered into one read, so a newer request (another section, a colleague's change)
never loses what an older one wanted (the badges, the lines to keep selected)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from hoeringsdesk.domain.changes import Changes
from hoeringsdesk.domain.records.review import ReviewItem, ReviewRow, SectionCoverage
from hoeringsdesk.gui.background_read import LatestRead
from hoeringsdesk.gui.review_tree import badge, breakdown
from hoeringsdesk.services.review import ReviewService

if TYPE_CHECKING:
    from hoeringsdesk.gui.review_page import ReviewPage


class Why(IntEnum):
    """Why the lines are read again; the strongest reason asked since the last answer wins."""

    REFRESH = 0  # a change elsewhere: keep the officer's selection; wait while they type
    OWN = 1  # the officer's own answer (or a refused one): select the lines it went to
    CHOSEN = 2  # another section or filter was chosen: start at its first line


@dataclass
class Wanted:
    """What the page asked for since the last answer."""

    badges: bool = False
    rows: bool = False
    why: Why = Why.REFRESH
    keep: list[int] = field(default_factory=list)  # for OWN: the lines to select

    def add(self, badges: bool, rows: bool, why: Why, keep: list[int] | None) -> None:
        self.badges = self.badges or badges
        self.rows = self.rows or rows
        if why >= self.why:
            self.why = why
            if keep is not None:
                self.keep = keep


Badges = tuple[dict[int, str], dict[int, str]]  # section id -> badge, and -> its tooltip
Details = tuple[tuple[int, ...], list[ReviewItem]]  # the lines asked for, and their full items


@dataclass(frozen=True)
class Loaded:
    """One read's answer: the badges (None: not asked), a section's lines (None: not asked)
    and the full items of the lines that were selected (or to be selected) when it was asked."""

    consultation_id: int
    section_id: int | None
    subsections: bool
    coverage: dict[int, SectionCoverage] | None
    rows: list[ReviewRow] | None
    badges: Badges | None = None
    details: Details = ((), [])


class ReadReview:
    """What the worker thread runs: the badges (and their texts) and/or one section's lines,
    with the full items of the lines ``selected`` (the GUI thread only shows them)."""

    def __init__(
        self,
        review: ReviewService,
        consultation_id: int,
        section_id: int | None,
        subsections: bool,
        badges: bool,
        selected: tuple[int, ...] = (),
    ) -> None:
        self.review = review
        self.consultation_id = consultation_id
        self.section_id = section_id
        self.subsections = subsections
        self.badges = badges
        self.selected = selected

    def __call__(self) -> Loaded:
        cid = self.consultation_id
        coverage = self.review.coverage(cid) if self.badges else None
        texts = None
        if coverage is not None:
            texts = (
                {sid: badge(c) for sid, c in coverage.items()},
                {sid: breakdown(c) for sid, c in coverage.items()},
            )
        rows = (
            self.review.rows(cid, self.section_id, self.subsections)
            if self.section_id is not None
            else None
        )
        details: Details = ((), [])
        if rows is not None and self.selected:
            details = (self.selected, self.review.details(cid, self.selected))
        return Loaded(cid, self.section_id, self.subsections, coverage, rows, texts, details)


def busiest(coverage: dict[int, SectionCoverage]) -> int | None:
    """The section with the most recommendations of its own (for a first look)."""
    if not coverage:
        return None
    return max(coverage, key=lambda sid: (coverage[sid].total, -sid))


class ReadPassages:
    """What the worker thread runs: the passages of a section's lines, for their tooltips."""

    def __init__(self, review: ReviewService, rec_ids: list[int]) -> None:
        self.review = review
        self.rec_ids = rec_ids

    def __call__(self) -> dict[int, str]:
        return self.review.passages(self.rec_ids)


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive rows."""
    out: list[tuple[int, int]] = []
    for row in rows:
        if out and out[-1][1] == row - 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out


class ReviewLoader(QObject):
    """Reads the review page's badges and lines in a worker (``LatestRead``) and hands the
    latest answer to the page on the GUI thread. An answer to a change elsewhere waits while
    the officer types an answer (the page's editor is busy)."""

    def __init__(self, page: ReviewPage) -> None:
        super().__init__(page)
        self.page = page
        self.reads = LatestRead(self)
        self.reads.delivered.connect(self._loaded)
        self.reads.failed.connect(self._failed)
        self.wanted = Wanted()
        self.to_busiest = False  # choose the busiest section when the badges come

    @property
    def busy(self) -> bool:
        """A read runs or waits."""
        return self.reads.busy

    def reset(self) -> None:
        """Another consultation: nothing asked so far is of use."""
        self.reads.invalidate()
        self.wanted, self.to_busiest = Wanted(), False

    def stop(self) -> None:
        """Closing: wait for the read under way, deliver nothing."""
        self.reads.stop()

    def want(
        self,
        badges: bool = False,
        rows: bool = False,
        why: Why = Why.REFRESH,
        keep: list[int] | None = None,
    ) -> None:
        """Ask for the badges and/or the section's lines, with all asked since the last answer."""
        page = self.page
        if page.consultation_id is None:
            return
        self.wanted.add(badges, rows, why, keep)
        wanted = self.wanted
        section = page.section if wanted.rows else None
        # the lines that will be selected when the answer comes (for another section or
        # filter: its first, not known yet)
        selected = {Why.REFRESH: page.selected_ids(), Why.OWN: wanted.keep}.get(wanted.why, [])
        self.reads.request(
            ReadReview(
                page.services.review,
                page.consultation_id,
                section.id if section is not None else None,
                page.subsections.isChecked(),
                wanted.badges,
                tuple(selected) if section is not None else (),
            )
        )

    @Slot(object)
    def _loaded(self, loaded: Loaded) -> None:
        page = self.page
        if loaded.consultation_id != page.consultation_id:
            return
        wanted, self.wanted = self.wanted, Wanted()
        if loaded.coverage is not None and loaded.badges is not None:
            coverage = loaded.coverage
            page.tree_model.set_badges(*loaded.badges)
            if self.to_busiest:
                self.to_busiest = False
                chosen = busiest(coverage)
                if chosen is not None and (page.section is None or page.section.id != chosen):
                    page.select_section(chosen)  # reads that section's lines
                    return
        section = page.section
        if loaded.rows is None or section is None or loaded.section_id != section.id:
            return
        if wanted.why is Why.REFRESH and page.editor.busy():
            page.deferred.hold(Changes(recommendations=True))  # after the officer's typing
            return
        keep = {Why.CHOSEN: [], Why.OWN: wanted.keep}.get(wanted.why)
        page.show_lines(loaded.rows, keep, loaded.details)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.page.counts.setText(self.tr("Could not read the review: {0}").format(message))
