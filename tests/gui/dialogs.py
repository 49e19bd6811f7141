"""Drive a modal dialog from a test: act on it once it is open, never leave it hanging."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


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
