"""Composition root: open the store and wire every service to it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hoeringsdesk.db.store import Store, StoreError, open_store
from hoeringsdesk.services.audit import current_user
from hoeringsdesk.services.consultations import ConsultationService
from hoeringsdesk.services.demo import DemoService
from hoeringsdesk.services.drafts import DraftService
from hoeringsdesk.services.export import ExportService

__all__ = ["Services", "StoreError", "build_services", "open_app"]


@dataclass
class Services:
    """Every use case of the app, bound to one open store."""

    store: Store
    user: str
    consultations: ConsultationService
    drafts: DraftService
    demo: DemoService
    export: ExportService

    def close(self) -> None:
        self.store.close()


def build_services(store: Store, user: str | None = None) -> Services:
    user = user or current_user()
    w, r = store.sessions.write, store.sessions.read
    consultations = ConsultationService(w, r, user)
    drafts = DraftService(w, r, user)
    return Services(
        store=store,
        user=user,
        consultations=consultations,
        drafts=drafts,
        demo=DemoService(consultations, drafts),
        export=ExportService(w, r, user),
    )


def open_app(target: str | Path, *, read_only: bool = False, user: str | None = None) -> Services:
    """Open the store at a path or URL and build the services on it."""
    return build_services(open_store(target, read_only=read_only), user)
