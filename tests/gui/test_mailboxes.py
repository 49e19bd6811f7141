"""The window's Hent fra postkasser (against Dovecot) with progress and cancel, the
mailboxes dialog, and mail dragged out of Outlook (a synthetic QMimeData: no Outlook here)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from hoeringsdesk.app import Services
from hoeringsdesk.gui.import_flow import report_text
from hoeringsdesk.gui.mailbox_dialog import MailboxesDialog, MailboxForm
from hoeringsdesk.gui.main_window import MainWindow
from hoeringsdesk.gui.outlook_drop import CONTENTS, DESCRIPTOR
from hoeringsdesk.intake.outlook_drag import VirtualFile, build_descriptor
from tests.imap_server import Dovecot
from tests.intake.builders import msg_testdata_dir
from tests.mailboxes.conftest import add_mailbox
from tests.mailboxes.corpus import BROKEN, extra_responses


class Steps(QObject):
    """Records the progress the dialog is given, on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.steps: list[tuple[int, int, str]] = []

    @Slot(int, int, str)
    def step(self, done: int, total: int, name: str) -> None:
        self.steps.append((done, total, name))


def window_on_demo(make_window: Callable[[], MainWindow], services: Services) -> MainWindow:
    services.demo.create(with_responses=False)
    window = make_window()
    window.imports.show_report = False
    return window


def test_fetch_from_mailboxes_shows_progress_and_registers(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    services: Services,
    dovecot: Dovecot,
    accounts: tuple[str, str],
) -> None:
    window = window_on_demo(make_window, services)
    assert window.fetch_button.text() == "Hent fra postkasser"
    assert window.fetch_button.isEnabled()
    dovecot.append(accounts[0], [*extra_responses(12), BROKEN])
    add_mailbox(services, window.consultation_id, dovecot, accounts[0])  # type: ignore[arg-type]

    window.fetch_button.click()
    flow = window.imports.flow
    assert flow is not None
    assert flow.progress.windowTitle() == "Hent fra postkasser"
    recorder = Steps()
    flow.job.progress.connect(recorder.step)  # delivered on the GUI thread
    with qtbot.waitSignal(flow.done, timeout=120_000) as done:
        pass
    report = done.args[0]
    # Progress is coalesced (the window sees the latest step), counting up to 13 of 13.
    assert recorder.steps and all(total == 13 for _, total, _ in recorder.steps)
    assert [d for d, _, _ in recorder.steps] == sorted(d for d, _, _ in recorder.steps)
    assert recorder.steps[-1][:2] == (13, 13)
    assert recorder.steps[-1][2] == f"{accounts[0]}/INBOX#13"
    assert report.imported == 12 and report.rejected == 1
    assert window.imports.flow is None
    assert window.workspace.list.model.rowCount() == 12
    text = report_text(report)
    assert text.splitlines()[0] == "Registreret: 12   Dubletter: 0   Afvist: 1"
    assert f"AFVIST    {accounts[0]}/INBOX#13: Beskeden begynder ikke" in text


def test_cancel_in_the_progress_dialog_stops_and_keeps_what_was_fetched(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    services: Services,
    dovecot: Dovecot,
    accounts: tuple[str, str],
) -> None:
    window = window_on_demo(make_window, services)
    dovecot.append(accounts[0], extra_responses(40))
    box = add_mailbox(services, window.consultation_id, dovecot, accounts[0])  # type: ignore[arg-type]
    flow = window.imports.fetch_mailboxes()
    assert flow is not None
    qtbot.waitUntil(lambda: flow.progress.value() >= 1, timeout=120_000)
    flow.progress.findChild(QPushButton).click()  # the officer clicks Annuller
    with qtbot.waitSignal(flow.done, timeout=120_000) as done:
        pass
    report = done.args[0]
    assert report.cancelled and 0 < report.imported < 40
    assert services.mailboxes.get(box.id).highest_uid == report.imported
    again = services.mailboxes.fetch(box.id)
    assert report.imported + again.imported == 40


class DialogCloser:
    """Closes the modal dialogs the window opens, as the officer would, noting their text."""

    def __init__(self, parent: QWidget) -> None:
        self.shown: list[str] = []
        self.timer = QTimer(parent)
        self.timer.timeout.connect(self.close_dialogs)
        self.timer.start(50)

    def close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.shown.append(widget.text())
                widget.accept()
            elif isinstance(widget, MailboxesDialog) and widget.isVisible():
                self.shown.append("dialog")
                widget.reject()


