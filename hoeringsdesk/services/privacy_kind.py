"""Before anonymising: a sender the program took for an organisation, confirmed by the
officer to be a private person, is corrected to one (in the history)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import PartyKind, PartyRole, PartyType
from hoeringsdesk.intake.senders.names import split_name
from hoeringsdesk.services import audit
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.party_records import view


def make_private(s: Session, user: str, response: Response, party_id: int) -> Party:
    """Correct one sender of ``response`` to a private person: the name it was registered
    under (as organisation or contact) becomes the person's name. A forwarder, or a party
    not on the response, is refused."""
    link = s.scalar(
        select(ResponseParty).where(
            ResponseParty.response_id == response.id, ResponseParty.party_id == party_id
        )
    )
    party = s.get(Party, party_id)
    if link is None or party is None:
        raise ServiceError("Afsenderen hører ikke til dette høringssvar.")
    if link.role == PartyRole.FORWARDER:
        raise ServiceError(
            "Den, der har videresendt svaret, er ikke afsender; ret afsenderen i stedet."
        )
    if party.kind == PartyKind.PRIVATE:
        return party
    before = view(party)
    name = party.contact_name.strip() or party.organisation.strip()
    party.kind = PartyKind.PRIVATE
    party.party_type = PartyType.PERSON
    party.contact_name = name
    party.organisation = ""
    party.cvr = ""
    if not (party.first_name or party.surname):
        party.first_name, party.surname = split_name(name)
    party.confirmed = True
    s.flush()
    audit.record(
        s,
        user,
        "party",
        party.id,
        "update",
        before,
        view(party),
        consultation_id=party.consultation_id,
        response_id=response.id,
    )
    return party
