"""Retrain the suggestions' model off the GUI thread, after every few tags, and score the shown
response's suggestions again with it; the window is told on its own thread when each is done."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from hoeringsdesk.gui.worker import BackgroundJob
from hoeringsdesk.services.suggestions import SuggestionService

EVERY = 3  # tags between two retrainings


class _Job:
    """What the worker thread runs: one retraining of one consultation."""

    def __init__(self, service: SuggestionService, consultation_id: int) -> None:
        self.service = service
        self.consultation_id = consultation_id

    def __call__(self, _progress: object, _cancelled: object) -> int:
        return self.service.retrain(self.consultation_id)


class Retrainer(QObject):
    """One retraining at a time; a request while one runs is done after it."""

    retrained = Signal(int, int)  # consultation id, tags learned from

    def __init__(self, service: SuggestionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._job: BackgroundJob | None = None
        self._running: int | None = None
        self._wanted: int | None = None
        self._since = 0

    @property
    def busy(self) -> bool:
        return self._running is not None

    def tagged(self, consultation_id: int) -> None:
        """A tag was made, changed or undone: retrain after every few."""
        self._since += 1
        if self._since >= EVERY:
            self.request(consultation_id)

    def request(self, consultation_id: int) -> None:
        self._since = 0
        if self._running is not None:
            self._wanted = consultation_id
            return
        self._running = consultation_id
        self._job = BackgroundJob(_Job(self.service, consultation_id))
        self._job.finished.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.start()

    @Slot(object)
    def _done(self, count: object) -> None:
        consultation_id = self._running
        self._end()
        if consultation_id is not None:
            self.retrained.emit(consultation_id, int(count) if isinstance(count, int) else 0)
        self._next()

    @Slot(str)
    def _failed(self, _message: str) -> None:
        self._end()  # suggestions go on without what was learned; nothing is lost
        self._next()

    def _end(self) -> None:
        self._job = None
        self._running = None

    def _next(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.request(wanted)

    def stop(self) -> None:
        """Wait for a running retraining (the window is closing)."""
        self._wanted = None
        job, self._job = self._job, None
        if job is not None:
            job.wait(deliver=False)
        self._running = None


class _Rescore:
    """What the worker thread runs: one response's open suggestions scored again."""

    def __init__(self, service: SuggestionService, response_id: int) -> None:
        self.service = service
        self.response_id = response_id

    def __call__(self, _progress: object, _cancelled: object) -> bool:
        return self.service.refresh(self.response_id)


class Rescorer(QObject):
    """One rescoring at a time (it reads the store); a request while one runs is done after
    it, only the latest."""

    rescored = Signal(int, bool)  # response id, whether its suggestions changed

    def __init__(self, service: SuggestionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._job: BackgroundJob | None = None
        self._running: int | None = None
        self._wanted: int | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None or self._wanted is not None

    def request(self, response_id: int) -> None:
        if self._running is not None:
            self._wanted = response_id
            return
        self._running = response_id
        self._job = BackgroundJob(_Rescore(self.service, response_id))
        self._job.finished.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.start()

    @Slot(object)
    def _done(self, changed: object) -> None:
        response_id = self._running
        self._end()
        if response_id is not None:
            self.rescored.emit(response_id, bool(changed))
        self._next()

    @Slot(str)
    def _failed(self, _message: str) -> None:
        self._end()  # the suggestions stay as they were scored; nothing is lost
        self._next()

    def _end(self) -> None:
        self._job = None
        self._running = None

    def _next(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.request(wanted)

    def stop(self) -> None:
        """Wait for a running rescoring (the window is closing)."""
        self._wanted = None
        job, self._job = self._job, None
        if job is not None:
            job.wait(deliver=False)
        self._running = None
