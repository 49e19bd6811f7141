"""Store faults get one clear sentence and change nothing: a mistyped path, a read-only file
or folder, an unknown URL, a newer backup, export litter, undecodable arguments."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hoeringsdesk.app import open_app
from hoeringsdesk.cli import main
from tests.builders import audit_events
from tests.conftest import REPO

TEXT = "Vi foreslår flere sprogkurser om aftenen, så flere kan nå dem efter arbejde."


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def cli(*args: str | bytes, prefix: tuple[str, ...] = ()) -> tuple[int, str, str]:
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "hoeringsdesk", *args],
        cwd=REPO, capture_output=True, timeout=180, check=False,
    )  # fmt: skip
    return done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode()


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "uventet fejl" not in err
    return lines[0]


def test_a_reading_command_never_creates_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "hoeringer" / "hoeringsdesk.sqlite3"
    for command in (["responses"], ["consultation", "list"], ["search", "sprog"]):
        code, _, err = run(capsys, "--db", str(typo), *command)
        assert code == 1
        assert "Der er ingen database i" in one_sentence(err)
    assert not typo.parent.exists()
    here = tmp_path / "ny.sqlite3"
    code, _, err = run(capsys, "--db", str(here), "responses")
    assert code == 1 and not here.exists() and not list(tmp_path.glob("ny.sqlite3*"))


def test_a_writing_command_creates_a_store_only_in_a_folder_that_exists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "hoeringer" / "hoeringsdesk.sqlite3"
    code, _, err = run(capsys, "--db", str(typo), "consultation", "new", "--title", "A",
                       "--deadline", "2027-01-01")  # fmt: skip
    assert code == 1
    assert "Mappen" in one_sentence(err) and "findes ikke" in err
    assert not typo.parent.exists()
    typo.parent.mkdir()
    code, out, _ = run(capsys, "--db", str(typo), "consultation", "new", "--title", "A",
                       "--deadline", "2027-01-01")  # fmt: skip
    assert code == 0 and typo.exists()


def test_the_default_store_gets_its_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, _, _ = run(capsys, "consultation", "new", "--title", "A", "--deadline", "2027-01-01")
    assert code == 0
    assert list((tmp_path / "data").rglob("hoeringsdesk.sqlite3"))


def test_an_unsupported_url_names_the_kinds_that_work(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "mysql://ib:hemmeligt@server/hoering", "responses")
    assert code == 1
    sentence = one_sentence(err)
    assert "Databasetypen »mysql« understøttes ikke" in sentence
    assert "filsti" in sentence and "postgresql+psycopg://" in sentence
    assert "hemmeligt" not in sentence


def unprivileged() -> tuple[str, ...]:
    """Run a child without the right to ignore file permissions (root would write anyway)."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root needs setpriv (util-linux) to drop CAP_DAC_OVERRIDE")
    return ("setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search")


@pytest.fixture
def demo_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    store = folder / "store.sqlite3"
    assert main(["--db", str(store), "demo"]) == 0
    capsys.readouterr()
    return store


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_store_says_so_once_and_still_reads(
    demo_store: Path, tmp_path: Path, what: str
) -> None:
    reply = tmp_path / "svar.txt"
    reply.write_text(TEXT, encoding="utf-8")
    before = sorted(p.name for p in demo_store.parent.iterdir())
    target = demo_store if what == "file" else demo_store.parent
    mode = target.stat().st_mode
    target.chmod(0o444 if what == "file" else 0o555)
    try:
        code, out, err = cli("--db", str(demo_store), "import", str(reply), prefix=unprivileged())
        assert code == 1 and out == ""
        sentence = one_sentence(err)
        assert "skrivebeskyttet" in sentence and "Kommandoer, der kun læser, virker stadig" in err
        for options in ((), ("--read-only",)):
            code, out, err = cli(
                "--db", str(demo_store), *options, "responses", prefix=unprivileged()
            )
            assert code == 0, err
            assert len(out.splitlines()) == 13 and err == ""
    finally:
        target.chmod(mode)
    after = {p.name for p in demo_store.parent.iterdir()}
    # no lock file, nothing else written (a reader of a WAL store may leave SQLite's own
    # -wal/-shm files where the folder allows them)
    assert after - {"store.sqlite3-wal", "store.sqlite3-shm"} == set(before)


