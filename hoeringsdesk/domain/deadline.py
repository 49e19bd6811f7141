"""Deadline rules: a deadline day ends at 23:59:59 Europe/Copenhagen; lateness is three-valued."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def deadline_instant(deadline: date) -> datetime:
    """The last instant of the deadline day, as an aware datetime in Copenhagen time."""
    return datetime.combine(deadline, time(23, 59, 59), tzinfo=COPENHAGEN)


def is_late(received: datetime | None, deadline: date | None) -> bool | None:
    """True when received after the deadline; None when either is unknown.

    A naive ``received`` is taken as UTC (the store keeps UTC).
    """
    if received is None or deadline is None:
        return None
    if received.tzinfo is None:
        received = received.replace(tzinfo=ZoneInfo("UTC"))
    return received > deadline_instant(deadline)


def to_local(value: datetime | None) -> datetime | None:
    """An instant shown in Copenhagen time (naive values are UTC)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo("UTC"))
    return value.astimezone(COPENHAGEN)
