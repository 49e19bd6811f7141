"""Undoable tagging and answering actions: each redo and each undo is one service call,
one transaction, refused when a colleague has changed what it would write over."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from hoeringsdesk.app import Services
from hoeringsdesk.domain.enums import Outcome, RecommendationType
from hoeringsdesk.domain.records.recommendations import RecommendationInfo, RecommendationState
from hoeringsdesk.services.errors import ServiceError
from hoeringsdesk.services.parties import MergeRecord
from hoeringsdesk.services.rec_snapshot import Expected, RecommendationSnapshot, SplitUndo
from hoeringsdesk.services.review import AnswerState

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


@dataclass(frozen=True)
class RecommendationEdit:
    """The fields an edit writes: what they said before it, or what they say after."""

    summary: str
    type: RecommendationType
    section_ids: tuple[int, ...]


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
        rec_type: RecommendationType,
        summary: str,
    ) -> None:
        super().__init__("", services, changed, failed, response_id)
        self.start, self.end, self.section_ids = start, end, list(section_ids)
        self.rec_type, self.summary = rec_type, summary
        self.snapshot: RecommendationSnapshot | None = None
        self.created: RecommendationInfo | None = None

    def do(self) -> None:
        tagging = self.services.tagging
        if self.snapshot is None:
            self.created = tagging.create(
                self.response_id or 0,
                self.start,
                self.end,
                self.section_ids,
                self.rec_type,
                self.summary,
            )
        else:
            self.created = tagging.restore(self.snapshot)

    def undo_it(self) -> None:
        if self.created is not None:  # refused if a colleague has changed it since
            expected = RecommendationState.of(self.created)
            self.snapshot = self.services.tagging.delete(self.created.id, expected)


class EditRecommendation(ServiceCommand):
    def __init__(
        self,
        services: Services,
        changed: Changed,
        failed: Failed,
        response_id: int,
        rec_id: int,
        before: RecommendationEdit,
        after: RecommendationEdit,
        expected_version: int | None = None,
    ) -> None:
        super().__init__("", services, changed, failed, response_id)
        self.rec_id, self.before, self.after = rec_id, before, after
        self.expected: Expected = expected_version  # the version the officer edited

    def _write(self, edit: RecommendationEdit) -> None:
        info = self.services.tagging.update(
            self.rec_id,
            summary=edit.summary,
            type=edit.type,
            section_ids=edit.section_ids,
            expected_version=self.expected,
        )
        # The next step (undo, or redo after it) is refused if a colleague changes it meanwhile.
        self.expected = RecommendationState.of(info)

    def do(self) -> None:
        self._write(self.after)

    def undo_it(self) -> None:
        self._write(self.before)


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
        self.accepted: dict[int, Expected] = {}

    def do(self) -> None:
        infos = self.services.tagging.accept(self.rec_ids)
        self.accepted = {i.id: RecommendationState.of(i) for i in infos}

    def undo_it(self) -> None:  # one transaction, refused if a colleague changed one since
        self.services.tagging.unaccept(self.accepted)


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
        self.expected: Expected = expected_version
        self.snapshot: RecommendationSnapshot | None = None

    def do(self) -> None:
        self.snapshot = self.services.tagging.delete(self.rec_id, self.expected)

    def undo_it(self) -> None:
        if self.snapshot is not None:
            info = self.services.tagging.restore(self.snapshot)
            self.expected = RecommendationState.of(info)  # redo deletes what undo put back


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
        self.split: SplitUndo | None = None

    def do(self) -> None:
        self.split = self.services.tagging.split_for_undo(self.rec_id, self.at)

    def undo_it(self) -> None:  # one transaction, refused if a colleague changed a half
        if self.split is not None:
            self.services.tagging.unsplit(self.split)


class ApplyToCampaign(ServiceCommand):
    def __init__(
        self, services: Services, changed: Changed, failed: Failed, response_id: int, rec_id: int
    ) -> None:
        super().__init__("", services, changed, failed, response_id)
        self.rec_id = rec_id
        self.created: dict[int, Expected] = {}
        self.removed: list[RecommendationSnapshot] = []
        self.first_time = True

    def do(self) -> None:
        tagging = self.services.tagging
        if self.first_time:
            infos = tagging.apply_to_campaign(self.rec_id)
            self.first_time = False
        else:
            infos = tagging.restore_all(self.removed)
        self.created = {i.id: RecommendationState.of(i) for i in infos}

    def undo_it(self) -> None:  # all copies in one transaction, none if a colleague edited one
        self.removed = self.services.tagging.delete_all(self.created)


class SetAnswer(ServiceCommand):
    """An answer given; undo puts the earlier answers back unless a colleague has answered
    since, and redo gives it again unless a colleague has answered since the undo."""

    def __init__(
        self,
        services: Services,
        changed: Changed,
        failed: Failed,
        rec_ids: Sequence[int],
        text: str,
        outcome: Outcome,
        expected: dict[int, tuple[int | None, int]] | None = None,
    ) -> None:
        super().__init__("", services, changed, failed, None)
        self.rec_ids, self.answer, self.outcome = list(rec_ids), text, outcome
        self.expected = expected  # the versions the officer saw
        self.before: list[AnswerState] | None = None
        self.left: list[AnswerState] | None = None  # what the answer wrote

    def do(self) -> None:
        review = self.services.review
        if self.before is None:  # read when it runs (in its transaction), not when it is made
            step = review.set_answer_for_undo(
                self.rec_ids, self.answer, self.outcome, self.expected
            )
            self.before = step.before
        else:  # a redo: checked against what the undo put back
            step = review.set_answer_for_undo(
                self.rec_ids, self.answer, self.outcome, left=self.before
            )
        self.left = step.left

    def undo_it(self) -> None:
        if self.before is not None:
            self.services.review.restore_answers(self.before, self.left)


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
