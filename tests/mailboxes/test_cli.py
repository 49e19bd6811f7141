"""`hoeringsdesk mailbox add|list|fetch` against Dovecot, as an officer or IT would run them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from hoeringsdesk.cli import main
from tests.imap_server import Dovecot
from tests.mailboxes.conftest import MemoryKeyringType
from tests.mailboxes.corpus import BROKEN, extra_responses


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_fetch_and_fetch_again(
    store_path: Path,
    dovecot: Dovecot,
    accounts: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyringType,
) -> None:
    user = accounts[0]
    dovecot.append(user, [*extra_responses(2), BROKEN])
    db = str(store_path)
    run(
        capsys,
        "--db",
        db,
        "consultation",
        "new",
        "--title",
        "Klimaplan",
        "--deadline",
        "2026-10-30",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(dovecot.users[user] + "\n"))
    code, out, err = run(
        capsys,
        "--db",
        db,
        "mailbox",
        "add",
        "--host",
        "localhost",
        "--port",
        str(dovecot.imaps_port),
        "--user",
        user,
        "--ca-file",
        str(dovecot.certs.ca),
        "--password-stdin",
        "--json",
    )
    assert code == 0, err
    added = json.loads(out)
    assert added["user"] == user and added["security"] == "tls" and added["folder"] == "INBOX"
    assert dovecot.users[user] in memory_keyring.secrets.values()

    code, out, err = run(capsys, "--db", db, "mailbox", "fetch", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert [f["status"] for f in report["files"]] == ["imported", "imported", "rejected"]
    assert report["files"][2]["path"] == f"{user}@localhost/INBOX#3"
    assert report["errors"] == []

    code, out, _ = run(capsys, "--db", db, "mailbox", "list", "--json")
    [listed] = json.loads(out)
    assert listed["highest_uid"] == 3 and listed["messages"] == 3 and listed["uidvalidity"]

    code, out, _ = run(capsys, "--db", db, "mailbox", "fetch")
    assert code == 0
    assert out.strip().endswith("0 registreret, 0 dubletter, 0 afvist.")


def test_a_mailbox_that_cannot_be_reached_exits_non_zero_with_the_reason(
    store_path: Path,
    dovecot: Dovecot,
    accounts: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = str(store_path)
    run(
        capsys,
        "--db",
        db,
        "consultation",
        "new",
        "--title",
        "Klimaplan",
        "--deadline",
        "2026-10-30",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("forkert\n"))
    run(
        capsys,
        "--db",
        db,
        "mailbox",
        "add",
        "--host",
        "localhost",
        "--port",
        str(dovecot.imaps_port),
        "--user",
        accounts[0],
        "--ca-file",
        str(dovecot.certs.ca),
        "--password-stdin",
    )
    code, out, err = run(capsys, "--db", db, "mailbox", "fetch")
    assert code == 1
    assert "FEJL" in out and "forkert brugernavn eller adgangskode" in out
    assert "Traceback" not in out + err
