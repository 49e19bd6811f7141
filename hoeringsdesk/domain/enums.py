"""Enumerations shared by every layer, stored by their string values."""

from __future__ import annotations

from enum import StrEnum


class PartyKind(StrEnum):
    ORGANISATION = "organisation"
    AUTHORITY = "authority"
    COMPANY = "company"
    PRIVATE = "private"
    UNKNOWN = "unknown"  # not clear whether a private person or an organisation: flagged


class PartyType(StrEnum):
    """Whether a party is a person or an organisation (its ``kind`` says which sort)."""

    PERSON = "person"
    ORGANISATION = "organisation"


class PartyRole(StrEnum):
    SENDER = "sender"
    CO_SIGNER = "co_signer"
    CONTACT = "contact"
    FORWARDER = "forwarder"


class ResponseStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class RecommendationType(StrEnum):
    CHANGE = "change"
    SUPPORT = "support"
    CRITICISM = "criticism"
    QUESTION = "question"
    GENERAL = "general"


class RecommendationStatus(StrEnum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"


class Outcome(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    UNDECIDED = "undecided"


class FileStatus(StrEnum):
    """What became of one file (or message) in an import."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"  # the same e-mail or attachment is registered already
    REJECTED = "rejected"  # it cannot be read or registered; the reason says why
    SKIPPED = "skipped"  # passed over unread: not a file to import


class Channel(StrEnum):
    """How a response came in when it was not imported from a file or e-mail."""

    FILE = ""  # imported (e-mail, file, scan)
    POST = "post"
    TELEPHONE = "telephone"
    IN_PERSON = "in_person"


# Danish labels used where no Qt translation is available (exports, CLI output).
DANISH_LABELS: dict[StrEnum, str] = {
    Channel.FILE: "Fil eller e-mail",
    Channel.POST: "Post",
    Channel.TELEPHONE: "Telefon",
    Channel.IN_PERSON: "Personligt fremmøde",
    PartyKind.ORGANISATION: "Organisation",
    PartyKind.AUTHORITY: "Offentlig myndighed",
    PartyKind.COMPANY: "Virksomhed",
    PartyKind.PRIVATE: "Privatperson",
    PartyKind.UNKNOWN: "Ukendt",
    ResponseStatus.NEW: "Ny",
    ResponseStatus.IN_PROGRESS: "I gang",
    ResponseStatus.DONE: "Færdig",
    RecommendationType.CHANGE: "Ændringsforslag",
    RecommendationType.SUPPORT: "Opbakning",
    RecommendationType.CRITICISM: "Kritik",
    RecommendationType.QUESTION: "Spørgsmål",
    RecommendationType.GENERAL: "Generel bemærkning",
    RecommendationStatus.SUGGESTED: "Forslag",
    RecommendationStatus.ACCEPTED: "Godkendt",
    Outcome.YES: "Ja",
    Outcome.PARTLY: "Delvist",
    Outcome.NO: "Nej",
    Outcome.UNDECIDED: "Ikke taget stilling",
}


def danish(value: StrEnum | None) -> str:
    """The Danish label of an enum value ('' for None)."""
    if value is None:
        return ""
    return DANISH_LABELS.get(value, str(value))
