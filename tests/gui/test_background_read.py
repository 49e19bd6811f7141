"""Background reads: only the latest request's answer arrives, on the GUI thread, errors as
a sentence."""

from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QCoreApplication, QObject, QThread, Slot
from pytestqt.qtbot import QtBot

from hoeringsdesk.errors import log_file
from hoeringsdesk.gui.background_read import LatestRead, retire, retiring
from hoeringsdesk.services.errors import ServiceError


class Receiver(QObject):
    """A GUI-thread object whose bound slots record what arrived, and on which thread."""

    def __init__(self, reads: LatestRead) -> None:
        super().__init__()
        self.results: list[object] = []
        self.errors: list[str] = []
        self.on_gui_thread: list[bool] = []
        reads.delivered.connect(self.got)
        reads.failed.connect(self.failed)

    def _where(self) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        self.on_gui_thread.append(QThread.currentThread() is app.thread())

    @Slot(object)
    def got(self, result: object) -> None:
        self._where()
        self.results.append(result)

    @Slot(str)
    def failed(self, message: str) -> None:
        self._where()
        self.errors.append(message)


class Gate:
    """A read that waits until the test lets it go, then says which request it was."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.go = threading.Event()
        self.ran_in: int | None = None

    def __call__(self) -> str:
        self.ran_in = threading.get_ident()
        assert self.go.wait(10)
        return self.name


def test_only_the_latest_request_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    reads = LatestRead()
    got = Receiver(reads)
    first, second, third = Gate("first"), Gate("second"), Gate("third")
    assert reads.request(first) == 1
    assert reads.request(second) == 2  # waits behind the first
    assert reads.request(third) == 3  # replaces the second while it waits
    assert reads.busy
    first.go.set()
    third.go.set()
    qtbot.waitUntil(lambda: not reads.busy, timeout=10_000)
    assert got.results == ["third"]  # the first was stale when it ended; the second never ran
    assert second.ran_in is None
    assert first.ran_in not in (None, threading.main_thread().ident)
    assert got.on_gui_thread == [True]


def test_an_invalidated_read_is_dropped(qtbot: QtBot) -> None:
    reads = LatestRead()
    got = Receiver(reads)
    gate = Gate("old")
    reads.request(gate)
    reads.invalidate()  # e.g. another consultation was opened meanwhile
    gate.go.set()
    qtbot.waitUntil(lambda: not reads.busy, timeout=10_000)
    qtbot.wait(50)  # any delivery would be queued by now
    assert got.results == [] and got.errors == []
    reads.request(lambda: "new")
    qtbot.waitUntil(lambda: got.results == ["new"], timeout=10_000)


def test_errors_arrive_as_a_sentence_on_the_gui_thread(qtbot: QtBot) -> None:
    reads = LatestRead()
    got = Receiver(reads)

    def refused() -> None:
        raise ServiceError("Høringen findes ikke længere.")

    def broken() -> None:
        raise ZeroDivisionError("division by zero")

    reads.request(refused)
    qtbot.waitUntil(lambda: len(got.errors) == 1, timeout=10_000)
    assert got.errors == ["Høringen findes ikke længere."]
    reads.request(broken)
    qtbot.waitUntil(lambda: len(got.errors) == 2, timeout=10_000)
    unexpected = got.errors[1]
    assert "division by zero" in unexpected and "Traceback" not in unexpected
    assert str(log_file()) in unexpected  # where the details were written
    assert got.on_gui_thread == [True, True]
    assert got.results == []


def test_stop_waits_and_delivers_nothing(qtbot: QtBot) -> None:
    reads = LatestRead()
    got = Receiver(reads)
    gate = Gate("late")
    reads.request(gate)
    reads.request(lambda: "waiting")
    gate.go.set()
    reads.stop()  # the window is closing
    assert not reads.busy
    qtbot.wait(50)
    assert got.results == []


class Counted:
    """A read that counts its runs and says which request it was."""

    def __init__(self, name: str, runs: list[str]) -> None:
        self.name = name
        self.runs = runs

    def __call__(self) -> str:
        self.runs.append(self.name)
        return self.name


def test_a_read_after_the_paint_starts_later_and_only_the_latest(qtbot: QtBot) -> None:
    reads = LatestRead()
    got = Receiver(reads)
    runs: list[str] = []
    gate = Gate("under way")
    reads.request(gate)
    reads.request_after_paint(Counted("first", runs))
    reads.request_after_paint(Counted("second", runs))  # asked again before it started
    assert reads.busy and runs == []  # nothing starts at once: the GUI thread paints first
    gate.go.set()
    qtbot.waitUntil(lambda: got.results == ["second"], timeout=10_000)
    assert runs == ["second"]  # the first never ran; the read under way was stale
    qtbot.waitUntil(lambda: not reads.busy, timeout=10_000)
    reads.request_after_paint(Counted("dropped", runs))
    reads.invalidate()  # e.g. another response was shown meanwhile
    assert not reads.busy
    qtbot.wait(200)  # well past AFTER_PAINT_MS: it would have started and arrived
    assert runs == ["second"] and got.results == ["second"]


class Row:
    """A record whose going can be seen (a weak reference to it dies)."""


def test_retired_records_go_in_a_worker_and_held_ones_stay(qtbot: QtBot) -> None:
    rows = [Row() for _ in range(2000)]
    kept = rows[7]
    gone = weakref.ref(rows[3])
    retire(rows)
    del rows
    assert gone() is not None  # not here: after the paint, in a worker
    qtbot.waitUntil(lambda: not retiring(), timeout=10_000)
    assert gone() is None and isinstance(kept, Row)
