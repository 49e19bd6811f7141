"""Before anonymising a response with no private sender: the officer confirms which sender,
taken for an organisation, is in fact a private person (it is corrected to one)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.domain.records.responses import PartyInfo


def private_person_choice(parent: object, parties: Sequence[PartyInfo]) -> tuple[bool, int | None]:
    """Whether to go on anonymising, and the sender the officer confirmed is a private person
    when none is registered as one: (True, None) when one is, (False, None) on a no."""
    senders = [p for p in parties if p.role != PartyRole.FORWARDER]
    if any(p.kind == PartyKind.PRIVATE for p in senders):
        return True, None
    widget = parent if isinstance(parent, QWidget) else None
    person = confirm_private_person(widget, senders)
    return person is not None, person


def confirm_private_person(parent: QWidget | None, parties: Sequence[PartyInfo]) -> int | None:
    """The party id the officer confirms is a private person, or None (cancelled)."""
    title = QCoreApplication.translate("PrivatePerson", "Anonymise sender")
    candidates = [
        p for p in parties if p.role != PartyRole.FORWARDER and p.kind != PartyKind.PRIVATE
    ]
    if not candidates:
        return None
    if len(candidates) == 1:
        (party,) = candidates
        answer = QMessageBox.question(
            parent,
            title,
            QCoreApplication.translate(
                "PrivatePerson",
                "“{0}” is registered as an organisation or authority, not as a private "
                "person. Is it a private person? Then it is corrected to a private person "
                "(noted in the history) and anonymised.",
            ).format(party.display),
        )
        return party.id if answer == QMessageBox.StandardButton.Yes else None
    names = [p.display for p in candidates]
    chosen, ok = QInputDialog.getItem(
        parent,
        title,
        QCoreApplication.translate(
            "PrivatePerson",
            "No sender is registered as a private person. Which one is a private person? "
            "It is corrected to one (noted in the history) and anonymised.",
        ),
        names,
        0,
        False,
    )
    if not ok or chosen not in names:
        return None
    return candidates[names.index(chosen)].id
