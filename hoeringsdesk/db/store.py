"""Opening a store: create a new one, or check, back up and upgrade an existing one."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, insert, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from hoeringsdesk.db.access import (
    StoreError,
    StoreMissing,
    StoreNeedsUpgrade,
    check_writable,
    read_uri,
)
from hoeringsdesk.db.backup import BackupError, backup_name, backup_sqlite
from hoeringsdesk.db.engine import Sessions, create_store_engine, make_sessions
from hoeringsdesk.db.models.base import Base, StoreInfo
from hoeringsdesk.db.revisions import MIGRATIONS, head_revision, known_revisions
from hoeringsdesk.db.search_schema import drop_search, install_search
from hoeringsdesk.version import version

if TYPE_CHECKING:
    from alembic.config import Config

APP_MARK = "hoeringsdesk"
SQLITE_MAGIC = b"SQLite format 3\x00"
BEFORE_SEARCH = ("0001",)  # revisions that predate the full-text index
SUPPORTED = (
    "en filsti (en lokal SQLite-database) eller en PostgreSQL-URL som "
    "postgresql+psycopg://bruger:adgangskode@server/database"
)
__all__ = ["Store", "StoreError", "open_store", "resolve_target"]


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
        url = _supported_url(text)
        db = url.database
        if url.get_backend_name() == "sqlite" and db and db != ":memory:":
            return url, Path(db).expanduser().resolve()
        return url, None
    path = Path(text).expanduser().resolve()
    return make_url(f"sqlite:///{path}"), path


def _supported_url(text: str) -> URL:
    """An SQLAlchemy URL of a kind Høringsdesk runs on (SQLite, PostgreSQL with psycopg)."""
    kind = text.split("://", 1)[0]
    try:
        url = make_url(text)
    except Exception as exc:  # noqa: BLE001 - SQLAlchemy's parse errors vary by version
        raise StoreError(f"»{kind}://…« er ikke en gyldig database-URL; brug {SUPPORTED}.") from exc
    backend, driver = url.get_backend_name(), url.get_driver_name()
    if backend == "postgresql" and driver in ("psycopg", "psycopg2") and "+" not in kind:
        return url.set(drivername="postgresql+psycopg")
    if (backend, driver) not in (("sqlite", "pysqlite"), ("postgresql", "psycopg")):
        raise StoreError(f"Databasetypen »{kind}« understøttes ikke; brug {SUPPORTED}.")
    return url


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config  # Alembic loads only to create or migrate a store

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS))
    return cfg


def open_store(
    target: str | Path,
    *,
    read_only: bool = False,
    backup_dir: Path | None = None,
    create: bool = True,
    create_folder: bool = False,
) -> Store:
    """Open (creating or upgrading as needed) the store at a path or URL.

    A read-only open never creates anything, nor does one with ``create=False``; a new
    local store is made only in a folder that exists, unless ``create_folder``."""
    url, path = resolve_target(target)
    create = create and not read_only
    if path is not None:
        return _open_sqlite(
            url,
            path,
            read_only=read_only,
            backup_dir=backup_dir,
            create=create,
            create_folder=create_folder,
        )
    return _open_server(url, read_only=read_only, create=create)


def missing_store(path: Path) -> StoreMissing:
    return StoreMissing(
        f"Der er ingen database i {path} (tjek stien i --db eller HOERINGSDESK_DB)."
    )


def is_new_file(path: Path) -> bool:
    return not path.exists() or (path.is_file() and path.stat().st_size == 0)


def _open_sqlite(
    url: URL,
    path: Path,
    *,
    read_only: bool,
    backup_dir: Path | None,
    create: bool,
    create_folder: bool,
) -> Store:
    if path.is_dir():
        raise StoreError(f"{path} er en mappe, ikke en databasefil.")
    is_new = is_new_file(path)
    if is_new and not create:
        raise missing_store(path)
    if not read_only:
        check_writable(path, create_folder=create_folder)
    if is_new:
        engine = create_store_engine(url)
        _create_schema(engine)
        return Store(url, make_sessions(engine), path)

    revision = _check_sqlite_file(path)
    notices: list[str] = []
    if revision != head_revision():
        if read_only:
            raise StoreNeedsUpgrade(
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
        engine = create_store_engine(url, read_only=read_only, read_uri=read_uri(path))
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
        con = sqlite3.connect(read_uri(path), uri=True)
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


def _open_server(url: URL, *, read_only: bool, create: bool) -> Store:
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
        if read_only or not create:
            engine.dispose()
            raise StoreMissing("Databasen er tom; der er ingen høringer i den endnu.")
        _create_schema(engine)
    elif "store_info" not in tables or revision is None:
        raise StoreError("Databasen indeholder andre tabeller og er ikke en Høringsdesk-database.")
    elif revision not in known_revisions():
        raise StoreError(
            "Databasen er lavet af en nyere version af Høringsdesk; opdatér programmet."
        )
    elif revision != head_revision():
        if read_only:
            raise StoreNeedsUpgrade("Databasen skal opgraderes (hoeringsdesk migrate) før brug.")
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
            insert(StoreInfo),
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
