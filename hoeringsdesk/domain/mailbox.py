"""A consultation's mailbox as the app knows it (its password is in the OS keyring)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from hoeringsdesk.domain.enums import MailboxAuth, MailboxSecurity

DEFAULT_PORTS = {MailboxSecurity.TLS: 993, MailboxSecurity.STARTTLS: 143}


@dataclass(frozen=True)
class MailboxInfo:
    id: int
    consultation_id: int
    name: str
    host: str
    port: int
    security: MailboxSecurity
    username: str
    folder: str
    since: date | None
    auth: MailboxAuth
    oauth_client_id: str
    oauth_tenant: str
    ca_file: str
    version: int
    highest_uid: int | None = None  # of the configured folder, when fetched before
    uidvalidity: int | None = None
    fetched_at: datetime | None = None  # UTC, naive
    messages: int = 0  # messages handled from this mailbox so far

    @property
    def label(self) -> str:
        """How the officer knows it: its name, else user@host."""
        return self.name or f"{self.username}@{self.host}"

    def source(self, uid: int) -> str:
        """How a report names one of its messages: mailbox/folder#UID."""
        return f"{self.label}/{self.folder}#{uid}"