def test_without_mailboxes_the_fetch_says_so_and_opens_the_dialog(
    make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = window_on_demo(make_window, services)
    closer = DialogCloser(window)
    assert window.imports.fetch_mailboxes() is None
    closer.timer.stop()
    assert closer.shown[0].startswith("Høringen har ingen postkasser")
    assert closer.shown[-1] == "dialog"


def test_the_mailbox_form_keeps_the_password_in_the_keyring_only(
    qtbot: QtBot, services: Services, demo_id: int, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    dialog = MailboxesDialog(services, demo_id)
    qtbot.addWidget(dialog)
    form = MailboxForm(None, dialog)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.host, "imap.nordkysten.example.dk")
    qtbot.keyClicks(form.username, "hoering@nordkysten.example.dk")
    qtbot.keyClicks(form.password, "app-adgangskode-123")
    form.security.setCurrentIndex(form.security.findData("starttls"))
    assert form.port.value() == 143
    values = form.values()
    services.mailboxes.add(demo_id, password=form.password.text(), **values)
    dialog.reload()
    assert dialog.list.count() == 1
    assert "ikke hentet endnu" in dialog.list.item(0).text()
    assert "app-adgangskode-123" in memory_keyring.secrets.values()
    info = services.mailboxes.list(demo_id)[0]
    assert (info.host, info.port, info.security) == ("imap.nordkysten.example.dk", 143, "starttls")
    form.auth.setCurrentIndex(form.auth.findData("oauth2"))
    assert form.password.isHidden() and not form.client_id.isHidden()


def outlook_mime(files: list[VirtualFile], contents: bytes | None) -> QMimeData:
    """What Qt on Windows hands over for mail dragged out of Outlook."""
    mime = QMimeData()
    mime.setData(DESCRIPTOR, build_descriptor(files))
    if contents is not None:
        mime.setData(CONTENTS, contents)
    return mime


def drop_mime(window: MainWindow, mime: QMimeData) -> None:
    buttons, mods = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime, buttons, mods)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime, buttons, mods))


@pytest.fixture
def outlook_msg() -> bytes:
    folder = msg_testdata_dir()
    if folder is None or not (folder / "unicode.msg").is_file():
        pytest.skip("the shared Outlook sample unicode.msg is missing")
    return (Path(folder) / "unicode.msg").read_bytes()


def test_a_mail_dragged_from_outlook_is_imported_as_a_msg(
    make_window: Callable[[], MainWindow], qtbot: QtBot, services: Services, outlook_msg: bytes
) -> None:
    window = window_on_demo(make_window, services)
    name = "Høringssvar fra Grønt Fællesskab.msg"
    drop_mime(window, outlook_mime([VirtualFile(name, len(outlook_msg))], outlook_msg))
    flow = window.imports.flow
    assert flow is not None
    with qtbot.waitSignal(flow.done, timeout=60_000) as done:
        pass
    [outcome] = done.args[0].outcomes
    assert outcome.status == "imported" and Path(outcome.path).name == name
    stored_name, data = services.responses.file_bytes(outcome.response_id, 0)
    assert stored_name == name and data == outlook_msg


def test_several_mails_dragged_from_outlook_take_the_first_and_say_so(
    make_window: Callable[[], MainWindow], qtbot: QtBot, services: Services, outlook_msg: bytes
) -> None:
    window = window_on_demo(make_window, services)
    files = [VirtualFile("Første.msg", len(outlook_msg)), VirtualFile("Anden.msg", 1234)]
    drop_mime(window, outlook_mime(files, outlook_msg))
    assert "kun den første" in window.statusBar().currentMessage().lower()
    flow = window.imports.flow
    assert flow is not None
    with qtbot.waitSignal(flow.done, timeout=60_000) as done:
        pass
    assert [o.status for o in done.args[0].outcomes] == ["imported"]


def test_an_outlook_drag_without_contents_explains_what_to_do(
    make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = window_on_demo(make_window, services)
    closer = DialogCloser(window)
    drop_mime(window, outlook_mime([VirtualFile("Svar.msg", 5000)], None))
    closer.timer.stop()
    assert window.imports.flow is None
    assert len(closer.shown) == 1 and ".msg" in closer.shown[0] and "Gem som" in closer.shown[0]


def test_an_mbox_dropped_on_the_window_registers_each_message(
    make_window: Callable[[], MainWindow], qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from tests.intake.test_mailbox_files import mbox_bytes

    window = window_on_demo(make_window, services)
    path = tmp_path / "Indbakke.mbox"
    path.write_bytes(mbox_bytes(extra_responses(4)))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop_mime(window, mime)
    flow = window.imports.flow
    assert flow is not None
    with qtbot.waitSignal(flow.done, timeout=60_000) as done:
        pass
    outcomes = done.args[0].outcomes
    assert [(o.path, o.status) for o in outcomes] == [
        (f"Indbakke.mbox#{n}", "imported") for n in range(1, 5)
    ]
    assert window.workspace.list.model.rowCount() == 4
