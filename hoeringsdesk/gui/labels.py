"""Translated display labels for the domain's enum values and dates."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hoeringsdesk.domain.deadline import to_local


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def party_kind(value: str) -> str:
    return {
        "organisation": _t("Organisation"),
        "authority": _t("Public authority"),
        "private": _t("Private person"),
    }.get(value, value or "–")


def response_status(value: str) -> str:
    return {"new": _t("New"), "in_progress": _t("In progress"), "done": _t("Done")}.get(
        value, value
    )


def rec_type(value: str) -> str:
    return {
        "change": _t("Proposed change"),
        "support": _t("Support"),
        "criticism": _t("Criticism"),
        "question": _t("Question"),
        "general": _t("General remark"),
    }.get(value, value)


def rec_status(value: str) -> str:
    return {"suggested": _t("Suggestion"), "accepted": _t("Accepted")}.get(value, value)


def outcome(value: str) -> str:
    return {
        "yes": _t("Yes"),
        "partly": _t("Partly"),
        "no": _t("No"),
        "undecided": _t("Not decided"),
    }.get(value, value)


def late(value: bool | None, accepted: bool | None) -> str:
    if value is None:
        return _t("Time unknown")
    if not value:
        return _t("On time")
    if accepted is True:
        return _t("Late (included)")
    if accepted is False:
        return _t("Late (not included)")
    return _t("Late")


def role(value: str) -> str:
    return {
        "sender": _t("Sender"),
        "co_signer": _t("Co-signer"),
        "contact": _t("Contact"),
        "forwarder": _t("Forwarded by"),
    }.get(value, value)


def when(value: datetime | None, seconds: bool = False) -> str:
    """An instant in Copenhagen time, Danish style."""
    local = to_local(value)
    if local is None:
        return _t("unknown")
    return local.strftime("%d-%m-%Y %H:%M:%S" if seconds else "%d-%m-%Y %H:%M")


REC_TYPES = ("change", "support", "criticism", "question", "general")
OUTCOMES = ("undecided", "yes", "partly", "no")
STATUSES = ("new", "in_progress", "done")
PARTY_KINDS = ("organisation", "authority", "private")
