"""`pytest -m postgres` selects the PostgreSQL cases, and only those."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

FILES = ["tests/services/test_team.py", "tests/db/test_migrations.py"]


def test_postgres_marker_selects_the_postgresql_cases() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         "-m", "postgres", *FILES],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    chosen = [line for line in done.stdout.splitlines() if "::" in line]
    assert any("test_team.py" in t and t.endswith("[postgresql]") for t in chosen)
    assert any("test_postgresql_migrates_through_every_revision" in t for t in chosen)
    assert not any(t.endswith("[sqlite]") for t in chosen)
    assert "deselected" in done.stdout  # the SQLite cases of the same files are left out
