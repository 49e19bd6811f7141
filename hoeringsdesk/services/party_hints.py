"""Hints the officer may follow: a person at an organisation's mail domain may be its contact."""

from __future__ import annotations

from sqlalchemy import select

from hoeringsdesk.db.models.parties import Party, ResponseParty
from hoeringsdesk.db.models.responses import Response
from hoeringsdesk.domain.enums import PartyKind, PartyRole
from hoeringsdesk.intake.senders.domains import domain_of, is_free_mail
from hoeringsdesk.intake.senders.model import ORGANISATION, PERSON
from hoeringsdesk.services.errors import NotFound
from hoeringsdesk.services.party_records import PartyBase, Suggestion


class HintCommands(PartyBase):
    """Suggestions by mail domain, shown and never followed without the officer."""

    def suggestions(self, response_id: int) -> list[Suggestion]:
        """Persons sending on their own whose address is at an organisation's mail domain:
        perhaps that organisation's contact. Only ever shown; nothing is joined."""
        with self._read() as s:
            r = s.get(Response, response_id)
            if r is None:
                raise NotFound(f"Høringssvar {response_id} findes ikke.")
            persons = [
                link.party
                for link in r.party_links
                if link.role in (PartyRole.SENDER, PartyRole.CO_SIGNER)
                and link.party.party_type == PERSON
                and link.party.email
            ]
            out: list[Suggestion] = []
            for person in persons:
                domain = domain_of(person.email)
                if not domain or is_free_mail(domain):
                    continue
                rows = s.execute(
                    select(Party.id, Party.organisation, Party.email).where(
                        Party.consultation_id == r.consultation_id,
                        Party.party_type == ORGANISATION,
                    )
                ).all()
                contacts = s.execute(
                    select(ResponseParty.contact_for_id, Party.email)
                    .join(Party, Party.id == ResponseParty.party_id)
                    .where(
                        Party.consultation_id == r.consultation_id,
                        ResponseParty.contact_for_id.is_not(None),
                    )
                ).all()
                at_domain: set[int] = {
                    int(pid) for pid, email in contacts if pid and domain_of(email) == domain
                }
                at_domain |= {int(pid) for pid, _, email in rows if domain_of(email) == domain}
                names = {pid: name for pid, name, _ in rows}
                for org_id in sorted(at_domain):
                    if org_id in names:
                        out.append(
                            Suggestion(
                                person.id,
                                org_id,
                                f"{person.contact_name or person.email} skriver fra samme "
                                f"e-maildomæne ({domain}) som «{names[org_id]}». Er det "
                                "organisationens kontaktperson?",
                            )
                        )
            return out

    def link_as_contact(self, response_id: int, person_id: int, organisation_id: int) -> None:
        """The officer follows a suggestion: in this response the person is the
        organisation's contact, and the organisation is the sender."""
        with self._write.begin() as s:
            link = s.scalar(
                select(ResponseParty).where(
                    ResponseParty.response_id == response_id, ResponseParty.party_id == person_id
                )
            )
            org = s.get(Party, organisation_id)
            if link is None or org is None or org.party_type != ORGANISATION:
                raise NotFound("Afsenderen eller organisationen findes ikke længere.")
            role = link.role
            link.role, link.contact_for_id = PartyRole.CONTACT, org.id
            link.uncertain, link.note = False, ""
            s.flush()
            s.add(
                ResponseParty(
                    response_id=response_id,
                    party_id=org.id,
                    role=role,
                    position=max(0, link.position - 1),
                    seen_key=org.match_key,
                )
            )
            person = s.get(Party, person_id)
            if person is not None and person.kind in (PartyKind.PRIVATE, PartyKind.UNKNOWN):
                person.kind = org.kind
            self._audit(s, org, "link_contact", None, {"person": person_id}, response_id)
