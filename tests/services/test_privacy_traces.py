"""After `privacy anonymise` and `privacy erase`, no personal string of the sender is left in
the store's raw bytes, its -wal file or the error log (also when a statement failed with the
sender's data as its parameters)."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import text

from hoeringsdesk.app import open_app
from hoeringsdesk.cli import main
from hoeringsdesk.errors import log_file, log_unexpected

BODY = """Til kommunen

Mit navn er Birthe Kragelund, og jeg har boet på Husumvej 88, 2. tv., 2700 Brønshøj i
tyve år. Min søn Villads Kragelund cykler hver dag, og min nabo Torkild Vindefjord er enig.
Jeg foreslår, at sprogundervisningen også ligger om aftenen.
Mit CPR-nummer er 120365-1234, hvis I skal bruge det. Ring på mobil 40 11 22 33.

Venlig hilsen
Birthe Kragelund
Husumvej 88, 2. tv.
2700 Brønshøj
mobil 40 11 22 33

> Fra: hoering@nordkysten.example.dk
> Tak for din henvendelse, Birthe.
"""
SECRETS = (
    "Birthe",
    "Kragelund",
    "Villads",
    "Torkild",
    "Vindefjord",
    "Husumvej",
    "2700 Brønshøj",
    "120365-1234",
    "40 11 22 33",
    "40112233",
    "bk1970",
)


def _eml(folder: Path) -> Path:
    msg = EmailMessage()
    msg["From"] = "bk1970@hotmail.com"  # no name in the header
    msg["To"] = "hoering@nordkysten.example.dk"
    msg["Subject"] = "Høringssvar fra Birthe Kragelund"
    msg["Date"] = "Tue, 20 Oct 2026 14:05:00 +0200"
    msg["Message-ID"] = "<svar-15@hotmail.com>"
    msg.set_content(BODY)
    msg.add_attachment(
        "Afsender: Birthe Kragelund, Husumvej 88, 2700 Brønshøj\nTlf. 40 11 22 33\n".encode(),
        maintype="text",
        subtype="plain",
        filename="birthe_kragelund_bilag.txt",
    )
    path = folder / "birthe_kragelund.eml"
    path.write_bytes(msg.as_bytes())
    return path


def _raw(store: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(store) + suffix)
        if part.exists():
            data += part.read_bytes()
    if log_file().exists():
        data += log_file().read_bytes()
    return data.lower()


def _found(store: Path) -> list[str]:
    data = _raw(store)
    return [
        s for s in SECRETS if s.lower().encode() in data or s.lower().encode("utf-16-le") in data
    ]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("action", ["anonymise", "erase"])
def test_no_personal_string_left(
    action: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store.sqlite3"
    db = str(store)
    log_file().unlink(missing_ok=True)
    main(
        [
            "--db",
            db,
            "consultation",
            "new",
            "--title",
            "Integrationspolitik",
            "--deadline",
            "2026-10-30",
            "--reply-address",
            "hoering@nordkysten.example.dk",
        ]
    )
    assert main(["--db", db, "import", str(_eml(tmp_path)), "--json"]) == 0
    capsys.readouterr()
    main(["--db", db, "responses", "--json"])
    (row,) = json.loads(capsys.readouterr().out)
    assert row["private_person"] is True
    # an error whose statement carried the sender's data is logged without the values
    services = open_app(db, user="tester")
    try:
        with services.store.engine.connect() as conn:
            conn.execute(text("INSERT INTO no_such_table VALUES (:a)"), {"a": BODY})
    except Exception as exc:  # noqa: BLE001 - the failure is what is logged
        log_unexpected(exc)
    finally:
        services.close()
    assert log_file().exists() and "no_such_table" in log_file().read_text()
    assert set(_found(store)) >= {"Birthe", "Husumvej", "Villads", "120365-1234"}

    assert main(["--db", db, "privacy", action, "--response", str(row["id"])]) == 0
    out = capsys.readouterr().out
    assert "sikkerhedskopi" in out  # earlier backups still hold the data: said so
    assert _found(store) == []
    main(["--db", db, "response", "show", str(row["id"]), "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert "sprogundervisningen også ligger om aftenen" in shown["text"]
