"""The intake commands as documented: import, responses, response show, suggestions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hoeringsdesk.cli import main
from hoeringsdesk.samples.demo_set import demo_files


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "svar"
    folder.mkdir()
    for name, data in demo_files()[:6]:
        (folder / name).write_bytes(data)
    (folder / "brev.pdf").write_bytes(b"%PDF-1.4 broken")
    return folder


def test_import_json_then_responses_and_show(
    store_path: Path, inbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(store_path)
    run(
        capsys,
        "--db",
        db,
        "consultation",
        "new",
        "--title",
        "Demo",
        "--deadline",
        "2026-10-30",
        "--reply-address",
        "hoering@nordkysten.example.dk",
        "--reply-address",
        "integration@nordkysten.example.dk",
    )
    code, out, _ = run(capsys, "--db", db, "import", str(inbox), "--json")
    assert code == 3  # one file was not registered (the broken PDF)
    files = json.loads(out)["files"]
    assert {f["status"] for f in files} == {"imported", "duplicate", "rejected"}
    assert all(
        set(f) >= {"path", "status", "response_id", "duplicate_of", "reason", "warnings"}
        for f in files
    )
    rejected = [f for f in files if f["status"] == "rejected"]
    assert len(rejected) == 1 and rejected[0]["reason"]

    code, out, _ = run(capsys, "--db", db, "responses", "--json")
    rows = json.loads(out)
    first = rows[0]
    assert set(first) >= {
        "id",
        "received",
        "late",
        "sender",
        "organisations",
        "private_person",
        "campaign",
        "source_files",
    }
    assert first["received"] == "2026-10-20T12:05:00+00:00"
    assert first["late"] is False
    assert first["sender"] == {"name": "Lise Holm", "email": "lise.holm@havbo.example.dk"}
    private = next(r for r in rows if r["sender"]["email"] == "peter.madsen1962@gmail.com")
    assert private["private_person"] is True and private["organisations"] == []

    code, out, _ = run(capsys, "--db", db, "response", "show", str(first["id"]), "--json")
    shown = json.loads(out)
    assert shown["attachments"][0]["filename"] == "Høringssvar Havbo m.fl..docx"
    assert shown["recommendations"] and all(
        set(r) >= {"id", "status", "passage", "summary", "type", "sections"}
        for r in shown["recommendations"]
    )
    assert all(r["status"] == "suggested" for r in shown["recommendations"])

    code, out, _ = run(capsys, "--db", db, "suggestions", "accept", "--response", str(first["id"]))
    assert code == 0 and "6 forslag godkendt" in out
    code, out, _ = run(capsys, "--db", db, "suggestions", "accept", "--all")
    assert code == 0
    _, out, _ = run(capsys, "--db", db, "responses", "--json")
    assert all(r["open_suggestions"] == 0 for r in json.loads(out))


def test_import_of_a_missing_path_is_one_line(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--db", str(store_path), "demo")
    code, _, err = run(capsys, "--db", str(store_path), "import", "/nope/svar.eml")
    assert code == 1 and "findes ikke" in err and len(err.strip().splitlines()) == 1


def test_show_unknown_response(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", str(store_path), "demo")
    code, _, err = run(capsys, "--db", str(store_path), "response", "show", "999", "--json")
    assert code == 1 and "999" in err
