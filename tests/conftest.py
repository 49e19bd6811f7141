"""Shared test setup: Qt offscreen, private home folders, and a fresh store per test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_PRIVATE = Path(tempfile.mkdtemp(prefix="hoeringsdesk-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_PRIVATE / _var.lower())
os.environ.pop("HOERINGSDESK_DB", None)

import pytest  # noqa: E402

from hoeringsdesk.app import Services, open_app  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


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
