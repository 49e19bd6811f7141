"""Engine creation: SQLite pragmas, truly transactional SQLite, and the two sessionmakers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=10000",
    "PRAGMA secure_delete=ON",
)

MEMORY = (None, "", ":memory:")  # SQLite databases that are no file


def is_sqlite(url: URL | str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _install_sqlite_events(engine: Engine, read_only: bool = False) -> None:
    """Pragmas on every connection, and real BEGIN/COMMIT so DDL is transactional.

    A store opened read-only keeps its journal mode: switching to WAL writes to the file,
    which a read-only connection may not (a backup, in rollback-journal mode, would fail).

    pysqlite's own transaction handling does not cover DDL; SQLAlchemy's documented recipe
    switches it off and emits BEGIN itself. ``immediate`` in the execution options makes a
    write transaction take the write lock at once (no SQLITE_BUSY on lock upgrade in WAL).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in SQLITE_PRAGMAS:
                cursor.execute(pragma)
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal" and not read_only and engine.url.database not in MEMORY:
                cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        options = conn.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("immediate") else "BEGIN")


def create_store_engine(
    url: URL | str, *, read_only: bool = False, read_uri: str | None = None
) -> Engine:
    """An engine for a store URL; SQLite gets the pragmas and transactional DDL.

    A read-only SQLite engine opens ``read_uri`` (``file:…?mode=ro`` by default)."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        connect_args: dict[str, object] = {"check_same_thread": False, "timeout": 10}
        if read_only and url.database not in MEMORY:
            uri = read_uri or f"file:{url.database}?mode=ro"
            url = url.set(database=uri, query={"uri": "true"})
        # hide_parameters: an error's message (which may reach the log) never carries the
        # values of a statement, such as a sender's name or a response's text
        engine = create_engine(url, connect_args=connect_args, hide_parameters=True)
        _install_sqlite_events(engine, read_only)
        if read_only:
            _make_query_only(engine)
        return engine
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    if read_only:
        _make_postgres_read_only(engine)
    return engine


def _make_query_only(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA query_only=ON")


def _make_postgres_read_only(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        dbapi_connection.commit()


@dataclass
class Sessions:
    """The store's two session factories: ``write`` takes the write lock at once."""

    engine: Engine
    write: sessionmaker[Session]
    read: sessionmaker[Session]


def make_sessions(engine: Engine) -> Sessions:
    writer = engine.execution_options(immediate=True)
    return Sessions(
        engine=engine,
        write=sessionmaker(bind=writer, expire_on_commit=False),
        read=sessionmaker(bind=engine, expire_on_commit=False),
    )
