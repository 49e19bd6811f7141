"""The history of one response: when, who, what, and the values before and after."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from hoeringsdesk.domain.records import AuditEntry
from hoeringsdesk.gui import labels


def action_label(entity: str, action: str) -> str:

    names = {
        ("response", "import"): QCoreApplication.translate("AuditView", "Registered"),
        ("response", "update"): QCoreApplication.translate("AuditView", "Response changed"),
        ("response", "anonymise"): QCoreApplication.translate("AuditView", "Sender anonymised"),
        ("response", "erase"): QCoreApplication.translate("AuditView", "Personal data erased"),
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
    return names.get((entity, action), f"{entity}: {action}")


def _value(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "–"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:77] + "…"


def change_text(entry: AuditEntry) -> str:
    before, after = entry.before or {}, entry.after or {}
    keys = sorted(set(before) | set(after))
    if entry.before is None:
        return "; ".join(f"{k}: {_value(after.get(k))}" for k in keys)
    return "; ".join(f"{k}: {_value(before.get(k))} → {_value(after.get(k))}" for k in keys)


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

    def show_entries(self, entries: list[AuditEntry]) -> None:
        self.clear()
        for entry in entries:
            change = change_text(entry)
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
