"""Opening a store: create a new one, or check, back up and upgrade an existing one."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from hoeringsdesk.db.backup import BackupError, backup_name, backup_sqlite
from hoeringsdesk.db.engine import Sessions, create_store_engine, make_sessions
from hoeringsdesk.db.models import Base, StoreInfo
from hoeringsdesk.db.revisions import MIGRATIONS, head_revision, known_revisions
from hoeringsdesk.db.search_schema import drop_search, install_search
from hoeringsdesk.version import version

if TYPE_CHECKING:
    from alembic.config import Config

APP_MARK = "hoeringsdesk"
SQLITE_MAGIC = b"SQLite format 3\x00"
BEFORE_SEARCH = ("0001",)  # revisions that predate the full-text index


class StoreError(Exception):
    """The store cannot be opened; the message says why in one line."""


@dataclass
class Store:
    """An open store: its URL, engine and session factories."""

    url: URL
    sessions: Sessions
    path: Path | None = None
    read_only: bool = False
    notices: list[str] = field(default_factory=list)

    @property
    def engine(self) -> Engine:
        return self.sessions.engine

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def close(self) -> None:
        self.sessions.engine.dispose()


def resolve_target(target: str | Path) -> tuple[URL, Path | None]:
    """A path or SQLAlchemy URL → (URL, file path for SQLite files)."""
    text = str(target)
    if "://" in text:
        url = make_url(text)
        db = url.database
        if url.get_backend_name() == "sqlite" and db and db != ":memory:":
            return url, Path(db).expanduser().resolve()
        return url, None
    path = Path(text).expanduser().resolve()
    return make_url(f"sqlite:///{path}"), path


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config  # Alembic loads only to create or migrate a store

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS))
    return cfg


def open_store(
    target: str | Path, *, read_only: bool = False, backup_dir: Path | None = None
) -> Store:
    """Open (creating or upgrading as needed) the store at a path or URL."""
    url, path = resolve_target(target)
    if path is not None:
        return _open_sqlite(url, path, read_only=read_only, backup_dir=backup_dir)
    return _open_server(url, read_only=read_only)


def _open_sqlite(url: URL, path: Path, *, read_only: bool, backup_dir: Path | None) -> Store:
    if path.is_dir():
        raise StoreError(f"{path} er en mappe, ikke en databasefil.")
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new:
        if read_only:
            raise StoreError(f"Databasen {path} findes ikke.")
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_store_engine(url)
        _create_schema(engine)
        return Store(url, make_sessions(engine), path)

    revision = _check_sqlite_file(path)
    notices: list[str] = []
    if revision != head_revision():
        if read_only:
            raise StoreError(
                f"{path.name} skal opgraderes før brug og kan ikke åbnes skrivebeskyttet."
            )
        backups = backup_dir or default_backup_dir(path)
        try:
            copy = backup_sqlite(path, backups / backup_name("foer-opgradering"))
        except BackupError as exc:
            raise StoreError(f"{path.name} blev ikke opgraderet: {exc}") from exc
        notices.append(f"Databasen blev opgraderet; kopi af den gamle: {copy}")
        engine = create_store_engine(url)
        try:
            upgrade(engine)
        except Exception:
            engine.dispose()
            raise
    else:
        engine = create_store_engine(url, read_only=read_only)
    return Store(url, make_sessions(engine), path, read_only=read_only, notices=notices)


def default_backup_dir(path: Path) -> Path:
    return path.parent / f"{path.stem}-sikkerhedskopier"


def _check_sqlite_file(path: Path) -> str:
    """Refuse anything but a Høringsdesk store this version understands; returns its revision."""
    try:
        with path.open("rb") as fh:
            magic = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{path} kan ikke læses: {exc.strerror}.") from exc
    if magic != SQLITE_MAGIC:
        raise StoreError(f"{path.name} er ikke en Høringsdesk-database (ikke en SQLite-fil).")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            if "store_info" not in tables or "alembic_version" not in tables:
                raise StoreError(f"{path.name} er en SQLite-fil, men ikke en Høringsdesk-database.")
            mark = con.execute("SELECT value FROM store_info WHERE key='app'").fetchone()
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path.name} kan ikke åbnes som database: {exc}.") from exc
    if not mark or mark[0] != APP_MARK:
        raise StoreError(f"{path.name} er en SQLite-fil, men ikke en Høringsdesk-database.")
    if not rev or rev[0] not in known_revisions():
        raise StoreError(
            f"{path.name} er lavet af en nyere version af Høringsdesk; opdatér programmet."
        )
    return str(rev[0])


def _open_server(url: URL, *, read_only: bool) -> Store:
    try:
        engine = create_store_engine(url, read_only=read_only)
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = _current_revision(conn) if "alembic_version" in tables else None
    except SQLAlchemyError as exc:
        raise StoreError(
            f"Kan ikke forbinde til databasen {url.render_as_string()}: {_first_line(exc)}"
        ) from exc
    if not tables:
        if read_only:
            raise StoreError("Databasen er tom og kan ikke oprettes skrivebeskyttet.")
        _create_schema(engine)
    elif "store_info" not in tables or revision is None:
        raise StoreError("Databasen indeholder andre tabeller og er ikke en Høringsdesk-database.")
    elif revision not in known_revisions():
        raise StoreError(
            "Databasen er lavet af en nyere version af Høringsdesk; opdatér programmet."
        )
    elif revision != head_revision():
        if read_only:
            raise StoreError("Databasen skal opgraderes (hoeringsdesk migrate) før brug.")
        upgrade(engine)
    return Store(url, make_sessions(engine), None, read_only=read_only)


def _first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else repr(exc)


def _current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def _create_schema(engine: Engine) -> None:
    """A new store: all tables, stamped at head, marked as ours — in one transaction."""
    from alembic import command

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        install_search(conn, backfill=False)
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")
        conn.execute(
            StoreInfo.__table__.insert(),
            [
                {"key": "app", "value": APP_MARK},
                {"key": "created_with", "value": version()},
                {"key": "created_at", "value": datetime.now().isoformat(timespec="seconds")},
            ],
        )


def upgrade(engine: Engine, revision: str = "head", script_location: Path | None = None) -> None:
    """Run migrations in one real transaction; SQLite foreign keys are off around it.

    A failure anywhere rolls back every revision of the run: schema and data stay as they
    were (SQLite DDL is transactional with the engine's BEGIN recipe)."""
    from alembic import command

    sqlite = engine.url.get_backend_name() == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                # Triggers of the search index would break (or vanish with) table rebuilds:
                # take the index down for the run and build it afresh afterwards.
                drop_search(conn)
                cfg = alembic_config(script_location)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if _current_revision(conn) not in (None, *BEFORE_SEARCH):
                    drop_search(conn)
                    install_search(conn)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreError(
                            f"Opgraderingen blev afbrudt: {len(broken)} brudte referencer."
                        )
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
