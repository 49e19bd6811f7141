"""Two fresh accounts on the session's Dovecot per test, and a helper to set them up."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from hoeringsdesk.app import Services
from hoeringsdesk.domain.mailbox import MailboxInfo
from tests.imap_server import Dovecot


@pytest.fixture
def accounts(dovecot: Dovecot) -> tuple[str, str]:
    """Two new IMAP accounts (the consultation's two reply addresses)."""
    tag = uuid.uuid4().hex[:8]
    first, second = f"hoering-{tag}", f"integration-{tag}"
    dovecot.add_user(first, f"hemmelig-{tag}-1")
    dovecot.add_user(second, f"hemmelig-{tag}-2")
    return first, second


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
