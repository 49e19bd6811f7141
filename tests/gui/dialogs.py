"""Drive a modal dialog from a test: act on it once it is open, never leave it hanging;
and record the message boxes and dialogs a background job's result brings up."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


class DialogDriver:
    """``with DialogDriver(TagDialog, act): trigger()`` — act(dialog) runs inside exec()."""

    def __init__(self, kind: type[QDialog], act: Callable[[Any], None]) -> None:
        self.kind = kind
        self.act = act
        self.error: BaseException | None = None
        self.ran = False

    def _run(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, self.kind):
            self.error = AssertionError(f"expected an open {self.kind.__name__}, got {dialog}")
            return
        self.ran = True
        try:
            self.act(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test after exec returns
            self.error = exc
        finally:
            if dialog.isVisible():
                dialog.reject()

    def __enter__(self) -> DialogDriver:
        QTimer.singleShot(0, self._run)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.error is not None:
            raise self.error
        assert self.ran, f"no {self.kind.__name__} was opened"


@dataclass(frozen=True)
class Shown:
    """A dialog as it was shown: its kind, title and text, and the thread that showed it."""

    kind: str
    title: str
    text: str
    on_gui_thread: bool  # shown by the GUI thread, and the dialog lives on it


def answer_yes_or_ok(dialog: QDialog) -> None:
    """Yes to a question, OK to a message, Close (reject) for any other dialog."""
    if isinstance(dialog, QMessageBox):
        for choice in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok):
            button = dialog.button(choice)
            if button is not None:
                button.click()
                return
    dialog.reject()


class ShownDialogs(QObject):
    """Records every message box (and dialog of the ``kinds`` given) shown, and answers it.

    The real QMessageBox is shown (nothing is replaced): an application-wide event filter sees
    its Show event, notes whether the GUI thread showed it, then answers it from the event
    loop. A box shown from another thread is not seen at all here (Qt filters events for the
    GUI thread's objects only), so a test waiting for it fails; Qt's warning about the
    thread fails it too (tests/conftest.py)."""

    def __init__(
        self,
        answer: Callable[[QDialog], None] = answer_yes_or_ok,
        kinds: tuple[type[QDialog], ...] = (QMessageBox,),
    ) -> None:
        super().__init__()
        self.answer = answer
        self.kinds = kinds
        self.shown: list[Shown] = []
        self._pending: list[QDialog] = []
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def close(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, self.kinds)
            and watched not in self._pending
        ):
            app = QApplication.instance()
            assert app is not None
            gui = (
                threading.get_ident() == threading.main_thread().ident
                and watched.thread() is app.thread()
            )
            text = watched.text() if isinstance(watched, QMessageBox) else ""
            self.shown.append(Shown(type(watched).__name__, watched.windowTitle(), text, gui))
            self._pending.append(watched)
            QTimer.singleShot(0, self._answer)
        return False

    def _answer(self) -> None:
        while self._pending:
            dialog = self._pending.pop(0)
            if dialog.isVisible():
                self.answer(dialog)

    def texts(self, kind: str = "QMessageBox") -> list[str]:
        return [s.text for s in self.shown if s.kind == kind]
