"""Undoable tagging and answering actions: each redo/undo is one service call."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from hoeringsdesk.app import Services
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.parties import MergeRecord
from hoeringsdesk.services.review import AnswerState
from hoeringsdesk.services.tagging import RecommendationSnapshot

Changed = Callable[[int | None], None]  # called with the response id that changed
Failed = Callable[[str], None]


class ServiceCommand(QUndoCommand):
    """Base: runs service calls, reports failures instead of raising into Qt."""

    def __init__(
        self,
        text: str,
        services: Services,
        changed: Changed,
        failed: Failed,
        response_id: int | None,
    ) -> None:
        super().__init__(text)
        self.services = services
        self.changed = changed
        self.failed = failed
        self.response_id = response_id
        self.ok = True

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except ServiceError as exc:
            self.ok = False
            self.setObsolete(True)
            self.failed(str(exc))
        self.changed(self.response_id)

    def redo(self) -> None:
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_it)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class CreateRecommendation(ServiceCommand):
    def __init__(
        self,
        services: Services,
        changed: Changed,
        failed: Failed,
        response_id: int,
        start: int,
        end: int,
        section_ids: Sequence[int],
        rec_type: str,
        summary: str,
    ) -> None:
        super().__init__("", services, changed, failed, response_id)
        self.args = (start, end, list(section_ids), rec_type, summary)
        self.snapshot: RecommendationSnapshot | None = None
        self.rec_id: int | None = None

    def do(self) -> None:
        if self.snapshot is None:
            start, end, sections, rec_type, summary = self.args
            self.rec_id = self.services.tagging.create(
                self.response_id or 0, start, end, sections, rec_type, summary
            ).id
        else:
            self.rec_id = self.services.tagging.restore(self.snapshot).id

    def undo_it(self) -> None:
        if self.rec_id is not None:
            self.snapshot = self.services.tagging.delete(self.rec_id)


class EditRecommendation(ServiceCommand):
    def __init__(
        self,
        services: Services,
        changed: Changed,
        failed: Failed,
        response_id: int,
        rec_id: int,
        before: dict[str, object],
        after: dict[str, object],
        expected_version: int | None = None,
    ) -> None:
        super().__init__("", services, changed, failed, response_id)
        self.rec_id, self.before, self.after = rec_id, before, after
        self.expected_version = expected_version

    def do(self) -> None:
        self.services.tagging.update(
            self.rec_id,
            expected_version=self.expected_version,
            **self.after,  # type: ignore[arg-type]
        )
        self.expected_version = None  # a redo after undo writes over our own change

    def undo_it(self) -> None:
        self.services.tagging.update(self.rec_id, **self.before)  # type: ignore[arg-type]


class AcceptSuggestions(ServiceCommand):
    def __init__(
        self,
        services: Services,
        changed: Changed,
        failed: Failed,
        response_id: int | None,
        rec_ids: Sequence[int],
    ) -> None:
        super().__init__("", services, changed, failed, response_id)
        self.rec_ids = list(rec_ids)

    def do(self) -> None:
        self.services.tagging.accept(self.rec_ids)

    def undo_it(self) -> None:
        for rec_id in self.rec_ids:
            self.services.tagging.set_status(rec_id, "suggested")


class DeleteRecommendation(ServiceCommand):
    def __init__(
        self,
        services: Services,
        changed: Changed,
        failed: Failed,
        response_id: int,
        rec_id: int,
        expected_version: int | None = None,
    ) -> None:
        super().__init__("", services, changed, failed, response_id)
        self.rec_id = rec_id
        self.expected_version = expected_version
        self.snapshot: RecommendationSnapshot | None = None

    def do(self) -> None:
        self.snapshot = self.services.tagging.delete(self.rec_id, self.expected_version)
        self.expected_version = None  # a redo after undo deletes what undo put back

    def undo_it(self) -> None:
        if self.snapshot is not None:
            self.services.tagging.restore(self.snapshot)


class SplitRecommendation(ServiceCommand):
    def __init__(
        self,
        services: Services,
        changed: Changed,
        failed: Failed,
        response_id: int,
        rec_id: int,
        at: int,
    ) -> None:
        super().__init__("", services, changed, failed, response_id)
        self.rec_id, self.at = rec_id, at
        self.original: RecommendationSnapshot | None = None
        self.second_id: int | None = None

    def do(self) -> None:
        self.original = self.services.tagging.snapshot(self.rec_id)
        _, second = self.services.tagging.split(self.rec_id, self.at)
        self.second_id = second.id

    def undo_it(self) -> None:
        if self.original is not None and self.second_id is not None:
            second = self.services.tagging.snapshot(self.second_id)
            self.services.tagging.unsplit(self.rec_id, second, self.original)


class ApplyToCampaign(ServiceCommand):
    def __init__(
        self, services: Services, changed: Changed, failed: Failed, response_id: int, rec_id: int
    ) -> None:
        super().__init__("", services, changed, failed, response_id)
        self.rec_id = rec_id
        self.created: list[RecommendationSnapshot] = []
        self.first_time = True

    def do(self) -> None:
        if self.first_time:
            infos = self.services.tagging.apply_to_campaign(self.rec_id)
            self.created = [self.services.tagging.snapshot(i.id) for i in infos]
            self.first_time = False
        else:
            for snap in self.created:
                self.services.tagging.restore(snap)

    def undo_it(self) -> None:
        for snap in self.created:
            self.services.tagging.delete(snap.id)


class SetAnswer(ServiceCommand):
    def __init__(
        self,
        services: Services,
        changed: Changed,
        failed: Failed,
        rec_ids: Sequence[int],
        text: str,
        outcome: str,
        expected: dict[int, tuple[int | None, int]] | None = None,
    ) -> None:
        super().__init__("", services, changed, failed, None)
        self.rec_ids, self.text, self.outcome = list(rec_ids), text, outcome
        self.expected = expected
        self.before: list[AnswerState] = services.review.answer_states(self.rec_ids)

    def do(self) -> None:
        self.services.review.set_answer(self.rec_ids, self.text, self.outcome, self.expected)
        self.expected = None  # a redo after undo writes over our own earlier answer

    def undo_it(self) -> None:
        self.services.review.restore_answers(self.before)


class MergeParties(ServiceCommand):
    """Two senders made one (the officer chose and confirmed); undo brings the other back."""

    def __init__(
        self,
        services: Services,
        changed: Changed,
        failed: Failed,
        response_id: int | None,
        keep_id: int,
        other_id: int,
    ) -> None:
        super().__init__("", services, changed, failed, response_id)
        self.keep_id, self.other_id = keep_id, other_id
        self.record: MergeRecord | None = None

    def do(self) -> None:
        self.record = self.services.parties.merge(self.keep_id, self.other_id)

    def undo_it(self) -> None:
        if self.record is not None:
            self.services.parties.unmerge(self.record)
            self.record = None
