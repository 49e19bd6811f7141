"""The history of one response: when, who, what, and the change in the officer's words."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from hoeringsdesk.domain.enums import (
    Outcome,
    PartyKind,
    RecommendationStatus,
    RecommendationType,
    ResponseStatus,
)
from hoeringsdesk.domain.records.audit import AuditEntry, AuditNames
from hoeringsdesk.gui import labels

NO_NAMES = AuditNames({}, {})


def action_label(entity: str, action: str) -> str:
    names = {
        ("response", "import"): QCoreApplication.translate("AuditView", "Registered"),
        ("response", "update"): QCoreApplication.translate("AuditView", "Response changed"),
        ("response", "anonymise"): QCoreApplication.translate("AuditView", "Sender anonymised"),
        ("response", "erase"): QCoreApplication.translate("AuditView", "Personal data erased"),
        ("consultation", "redaction_lift"): QCoreApplication.translate(
            "AuditView", "Anonymisation: shown after all"
        ),
        ("consultation", "redaction_hide"): QCoreApplication.translate(
            "AuditView", "Anonymisation: also hidden"
        ),
        ("consultation", "redaction_remove"): QCoreApplication.translate(
            "AuditView", "Anonymisation: decision taken back"
        ),
        ("recommendation", "create"): QCoreApplication.translate(
            "AuditView", "Recommendation created"
        ),
        ("recommendation", "update"): QCoreApplication.translate(
            "AuditView", "Recommendation changed"
        ),
        ("recommendation", "accept"): QCoreApplication.translate(
            "AuditView", "Suggestion accepted"
        ),
        ("recommendation", "status"): QCoreApplication.translate("AuditView", "Status changed"),
        ("recommendation", "delete"): QCoreApplication.translate(
            "AuditView", "Recommendation deleted"
        ),
        ("recommendation", "restore"): QCoreApplication.translate(
            "AuditView", "Recommendation restored"
        ),
        ("recommendation", "split"): QCoreApplication.translate(
            "AuditView", "Recommendation split"
        ),
        ("recommendation", "campaign_copy"): QCoreApplication.translate(
            "AuditView", "Copied from the campaign"
        ),
        ("comment", "answer"): QCoreApplication.translate("AuditView", "Answered"),
        ("comment", "restore"): QCoreApplication.translate("AuditView", "Answer undone"),
        ("party", "update"): QCoreApplication.translate("AuditView", "Sender changed"),
        ("party", "create"): QCoreApplication.translate("AuditView", "Sender added"),
        ("party", "merge"): QCoreApplication.translate("AuditView", "Senders merged"),
        ("party", "split"): QCoreApplication.translate("AuditView", "Sender split off"),
    }
    return names.get((entity, action), QCoreApplication.translate("AuditView", "Other change"))


def field_label(key: str) -> str:
    return {
        "status": QCoreApplication.translate("AuditView", "Status"),
        "accepted_late": QCoreApplication.translate("AuditView", "Include although late"),
        "document_number": QCoreApplication.translate("AuditView", "Document no."),
        "notes": QCoreApplication.translate("AuditView", "Notes"),
        "assigned_to": QCoreApplication.translate("AuditView", "Assigned to"),
        "type": QCoreApplication.translate("AuditView", "Type"),
        "summary": QCoreApplication.translate("AuditView", "Summary"),
        "passage": QCoreApplication.translate("AuditView", "Passage"),
        "sections": QCoreApplication.translate("AuditView", "Sections"),
        "section_ids": QCoreApplication.translate("AuditView", "Sections"),
        "text": QCoreApplication.translate("AuditView", "Answer"),
        "outcome": QCoreApplication.translate("AuditView", "Change?"),
        "kind": QCoreApplication.translate("AuditView", "Party kind"),
        "organisation": QCoreApplication.translate("AuditView", "Organisation"),
        "contact_name": QCoreApplication.translate("AuditView", "Contact person"),
        "email": QCoreApplication.translate("AuditView", "E-mail"),
        "phone": QCoreApplication.translate("AuditView", "Phone"),
        "address": QCoreApplication.translate("AuditView", "Address"),
        "pseudonyms": QCoreApplication.translate("AuditView", "Pseudonym"),
    }.get(key, QCoreApplication.translate("AuditView", "Other"))


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# The recorded fields that hold an enum's value, with the label of each enum they may hold.
_ENUM_LABELS: dict[str, tuple[tuple[type[StrEnum], Callable[..., str]], ...]] = {
    "status": (
        (ResponseStatus, labels.response_status),
        (RecommendationStatus, labels.rec_status),
    ),
    "type": ((RecommendationType, labels.rec_type),),
    "outcome": ((Outcome, labels.outcome),),
    "kind": ((PartyKind, labels.party_kind),),
}


def value_text(key: str, value: Any, names: AuditNames = NO_NAMES) -> str:
    """A recorded value as the officer would say it."""
    if value is None or value == "" or value == []:
        if key == "accepted_late":
            return QCoreApplication.translate("AuditView", "not decided")
        return "–"
    if key == "accepted_late":
        return (
            QCoreApplication.translate("AuditView", "yes, include it")
            if value
            else QCoreApplication.translate("AuditView", "no, leave it out")
        )
    if key in _ENUM_LABELS:  # an earlier or unknown value is shown as it was recorded
        for enum, label in _ENUM_LABELS[key]:
            if value in enum._value2member_map_:
                return label(enum(value))
        return str(value)
    if key in ("sections", "section_ids"):
        items = value if isinstance(value, list) else [value]
        return "; ".join(
            names.sections.get(int(v), QCoreApplication.translate("AuditView", "a removed section"))
            for v in items
        )
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditView", "yes")
            if value
            else QCoreApplication.translate("AuditView", "no")
        )
    if isinstance(value, list):
        return _short(", ".join(str(v) for v in value))
    return _short(str(value))


def _numbers(ids: Any, names: AuditNames) -> str:
    items = ids if isinstance(ids, list) else [ids]
    numbers = [names.responses.get(int(i)) for i in items if str(i).isdigit()]
    return ", ".join(str(n) for n in numbers if n is not None) or "–"


def _fields(before: dict, after: dict, names: AuditNames) -> str:
    keys = [k for k in (*before, *after) if k not in ("recommendations", "answers")]
    keys = list(dict.fromkeys(keys))
    if not before:
        return "; ".join(f"{field_label(k)}: {value_text(k, after.get(k), names)}" for k in keys)
    if not after:
        return "; ".join(f"{field_label(k)}: {value_text(k, before.get(k), names)}" for k in keys)
    return "; ".join(
        f"{field_label(k)}: {value_text(k, before.get(k), names)} → "
        f"{value_text(k, after.get(k), names)}"
        for k in keys
    )


def change_text(entry: AuditEntry, names: AuditNames = NO_NAMES) -> str:
    """What changed, in words: no field names, no internal ids, no file paths."""
    before, after = entry.before or {}, entry.after or {}
    what = (entry.entity, entry.action)
    if what == ("response", "import"):
        source = PurePath(str(after.get("file") or "")).name
        if after.get("duplicate_of"):
            return QCoreApplication.translate(
                "AuditView", "From {0}; a duplicate of response no. {1}"
            ).format(source, _numbers(after["duplicate_of"], names))
        return QCoreApplication.translate("AuditView", "From {0} as no. {1}").format(
            source, after.get("number") or "–"
        )
    if what == ("response", "anonymise"):
        return QCoreApplication.translate("AuditView", "As {0}, in response(s) no. {1}").format(
            ", ".join(after.get("pseudonyms") or []) or "–",
            _numbers(after.get("responses", []), names),
        )
    if what == ("response", "erase"):
        return QCoreApplication.translate("AuditView", "In response(s) no. {0}").format(
            _numbers(after.get("responses", []), names)
        )
    if entry.entity == "consultation" and entry.action.startswith("redaction_"):
        decision = after or before
        return QCoreApplication.translate("AuditView", "“{0}”, response no. {1}").format(
            _short(str(decision.get("text") or "")), decision.get("response") or "–"
        )
    if entry.entity == "comment":
        count = len(after.get("recommendations") or [])
        if entry.action == "restore":
            return QCoreApplication.translate(
                "AuditView", "The answer to {0} recommendation(s) is as it was before"
            ).format(count)
        text = _fields(before, {k: after.get(k) for k in ("text", "outcome")}, names)
        return (
            text
            + " · "
            + QCoreApplication.translate("AuditView", "{0} recommendation(s)").format(count)
            if count > 1
            else text
        )
    if what == ("party", "merge"):
        merged = before.get("merged") or {}
        who = merged.get("organisation") or merged.get("contact_name") or "–"
        return QCoreApplication.translate("AuditView", "{0} is now the same sender as {1}").format(
            who, after.get("organisation") or after.get("contact_name") or "–"
        )
    if what == ("party", "split"):
        return QCoreApplication.translate(
            "AuditView", "This response has its own copy of the sender now: {0}"
        ).format(after.get("organisation") or after.get("contact_name") or "–")
    return _fields(before, after, names)


class AuditView(QTreeWidget):
    """Oldest first; the full change is in each row's tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.setRootIsDecorated(False)
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change")])
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_entries(self, entries: list[AuditEntry], names: AuditNames = NO_NAMES) -> None:
        self.clear()
        for entry in entries:
            change = change_text(entry, names)
            item = QTreeWidgetItem(
                [
                    labels.when(entry.at),
                    entry.user,
                    action_label(entry.entity, entry.action),
                    change,
                ]
            )
            item.setToolTip(3, change)
            self.addTopLevelItem(item)
