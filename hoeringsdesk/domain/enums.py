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


class Lateness(StrEnum):
    """Where a response stands against the deadline (the response list's deadline filter)."""

    ON_TIME = "on_time"
    LATE = "late"
    UNDECIDED = "undecided"  # late, and the officer has not decided whether it counts
    UNKNOWN = "unknown"  # no received time


class GapKind(StrEnum):
    """What is missing before an export (a line of the overview's gap list)."""

    UNFINISHED = "unfinished"  # a response not marked done
    SUGGESTION = "suggestion"  # a recommendation still a suggestion
    UNANSWERED = "unanswered"  # a recommendation without an answer
    LATE_UNDECIDED = "late_undecided"  # a late response not decided on
    NO_SECTIONS = "no_sections"  # the draft has no sections
    SENDER_UNCERTAIN = "sender_uncertain"  # who sent a response should be looked at


class HitKind(StrEnum):
    """What a full-text search hit is."""

    RESPONSE = "response"
    RECOMMENDATION = "recommendation"


class DecisionKind(StrEnum):
    """An officer's redaction decision: a find lifted (its text stays public) or a text hidden."""

    LIFT = "lift"
    HIDE = "hide"


class ReasonKind(StrEnum):
    """Why a section was suggested for a passage."""

    LABEL = "label"  # the template row's label is the section's ("Forslag til ændringer i …")
    NAMED = "named"  # the passage names the section ("princip E", "afsnittet om sundhed")
    HEADING = "heading"  # the heading or lead-in above the passage names it
    WORDS = "words"  # the passage shares these words with the section's heading and text
    LEARNED = "learned"  # the officer tagged passages like it to the section


class ExportFormat(StrEnum):
    """The file an export writes (its value is the file's extension)."""

    XLSX = "xlsx"  # the Excel workbook
    DOCX = "docx"  # the Word høringsnotat
    PDF = "pdf"  # every response in one PDF


class MailboxSecurity(StrEnum):
    TLS = "tls"  # implicit TLS, usually port 993
    STARTTLS = "starttls"  # usually port 143


class MailboxAuth(StrEnum):
    PASSWORD = "password"  # a password (or app password), kept in the OS keyring
    OAUTH2 = "oauth2"  # Microsoft 365 sign-in


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
