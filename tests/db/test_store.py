"""Opening stores: new ones are created and stamped; foreign or newer files are left alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from hoeringsdesk.db.migrations.env_filters import include_name
from hoeringsdesk.db.models.base import Base
from hoeringsdesk.db.store import StoreError, head_revision, open_store, upgrade


def test_new_store_has_pragmas_and_is_stamped(store_path: Path) -> None:
    store = open_store(store_path)
    try:
        with store.engine.connect() as conn:
            pragma = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in (
                    "foreign_keys",
                    "journal_mode",
                    "synchronous",
                    "busy_timeout",
                    "secure_delete",
                )
            }
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            app = conn.execute(text("SELECT value FROM store_info WHERE key='app'")).scalar()
    finally:
        store.close()
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": 10000,
        "secure_delete": 1,
    }
    assert rev == head_revision()
    assert app == "hoeringsdesk"


def test_migrations_from_empty_match_the_models(tmp_path: Path) -> None:
    """An empty database upgraded through every revision has exactly the models' schema."""
    url = f"sqlite:///{tmp_path / 'migrated.sqlite3'}"
    from hoeringsdesk.db.engine import create_store_engine

    engine = create_store_engine(url)
    upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
        rev = MigrationContext.configure(conn).get_current_revision()
    engine.dispose()
    assert diff == []
    assert rev == head_revision()


def test_reopening_keeps_data(store_path: Path) -> None:
    from datetime import date

    from hoeringsdesk.app import open_app

    first = open_app(store_path, user="a")
    cid = first.consultations.create("Høring om cykelstier", date(2027, 1, 31)).id
    first.close()
    second = open_app(store_path, user="b")
    try:
        assert second.consultations.get(cid).title == "Høring om cykelstier"
    finally:
        second.close()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    original = "Referat fra mødet\n".encode() * 50
    path.write_bytes(original)
    with pytest.raises(StoreError, match="ikke en Høringsdesk-database"):
        open_store(path)
    assert path.read_bytes() == original


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="ikke en Høringsdesk-database"):
        open_store(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "other.db-wal").exists()


def test_a_store_from_a_newer_version_is_refused_untouched(store_path: Path) -> None:
    open_store(store_path).close()
    con = sqlite3.connect(store_path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    before = store_path.read_bytes()
    with pytest.raises(StoreError, match="nyere version"):
        open_store(store_path)
    assert store_path.read_bytes() == before


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="mappe"):
        open_store(tmp_path)


def test_sqlite_ddl_is_transactional(store_path: Path) -> None:
    """The engine's BEGIN recipe makes DDL roll back with the transaction."""
    store = open_store(store_path)
    try:
        with pytest.raises(RuntimeError), store.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
            raise RuntimeError("abort")
        with store.engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    finally:
        store.close()
    assert "scratch" not in names


def test_a_store_in_rollback_journal_mode_opens_read_only_untouched(store_path: Path) -> None:
    """A backup is a single file in rollback-journal mode: reading it read-only works and
    leaves it as it was (no switch to WAL, which would write)."""
    open_store(store_path).close()
    plain = sqlite3.connect(store_path)
    assert plain.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    plain.close()
    original = store_path.read_bytes()
    store = open_store(store_path, read_only=True)
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"
            assert conn.execute(text("SELECT count(*) FROM store_info")).scalar()
    finally:
        store.close()
    assert store_path.read_bytes() == original
    assert not store_path.with_name(store_path.name + "-wal").exists()


def test_url_target_and_read_only(store_path: Path) -> None:
    open_store(store_path).close()
    store = open_store(f"sqlite:///{store_path}", read_only=True)
    try:
        with (
            pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"),
            store.engine.begin() as conn,
        ):
            conn.exec_driver_sql("INSERT INTO store_info(key, value) VALUES ('x', 'y')")
    finally:
        store.close()
    engine = create_engine(f"sqlite:///{store_path}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM store_info WHERE key='x'")).scalar() == 0
    engine.dispose()
