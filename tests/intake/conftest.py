"""Fixtures for the intake tests: the real Outlook samples (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .builders import msg_testdata_dir


@pytest.fixture(scope="session")
def msg_dir() -> Path:
    found = msg_testdata_dir()
    if found is None:
        pytest.skip(
            "Outlook samples not found: set HOERINGSDESK_MSG_TESTDATA or place them in "
            "../shared/testdata/msg next to the project"
        )
    return found


@pytest.fixture(scope="session")
def unicode_msg(msg_dir: Path) -> bytes:
    path = msg_dir / "unicode.msg"
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    return path.read_bytes()


@pytest.fixture(scope="session")
def strange_date_msg(msg_dir: Path) -> bytes:
    path = msg_dir / "strangeDate.msg"
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    return path.read_bytes()
