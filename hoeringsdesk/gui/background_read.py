"""Reads of the store off the GUI thread whose stale results are dropped (as Anki's QueryOp).

The window asks, goes on, and is handed the answer on its own thread when it comes: only the
answer to the latest question. Every read that can take longer than ~30 ms at 10,000
responses (the team poll's list, a response's suggestions scored again, a retraining) runs
through a ``LatestRead``."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
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


class _Retired(QObject):
    """Records the window let go of, handed to a worker once the GUI thread has painted."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[Any] = []
        self.job: BackgroundJob | None = None  # the latest letting go
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AFTER_PAINT_MS)
        self.timer.timeout.connect(self.let_go)

    def add(self, records: Iterable[Iterable[Any]]) -> None:
        self.records.extend(chain.from_iterable(records))
        if not self.timer.isActive():
            self.timer.start()

    @Slot()
    def let_go(self) -> None:
        gone, self.records = self.records, []
        if gone:
            self.job = BackgroundJob(_LetGo(gone)).start()


_retired: list[_Retired] = []  # made on first use (it needs the application)


def retire(*records: Collection[Any]) -> None:
    """Let go of records the window no longer shows in a worker thread, after the paint,
    not here: freeing 10,000 responses' rows (each with its parties) holds the GUI thread
    ~15 ms. Records still held elsewhere stay as they are."""
    if sum(map(len, records)) < FEW:
        return  # (let go of here, with the caller's references)
    if not _retired:
        _retired.append(_Retired())
    _retired[0].add(records)


def retiring() -> bool:
    """Records wait to be let go of, or a worker lets go of them (for benchmarks)."""
    if not _retired:
        return False
    retired = _retired[0]
    job = retired.job
    return bool(retired.records or retired.timer.isActive() or (job and job.running()))
