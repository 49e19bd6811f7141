"""The custom item-data roles of the GUI's models and lists, numbered in this one place."""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole

RowRole = _USER + 1  # response list: the row's ResponseRow
RecRole = _USER + 2  # recommendation list: the RecommendationInfo
SectionIdRole = _USER + 3  # section picker: the draft section's id
PartyIdRole = _USER + 4  # metadata panel: a sender's party id
FileRole = _USER + 5  # metadata panel: a kept file's id
ItemRole = _USER + 6  # review table: the ReviewItem
GapRole = _USER + 7  # overview: the completeness gap
DueRole = _USER + 8  # due dialog: the deletion-due item
NodeRole = _USER + 9  # section tree: the SectionNode
InvitedIdRole = _USER + 10  # høringsliste editor: the invited entry's id
InvitedShownRole = _USER + 11  # høringsliste editor: the text shown when it was loaded
MailboxIdRole = _USER + 12  # mailbox dialog: the mailbox's id
DecisionIdRole = _USER + 13  # redaction review: the officer's decision's id
