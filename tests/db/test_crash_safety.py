"""Crash safety: an import killed (SIGKILL) at random moments never leaves a broken store."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from hoeringsdesk.samples.demo_set import CPH, demo_files
from hoeringsdesk.samples.documents import SENDER_LABEL, section_label, template_docx
from hoeringsdesk.samples.mail import eml, make_mail

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL"),
    pytest.mark.slow,  # about a minute: many imports killed and rerun
]


def inbox(folder: Path, extra: int = 40) -> int:
    folder.mkdir()
    files = demo_files()
    for i in range(extra):
        rows = [
            (SENDER_LABEL, [f"Forening nr. {i} v. Person {i} p{i}@forening{i}.example.dk"]),
            (section_label("Boligområdet"), [f"Forslag {i}: " + "mere grønt. " * (20 + i)]),
        ]
        when = datetime(2026, 10, 1 + i % 28, 12, tzinfo=CPH)
        files.append(
            (
                f"svar_{i:03d}.eml",
                eml(
                    make_mail(
                        f"Person {i} <p{i}@forening{i}.example.dk>",
                        "hoering@nordkysten.example.dk",
                        f"Høringssvar {i}",
                        "Se vedhæftede.",
                        when,
                        attachments=[(f"svar_{i}.docx", template_docx(rows))],
                    )
                ),
            )
        )
    for name, data in files:
        (folder / name).write_bytes(data)
    return len(files)


def run_import(db: Path, folder: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "hoeringsdesk", "--db", str(db), "import", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def check_whole(db: Path) -> int:
    """integrity_check is ok and every registered response is complete; returns the count."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        responses = con.execute(
            "SELECT id, source_sha256, length(text), duplicate_of_id FROM response"
        ).fetchall()
        for rid, sha, length, dup in responses:
            files = con.execute(
                "SELECT position, sha256 FROM stored_file WHERE response_id=? ORDER BY position",
                (rid,),
            ).fetchall()
            assert files and files[0] == (0, sha), f"response {rid} lacks its original"
            for _, digest in files:
                size = con.execute(
                    "SELECT length(data) FROM blob WHERE sha256=?", (digest,)
                ).fetchone()
                assert size is not None, f"response {rid} lacks a file's bytes"
            parts = con.execute(
                'SELECT count(*), max("end") FROM response_part WHERE response_id=?', (rid,)
            ).fetchone()
            assert parts[0] > 0 and parts[1] <= length
            bad = con.execute(
                "SELECT count(*) FROM recommendation WHERE response_id=? "
                'AND ("end" > ? OR start > "end")',
                (rid, length),
            ).fetchone()
            assert bad == (0,)
            if dup is None:
                assert (
                    con.execute(
                        "SELECT count(*) FROM response_party WHERE response_id=?", (rid,)
                    ).fetchone()[0]
                    > 0
                    or length > 0
                )
        searchable = con.execute(
            "SELECT count(*) FROM search_index WHERE kind='response'"
        ).fetchone()[0]
        assert searchable == len(responses)
        return len(responses)
    finally:
        con.close()


def test_killed_imports_leave_whole_responses_and_finish_on_rerun(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    assert (
        subprocess.run(
            [sys.executable, "-m", "hoeringsdesk", "--db", str(db), "demo"], capture_output=True
        ).returncode
        == 0
    )
    # the demo's own responses count too; start from a consultation without them
    assert (
        subprocess.run(
            [
                sys.executable,
                "-m",
                "hoeringsdesk",
                "--db",
                str(db),
                "consultation",
                "new",
                "--title",
                "Kill-test",
                "--deadline",
                "2026-10-30",
                "--reply-address",
                "hoering@nordkysten.example.dk",
            ],
            capture_output=True,
        ).returncode
        == 0
    )
    folder = tmp_path / "indbakke"
    total_files = inbox(folder)
    rng = random.Random(20261124)
    seen: list[int] = []
    for _ in range(6):
        process = run_import(db, folder)
        time.sleep(rng.uniform(0.5, 4.0))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        seen.append(check_whole(db))
    done = subprocess.run(
        [sys.executable, "-m", "hoeringsdesk", "--db", str(db), "import", str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    final = check_whole(db)
    demo_count = 13
    assert final - demo_count == total_files  # every file registered once (incl. 1 duplicate)
    assert seen == sorted(seen)  # nothing committed was ever lost
    again = subprocess.run(
        [sys.executable, "-m", "hoeringsdesk", "--db", str(db), "import", str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "0 registreret" in again.stdout and check_whole(db) == final
