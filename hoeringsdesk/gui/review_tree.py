"""The review tree's texts: each section's badge and its tooltip, and the general-remarks node."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hoeringsdesk.domain.records.consultations import SectionNode
from hoeringsdesk.domain.records.review import GENERAL_REMARKS, SectionCoverage
from hoeringsdesk.gui import labels


def badge(cover: SectionCoverage | None) -> str:
    """'(5 · 2 ubesvarede)' after a tree node's heading."""
    if cover is None or not cover.total:
        return ""
    if cover.unanswered == 1:
        return QCoreApplication.translate("ReviewPage", "({0} · one unanswered)").format(
            cover.total
        )
    if cover.unanswered:
        return QCoreApplication.translate("ReviewPage", "({0} · {1} unanswered)").format(
            cover.total, cover.unanswered
        )
    return QCoreApplication.translate("ReviewPage", "({0} · all answered)").format(cover.total)


def breakdown(cover: SectionCoverage) -> str:
    """The badge's tooltip: the section's own recommendations by type."""
    lines = [
        f"{labels.rec_type(t)}: {cover.by_type[t]}"
        for t in labels.REC_TYPES
        if cover.by_type.get(t)
    ]
    lines.append(
        QCoreApplication.translate("ReviewPage", "Unanswered: {0}").format(cover.unanswered)
    )
    return "\n".join(lines)


def general_node() -> SectionNode:
    """The tree's first node: recommendations tagged to no section, answered like any."""
    return SectionNode(
        GENERAL_REMARKS,
        "",
        QCoreApplication.translate("ReviewPage", "General remarks"),
        0,
        None,
        -1,
        QCoreApplication.translate(
            "ReviewPage",
            "What respondents said about the draft as a whole: recommendations tagged to no "
            "section. They are answered here like those of any section.",
        ),
        -1,
    )
