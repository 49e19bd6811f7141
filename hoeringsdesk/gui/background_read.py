"""Reads of the store off the GUI thread whose stale results are dropped (as Anki's QueryOp).

The window asks, goes on, and is handed the answer on its own thread when it comes: only the
answer to the latest question. Every read that can take longer than ~30 ms at 10,000
responses (the team poll's list, a response's suggestions scored again, a retraining) runs
through a ``LatestRead``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from hoeringsdesk.gui.worker import BackgroundJob

Read = Callable[[], Any]


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

    @property
    def busy(self) -> bool:
        """A read runs or waits."""
        return self._job is not None or self._waiting is not None

    def request(self, read: Read) -> int:
        """Ask for ``read()``; it runs now, or after the read under way. Returns its generation."""
        self.generation += 1
        if self._job is not None:
            self._waiting = (self.generation, read)
        else:
            self._start(self.generation, read)
        return self.generation

    def invalidate(self) -> None:
        """Whatever was asked so far is stale: nothing of it is delivered."""
        self.generation += 1
        self._waiting = None

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
