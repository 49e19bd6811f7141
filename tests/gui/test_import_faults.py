"""The window's import report says a full disk once and lists skipped paths; a store whose
folder is read-only opens read-only, with a word about it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from hoeringsdesk.app import Services, open_app
from hoeringsdesk.gui.import_flow import report_text
from tests.conftest import REPO

TEXT = "Vi foreslår flere sprogkurser om aftenen, så flere kan nå dem efter arbejde."


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_full_disk_is_said_once_in_the_import_report(
    make_window, qtbot: QtBot, services: Services, store_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services.demo.create(with_responses=False)
    inbox = tmp_path / "indbakke"
    inbox.mkdir()
    (inbox / "a-kort.txt").write_text(TEXT, encoding="utf-8")
    (inbox / "b-langt.txt").write_text(" ".join(f"ord{n}" for n in range(150_000)))
    (inbox / "c-kort.txt").write_text(TEXT + " Og cykelstier.", encoding="utf-8")
    os.mkfifo(inbox / "d-roer.txt")
    con = sqlite3.connect(store_path)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()

    def small_disk(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 40}")  # as a full disk

    event.listen(Engine, "connect", small_disk)
    try:
        services.store.engine.dispose()  # new connections, with the limit
        window = make_window()
        window.imports.show_report = False
        flow = window.imports.import_paths([inbox])
        assert flow is not None
        with qtbot.waitSignal(flow.done, timeout=120_000):
            pass
    finally:
        event.remove(Engine, "connect", small_disk)
    text = report_text(flow.report)
    assert text.count("Disken er fuld") == 1, text
    assert "Importen er stoppet: 2 fil(er) fra b-langt.txt og frem er ikke registreret" in text
    assert "SPRUNGET OVER d-roer.txt: Stien er en FIFO" in text
    assert "uventet fejl" not in text
    cid = services.consultations.resolve(None)
    assert [r.source_name for r in services.responses.rows(cid)] == ["a-kort.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_store_in_a_read_only_folder_opens_read_only_in_the_window(tmp_path: Path) -> None:
    folder = tmp_path / "delt"
    folder.mkdir()
    store = folder / "store.sqlite3"
    open_app(store).close()
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root needs setpriv (util-linux) to drop CAP_DAC_OVERRIDE")
        prefix = ("setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search")
    script = (
        "import sys\n"
        "from hoeringsdesk.gui.launch import application, install_translators, open_services\n"
        "app = application(); install_translators(app, 'da')\n"
        "services = open_services(sys.argv[1])\n"
        "print(services.read_only, *services.store.notices, sep='\\n')\n"
        "services.close()\n"
    )
    folder.chmod(0o555)
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-c", script, str(store)],
            cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
    finally:
        folder.chmod(0o755)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "True"
    assert "skrivebeskyttet mappe" in lines[1] and "Den er åbnet skrivebeskyttet." in lines[1]
