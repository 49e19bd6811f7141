"""Service tests run against both backends: a SQLite file and a real PostgreSQL database.

A test that is about the SQLite file itself is marked ``sqlite_only``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hoeringsdesk.app import Services, open_app


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql" and request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about the local SQLite file only")
    return str(request.param)


@pytest.fixture
def store_url(backend: str, store_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return str(store_path)
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def services(store_url: str) -> Iterator[Services]:
    svc = open_app(store_url, user="tester")
    yield svc
    svc.close()
