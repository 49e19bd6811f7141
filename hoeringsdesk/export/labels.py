"""Danish display text shared by the workbook and the høringsnotat (dates, senders, lateness)."""

from __future__ import annotations

from datetime import date, datetime

from hoeringsdesk.domain.enums import PartyKind, PartyRole, danish
from hoeringsdesk.export.model import ExportData, ExportedResponse, SectionRow

ROLE_LABELS = {
    PartyRole.SENDER: "",
    PartyRole.CO_SIGNER: "medafsender",
    PartyRole.CONTACT: "kontaktperson",
    PartyRole.FORWARDER: "videresendt af",
}
NO_SECTION = "Uden afsnit"
MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
NBSP = "\u00a0"
# sender types in the order of the høringsliste and the combined PDF: private persons last
KIND_GROUPS = (
    (PartyKind.AUTHORITY, "Offentlige myndigheder"),
    (PartyKind.ORGANISATION, "Organisationer"),
    (None, "Uden registreret afsender"),
    (PartyKind.PRIVATE, "Privatpersoner"),
)


def first_kind(response: ExportedResponse) -> PartyKind | None:
    """The kind of a response's (first) sender, which it is grouped by."""
    senders = [p for p in response.parties if p.role == PartyRole.SENDER] or list(response.parties)
    return senders[0].kind if senders else None


def by_sender_type(
    responses: list[ExportedResponse] | tuple[ExportedResponse, ...],
) -> list[tuple[str, list[ExportedResponse]]]:
    """Responses grouped by their sender's type (KIND_GROUPS order), empty groups left out."""
    groups: dict[PartyKind | None, list[ExportedResponse]] = {}
    for r in responses:
        groups.setdefault(first_kind(r), []).append(r)
    return [(title, groups[kind]) for kind, title in KIND_GROUPS if groups.get(kind)]


def danish_date(value: date | datetime | None) -> str:
    """dd-mm-åååå, or '' when unknown."""
    return value.strftime("%d-%m-%Y") if value is not None else ""


def long_date(value: date | datetime | None, *, nbsp: bool = False) -> str:
    """'10. april 2023' ('' when unknown); with ``nbsp`` it never breaks across lines."""
    if value is None:
        return ""
    text = f"{value.day}. {MONTHS[value.month - 1]} {value.year}"
    return text.replace(" ", NBSP) if nbsp else text


def and_list(items: list[str]) -> str:
    """'a', 'a og b', 'a, b og c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " og " + items[-1]


def number_list(numbers: list[int] | tuple[int, ...] | set[int]) -> str:
    """Response numbers in Danish: '3, 7 og 12'; runs of three or more as '6–9'."""
    ordered = sorted(set(numbers))
    parts: list[str] = []
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{ordered[i]}–{ordered[j]}")
        else:
            parts.extend(str(n) for n in ordered[i : j + 1])
        i = j + 1
    return and_list(parts)


def timeliness(response: ExportedResponse) -> str:
    if response.late is None:
        return "Ukendt"
    if not response.late:
        return "Rettidig"
    if response.accepted_late is None:
        return "For sent (ikke afgjort)"
    return "For sent (accepteret alligevel)" if response.accepted_late else "For sent (udeladt)"


def senders(response: ExportedResponse) -> str:
    """Every party of a response on one line, with its role where it is not the sender."""
    parts = []
    for party in response.parties:
        role = ROLE_LABELS.get(party.role, "")
        parts.append(f"{party.name} [{role}]" if role else party.name)
    return "; ".join(parts) or "(ingen afsender registreret)"


def sender_with_campaign(response: ExportedResponse | None) -> str:
    if response is None:
        return ""
    text = senders(response)
    if response.campaign_label or response.campaign_size:
        text += f" — {campaign(response)}"
    return text


def party_kinds(response: ExportedResponse) -> str:
    kinds: list[PartyKind] = []
    for party in response.parties:
        if party.kind not in kinds:
            kinds.append(party.kind)
    return ", ".join(danish(k) for k in kinds)


def campaign(response: ExportedResponse) -> str:
    if not (response.campaign_label or response.campaign_size):
        return ""
    label = response.campaign_label or "Kampagne"
    return f"{label} ({response.campaign_size} svar)"


def contact_details(response: ExportedResponse) -> str:
    """E-mail, phone and address of each party (internal variant only)."""
    lines = []
    for party in response.parties:
        details = [d for d in (party.email, party.phone, party.address) if d]
        if details:
            lines.append(f"{party.name}: " + ", ".join(details))
    return "\n".join(lines)


def section_titles(ids: tuple[int, ...], sections: dict[int, SectionRow]) -> str:
    titles = [sections[i].title for i in ids if i in sections]
    return "\n".join(titles) if titles else NO_SECTION


def variant_text(data: ExportData) -> str:
    if data.public:
        return "Offentlig udgave (privatpersoner anonymiseret)"
    return "Intern udgave (indeholder personoplysninger)"


def period_long(data: ExportData) -> str:
    """'28. september – 30. oktober 2026 (32 dage)', or 'frist 30. oktober 2026'."""
    c = data.consultation
    end = long_date(c.deadline)
    if not c.start_date:
        return f"Frist {end}"
    days = (c.deadline - c.start_date).days
    if c.start_date.year == c.deadline.year:
        start = f"{c.start_date.day}. {MONTHS[c.start_date.month - 1]}"
    else:
        start = long_date(c.start_date)
    return f"{start} – {end} ({days} {'dag' if days == 1 else 'dage'})"


def period(data: ExportData) -> str:
    c = data.consultation
    if c.start_date:
        return f"{danish_date(c.start_date)} – {danish_date(c.deadline)}"
    return f"til {danish_date(c.deadline)}"
