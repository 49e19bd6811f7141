"""Backups: verified copies, daily/weekly rotation that never keeps a bad one, and restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hoeringsdesk.app import Services, open_app
from hoeringsdesk.cli import main
from hoeringsdesk.db.backup import auto_backup, integrity_ok, store_facts
from hoeringsdesk.services.errors import ServiceError

pytestmark = pytest.mark.sqlite_only  # backups are of the local SQLite file


def test_backup_to_is_verified_and_complete(
    services: Services, full_demo_id: int, tmp_path: Path
) -> None:
    copy = services.backups.backup_to(tmp_path / "kopi.sqlite3")
    assert integrity_ok(copy)
    con = sqlite3.connect(copy)
    assert con.execute("SELECT count(*) FROM response").fetchone()[0] == 13
    con.close()
    with pytest.raises(ServiceError, match="oven i"):
        services.backups.backup_to(services.store.path)


def test_rotation_keeps_seven_daily_and_four_weekly(
    services: Services, full_demo_id: int, tmp_path: Path
) -> None:
    folder = tmp_path / "kopier"
    start = datetime(2026, 11, 2, 9, 0)
    for day in range(40):
        auto_backup(services.store.path, folder, start + timedelta(days=day))
    assert auto_backup(services.store.path, folder, start + timedelta(days=39)) is None
    daily = sorted(p.name for p in folder.glob("dagligt-*"))
    weekly = sorted(p.name for p in folder.glob("ugentligt-*"))
    assert len(daily) == 7 and daily[-1] == "dagligt-2026-12-11.sqlite3"
    assert len(weekly) == 4
    assert all(store_facts(p) == (store_facts(services.store.path)) for p in folder.iterdir())


def test_an_empty_store_never_pushes_out_a_good_backup(tmp_path: Path) -> None:
    full = open_app(tmp_path / "fuld.sqlite3")
    full.demo.create(with_responses=False)
    folder = tmp_path / "kopier"
    auto_backup(full.store.path, folder, datetime(2026, 11, 1))
    full.close()
    empty = open_app(tmp_path / "tom.sqlite3")
    for day in range(2, 12):
        assert auto_backup(empty.store.path, folder, datetime(2026, 11, day)) is None
    empty.close()
    assert [p.name for p in folder.glob("dagligt-*")] == ["dagligt-2026-11-01.sqlite3"]


def test_backup_and_restore_from_the_command_line(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(store_path)
    assert main(["--db", db, "demo"]) == 0
    assert main(["--db", db, "backup", str(tmp_path / "før.sqlite3")]) == 0
    assert (
        main(
            [
                "--db",
                db,
                "consultation",
                "new",
                "--title",
                "Efter kopien",
                "--deadline",
                "2027-01-01",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--db", db, "restore", str(tmp_path / "før.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert "gendannet" in out
    main(["--db", db, "consultation", "list", "--json"])
    titles = capsys.readouterr().out
    assert "Efter kopien" not in titles and "(demo)" in titles
    safety = list((tmp_path / "store-sikkerhedskopier").glob("foer-gendannelse-*.sqlite3"))
    assert len(safety) == 1
    con = sqlite3.connect(safety[0])
    assert con.execute("SELECT count(*) FROM consultation").fetchone()[0] == 2
    con.close()


def test_restore_refuses_a_file_that_is_not_a_backup(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(store_path), "demo"]) == 0
    bogus = tmp_path / "ikke-en-kopi.sqlite3"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = store_path.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(store_path), "restore", str(bogus)]) == 1
    assert "ikke en gyldig" in capsys.readouterr().err
    assert store_path.read_bytes() == before


def test_opening_makes_the_daily_backup(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    first = open_app(path)
    first.demo.create(with_responses=False)
    first.close()
    again = open_app(path, auto_backup=True)
    again.close()
    assert len(list((tmp_path / "h-sikkerhedskopier").glob("dagligt-*.sqlite3"))) == 1


def test_backup_copies_with_their_rotation_date(tmp_path: Path) -> None:
    from datetime import date

    from hoeringsdesk.services.backups import backup_copies, backups_note

    for name in (
        "dagligt-2027-03-02.sqlite3",
        "ugentligt-2027-U09.sqlite3",
        "foer-gendannelse-20270301-101500.sqlite3",
        ".ny-20270302.sqlite3",
    ):
        (tmp_path / name).write_bytes(b"")
    copies = backup_copies(tmp_path)
    assert [(c.path.name, c.rotates_out) for c in copies] == [
        ("dagligt-2027-03-02.sqlite3", date(2027, 3, 9)),
        ("ugentligt-2027-U09.sqlite3", date(2027, 3, 29)),  # Monday 1 March + 4 weeks
        ("foer-gendannelse-20270301-101500.sqlite3", None),
    ]
    note = backups_note(copies)
    assert "stadig oplysningerne" in note and "tidligst 09.03.2027" in note
    assert "slettes ikke automatisk" in note
    assert backup_copies(tmp_path / "ingen") == []
