"""Shared test setup: Qt offscreen, private home folders, a fresh store per test, and Qt's
warnings about threads failing the test during which they came."""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_PRIVATE = Path(tempfile.mkdtemp(prefix="hoeringsdesk-tests-"))
for _var in (
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
    "XDG_CONFIG_DIRS",
):
    os.environ[_var] = str(_PRIVATE / _var.lower())
os.environ.pop("HOERINGSDESK_DB", None)

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import pytest  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler  # noqa: E402

from hoeringsdesk.app import Services, open_app  # noqa: E402
from tests import imap_server, pg_server  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

# What Qt says when an object is used from the wrong thread (a slot run in a worker thread,
# a widget or timer touched off the GUI thread, a thread waiting on itself or destroyed
# while it runs). pytest-qt's own capture is off (pyproject), so this handler sees all.
THREAD_WARNINGS = (
    "another thread",
    "different thread",
    "wait on itself",
    "Destroyed while thread",
    "outside the main thread",
)
thread_warnings: list[str] = []


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if any(pattern in message for pattern in THREAD_WARNINGS):
        thread_warnings.append(message)
    print(f"Qt {kind.name}: {message}", file=sys.stderr)


qInstallMessageHandler(_qt_message)


@pytest.fixture(autouse=True)
def no_qt_thread_warnings() -> Iterator[None]:
    """Fails the test during which (set-up and tear-down included) Qt warned about threads."""
    thread_warnings.clear()
    yield
    if thread_warnings:
        found = list(dict.fromkeys(thread_warnings))
        thread_warnings.clear()
        pytest.fail("Qt warned about threads: " + " | ".join(found), pytrace=False)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def services(store_path: Path) -> Iterator[Services]:
    svc = open_app(store_path, user="tester")
    yield svc
    svc.close()


@pytest.fixture
def demo_id(services: Services) -> int:
    """The demo consultation with its draft but no responses."""
    return services.demo.create(with_responses=False)


@pytest.fixture
def full_demo_id(services: Services) -> int:
    """The demo consultation with its invented responses."""
    return services.demo.create()


@dataclass(frozen=True)
class PgServer:
    url: str | None
    reason: str


@pytest.fixture(scope="session")
def pg_server_info() -> Iterator[PgServer]:
    """A PostgreSQL server for the whole session (or the reason there is none)."""
    with pg_server.server() as (url, reason):
        yield PgServer(url, reason)


@pytest.fixture
def pg_url(pg_server_info: PgServer) -> Iterator[str]:
    """A fresh PostgreSQL database for one test; skips (or fails in CI) without a server."""
    if pg_server_info.url is None:
        message = f"PostgreSQL tests need a server: {pg_server_info.reason}"
        if os.environ.get(pg_server.ENV_REQUIRE) == "1":
            pytest.fail(message)
        pytest.skip(message)
    with pg_server.fresh_database(pg_server_info.url) as url:
        yield url


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring held in memory for one test: no test ever touches the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@dataclass(frozen=True)
class ImapServerInfo:
    server: imap_server.Dovecot | None
    reason: str


@pytest.fixture(scope="session")
def imap_server_info() -> Iterator[ImapServerInfo]:
    """A Dovecot server for the whole session (or the reason there is none)."""
    with imap_server.server() as (server, reason):
        yield ImapServerInfo(server, reason)


@pytest.fixture
def dovecot(imap_server_info: ImapServerInfo) -> imap_server.Dovecot:
    """The session's Dovecot; skips (or fails in CI) without one."""
    if imap_server_info.server is None:
        message = f"IMAP tests need Dovecot: {imap_server_info.reason}"
        if os.environ.get(imap_server.ENV_REQUIRE) == "1":
            pytest.fail(message)
        pytest.skip(message)
    return imap_server_info.server


@pytest.fixture
def accounts(dovecot: imap_server.Dovecot) -> tuple[str, str]:
    """Two new IMAP accounts on the session's Dovecot (a consultation's two mailboxes)."""
    tag = uuid.uuid4().hex[:8]
    first, second = f"hoering-{tag}", f"integration-{tag}"
    dovecot.add_user(first, f"hemmelig-{tag}-1")
    dovecot.add_user(second, f"hemmelig-{tag}-2")
    return first, second


def _uses_postgres(item: pytest.Item) -> bool:
    """A test that needs the PostgreSQL server: it asks for one, or runs on that backend."""
    names = getattr(item, "fixturenames", ())
    if "pg_url" in names or "pg_server_info" in names:
        return True
    callspec = getattr(item, "callspec", None)
    return callspec is not None and callspec.params.get("backend") == "postgresql"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the PostgreSQL cases, so `pytest -m postgres` (or `-m "not postgres"`) picks them."""
    for item in items:
        if _uses_postgres(item):
            item.add_marker(pytest.mark.postgres)
