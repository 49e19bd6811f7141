"""What a sender block is read into: draft persons and organisations, grouped by party."""

from __future__ import annotations

from dataclasses import dataclass, field

from hoeringsdesk.intake.senders.names import split_name

__all__ = ["Block", "Group", "OrgDraft", "PersonDraft"]


@dataclass
class PersonDraft:
    name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    town: str = ""

    @property
    def first_name(self) -> str:
        return split_name(self.name)[0]

    @property
    def surname(self) -> str:
        return split_name(self.name)[1]


@dataclass
class OrgDraft:
    name: str
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    town: str = ""
    cvr: str = ""
    weak: bool = False  # named by its place only (no organisation word)

    def as_person(self) -> PersonDraft:
        """The same name and contact details read as a person's (an organisation only by a
        weak reading that the letter or the mail's From shows to be a person)."""
        return PersonDraft(
            self.name, phone=self.phone, street=self.street, postcode=self.postcode, town=self.town
        )


@dataclass
class Group:
    """One party of a block: an organisation with its contacts, or a person."""

    org: OrgDraft | None = None
    persons: list[PersonDraft] = field(default_factory=list)
    private: bool = False
    pending_title: str = ""
    emails: list[str] = field(default_factory=list)  # e-mails not yet placed
    phones: list[str] = field(default_factory=list)
    street: str = ""
    postcode: str = ""
    town: str = ""
    cvr: str = ""
    tentative: bool = False  # a name after a complete signer: a party only if more follows

    @property
    def empty(self) -> bool:
        return self.org is None and not self.persons


@dataclass
class Block:
    groups: list[Group] = field(default_factory=list)
    private: bool = False  # the block says its sender is a private person
    # persons listed under "Bestyrelsens medlemmer:": the sender's people, never co-signers
    members: list[PersonDraft] = field(default_factory=list)

    def current(self) -> Group:
        if not self.groups:
            self.groups.append(Group())
        return self.groups[-1]

    def new_group(self) -> Group:
        if not self.groups or not self.groups[-1].empty:
            self.groups.append(Group())
        return self.groups[-1]
