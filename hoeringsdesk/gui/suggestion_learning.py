"""Retrain the suggestions' model off the GUI thread, after every few tags, and score the shown
response's suggestions again with it; the window is told on its own thread when each is done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from hoeringsdesk.domain.records.responses import ResponseDetail
from hoeringsdesk.gui.background_read import LatestRead
from hoeringsdesk.services.suggestions import SuggestionService

EVERY = 3  # tags between two retrainings


@dataclass(frozen=True)
class Retrained:
    consultation_id: int
    tags: int  # learned from


@dataclass(frozen=True)
class Rescored:
    """One response's open suggestions scored again, and the response as it now stands."""

    response_id: int
    changed: bool  # whether this scoring changed its suggestions
    detail: ResponseDetail


class _Retrain:
    """What the worker thread runs: one retraining of one consultation."""

    def __init__(self, service: SuggestionService, consultation_id: int) -> None:
        self.service = service
        self.consultation_id = consultation_id

    def __call__(self) -> Retrained:
        return Retrained(self.consultation_id, self.service.retrain(self.consultation_id))


class Retrainer(QObject):
    """One retraining at a time; a request while one runs is done after it (the latest only,
    and only the latest's end is told)."""

    retrained = Signal(int, int)  # consultation id, tags learned from

    def __init__(self, service: SuggestionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.reads = LatestRead(self)
        self.reads.delivered.connect(self._done)
        self._since = 0

    @property
    def busy(self) -> bool:
        return self.reads.busy

    def tagged(self, consultation_id: int) -> None:
        """A tag was made, changed or undone: retrain after every few."""
        self._since += 1
        if self._since >= EVERY:
            self.request(consultation_id)

    def request(self, consultation_id: int) -> None:
        self._since = 0
        self.reads.request(_Retrain(self.service, consultation_id))
        # a failure is not told: suggestions go on without what was learned; nothing is lost

    @Slot(object)
    def _done(self, result: object) -> None:
        if isinstance(result, Retrained):
            self.retrained.emit(result.consultation_id, result.tags)

    def stop(self) -> None:
        """Wait for a running retraining (the window is closing)."""
        self.reads.stop()


class _Rescore:
    """What the worker thread runs: one response's open suggestions scored again, then the
    response read as the window will show it."""

    def __init__(
        self,
        service: SuggestionService,
        detail: Callable[[int], ResponseDetail],
        response_id: int,
    ) -> None:
        self.service = service
        self.detail = detail
        self.response_id = response_id

    def __call__(self) -> Rescored:
        changed = self.service.refresh(self.response_id)
        return Rescored(self.response_id, changed, self.detail(self.response_id))


class Rescorer(QObject):
    """One rescoring at a time (it reads the store); a request while one runs is done after
    it, only the latest, and only the latest's result is told."""

    rescored = Signal(object)  # Rescored

    def __init__(
        self,
        service: SuggestionService,
        detail: Callable[[int], ResponseDetail],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.detail = detail
        self.reads = LatestRead(self)
        self.reads.delivered.connect(self.rescored)
        # a failure is not told: the suggestions stay as they were scored; nothing is lost

    @property
    def busy(self) -> bool:
        return self.reads.busy

    def request(self, response_id: int) -> None:
        """Score ``response_id`` again, once what is shown now is painted (a rescoring holds
        the interpreter ~0.2 s); quick clicks through the list start one, for the last."""
        self.reads.request_after_paint(_Rescore(self.service, self.detail, response_id))

    def invalidate(self) -> None:
        """The response was shown anew meanwhile: what is under way is not told."""
        self.reads.invalidate()

    def stop(self) -> None:
        """Wait for a running rescoring (the window is closing)."""
        self.reads.stop()
