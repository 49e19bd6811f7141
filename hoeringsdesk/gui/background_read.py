"""Reads of the store off the GUI thread whose stale results are dropped (as Anki's QueryOp).

The window asks, goes on, and is handed the answer on its own thread when it comes: only the
answer to the latest question. Every read that can take longer than ~30 ms at 10,000
responses (the team poll's list, a response's suggestions scored again, a retraining) runs
through a ``LatestRead``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import chain
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from hoeringsdesk.gui.worker import BackgroundJob
from hoeringsdesk.services.large_reads import breathe

Read = Callable[[], Any]
# A read that follows something just shown (``request_after_paint``) starts this long after
# it was asked for, so that the GUI thread lays out and paints first: a worker's read holds
# the interpreter, and every call a paint makes into Python (each cell of a table) would
# wait its turn, 5 ms each, hundreds of them.
AFTER_PAINT_MS = 40


class _Call:
    """What the worker thread runs: the read, without the job's progress and cancel."""

    def __init__(self, read: Read) -> None:
        self.read = read

    def __call__(self, _progress: object, _cancelled: object) -> Any:
        return self.read()


class LatestRead(QObject):
    """Runs ``read()`` calls in a worker thread, one at a time, and delivers only the latest.

    Every ``request`` takes the next generation number. A request while a read runs waits,
    and only the newest waiting one is kept. When a read ends, its result is delivered by
    ``delivered(result)`` (or its error by ``failed(message)``, a sentence for the officer)
    only if no request was made after it and ``invalidate`` was not called; otherwise it is
    dropped. Both signals are emitted on the GUI thread, from bound slots of this object
    (which lives there) fed by the job's queued connections."""

    delivered = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0  # of the latest request (or invalidation)
        self._job: BackgroundJob | None = None
        self._running = 0  # the generation of the read under way
        self._waiting: tuple[int, Read] | None = None
        self._later: Read | None = None  # asked for after the paint
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AFTER_PAINT_MS)
        self._timer.timeout.connect(self._paint_done)

    @property
    def busy(self) -> bool:
        """A read runs or waits (or is asked for after the paint)."""
        return self._job is not None or self._waiting is not None or self._later is not None

    def request(self, read: Read) -> int:
        """Ask for ``read()``; it runs now, or after the read under way. Returns its generation."""
        self.generation += 1
        if self._job is not None:
            self._waiting = (self.generation, read)
        else:
            self._start(self.generation, read)
        return self.generation

    def request_after_paint(self, read: Read) -> None:
        """As ``request``, but started ``AFTER_PAINT_MS`` from now (what was asked so far
        is stale at once): for a read that follows what was just shown. Asked again before
        it starts, only the latest starts."""
        self.invalidate()
        self._later = read
        self._timer.start()

    @Slot()
    def _paint_done(self) -> None:
        read, self._later = self._later, None
        if read is not None:
            self.request(read)

    def invalidate(self) -> None:
        """Whatever was asked so far is stale: nothing of it is delivered."""
        self.generation += 1
        self._waiting = None
        self._later = None
        self._timer.stop()

    def stop(self) -> None:
        """Drop what waits and wait for the read under way, delivering nothing (closing)."""
        self.invalidate()
        job, self._job = self._job, None
        if job is not None:
            job.wait(deliver=False)

    def _start(self, generation: int, read: Read) -> None:
        job = BackgroundJob(_Call(read))
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self._job, self._running = job, generation
        job.start()

    @Slot(object)
    def _finished(self, result: object) -> None:
        if self._end():
            self.delivered.emit(result)
        self._next()

    @Slot(str)
    def _failed(self, message: str) -> None:
        if self._end():
            self.failed.emit(message)
        self._next()

    def _end(self) -> bool:
        """The read under way is over; whether its result is the latest."""
        self._job = None
        return self._running == self.generation

    def _next(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None and self._job is None:
            self._start(*waiting)


DROP_SLICE = 1000  # records let go of at a time in the worker: about a millisecond
FEW = 500  # fewer records than this are let go of where they are


class _LetGo:
    """What the worker thread runs: lets go of the records a slice at a time, so that the
    interpreter is free for the GUI thread between slices."""

    def __init__(self, records: list[Any]) -> None:
        self.records = records

    def __call__(self, _progress: object, _cancelled: object) -> None:
        records = self.records
        while records:
            del records[-DROP_SLICE:]
            breathe()


def retire(*records: Iterable[Any]) -> None:
    """Let go of records the window no longer shows in a worker thread, not here: freeing
    10,000 responses' rows (each with its parties) holds the GUI thread ~15 ms. Records
    still held elsewhere stay as they are."""
    gone = list(chain(*records))
    if len(gone) >= FEW:
        BackgroundJob(_LetGo(gone)).start()
