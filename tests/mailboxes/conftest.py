"""Setting up a test account on the session's Dovecot as a consultation's mailbox."""

from __future__ import annotations

from typing import Any

from hoeringsdesk.app import Services
from hoeringsdesk.domain.mailbox import MailboxInfo
from tests.imap_server import Dovecot


def add_mailbox(
    services: Services, consultation_id: int, dovecot: Dovecot, user: str, **values: Any
) -> MailboxInfo:
    values.setdefault("host", "localhost")
    values.setdefault("port", dovecot.imaps_port)
    values.setdefault("security", "tls")
    values.setdefault("ca_file", str(dovecot.certs.ca))
    values.setdefault("password", dovecot.users[user])
    return services.mailboxes.add(consultation_id, username=user, name=user, **values)


MemoryKeyringType = Any  # the root conftest's MemoryKeyring (fixture memory_keyring)
