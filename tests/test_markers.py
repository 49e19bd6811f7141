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


def test_not_slow_leaves_out_the_crash_test_and_slow_selects_it() -> None:
    crash = "tests/db/test_crash_safety.py"

    def chosen(marker: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
             "-m", marker, crash, "tests/test_markers.py"],
            cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        return [line for line in done.stdout.splitlines() if "::" in line]

    fast = chosen("not slow")
    assert not any(crash in t for t in fast)
    assert any("test_markers.py" in t for t in fast)  # the fast tests are still there
    slow = chosen("slow")
    assert any(t.startswith(crash + "::test_killed_imports") for t in slow)
    assert not any("test_markers.py" in t for t in slow)
