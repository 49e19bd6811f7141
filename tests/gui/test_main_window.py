"""The main window as an officer meets it: welcome page, demo, draft tree, settings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.domain.records.consultations import InvitedInfo
from hoeringsdesk.gui.consultation_dialog import ConsultationDialog, parse_invited
from hoeringsdesk.gui.section_model import SectionTreeModel
from tests.gui.dialogs import DialogDriver


def test_empty_store_shows_welcome_and_demo_button_works(make_window, qtbot: QtBot) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.demo_button.text() == "Opret demo-høring"
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.tabs
    assert window.draft_view.heading.text() == "Forord"
    assert window.workspace.list.model.rowCount() == 13


def test_choosing_a_section_shows_its_text(make_window, demo_id: int, qtbot: QtBot) -> None:
    window = make_window()
    view = window.draft_view
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert view.heading.text() == "Indledning"
    index = next(
        view.model.index_of(n.id)
        for n in view.model.sections()
        if n.heading.startswith("Princip E")
    )
    view.tree.setCurrentIndex(index)
    assert view.heading.text().startswith("Princip E")
    assert "gensidig proces" in view.text.toPlainText()


def test_section_model_passes_the_model_tester(
    qtmodeltester, services: Services, demo_id: int
) -> None:
    model = SectionTreeModel()
    model.set_sections(services.drafts.sections(demo_id))
    qtmodeltester.check(model)
    model.set_badges({model.sections()[0].id: "3"})
    qtmodeltester.check(model)


def test_new_consultation_dialog_creates_and_switches(
    make_window, demo_id: int, qtbot: QtBot
) -> None:
    window = make_window()

    def fill(dialog: ConsultationDialog) -> None:
        qtbot.keyClicks(dialog.title, "Klimaplan 2030")
        dialog.invited.add_text("Klimarådet <klima@example.dk>\nBorgerpanelet")
        dialog.has_start.setChecked(False)
        dialog.deadline.setDate(dialog.deadline.date().addDays(30))
        dialog.accept()

    with DialogDriver(ConsultationDialog, fill):
        window.consultation_commands.new_consultation()
    info = window.services.consultations.get(window.consultation_id)
    assert info.title == "Klimaplan 2030" and info.id != demo_id
    assert info.invited == (
        InvitedInfo("Klimarådet", "klima@example.dk"),
        InvitedInfo("Borgerpanelet", ""),
    )
    assert window.switcher.count() == 2
    assert window.draft_view.heading.text() == "Intet udkast indlæst endnu"


def test_last_consultation_is_remembered(make_window, services: Services) -> None:
    first = services.consultations.create("A", date(2027, 1, 1)).id
    services.consultations.create("B", date(2027, 1, 1))
    window = make_window()
    window.show_consultation(first)
    window.close()
    again = make_window()
    assert again.consultation_id == first


def test_parse_invited_lines() -> None:
    assert parse_invited("Ældrerådet <aeldre@example.dk>\n\n  Ungdomsrådet  ") == [
        InvitedInfo("Ældrerådet", "aeldre@example.dk"),
        InvitedInfo("Ungdomsrådet", ""),
    ]


def test_the_database_dialog_names_the_store_that_is_open(make_window, services: Services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    window = make_window()
    seen: list[str] = []

    def read(dialog: QInputDialog) -> None:
        seen.append(dialog.labelText())
        dialog.reject()

    with DialogDriver(QInputDialog, read):
        window.store_commands.choose_database()
    assert seen[0].startswith(f"Åben nu: {services.store.path}")
