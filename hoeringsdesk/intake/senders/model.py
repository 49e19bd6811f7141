"""What reading a file's senders gives: persons and organisations, each in its role."""

from __future__ import annotations

from dataclasses import dataclass

from hoeringsdesk.domain.enums import PartyKind, PartyRole, PartyType
from hoeringsdesk.intake.senders.details import valid_cvr
from hoeringsdesk.intake.senders.domains import domain_of
from hoeringsdesk.intake.senders.names import name_key, org_key, tidy

PERSON = PartyType.PERSON
ORGANISATION = PartyType.ORGANISATION
SENDER_ROLES = (PartyRole.SENDER, PartyRole.CO_SIGNER)


@dataclass(frozen=True)
class FoundParty:
    """A person or an organisation the file names, in its role, with why it may be wrong.

    ``contact_for`` is the index (in the reading) of the organisation a contact person
    speaks for; ``source`` says where it was read: 'cell' (the template's Afsender cell),
    'letter' (a signature), 'heading', 'header' (From/Reply-To/Sender) or 'forward'."""

    type: str
    role: PartyRole
    name: str
    kind: PartyKind
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    town: str = ""
    cvr: str = ""
    title: str = ""
    first_name: str = ""
    surname: str = ""
    contact_for: int | None = None
    source: str = ""
    uncertain: bool = False
    reasons: tuple[str, ...] = ()  # why the officer should look (Danish)
    evidence: str = ""  # why it is of its kind (Danish)

    @property
    def is_person(self) -> bool:
        return self.type == PERSON

    @property
    def address(self) -> str:
        place = " ".join(x for x in (self.postcode, self.town) if x)
        return ", ".join(x for x in (self.street, place) if x)

    @property
    def key(self) -> str:
        """Who this is, across responses: a person by e-mail address, else by name and
        address; an organisation by its normalised name. '' when neither can be told."""
        if self.is_person:
            if self.email:
                return "email:" + self.email.casefold()
            if self.name and (self.street or self.postcode):
                return f"person:{name_key(self.name)}|{address_key(self)}"
            return ""
        key = org_key(self.name)
        if key:
            return "org:" + key
        return "email:" + self.email.casefold() if self.email else ""

    @property
    def aliases(self) -> tuple[str, ...]:
        """Further keys that find the same party: a person's name and address, a CVR."""
        out = []
        if self.is_person and self.email and self.name and (self.street or self.postcode):
            out.append(f"person:{name_key(self.name)}|{address_key(self)}")
        if not self.is_person and valid_cvr(self.cvr):
            out.append("cvr:" + self.cvr)  # a mistyped number identifies nobody
        return tuple(out)

    @property
    def domain(self) -> str:
        return domain_of(self.email)


def address_key(party: FoundParty) -> str:
    street = " ".join(tidy(party.street).casefold().replace(".", " ").replace(",", " ").split())
    return f"{street}|{party.postcode}"


@dataclass(frozen=True)
class SenderReading:
    """The response's parties in order (senders first), and whether the officer should look."""

    parties: tuple[FoundParty, ...] = ()
    reasons: tuple[str, ...] = ()

    @property
    def uncertain(self) -> bool:
        return bool(self.reasons) or any(
            p.uncertain for p in self.parties if p.role is not PartyRole.FORWARDER
        )

    @property
    def senders(self) -> tuple[FoundParty, ...]:
        return tuple(p for p in self.parties if p.role in SENDER_ROLES)

    @property
    def kind(self) -> PartyKind:
        first = next(iter(self.senders), None)
        return first.kind if first is not None else PartyKind.UNKNOWN

    def all_reasons(self) -> tuple[str, ...]:
        out = list(self.reasons)
        for p in self.parties:
            if p.role is not PartyRole.FORWARDER:
                out.extend(r for r in p.reasons if r not in out)
        return tuple(out)
