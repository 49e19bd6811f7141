"""Shared test setup: Qt offscreen, private home folders, a fresh store per test, and Qt's
warnings about threads failing the test during which they came."""

from __future__ import annotations

import os
import sys
import tempfile
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

import pytest  # noqa: E402
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler  # noqa: E402

from hoeringsdesk.app import Services, open_app  # noqa: E402
from tests import pg_server  # noqa: E402

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
