"""The command line as a newcomer uses it: demo, draft, consultations, clean errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hoeringsdesk.app import open_app
from hoeringsdesk.cli import main
from tests.docx_builders import heading_docx


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_draft_show_json(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store_path)
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "id 1" in out
    code, out, _ = run(capsys, "--db", db, "draft", "show", "--json")
    tree = json.loads(out)
    assert code == 0
    assert {"id", "label", "heading", "depth", "parent_id", "position", "body"} <= set(tree[0])
    headings = [n["heading"] for n in tree]
    assert headings[:3] == ["Forord", "Indledning", "Pejlemærker"]
    by_id = {n["id"]: n for n in tree}
    princip_e = next(n for n in tree if n["heading"].startswith("Princip E"))
    assert by_id[princip_e["parent_id"]]["heading"] == "Principper"
    assert princip_e["depth"] == 1 and "gensidig proces" in princip_e["body"]


def test_consultation_new_and_list(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store_path)
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "consultation",
        "new",
        "--title",
        "Klimaplan",
        "--deadline",
        "2027-04-30",
        "--case-number",
        "27-99",
        "--authority",
        "Teknik",
    )
    assert code == 0 and out.strip() == "1"
    code, out, _ = run(capsys, "--db", db, "consultation", "list", "--json")
    assert json.loads(out)[0] | {} == {
        "id": 1,
        "title": "Klimaplan",
        "authority": "Teknik",
        "case_number": "27-99",
        "deadline": "2027-04-30",
        "start_date": None,
        "reply_addresses": [],
    }


def test_draft_import_docx_into_given_consultation(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(store_path)
    run(capsys, "--db", db, "consultation", "new", "--title", "A", "--deadline", "2027-01-01")
    run(capsys, "--db", db, "consultation", "new", "--title", "B", "--deadline", "2027-01-01")
    draft = tmp_path / "udkast.docx"
    draft.write_bytes(
        heading_docx([(1, "Forord", "Tak."), (2, "Baggrund", "Derfor.")], danish_ids=True)
    )
    code, out, _ = run(capsys, "--db", db, "draft", "import", str(draft), "--consultation", "1")
    assert code == 0 and "2 afsnit" in out
    _, out, _ = run(capsys, "--db", db, "draft", "show", "--json", "--consultation", "1")
    assert [(n["heading"], n["depth"]) for n in json.loads(out)] == [("Forord", 0), ("Baggrund", 1)]
    _, out, _ = run(capsys, "--db", db, "draft", "show", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["draft", "show"], "ingen høringer"),
        (["draft", "import", "/nonexistent/udkast.docx"], "ingen høringer"),
        (["consultation", "new", "--title", "X", "--deadline", "31-12-2027"], "ÅÅÅÅ-MM-DD"),
        (["draft", "show", "--consultation", "7"], "Høring 7 findes ikke"),
    ],
)
def test_errors_are_one_line(
    store_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    open_app(store_path).close()  # an empty store (a reading command creates none)
    try:
        code = main(["--db", str(store_path), *args])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    _, err = capsys.readouterr()
    assert code != 0
    assert message.lower() in err.lower()
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_bad_draft_file_named_in_the_error(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(store_path)
    run(capsys, "--db", db, "demo")
    bad = tmp_path / "udkast.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    code, _, err = run(capsys, "--db", db, "draft", "import", str(bad))
    assert code == 1 and "udkast.docx" in err and len(err.strip().splitlines()) == 1


def test_foreign_store_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "regnskab.xlsx"
    foreign.write_bytes(b"PK\x03\x04 something else")
    code, _, err = run(capsys, "--db", str(foreign), "consultation", "list")
    assert code == 1 and "ikke en Høringsdesk-database" in err
    assert foreign.read_bytes() == b"PK\x03\x04 something else"


def test_python_dash_m_and_environment_variable(tmp_path: Path) -> None:
    env = dict(os.environ, HOERINGSDESK_DB=str(tmp_path / "env.sqlite3"))
    done = subprocess.run(
        [sys.executable, "-m", "hoeringsdesk", "demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.sqlite3").exists()


def test_consultation_with_a_horingsliste_file_then_the_three_exports(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(store_path)
    sheet = tmp_path / "liste.csv"
    sheet.write_text("Navn;E-mail;Type\nHandicaprådet;hr@example.dk;myndighed\n", "utf-8")
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "consultation",
        "new",
        "--title",
        "Klimaplan",
        "--deadline",
        "2027-04-30",
        "--invited",
        str(sheet),
        "--published-where",
        "kommunen.dk/hoeringer",
    )
    assert code == 0
    for fmt in ("xlsx", "docx", "pdf"):
        code, out, _ = run(capsys, "--db", db, "export", fmt, str(tmp_path / f"ud.{fmt}"))
        assert code == 0 and (tmp_path / f"ud.{fmt}").stat().st_size > 0, out
    assert "Den samlede PDF med høringssvarene er gemt" in out
    code, _, err = run(
        capsys,
        "--db",
        db,
        "consultation",
        "new",
        "--title",
        "Y",
        "--deadline",
        "2027-04-30",
        "--invited",
        str(tmp_path / "findes-ikke.xlsx"),
    )
    assert code == 1 and "findes-ikke.xlsx kan ikke læses" in err and "Traceback" not in err


def test_help_and_usage_errors_are_danish(capsys: pytest.CaptureFixture[str]) -> None:
    from hoeringsdesk.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("brug: hoeringsdesk")
    assert "vis programmets version og afslut" in out
    assert "usage" not in out and "show program's" not in out
    for argv, danish in (
        (["nosuch"], "ugyldigt valg: 'nosuch' (vælg mellem"),
        (["export", "xlsx"], "disse argumenter mangler: FIL.xlsx"),
    ):
        with pytest.raises(SystemExit) as stop:
            main(argv)
        err = capsys.readouterr().err
        assert stop.value.code == 2 and danish in err and "choose" not in err, err
