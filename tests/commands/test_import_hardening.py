"""Import reads only what it was given: no links out of a folder, no FIFOs or devices, a size
limit before reading, no random bytes taken for text, and an exit status that tells."""

from __future__ import annotations

import json
import os
import random
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hoeringsdesk.cli import main
from hoeringsdesk.domain.parsed import ReaderError
from hoeringsdesk.intake.readers import read_file
from tests.cli_process import REPO, with_peak

TEXT = "Vi foreslår flere sprogkurser om aftenen, så flere kan nå dem efter arbejde."
SECRET = "hemmelig-adgangskode-7f3a"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


def cli(
    *args: str, timeout: float = 180, env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    """The command line in its own process: a hang is a failure, not a stuck test run."""
    done = subprocess.run(
        [sys.executable, "-m", "hoeringsdesk", *args],
        cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False,
        env={**os.environ, **(env or {})},
    )  # fmt: skip
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def db(store_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", str(store_path), "consultation", "new", "--title", "Klimaplan",
                 "--deadline", "2026-10-30"]) == 0  # fmt: skip
    capsys.readouterr()
    return str(store_path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def statuses(out: str) -> dict[str, tuple[str, str]]:
    return {Path(f["path"]).name: (f["status"], f["reason"]) for f in json.loads(out)["files"]}


def all_text(capsys: pytest.CaptureFixture[str], db: str) -> str:
    _, out, _ = run(capsys, "--db", db, "responses", "--json")
    texts = []
    for row in json.loads(out):
        _, shown, _ = run(capsys, "--db", db, "response", "show", str(row["id"]), "--json")
        texts.append(json.loads(shown)["text"])
    return "\n".join(texts)


def test_a_link_out_of_an_imported_folder_is_skipped_not_read(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "andet" / "adgangskoder.txt"
    outside.parent.mkdir()
    outside.write_text(f"root:{SECRET}\n" * 5, encoding="utf-8")
    inbox = tmp_path / "indbakke"
    inbox.mkdir()
    (inbox / "svar.txt").write_text(TEXT, encoding="utf-8")
    (inbox / "passwd.txt").symlink_to(outside)
    (inbox / "mappe").symlink_to(outside.parent, target_is_directory=True)
    (inbox / "svar-igen.txt").symlink_to(inbox / "svar.txt")  # inside: read under its own name

    code, out, _ = run(capsys, "--db", db, "import", str(inbox), "--json")

    found = statuses(out)
    assert found["svar.txt"][0] == "imported"
    for name in ("passwd.txt", "mappe"):
        status, reason = found[name]
        assert status == "skipped" and "uden for den importerede mappe" in reason
    assert "svar-igen.txt" not in found
    assert code == 3  # not every file was registered
    assert SECRET not in all_text(capsys, db)


def test_a_link_named_on_the_command_line_is_followed_to_its_file(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "arkiv" / "svar.txt"
    real.parent.mkdir()
    real.write_text(TEXT, encoding="utf-8")
    link = tmp_path / "genvej.txt"
    link.symlink_to(real)
    code, out, _ = run(capsys, "--db", db, "import", str(link), "--json")
    assert code == 0 and statuses(out)["genvej.txt"][0] == "imported"


@posix_only
def test_fifos_and_devices_are_skipped_and_the_batch_goes_on(db: str, tmp_path: Path) -> None:
    inbox = tmp_path / "indbakke"
    inbox.mkdir()
    (inbox / "a-svar.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(inbox / "b-roer.txt")
    (inbox / "c-nul.txt").symlink_to("/dev/zero")
    (inbox / "d-svar.txt").write_text(TEXT + " Og bedre busser.", encoding="utf-8")
    given_fifo = tmp_path / "roer.eml"
    os.mkfifo(given_fifo)

    code, out, err = cli("--db", db, "import", str(given_fifo), "/dev/zero", str(inbox), "--json")

    found = statuses(out)
    assert found["a-svar.txt"][0] == found["d-svar.txt"][0] == "imported", err
    assert found["roer.eml"] == ("skipped", found["roer.eml"][1])
    assert "FIFO" in found["roer.eml"][1] and "FIFO" in found["b-roer.txt"][1]
    assert found["zero"][0] == "skipped" and "enhed" in found["zero"][1]
    assert found["c-nul.txt"][0] == "skipped"  # a link out of the folder, to a device
    assert code == 3


@pytest.mark.skipif(sys.platform != "linux", reason="peak memory read from Linux /proc")
def test_size_and_type_are_checked_before_the_file_is_read(db: str, tmp_path: Path) -> None:
    small = tmp_path / "lille.txt"
    small.write_text(TEXT, encoding="utf-8")
    baseline = with_peak("--db", db, "import", str(small))
    assert baseline.code == 0
    big = tmp_path / "kaempe.txt"
    with big.open("wb") as fh:
        fh.truncate(1024**3)  # 1 GB (sparse)
    film = tmp_path / "film.mp4"
    with film.open("wb") as fh:
        fh.truncate(180 * 1024**2)  # under the size limit: refused by its type

    run = with_peak("--db", db, "import", str(big), str(film), "--json")

    found = statuses(run.out)
    assert found["kaempe.txt"][0] == "rejected"
    assert "for stor (1.024 MB; grænsen er 200 MB" in found["kaempe.txt"][1]
    assert "HOERINGSDESK_MAX_FILE_MB" in found["kaempe.txt"][1]
    assert found["film.mp4"] == ("rejected", "Filtypen .mp4 understøttes ikke")
    assert run.code == 3
    # neither file was read: the run peaks where importing a small file does
    assert run.peak_kb - baseline.peak_kb < 60 * 1024, (run.peak_kb, baseline.peak_kb)


def test_the_limits_are_settings(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    long_text = tmp_path / "langt.txt"
    long_text.write_text((TEXT + "\n") * 40, encoding="utf-8")  # about 3,100 characters
    monkeypatch.setenv("HOERINGSDESK_MAX_TEXT_CHARS", "2000")
    code, out, _ = run(capsys, "--db", db, "import", str(long_text), "--json")
    assert code == 3
    status, reason = statuses(out)["langt.txt"]
    assert status == "rejected" and reason.startswith("Teksten er for lang (3.")
    assert reason.endswith("tegn; grænsen er 2.000 tegn pr. fil, indstillingen "
                           "HOERINGSDESK_MAX_TEXT_CHARS)")  # fmt: skip
    monkeypatch.delenv("HOERINGSDESK_MAX_TEXT_CHARS")
    monkeypatch.setenv("HOERINGSDESK_MAX_FILE_MB", "0.002")  # 2 kB
    code, out, _ = run(capsys, "--db", db, "import", str(long_text), "--json")
    assert statuses(out)["langt.txt"][1].startswith("Filen er for stor (0 MB; grænsen er 0 MB")
    monkeypatch.delenv("HOERINGSDESK_MAX_FILE_MB")
    code, out, _ = run(capsys, "--db", db, "import", str(long_text), "--json")
    assert code == 0 and statuses(out)["langt.txt"][0] == "imported"


def test_an_html_mail_over_the_text_limit_is_stopped_while_it_is_read(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mail = tmp_path / "lang.eml"
    paragraphs = "".join(f"<p>{TEXT} ({n})</p>" for n in range(200))  # about 16,000 characters
    mail.write_bytes(
        b"From: Ib <ib@example.dk>\r\nSubject: Svar\r\nDate: Tue, 20 Oct 2026 10:00:00 +0200\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n" + paragraphs.encode()
    )
    monkeypatch.setenv("HOERINGSDESK_MAX_TEXT_CHARS", "1000")
    code, out, _ = run(capsys, "--db", db, "import", str(mail), "--json")
    assert code == 3
    assert statuses(out)["lang.eml"] == (
        "rejected",
        "Teksten er for lang (over 1.000 tegn; grænsen er 1.000 tegn pr. fil, indstillingen "
        "HOERINGSDESK_MAX_TEXT_CHARS)",
    )


def random_bytes_the_old_rule_took_for_text(size: int = 20_000) -> bytes:
    """Random bytes with at most a tenth control bytes (about half of all random files):
    the old test for text let these through as Latin-1."""
    controls = set([*range(0, 9), *range(14, 27), *range(28, 32)])
    for seed in range(1000):
        data = random.Random(seed).randbytes(size)
        if sum(1 for b in data[:8192] if b in controls) <= 8192 // 10:
            return data
    raise AssertionError("no such seed")  # pragma: no cover


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("svar.msg", "Outlook-filen er beskadiget"),
        ("svar.docx", "Word-filen er beskadiget"),
        ("svar.odt", "beskadiget"),
        ("svar.txt", "indholdet er ikke tekst"),
        ("svar.eml", "indholdet er ikke tekst"),
        ("svar", "Filens indhold kan ikke genkendes"),
    ],
)
def test_random_bytes_are_rejected_never_read_as_text(name: str, message: str) -> None:
    with pytest.raises(ReaderError, match=message):
        read_file(name, random_bytes_the_old_rule_took_for_text())


def test_random_bytes_named_as_documents_are_rejected_on_import(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = random_bytes_the_old_rule_took_for_text()
    for name in ("svar.msg", "svar.docx"):
        (tmp_path / name).write_bytes(data)
    code, out, _ = run(
        capsys, "--db", db, "import", str(tmp_path / "svar.msg"), str(tmp_path / "svar.docx"),
        "--json",
    )  # fmt: skip
    found = statuses(out)
    assert found["svar.msg"][0] == found["svar.docx"][0] == "rejected"
    assert "beskadiget" in found["svar.msg"][1] and "beskadiget" in found["svar.docx"][1]
    assert code == 3


def test_exit_status_when_every_file_is_rejected(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "brev.pdf").write_bytes(b"%PDF-1.4 broken")
    (tmp_path / "tom.txt").write_bytes(b"")
    code, out, _ = run(capsys, "--db", db, "import", str(tmp_path / "brev.pdf"),
                       str(tmp_path / "tom.txt"))  # fmt: skip
    assert code == 3
    assert "0 registreret, 0 dubletter, 2 afvist." in out


def test_import_help_documents_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    for line in ("0  alle filer er registreret", "3  en eller flere filer", "4  importen stoppede"):
        assert line in out


def test_a_mail_without_date_or_received_is_imported_with_a_warning(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "uden-dato.eml"
    mail.write_bytes(
        b"From: Ida Fisker <ida@solgaarden.example.org>\r\nTo: hoering@kommune.example.dk\r\n"
        b"Subject: Hoeringssvar\r\nMessage-ID: <a1@example.org>\r\n\r\n" + TEXT.encode() + b"\r\n"
    )
    code, out, _ = run(capsys, "--db", db, "import", str(mail))
    assert code == 0
    assert "ADVARSEL" in out and "ingen læsbar dato" in out
    assert "modtagelsestidspunktet er ukendt" in out
    _, listed, _ = run(capsys, "--db", db, "responses", "--json")
    assert json.loads(listed)[0]["received"] is None


def nested_mail(depth: int) -> bytes:
    inner = b"From: a@example.dk\r\nSubject: inderst\r\n\r\nTekst\r\n"
    for _ in range(depth):
        inner = b"From: a@example.dk\r\nSubject: x\r\nContent-Type: message/rfc822\r\n\r\n" + inner
    return inner


def nested_tables_docx(depth: int) -> bytes:
    import io

    import docx

    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for _ in range(depth):
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Inderst"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "build", "message"),
    [
        ("dybt.eml", lambda: nested_mail(2000), "E-mailen er for dybt indlejret"),
        ("dybt.docx", lambda: nested_tables_docx(84), "Word-filen er for dybt indlejret"),
    ],
)
def test_too_deep_nesting_is_said_as_such(
    db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    build,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / name).write_bytes(build())
    code, out, _ = run(capsys, "--db", db, "import", str(tmp_path / name), "--json")
    status, reason = statuses(out)[name]
    assert status == "rejected" and reason.startswith(message)
    assert "beskadiget" not in reason


@pytest.fixture
def replies(tmp_path: Path) -> list[Path]:
    """A short reply, a long one (about 600 kB of text), and another short one."""
    folder = tmp_path / "svar"
    folder.mkdir()
    words = random.Random(7)
    long_text = " ".join(
        "".join(words.choice("abcdefghijklmnopqrstuvwxyzæøå") for _ in range(words.randint(2, 9)))
        for _ in range(100_000)
    )
    paths = [folder / "a-kort.txt", folder / "b-langt.txt", folder / "c-kort.txt"]
    paths[0].write_text(TEXT, encoding="utf-8")
    paths[1].write_text(long_text, encoding="utf-8")
    paths[2].write_text(TEXT + " Og flere cykelstier.", encoding="utf-8")
    return paths


def check_stopped_once(code: int, out: str, err: str) -> None:
    assert code == 4
    assert err.count("Disken er fuld") == 1 and "Disken er fuld" not in out
    assert "b-langt.txt kunne ikke registreres" in err and "2 filer fra" in err
    assert "uventet fejl" not in out + err and "sqlite3" not in out + err
    assert "1 registreret, 0 dubletter, 0 afvist." in out


def test_a_full_disk_is_said_once_and_stops_the_import_cleanly(
    db: str, replies: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import Engine, event

    con = sqlite3.connect(db)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()

    def small_disk(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # SQLite's page limit stands in for the disk: the same SQLITE_FULL ("database or
        # disk is full") a full disk gives, with no disk to fill
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 40}")

    event.listen(Engine, "connect", small_disk)
    try:
        check_stopped_once(*run(capsys, "--db", db, "import", *map(str, replies)))
        code, out, _ = run(capsys, "--db", db, "import", *map(str, replies), "--json")
        report = json.loads(out)
        assert code == 4 and report["stopped"].startswith("Disken er fuld")
        assert [Path(p).name for p in report["not_registered"]] == ["b-langt.txt", "c-kort.txt"]
    finally:
        event.remove(Engine, "connect", small_disk)
    code, out, _ = run(capsys, "--db", db, "import", *map(str, replies))  # room again
    assert code == 0 and "2 registreret, 1 dubletter, 0 afvist." in out


def _can_mount_tmpfs() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
        capture_output=True, timeout=30, check=False,
    )  # fmt: skip
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs a mount namespace (root, Linux)")
def test_a_really_full_disk_stops_the_import_cleanly(tmp_path: Path, replies: list[Path]) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    store = disk / "store.sqlite3"
    hd = f"{shlex.quote(sys.executable)} -m hoeringsdesk --db {store}"
    script = (
        f"mount -t tmpfs -o size=1m tmpfs {disk} && "
        f"{hd} consultation new --title Klimaplan --deadline 2026-10-30 >/dev/null && "
        f"{hd} import {' '.join(map(str, replies))}"
    )
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    check_stopped_once(done.returncode, done.stdout, done.stderr)
