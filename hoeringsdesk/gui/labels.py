"""Translated display labels for the domain's enum values and dates."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hoeringsdesk.domain.deadline import to_local


def party_kind(value: str) -> str:
    return {
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
        "authority": QCoreApplication.translate("Labels", "Public authority"),
        "company": QCoreApplication.translate("Labels", "Company"),
        "private": QCoreApplication.translate("Labels", "Private person"),
        "unknown": QCoreApplication.translate("Labels", "Unknown"),
    }.get(value, value or "–")


def party_type(value: str) -> str:
    return {
        "person": QCoreApplication.translate("Labels", "Person"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
    }.get(value, value)


def response_status(value: str) -> str:
    return {
        "new": QCoreApplication.translate("Labels", "New"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "done": QCoreApplication.translate("Labels", "Done"),
    }.get(value, value)


def rec_type(value: str) -> str:
    return {
        "change": QCoreApplication.translate("Labels", "Proposed change"),
        "support": QCoreApplication.translate("Labels", "Support"),
        "criticism": QCoreApplication.translate("Labels", "Criticism"),
        "question": QCoreApplication.translate("Labels", "Question"),
        "general": QCoreApplication.translate("Labels", "General remark"),
    }.get(value, value)


def rec_status(value: str) -> str:
    return {
        "suggested": QCoreApplication.translate("Labels", "Suggestion"),
        "accepted": QCoreApplication.translate("Labels", "Accepted"),
    }.get(value, value)


def outcome(value: str) -> str:
    return {
        "yes": QCoreApplication.translate("Labels", "Yes"),
        "partly": QCoreApplication.translate("Labels", "Partly"),
        "no": QCoreApplication.translate("Labels", "No"),
        "undecided": QCoreApplication.translate("Labels", "Not decided"),
    }.get(value, value)


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
    return {
        "sender": QCoreApplication.translate("Labels", "Sender"),
        "co_signer": QCoreApplication.translate("Labels", "Co-signer"),
        "contact": QCoreApplication.translate("Labels", "Contact"),
        "forwarder": QCoreApplication.translate("Labels", "Forwarded by"),
    }.get(value, value)


def when(value: datetime | None, seconds: bool = False) -> str:
    """An instant in Copenhagen time, Danish style."""
    local = to_local(value)
    if local is None:
        return QCoreApplication.translate("Labels", "unknown")
    return local.strftime("%d-%m-%Y %H:%M:%S" if seconds else "%d-%m-%Y %H:%M")


REC_TYPES = ("change", "support", "criticism", "question", "general")
OUTCOMES = ("undecided", "yes", "partly", "no")
STATUSES = ("new", "in_progress", "done")
PARTY_KINDS = ("organisation", "company", "authority", "private", "unknown")
