"""Danish display text shared by the workbook and the høringsnotat (dates, senders, lateness)."""

from __future__ import annotations

from datetime import date, datetime

from hoeringsdesk.domain.enums import PartyKind, PartyRole, danish
from hoeringsdesk.export.model import ExportData, ResponseRow, SectionRow

ROLE_LABELS = {
    PartyRole.SENDER: "",
    PartyRole.CO_SIGNER: "medafsender",
    PartyRole.CONTACT: "kontaktperson",
    PartyRole.FORWARDER: "videresendt af",
}
NO_SECTION = "Uden afsnit"


def danish_date(value: date | datetime | None) -> str:
    """dd-mm-åååå, or '' when unknown."""
    return value.strftime("%d-%m-%Y") if value is not None else ""


def danish_datetime(value: datetime | None) -> str:
    return value.strftime("%d-%m-%Y kl. %H:%M") if value is not None else ""


def timeliness(response: ResponseRow) -> str:
    if response.late is None:
        return "Ukendt"
    if not response.late:
        return "Rettidig"
    return "For sent (accepteret alligevel)" if response.accepted_late else "For sent"


def senders(response: ResponseRow) -> str:
    """Every party of a response on one line, with its role where it is not the sender."""
    parts = []
    for party in response.parties:
        role = ROLE_LABELS.get(party.role, "")
        parts.append(f"{party.name} [{role}]" if role else party.name)
    return "; ".join(parts) or "(ingen afsender registreret)"


def sender_with_campaign(response: ResponseRow | None) -> str:
    if response is None:
        return ""
    text = senders(response)
    if response.campaign_label or response.campaign_size:
        text += f" — {campaign(response)}"
    return text


def party_kinds(response: ResponseRow) -> str:
    kinds: list[PartyKind] = []
    for party in response.parties:
        if party.kind not in kinds:
            kinds.append(party.kind)
    return ", ".join(danish(k) for k in kinds)


def campaign(response: ResponseRow) -> str:
    if not (response.campaign_label or response.campaign_size):
        return ""
    label = response.campaign_label or "Kampagne"
    return f"{label} ({response.campaign_size} svar)"


def contact_details(response: ResponseRow) -> str:
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


def period(data: ExportData) -> str:
    c = data.consultation
    if c.start_date:
        return f"{danish_date(c.start_date)} – {danish_date(c.deadline)}"
    return f"til {danish_date(c.deadline)}"
