"""Safety in the window: history, a locked store, unexpected errors (anonymising and restore
are background jobs: tests/gui/test_jobs.py)."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.db.lock import lock_path
from hoeringsdesk.gui import launch
from hoeringsdesk.gui.launch import open_services
from tests.gui.dialogs import DialogDriver
from tests.gui.loading import response_shown


def press(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
    return lambda box: box.button(button).click()


def click_text(text: str):  # type: ignore[no-untyped-def]
    def act(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if b.text() == text]
        button.click()

    return act


def select_number(window, number: int) -> None:  # type: ignore[no-untyped-def]
    rid = next(r.id for r in window.workspace.list.model.all_rows() if r.number == number)
    window.workspace.list.select(rid)
    response_shown(window.workspace, rid)


def test_history_shows_who_did_what(make_window, services: Services, full_demo_id: int) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    select_number(window, 1)
    ws = window.workspace
    ws.side.setCurrentWidget(ws.history)
    texts = [ws.history.topLevelItem(i).text(2) for i in range(ws.history.topLevelItemCount())]
    assert texts[0] == "Registreret" and "Forslag godkendt" in texts
    assert ws.history.topLevelItem(0).text(1) == "tester"


def test_a_locked_store_opens_read_only_on_request(qtbot: QtBot, store_path: Path) -> None:
    first = open_services(str(store_path))
    assert first is not None
    first.demo.create(with_responses=False)
    first.close()
    now = time.time()
    lock_path(store_path).write_text(
        json.dumps(
            {"user": "mette", "host": "kontor-pc-7", "pid": 4242, "since": now, "heartbeat": now}
        )
    )
    with DialogDriver(QMessageBox, click_text("Åbn skrivebeskyttet")) as driver:
        services = open_services(str(store_path))
    assert services is not None and services.read_only
    services.close()
    assert driver.ran


def test_unexpected_errors_are_logged_and_shown(qtbot: QtBot) -> None:
    from hoeringsdesk.errors import log_file

    try:
        raise RuntimeError("noget gik galt")
    except RuntimeError as exc:
        error = exc
    shown: list[str] = []
    with DialogDriver(QMessageBox, lambda box: (shown.append(box.text()), box.accept())):
        launch._excepthook(RuntimeError, error, error.__traceback__)
    assert "noget gik galt" in shown[0] and "gemt" in shown[0]
    assert "RuntimeError: noget gik galt" in log_file().read_text(encoding="utf-8")


def history_texts(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    ws = window.workspace
    ws.side.setCurrentWidget(ws.history)
    items = [ws.history.topLevelItem(i) for i in range(ws.history.topLevelItemCount())]
    return [(item.text(2), item.text(3)) for item in items]


def test_history_is_complete_and_in_danish_words(
    make_window, services: Services, full_demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    from tests.builders import section_id

    rows = {r.number: r for r in services.responses.rows(full_demo_id)}
    late = next(r for r in rows.values() if r.late)
    services.responses.update(late.id, accepted_late=True)
    job = section_id(services, full_demo_id, "Beskæft")
    first = services.tagging.create(rows[3].id, 0, 20, [job]).id
    second = services.tagging.create(rows[4].id, 0, 20, [job]).id
    services.review.set_answer([first, second], "Indgår i handleplanen.", "partly")
    services.parties.update(rows[4].parties[0].id, phone="12 34 56 78")
    window = make_window()
    select_number(window, late.number)
    texts = dict(history_texts(window))
    assert texts["Svar ændret"] == "Tages med trods fristen: ikke besluttet → ja, tag det med"
    assert texts["Registreret"].startswith("Fra ") and " som nr. " in texts["Registreret"]
    select_number(window, 3)
    three = history_texts(window)
    assert (
        "Besvaret",
        "Svar: Indgår i handleplanen.; Ændring?: Delvist · 2 anbefaling(er)",
    ) in three
    assert any(
        w == "Anbefaling oprettet" and "Afsnit: Beskæftigelsesområdet" in t for w, t in three
    )
    select_number(window, 4)
    four = history_texts(window)
    assert any(w == "Besvaret" for w, _ in four)
    assert ("Afsender ændret", "Telefon: – → 12 34 56 78") in four
    duplicate = next(r for r in services.responses.rows(full_demo_id) if r.duplicate_of)
    window.workspace.list.select(duplicate.id)
    response_shown(window.workspace, duplicate.id)
    assert any("dublet af svar nr. 1" in t for _, t in history_texts(window))
    for number in rows:
        select_number(window, number)
        for what, text in history_texts(window):
            raw = [w for w in ("/", "True", "False", "None") if w in text]
            assert not raw and not re.search(r"\b[a-z]+_[a-z_]+:", text), (number, what, text)
