"""Why a section was suggested, in the officer's words (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hoeringsdesk.domain.records.consultations import SectionNode
from hoeringsdesk.domain.suggestions import Reason, SectionCandidate


def reason_text(reason: Reason) -> str:
    if reason.kind == "label":
        return QCoreApplication.translate("Suggestions", "row label: {0}").format(reason.text)
    if reason.kind == "named":
        return QCoreApplication.translate("Suggestions", "names »{0}«").format(reason.text)
    if reason.kind == "heading":
        return QCoreApplication.translate("Suggestions", "under the heading »{0}«").format(
            reason.text
        )
    if reason.kind == "words":
        return QCoreApplication.translate("Suggestions", "words: {0}").format(
            ", ".join(reason.words)
        )
    if reason.kind == "learned":
        if reason.count == 1:
            return QCoreApplication.translate("Suggestions", "like 1 passage you tagged here")
        return QCoreApplication.translate(
            "Suggestions", "like {0} passages you tagged here"
        ).format(reason.count)
    return reason.kind


def reasons_text(candidate: SectionCandidate) -> str:
    """ "names »princip B« · words: helhed, borgeren"; the strongest reasons first."""
    order = {"label": 0, "named": 1, "heading": 2, "learned": 3, "words": 4}
    shown = sorted(candidate.reasons, key=lambda r: order.get(r.kind, 9))
    return " · ".join(reason_text(r) for r in shown if r.kind in order)


def section_title(sections: dict[int, SectionNode], section_id: int) -> str:
    node = sections.get(section_id)
    return (
        node.title
        if node is not None
        else QCoreApplication.translate("Suggestions", "(section removed)")
    )
