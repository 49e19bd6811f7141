"""Anonymising a citizen the program took for an organisation: the officer confirms it is a
private person (a real question box, answered yes), and it is corrected and anonymised."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from tests.builders import add_response
from tests.gui.dialogs import ShownDialogs
from tests.gui.loading import response_shown


def test_confirmed_citizen_is_corrected_and_anonymised(
    make_window, qtbot: QtBot, services: Services, full_demo_id: int, shown_dialogs: ShownDialogs
) -> None:  # type: ignore[no-untyped-def]
    rid = add_response(
        services,
        full_demo_id,
        "Flere aftenhold, tak.\n\nVenlig hilsen\nAnne Kristoffersen",
        organisation="Anne Kristoffersen",
        contact="",
        email="anne.kristoffersen@example.net",
    )
    window = make_window()
    ws = window.workspace
    ws.list.select(rid)
    response_shown(ws, rid)
    qtbot.waitUntil(lambda: ws.detail is not None and ws.detail.row.id == rid, timeout=30_000)
    assert ws.detail.row.parties[0].kind == "organisation"
    assert ws.metadata.anonymise_button.isEnabled()
    ws.metadata.anonymise_button.click()
    qtbot.waitUntil(lambda: ws.detail.row.sender_display.startswith("Privatperson"), timeout=60_000)
    asked = shown_dialogs.texts()
    assert len(asked) == 2 and "pseudonym" in asked[0]
    assert "“Anne Kristoffersen” er registreret som en organisation" in asked[1]
    assert "Kristoffersen" not in ws.reader.toPlainText()
    assert services.responses.row(rid).parties[0].kind == "private"


def test_no_means_nothing_changes(
    make_window, qtbot: QtBot, services: Services, full_demo_id: int
) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.dialogs import answer_yes_or_ok

    answers = iter([answer_yes_or_ok, _no])
    recorder = ShownDialogs(answer=lambda d: next(answers)(d))
    try:
        rid = add_response(
            services, full_demo_id, "Tak.\n\nBo Vestergaard", organisation="Bo Vestergaard"
        )
        window = make_window()
        ws = window.workspace
        ws.list.select(rid)
        response_shown(ws, rid)
        qtbot.waitUntil(lambda: ws.detail is not None and ws.detail.row.id == rid, timeout=30_000)
        ws.metadata.anonymise_button.click()
        qtbot.waitUntil(lambda: len(recorder.shown) == 2, timeout=30_000)
        assert services.responses.row(rid).parties[0].kind == "organisation"
        assert "Bo Vestergaard" in ws.reader.toPlainText()
    finally:
        recorder.close()


def _no(dialog) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    assert isinstance(dialog, QMessageBox)
    dialog.button(QMessageBox.StandardButton.No).click()


def test_with_several_senders_the_officer_picks_the_private_person(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QInputDialog

    from hoeringsdesk.domain.records.responses import PartyInfo
    from hoeringsdesk.gui.private_person import private_person_choice
    from tests.gui.dialogs import DialogDriver

    parties = [
        PartyInfo(7, "organisation", "Grundejerforeningen Lyngen", "", "gf@example.dk"),
        PartyInfo(8, "organisation", "Karen Holmsted", "", "kh@example.net"),
        PartyInfo(9, "private", "", "Videresender", "v@example.net", role="forwarder"),
    ]
    seen: list[list[str]] = []

    def pick(dialog: QInputDialog) -> None:
        seen.append(dialog.comboBoxItems())
        assert "Hvem af dem er en privatperson?" in dialog.labelText()
        dialog.setTextValue("Karen Holmsted")
        dialog.accept()

    with DialogDriver(QInputDialog, pick):
        assert private_person_choice(None, parties) == (True, 8)
    assert seen == [["Grundejerforeningen Lyngen", "Karen Holmsted"]]  # not the forwarder
    with DialogDriver(QInputDialog, lambda d: d.reject()):
        assert private_person_choice(None, parties) == (False, None)
    assert private_person_choice(None, [parties[1], PartyInfo(3, "private", "", "Bo", "")]) == (
        True,
        None,
    )
