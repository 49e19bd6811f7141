"""A throwaway PostgreSQL server for the tests, from the machine's own PostgreSQL binaries.

``HOERINGSDESK_TEST_PG`` (an SQLAlchemy URL of a server where databases may be created)
is used when set; otherwise a cluster is made in a temporary folder and started on
loopback. Without PostgreSQL the PostgreSQL cases skip with a clear reason — unless
``HOERINGSDESK_REQUIRE_PG=1`` (set by .ci/run), where they must run.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

ENV_URL = "HOERINGSDESK_TEST_PG"
ENV_REQUIRE = "HOERINGSDESK_REQUIRE_PG"


def _binary(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TempCluster:
    """initdb + pg_ctl in a temporary folder; run as the 'postgres' user when we are root."""

    def __init__(self) -> None:
        self.initdb = _binary("initdb")
        self.pg_ctl = _binary("pg_ctl")
        self.folder: Path | None = None
        self.port = 0

    def available(self) -> str | None:
        """None when a cluster can be made, else the reason it cannot."""
        if not (self.initdb and self.pg_ctl):
            return "PostgreSQL's initdb/pg_ctl are not installed (Debian package 'postgresql')"
        if os.geteuid() == 0 and not shutil.which("runuser"):
            return "running as root without runuser to start PostgreSQL as 'postgres'"
        return None

    def _run(self, *args: str) -> None:
        command = list(args)
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        self.folder = Path(tempfile.mkdtemp(prefix="hoeringsdesk-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        data = self.folder / "data"
        self.port = _free_port()
        self._run(
            str(self.initdb),
            "-D",
            str(data),
            "-U",
            "hoeringsdesk",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        self._run(
            str(self.pg_ctl),
            "-D",
            str(data),
            "-w",
            "-l",
            str(self.folder / "log"),
            "-o",
            f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off",
            "start",
        )
        return f"postgresql+psycopg://hoeringsdesk@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        if self.folder is None:
            return
        try:
            self._run(str(self.pg_ctl), "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def server() -> Iterator[tuple[str | None, str]]:
    """(admin URL or None, reason when None) for the whole test session."""
    url = os.environ.get(ENV_URL, "").strip()
    if url:
        yield url, ""
        return
    cluster = TempCluster()
    reason = cluster.available()
    if reason:
        yield None, reason
        return
    try:
        url = cluster.start()
    except (subprocess.SubprocessError, OSError) as exc:
        yield None, f"a temporary PostgreSQL server could not be started: {exc}"
        return
    try:
        yield url, ""
    finally:
        cluster.stop()


@contextmanager
def fresh_database(admin_url: str) -> Iterator[str]:
    """A new, empty database on the server, dropped afterwards."""
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
