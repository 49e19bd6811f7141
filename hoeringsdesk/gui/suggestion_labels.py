"""Why a section was suggested, in the officer's words (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hoeringsdesk.domain.enums import ReasonKind
from hoeringsdesk.domain.records.consultations import SectionNode
from hoeringsdesk.domain.suggestions import Reason, SectionCandidate


def reason_text(reason: Reason) -> str:
    if reason.kind == ReasonKind.LABEL:
        return QCoreApplication.translate("Suggestions", "row label: {0}").format(reason.text)
    if reason.kind == ReasonKind.NAMED:
        return QCoreApplication.translate("Suggestions", "names »{0}«").format(reason.text)
    if reason.kind == ReasonKind.HEADING:
        return QCoreApplication.translate("Suggestions", "under the heading »{0}«").format(
            reason.text
        )
    if reason.kind == ReasonKind.WORDS:
        return QCoreApplication.translate("Suggestions", "words: {0}").format(
            ", ".join(reason.words)
        )
    if reason.kind == ReasonKind.LEARNED:
        if reason.count == 1:
            return QCoreApplication.translate("Suggestions", "like 1 passage you tagged here")
        return QCoreApplication.translate(
            "Suggestions", "like {0} passages you tagged here"
        ).format(reason.count)
    return str(reason.kind)


def reasons_text(candidate: SectionCandidate) -> str:
    """ "names »princip B« · words: helhed, borgeren"; the strongest reasons first."""
    order = {
        ReasonKind.LABEL: 0,
        ReasonKind.NAMED: 1,
        ReasonKind.HEADING: 2,
        ReasonKind.LEARNED: 3,
        ReasonKind.WORDS: 4,
    }
    shown = sorted(candidate.reasons, key=lambda r: order[r.kind])
    return " · ".join(reason_text(r) for r in shown)


def section_title(sections: dict[int, SectionNode], section_id: int) -> str:
    node = sections.get(section_id)
    return (
        node.title
        if node is not None
        else QCoreApplication.translate("Suggestions", "(section removed)")
    )
