"""Translated display labels for the domain's enum members (a plain value finds its member's
label too: a StrEnum member equals and hashes as its value) and for dates."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hoeringsdesk.domain.deadline import to_local
from hoeringsdesk.domain.enums import (
    Outcome,
    PartyKind,
    PartyRole,
    RecommendationStatus,
    RecommendationType,
    ResponseStatus,
)


def party_kind(value: str) -> str:
    table: dict[str, str] = {
        PartyKind.ORGANISATION: QCoreApplication.translate("Labels", "Organisation"),
        PartyKind.AUTHORITY: QCoreApplication.translate("Labels", "Public authority"),
        PartyKind.COMPANY: QCoreApplication.translate("Labels", "Company"),
        PartyKind.PRIVATE: QCoreApplication.translate("Labels", "Private person"),
        PartyKind.UNKNOWN: QCoreApplication.translate("Labels", "Unknown"),
    }
    return table.get(value, value or "–")


def party_type(value: str) -> str:
    table: dict[str, str] = {
        "person": QCoreApplication.translate("Labels", "Person"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
    }
    return table.get(value, value)


def response_status(value: str) -> str:
    table: dict[str, str] = {
        ResponseStatus.NEW: QCoreApplication.translate("Labels", "New"),
        ResponseStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ResponseStatus.DONE: QCoreApplication.translate("Labels", "Done"),
    }
    return table.get(value, value)


def rec_type(value: str) -> str:
    table: dict[str, str] = {
        RecommendationType.CHANGE: QCoreApplication.translate("Labels", "Proposed change"),
        RecommendationType.SUPPORT: QCoreApplication.translate("Labels", "Support"),
        RecommendationType.CRITICISM: QCoreApplication.translate("Labels", "Criticism"),
        RecommendationType.QUESTION: QCoreApplication.translate("Labels", "Question"),
        RecommendationType.GENERAL: QCoreApplication.translate("Labels", "General remark"),
    }
    return table.get(value, value)


def rec_status(value: str) -> str:
    table: dict[str, str] = {
        RecommendationStatus.SUGGESTED: QCoreApplication.translate("Labels", "Suggestion"),
        RecommendationStatus.ACCEPTED: QCoreApplication.translate("Labels", "Accepted"),
    }
    return table.get(value, value)


def outcome(value: str) -> str:
    table: dict[str, str] = {
        Outcome.YES: QCoreApplication.translate("Labels", "Yes"),
        Outcome.PARTLY: QCoreApplication.translate("Labels", "Partly"),
        Outcome.NO: QCoreApplication.translate("Labels", "No"),
        Outcome.UNDECIDED: QCoreApplication.translate("Labels", "Not decided"),
    }
    return table.get(value, value)


def late(value: bool | None, accepted: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("Labels", "Time unknown")
    if not value:
        return QCoreApplication.translate("Labels", "On time")
    if accepted is True:
        return QCoreApplication.translate("Labels", "Late (included)")
    if accepted is False:
        return QCoreApplication.translate("Labels", "Late (not included)")
    return QCoreApplication.translate("Labels", "Late")


def role(value: str) -> str:
    table: dict[str, str] = {
        PartyRole.SENDER: QCoreApplication.translate("Labels", "Sender"),
        PartyRole.CO_SIGNER: QCoreApplication.translate("Labels", "Co-signer"),
        PartyRole.CONTACT: QCoreApplication.translate("Labels", "Contact"),
        PartyRole.FORWARDER: QCoreApplication.translate("Labels", "Forwarded by"),
    }
    return table.get(value, value)


def when(value: datetime | None, seconds: bool = False) -> str:
    """An instant in Copenhagen time, Danish style."""
    local = to_local(value)
    if local is None:
        return QCoreApplication.translate("Labels", "unknown")
    return local.strftime("%d-%m-%Y %H:%M:%S" if seconds else "%d-%m-%Y %H:%M")


# The order the choosers offer them in.
REC_TYPES = tuple(RecommendationType)
OUTCOMES = (Outcome.UNDECIDED, Outcome.YES, Outcome.PARTLY, Outcome.NO)
STATUSES = tuple(ResponseStatus)
PARTY_KINDS = (
    PartyKind.ORGANISATION,
    PartyKind.COMPANY,
    PartyKind.AUTHORITY,
    PartyKind.PRIVATE,
    PartyKind.UNKNOWN,
)
