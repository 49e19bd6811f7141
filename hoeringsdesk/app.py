"""Composition root: open the store and wire every service to it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hoeringsdesk.db.store import Store, StoreError, open_store
from hoeringsdesk.services.audit import current_user
from hoeringsdesk.services.consultations import ConsultationService
from hoeringsdesk.services.demo import DemoService
from hoeringsdesk.services.drafts import DraftService
from hoeringsdesk.services.intake import IntakeService
from hoeringsdesk.services.parties import PartyService
from hoeringsdesk.services.responses import ResponseService
from hoeringsdesk.services.review import ReviewService
from hoeringsdesk.services.search import SearchService
from hoeringsdesk.services.tagging import TaggingService

__all__ = ["Services", "StoreError", "build_services", "open_app"]


@dataclass
class Services:
    """Every use case of the app, bound to one open store."""

    store: Store
    user: str
    consultations: ConsultationService
    drafts: DraftService
    demo: DemoService
    responses: ResponseService
    tagging: TaggingService
    review: ReviewService
    parties: PartyService
    intake: IntakeService
    search: SearchService

    def close(self) -> None:
        self.store.close()


def build_services(store: Store, user: str | None = None) -> Services:
    user = user or current_user()
    w, r = store.sessions.write, store.sessions.read
    consultations = ConsultationService(w, r, user)
    drafts = DraftService(w, r, user)
    responses = ResponseService(w, r, user)
    intake = IntakeService(w, r, user, consultations, drafts)
    tagging = TaggingService(w, r, user)
    review = ReviewService(w, r, user, responses)
    return Services(
        store=store,
        user=user,
        consultations=consultations,
        drafts=drafts,
        demo=DemoService(consultations, drafts, intake, tagging, review),
        responses=responses,
        tagging=tagging,
        review=review,
        parties=PartyService(w, r, user),
        intake=intake,
        search=SearchService(r),
    )


def open_app(target: str | Path, *, read_only: bool = False, user: str | None = None) -> Services:
    """Open the store at a path or URL and build the services on it."""
    return build_services(open_store(target, read_only=read_only), user)
