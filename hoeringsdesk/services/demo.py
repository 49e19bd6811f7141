"""The demo consultation: an invented draft and invented responses, partly tagged already."""

from __future__ import annotations

from datetime import date

from hoeringsdesk.domain.enums import Outcome
from hoeringsdesk.domain.records.consultations import InvitedInfo
from hoeringsdesk.paths import resources_dir
from hoeringsdesk.services.consultations import ConsultationService
from hoeringsdesk.services.drafts import DraftService
from hoeringsdesk.services.intake import IntakeService
from hoeringsdesk.services.review import ReviewService
from hoeringsdesk.services.tagging import TaggingService

DEMO_TITLE = "Integrations- og medborgerskabspolitik 2027-2030 (demo)"
DEMO_INVITED = (
    InvitedInfo("Integrationsrådet i Nordkysten", "integrationsraadet@example.dk"),
    InvitedInfo("Boligselskabet Havbo", "post@havbo.example.dk"),
    InvitedInfo("Nordkystens Erhvervsforum", "kontakt@erhvervsforum.example.dk"),
    InvitedInfo("Handicaprådet", "handicapraadet@example.dk"),
    InvitedInfo("Folkeoplysningsudvalget", "fou@example.dk"),
)


class DemoService:
    """Creates the demo consultation so every view has something to show."""

    def __init__(
        self,
        consultations: ConsultationService,
        drafts: DraftService,
        intake: IntakeService,
        tagging: TaggingService,
        review: ReviewService,
    ) -> None:
        self._consultations = consultations
        self._drafts = drafts
        self._intake = intake
        self._tagging = tagging
        self._review = review

    def create(self, with_responses: bool = True) -> int:
        """Create the demo consultation, import its draft and responses; returns its id."""
        from hoeringsdesk.samples.demo_set import MAILBOX_1, MAILBOX_2  # python-docx: lazily

        info = self._consultations.create(
            DEMO_TITLE,
            date(2026, 10, 30),
            case_number="2026-0012345",
            authority="Nordkysten Kommune, Beskæftigelses- og Integrationsforvaltningen",
            start_date=date(2026, 9, 28),
            reply_addresses=[MAILBOX_1, MAILBOX_2],
            invited=DEMO_INVITED,
            delete_after=date(2028, 12, 31),
        )
        draft = resources_dir() / "demo" / "udkast.md"
        self._drafts.import_file(info.id, draft.name, draft.read_bytes())
        if with_responses:
            self._add_responses(info.id)
        return info.id

    def _add_responses(self, consultation_id: int) -> None:
        from hoeringsdesk.samples.demo_set import demo_files

        outcomes = [
            self._intake.import_bytes(consultation_id, name, data) for name, data in demo_files()
        ]
        first = outcomes[0].response_id
        if first is None:
            return
        suggestions = self._tagging.suggestions(response_id=first)
        accepted = self._tagging.accept(suggestions)
        job = [
            r.id
            for r in accepted
            if r.source_label.startswith("Forslag") and "Beskæftigelse" in r.source_label
        ]
        if job:
            self._review.set_answer(
                job[:2],
                "Forvaltningen er enig og indarbejder et mål om småjobs og rummelighed "
                "i afsnittet om beskæftigelse.",
                Outcome.YES,
            )