def test_restoring_a_backup_from_a_newer_version_is_refused_before_anything_changes(
    demo_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_store)
    backup = tmp_path / "fra-nyere-version.sqlite3"
    assert run(capsys, "--db", db, "backup", str(backup))[0] == 0
    con = sqlite3.connect(backup)
    with con:
        con.execute("UPDATE alembic_version SET version_num = 'z999_from_the_future'")
    con.close()
    digest = hashlib.sha256(demo_store.read_bytes()).hexdigest()

    code, _, err = run(capsys, "--db", db, "restore", str(backup))

    assert code == 1
    sentence = one_sentence(err)
    assert "nyere version af Høringsdesk" in sentence and "Intet er ændret" in sentence
    assert hashlib.sha256(demo_store.read_bytes()).hexdigest() == digest
    assert not list(demo_store.parent.rglob("foer-gendannelse-*"))
    code, out, _ = run(capsys, "--db", db, "responses")
    assert code == 0 and len(out.splitlines()) == 13


def test_an_export_cleans_up_what_killed_exports_left(
    demo_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from hoeringsdesk.export.files import _host_tag

    out_dir = tmp_path / "ud"
    out_dir.mkdir()
    dead_pid = _ended_pid()
    old = out_dir / ".~notat-k2j3_9zq.docx.tmp"  # named as before this version
    old.write_bytes(b"")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    killed = out_dir / f".~notat-{_host_tag()}-{dead_pid}-a1b2c3d4.xlsx.tmp"
    killed.write_bytes(b"")
    killed_pdf = out_dir / f".~samlet-{_host_tag()}-{dead_pid}-z9y8x7w6.pdf.tmp"
    killed_pdf.write_bytes(b"")
    running = out_dir / f".~notat-{_host_tag()}-{os.getpid()}-e5f6g7h8.xlsx.tmp"
    running.write_bytes(b"")  # an export still under way (this process is alive)
    other = out_dir / ".~lock.notat.xlsx#"  # LibreOffice's, not ours
    other.write_bytes(b"")

    code, out, _ = run(capsys, "--db", str(demo_store), "export", "xlsx", str(out_dir / "n.xlsx"))

    assert code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == sorted([running.name, other.name, "n.xlsx"])


def _ended_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.skipif(sys.platform == "win32", reason="undecodable bytes in POSIX arguments")
def test_undecodable_bytes_in_a_text_argument_get_a_sentence(demo_store: Path) -> None:
    code, out, err = cli("--db", str(demo_store), "consultation", "new", "--title", b"\xff",
                         "--deadline", "2027-01-01")  # fmt: skip
    assert code == 2 and out == ""
    sentence = one_sentence(err)
    assert sentence.startswith("hoeringsdesk: --title indeholder tegn, der ikke er gyldig tekst")


@pytest.mark.skipif(sys.platform == "win32", reason="undecodable bytes in POSIX file names")
def test_a_file_name_with_undecodable_bytes_is_imported(demo_store: Path, tmp_path: Path) -> None:
    name = os.fsdecode(b"svar-\xff.txt")
    (tmp_path / name).write_text(TEXT, encoding="utf-8")
    code, out, err = cli("--db", str(demo_store), "import", os.fsencode(tmp_path / name),
                         "--json")  # fmt: skip
    assert code == 0, err
    (found,) = json.loads(out)["files"]
    assert found["status"] == "imported" and found["path"].endswith("svar-\ufffd.txt")


def test_export_from_the_command_line_while_the_window_has_the_store(
    demo_store: Path, tmp_path: Path
) -> None:
    window = open_app(demo_store, user="anne")  # holds the store's lock, as the window does
    try:
        for options in ((), ("--read-only",)):
            target = tmp_path / f"notat{len(options)}.docx"
            code, out, err = cli("--db", str(demo_store), *options, "export", "docx",
                                 str(target))  # fmt: skip
            assert code == 0, err
            assert target.exists() and err == ""
            assert "bruges af" not in out and "kunne ikke noteres" not in out
    finally:
        window.close()
    code, out, err = cli("--db", str(demo_store), "export", "docx", str(tmp_path / "fri.docx"))
    assert code == 0 and "kunne ikke noteres" not in out
    services = open_app(demo_store, read_only=True)
    try:
        cid = services.consultations.resolve(None)
        exports = [e for e in audit_events(services, cid) if e.action == "export"]
    finally:
        services.close()
    assert len(exports) == 1  # noted when the store was free


def test_an_import_into_a_store_opened_read_only_says_so_once(
    demo_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replies = []
    for n in range(3):
        replies.append(tmp_path / f"svar{n}.txt")
        replies[-1].write_text(f"{TEXT} ({n})", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(demo_store), "--read-only", "import",
                         *map(str, replies))  # fmt: skip
    assert code == 1 and out == ""
    assert "skrivebeskyttet" in one_sentence(err)
