"""Composition root: open the store and wire every service to it."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from hoeringsdesk.db.access import StoreReadOnly, check_writable
from hoeringsdesk.db.lock import StoreLock, StoreLocked, shared_folder_warning
from hoeringsdesk.db.store import (
    Store,
    StoreError,
    is_new_file,
    missing_store,
    open_store,
    resolve_target,
)
from hoeringsdesk.errors import log_unexpected
from hoeringsdesk.paths import PresetError, default_store, preset_database
from hoeringsdesk.services.audit import AuditService, current_user
from hoeringsdesk.services.backups import BackupService
from hoeringsdesk.services.consultations import ConsultationService
from hoeringsdesk.services.demo import DemoService
from hoeringsdesk.services.drafts import DraftService
from hoeringsdesk.services.errors import ReadOnlyStore, ServiceError
from hoeringsdesk.services.export import ExportService
from hoeringsdesk.services.intake import IntakeService
from hoeringsdesk.services.mailboxes import MailboxService
from hoeringsdesk.services.parties import PartyService
from hoeringsdesk.services.privacy import PrivacyService
from hoeringsdesk.services.redaction_review import RedactionReviewService
from hoeringsdesk.services.responses import ResponseService
from hoeringsdesk.services.review import ReviewService
from hoeringsdesk.services.search import SearchService
from hoeringsdesk.services.sender_repair import SenderRepair
from hoeringsdesk.services.suggestions import SuggestionService
from hoeringsdesk.services.tagging import TaggingService
from hoeringsdesk.services.text_edit import TextEditService
from hoeringsdesk.services.unit_of_work import WriteSessions, WriteUnit

__all__ = [
    "Services",
    "StoreError",
    "StoreLocked",
    "StoreReadOnly",
    "build_services",
    "open_app",
]

READ_ONLY = "Databasen er åbnet skrivebeskyttet; ændringer kan ikke gemmes."


class _RefuseWrites:
    """The write unit of a read-only store: every write is refused."""

    def begin(self) -> AbstractContextManager[Session]:
        raise ReadOnlyStore(READ_ONLY)


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
    backups: BackupService
    privacy: PrivacyService
    audit: AuditService
    export: ExportService
    texts: TextEditService
    senders: SenderRepair
    mailboxes: MailboxService
    suggestions: SuggestionService
    redaction: RedactionReviewService
    lock: StoreLock | None = None

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        self.store.close()
        if self.lock is not None:
            self.lock.release()


def build_services(store: Store, user: str | None = None) -> Services:
    user = user or current_user()
    r = store.sessions.read
    w: WriteUnit = _RefuseWrites() if store.read_only else WriteSessions(store.sessions.write)
    consultations = ConsultationService(w, r, user)
    drafts = DraftService(w, r, user)
    responses = ResponseService(w, r, user)
    intake = IntakeService(w, r, user, consultations, drafts)
    tagging = TaggingService(w, r, user)
    review = ReviewService(w, r, user, responses)
    backups = BackupService(store)
    export = ExportService(w, r, user)
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
        backups=backups,
        privacy=PrivacyService(w, r, user, store.engine, backups),
        audit=AuditService(r),
        export=export,
        texts=TextEditService(w, r, user),
        senders=SenderRepair(w, r, user),
        mailboxes=MailboxService(w, r, user, intake),
        suggestions=SuggestionService(w, r, user),
        redaction=RedactionReviewService(w, r, user, export.collect),
    )


def _repair_senders(services: Services) -> None:
    """After an upgrade that asked for it: read every response's senders again from its kept
    file (the officer's edits kept, every change in the history)."""
    try:
        if services.senders.pending():
            report = services.senders.run()
            services.store.notices.append(report.summary())
    except ServiceError as exc:
        services.store.notices.append(f"Afsenderne kunne ikke genlæses: {exc}")
    except Exception as exc:  # noqa: BLE001 - the store opens; the repair can be run again
        log_unexpected(exc)
        services.store.notices.append(
            "Afsenderne kunne ikke genlæses (uventet fejl); prøv 'hoeringsdesk senders rederive'."
        )


def _places_chosen_for_us() -> set[Path]:
    """Where a store may be made with its folder: the default store, and the one IT preset
    for the machine (a path the officer typed may be mistyped, so its folder must exist)."""
    places = {default_store().resolve()}
    try:
        preset = preset_database()
        path = resolve_target(preset)[1] if preset else None
    except (PresetError, StoreError):
        path = None  # said when the preset itself is opened
    if path is not None:
        places.add(path)
    return places


def open_app(
    target: str | Path,
    *,
    read_only: bool = False,
    user: str | None = None,
    lock: bool = True,
    take_over: bool = False,
    auto_backup: bool = False,
    create: bool = True,
    create_folder: bool | None = None,
) -> Services:
    """Open the store at a path or URL and build the services on it.

    A local store is locked for this process first (one writer; ``StoreLocked`` names who
    holds it), then opened — created, or backed up and upgraded, as needed. A missing
    folder is created for the default store (or when ``create_folder``), never for a path
    that may be mistyped; with ``create=False`` (or read-only) no store is created at all."""
    user = user or current_user()
    _url, path = resolve_target(target)
    if create_folder is None:
        create_folder = path is not None and path in _places_chosen_for_us()
    store_lock = None
    if path is not None and (read_only or not create) and is_new_file(path):
        raise missing_store(path)
    if path is not None and not read_only:
        check_writable(path, create_folder=create_folder)
    if path is not None and not read_only and lock:
        store_lock = StoreLock(path, user)
        try:
            store_lock.acquire(take_over=take_over)
        except OSError as exc:
            raise StoreError(
                f"Låsefilen {store_lock.path} kan ikke skrives ({exc.strerror or exc})."
            ) from exc
    try:
        store = open_store(target, read_only=read_only, create=create, create_folder=create_folder)
    except BaseException:
        if store_lock is not None:
            store_lock.release()
        raise
    if path is not None and (warning := shared_folder_warning(path)):
        store.notices.append(warning)
    services = build_services(store, user)
    services.lock = store_lock
    if not store.read_only:
        _repair_senders(services)
    if auto_backup:
        try:
            services.backups.automatic()
        except ServiceError as exc:
            store.notices.append(f"Den automatiske sikkerhedskopi mislykkedes: {exc}")
    return services
