"""Translated display labels for the domain's enum members, keyed by member, and for dates."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from hoeringsdesk.domain.deadline import to_local
from hoeringsdesk.domain.enums import (
    Outcome,
    PartyKind,
    PartyRole,
    PartyType,
    RecommendationStatus,
    RecommendationType,
    ResponseStatus,
)

E = TypeVar("E", bound=StrEnum)


def member(enum: type[E], data: object) -> E | None:
    """The member a chooser's item data holds: Qt may hand a StrEnum back as its plain
    string, so it is parsed here, at the edge; None (or "") is the chooser's "all"."""
    if data is None or data == "":
        return None
    return enum(str(data))


def party_kind(value: PartyKind | None) -> str:
    """The kind's label ("–" when there is none)."""
    if value is None:
        return "–"
    table: dict[PartyKind, str] = {
        PartyKind.ORGANISATION: QCoreApplication.translate("Labels", "Organisation"),
        PartyKind.AUTHORITY: QCoreApplication.translate("Labels", "Public authority"),
        PartyKind.COMPANY: QCoreApplication.translate("Labels", "Company"),
        PartyKind.PRIVATE: QCoreApplication.translate("Labels", "Private person"),
        PartyKind.UNKNOWN: QCoreApplication.translate("Labels", "Unknown"),
    }
    return table[value]


def party_type(value: PartyType) -> str:
    table: dict[PartyType, str] = {
        PartyType.PERSON: QCoreApplication.translate("Labels", "Person"),
        PartyType.ORGANISATION: QCoreApplication.translate("Labels", "Organisation"),
    }
    return table[value]


def response_status(value: ResponseStatus) -> str:
    table: dict[ResponseStatus, str] = {
        ResponseStatus.NEW: QCoreApplication.translate("Labels", "New"),
        ResponseStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ResponseStatus.DONE: QCoreApplication.translate("Labels", "Done"),
    }
    return table[value]


def rec_type(value: RecommendationType) -> str:
    table: dict[RecommendationType, str] = {
        RecommendationType.CHANGE: QCoreApplication.translate("Labels", "Proposed change"),
        RecommendationType.SUPPORT: QCoreApplication.translate("Labels", "Support"),
        RecommendationType.CRITICISM: QCoreApplication.translate("Labels", "Criticism"),
        RecommendationType.QUESTION: QCoreApplication.translate("Labels", "Question"),
        RecommendationType.GENERAL: QCoreApplication.translate("Labels", "General remark"),
    }
    return table[value]


def rec_status(value: RecommendationStatus) -> str:
    table: dict[RecommendationStatus, str] = {
        RecommendationStatus.SUGGESTED: QCoreApplication.translate("Labels", "Suggestion"),
        RecommendationStatus.ACCEPTED: QCoreApplication.translate("Labels", "Accepted"),
    }
    return table[value]


def outcome(value: Outcome) -> str:
    table: dict[Outcome, str] = {
        Outcome.YES: QCoreApplication.translate("Labels", "Yes"),
        Outcome.PARTLY: QCoreApplication.translate("Labels", "Partly"),
        Outcome.NO: QCoreApplication.translate("Labels", "No"),
        Outcome.UNDECIDED: QCoreApplication.translate("Labels", "Not decided"),
    }
    return table[value]


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


def role(value: PartyRole) -> str:
    table: dict[PartyRole, str] = {
        PartyRole.SENDER: QCoreApplication.translate("Labels", "Sender"),
        PartyRole.CO_SIGNER: QCoreApplication.translate("Labels", "Co-signer"),
        PartyRole.CONTACT: QCoreApplication.translate("Labels", "Contact"),
        PartyRole.FORWARDER: QCoreApplication.translate("Labels", "Forwarded by"),
    }
    return table[value]


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
