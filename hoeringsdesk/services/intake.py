"""Import use case: files and folders in, one registered response per file, with a report."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.faults import FULL
from hoeringsdesk.domain.enums import FileStatus, danish
from hoeringsdesk.domain.parsed import ParsedResponse, ReaderError
from hoeringsdesk.domain.progress import Cancel, Progress
from hoeringsdesk.errors import brief, log_unexpected
from hoeringsdesk.intake.collect import collect
from hoeringsdesk.intake.containers import (
    Container,
    ContainerError,
    Message,
    container_kind,
    open_container,
)
from hoeringsdesk.intake.ocr import OcrSettings
from hoeringsdesk.intake.pipeline import (
    Item,
    Prepared,
    Rejected,
    item_source,
    prepared_in_order,
    read_file,
)
from hoeringsdesk.intake.section_match import SectionRef
from hoeringsdesk.services import audit
from hoeringsdesk.services.base import Service, WriteUnit
from hoeringsdesk.services.consultations import ConsultationService
from hoeringsdesk.services.drafts import DraftService
from hoeringsdesk.services.errors import ReadOnlyStore, ServiceError, StoreFault, as_store_fault
from hoeringsdesk.services.manual_entry import ManualEntry, prepare_manual
from hoeringsdesk.services.registration import FileOutcome, Registrar

# Called inside a registered item's transaction (and for a rejected one, in its own).
AfterRegistering = Callable[[Session, Item, FileOutcome], None]


@dataclass
class ImportReport:
    """The outcome of one import run, file by file.

    ``stopped`` is the reason the run stopped early (a full disk, a store gone read-only),
    said once; ``remaining`` are the files it did not get to (none registered)."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    notes: list[str] = field(default_factory=list)  # about the run as a whole (Danish)
    errors: list[str] = field(default_factory=list)  # what could not be done at all (Danish)
    stopped: str = ""
    remaining: list[str] = field(default_factory=list)
    left: int = 0  # items not registered when the run stopped

    def count(self, status: FileStatus) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def imported(self) -> int:
        return self.count(FileStatus.IMPORTED)

    @property
    def duplicates(self) -> int:
        return self.count(FileStatus.DUPLICATE)

    @property
    def rejected(self) -> int:
        return self.count(FileStatus.REJECTED)

    @property
    def skipped(self) -> int:
        return self.count(FileStatus.SKIPPED)

    @property
    def complete(self) -> bool:
        """Every file given was registered (as a response or a duplicate)."""
        return not (self.rejected or self.skipped or self.stopped or self.cancelled)

    def as_json(self) -> dict[str, object]:
        return {
            "files": [o.as_json() for o in self.outcomes],
            "cancelled": self.cancelled,
            "notes": list(self.notes),
            "errors": list(self.errors),
            "stopped": self.stopped or None,
            "not_registered": self.remaining,
        }


def _stopped(fault: StoreFault, name: str) -> str:
    if fault.kind == FULL:
        return (
            f"Disken er fuld: {name} kunne ikke registreres, og intet af den er gemt. Frigør "
            "plads på disken med databasen, og kør importen igen."
        )
    return (
        f"Databasen er blevet skrivebeskyttet: {name} kunne ikke registreres. Gør den "
        "skrivbar igen, og kør importen igen."
    )


def display_path(path: str) -> str:
    """A path as text: bytes the file system allows but UTF-8 does not become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class IntakeService(Service):
    """Register received files as responses; each file is its own transaction."""

    def __init__(
        self,
        write: WriteUnit,
        read: sessionmaker[Session],
        user: str,
        consultations: ConsultationService,
        drafts: DraftService,
        workers: int | None = None,
        ocr: OcrSettings | None = None,
    ) -> None:
        super().__init__(write, read, user)
        self._consultations = consultations
        self._drafts = drafts
        self._workers = workers if workers is not None else min(2, os.cpu_count() or 1)
        self.ocr = ocr or OcrSettings.from_environment()

    def registrar(self, consultation_id: int) -> Registrar:
        info = self._consultations.get(consultation_id)
        sections = [
            SectionRef(n.id, n.label, n.heading, n.parent_id, n.depth, n.body)
            for n in self._drafts.sections(consultation_id)
        ]
        return Registrar(info, sections, self._user, ocr=self.ocr)

    def import_paths(
        self,
        consultation_id: int,
        paths: Iterable[Path | str],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportReport:
        """Import files and folders (recursively); the report lists every file, and every
        message of a mailbox file (.mbox, .pst) on its own. Links out of a folder and anything
        but regular files are skipped; a full disk or a store gone read-only stops the run
        after the files registered so far."""
        # Plain strings from here on: a Path object costs about 400 bytes more per file.
        files, passed_over = collect(paths)
        report = ImportReport(
            [
                FileOutcome(display_path(p.path), FileStatus.SKIPPED, reason=p.reason)
                for p in passed_over
            ]
        )
        containers: dict[str, Container] = {}
        try:
            total = 0
            for path in files:
                kind = container_kind(path)
                if kind is None:
                    total += 1
                    continue
                try:
                    containers[path] = open_container(path, kind)
                except ContainerError as exc:
                    containers[path] = _Unreadable(path, str(exc))
                total += containers[path].count
            items = _with_messages(files, containers)
            return self.import_items(
                consultation_id, items, total, progress=progress, cancel=cancel, report=report
            )
        finally:
            for container in containers.values():
                container.close()

    def import_items(
        self,
        consultation_id: int,
        items: Iterable[Item],
        total: int,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        after: AfterRegistering | None = None,
        report: ImportReport | None = None,
    ) -> ImportReport:
        """Register files and messages (``total`` of them), each in its own transaction;
        ``after`` runs inside that transaction (a mailbox remembers what it has fetched).
        A full disk or a store gone read-only stops the run: ``report.remaining`` then names
        the items not registered (for a mailbox being fetched, only those already fetched)."""
        registrar = self.registrar(consultation_id)
        report = report if report is not None else ImportReport()
        pulled = _Pulled(items)
        done = 0

        def pages(name: str, page: int, count: int) -> None:
            if progress is not None and count > 1:
                progress(done, total, f"{name} (side {min(page + 1, count)} af {count})")

        prepared = prepared_in_order(
            pulled, registrar.context, self._workers, cancel, pages, count=total
        )
        try:
            for done, (item, outcome) in enumerate(prepared, start=1):  # noqa: B007
                if cancel is not None and cancel():
                    report.cancelled = True
                    break
                try:
                    report.outcomes.append(self._register(registrar, item, outcome, after))
                except StoreFault as fault:
                    report.stopped = _stopped(fault, display_path(_short_name(item)))
                    rest = [] if after is not None else pulled.rest()
                    report.remaining = [display_path(s) for s in pulled.sources[done - 1 :] + rest]
                    report.left = max(total - (done - 1), len(report.remaining))
                    break
                if progress is not None:
                    progress(done, total, _short_name(item))
            else:
                report.cancelled = bool(
                    cancel is not None and cancel() and len(report.outcomes) < total
                )
        finally:
            prepared.close()  # the parse workers stop at once when the run stops early
        return report

    def import_bytes(
        self, consultation_id: int, filename: str, data: bytes, source: str | None = None
    ) -> FileOutcome:
        """Import one file held in memory (as dropped or attached)."""
        try:
            parsed: ParsedResponse | str = read_file(filename, data, self.ocr)
        except ReaderError as exc:
            parsed = str(exc)
        registrar = self.registrar(consultation_id)
        return self._register(registrar, source or filename, registrar.prepare(parsed))

    def register_manual(self, consultation_id: int, entry: ManualEntry) -> FileOutcome:
        """Register a response entered by hand (Nyt høringssvar); ServiceError when the entry
        is incomplete or its scan cannot be read."""
        registrar = self.registrar(consultation_id)
        prepared = prepare_manual(entry, registrar.context, self._user, audit.utcnow(), self.ocr)
        source = entry.scan_name if entry.scan else f"({danish(entry.channel).lower()})"
        outcome = self._register(registrar, source, prepared)
        if outcome.status == FileStatus.REJECTED:
            raise ServiceError(outcome.reason)
        return outcome

    def _register(
        self,
        registrar: Registrar,
        item: Item,
        prepared: Prepared,
        after: AfterRegistering | None = None,
    ) -> FileOutcome:
        """One file or message in its own transaction (``after`` inside it). A rejected one
        is reported and the batch goes on; a StoreFault (nothing can be written) is raised for
        the caller to stop."""
        source = display_path(item_source(item))
        if isinstance(prepared, Rejected) and prepared.skipped:
            return FileOutcome(source, FileStatus.SKIPPED, reason=prepared.reason)
        if isinstance(prepared, Rejected):
            outcome = FileOutcome(source, FileStatus.REJECTED, reason=prepared.reason)
        else:
            try:
                with self._write.begin() as s:
                    outcome = registrar.register(s, prepared, source)
                    if after is not None:
                        after(s, item, outcome)
                    return outcome
            except ReadOnlyStore:
                raise  # opened to read only: nothing can be imported, said once
            except Exception as exc:  # noqa: BLE001 - reported; the rest of the batch goes on
                registrar.forget()
                fault = as_store_fault(exc)
                if fault is not None:
                    raise fault from exc
                log_unexpected(exc)
                outcome = FileOutcome(
                    source,
                    FileStatus.REJECTED,
                    reason=f"Kunne ikke registreres (uventet fejl: {brief(exc)}).",
                )
        if after is not None:
            try:
                with self._write.begin() as s:
                    after(s, item, outcome)
            except Exception as exc:  # noqa: BLE001 - logged; the rest of the batch goes on
                fault = as_store_fault(exc)
                if fault is not None:
                    raise fault from exc
                log_unexpected(exc)
        return outcome


def _short_name(item: Item) -> str:
    """How the progress names an item: a file by its name, a message by its place."""
    return os.path.basename(item) if isinstance(item, str) else item.source


class _Pulled:
    """The items as they are handed on to be read, remembered by source, so a run that
    stops can say which were not registered."""

    def __init__(self, items: Iterable[Item]) -> None:
        self._items = iter(items)
        self.sources: list[str] = []

    def __iter__(self) -> Iterator[Item]:
        return self

    def __next__(self) -> Item:
        item = next(self._items)
        self.sources.append(item_source(item))
        return item

    def rest(self) -> list[str]:
        """The sources of the items not handed on yet (reads the rest of the run's list)."""
        return [item_source(item) for item in self._items]


class _Unreadable:
    """A mailbox file that cannot be opened at all: one rejected outcome says why."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        self.count = 1

    def messages(self) -> Iterator[Message]:
        yield Message(self.path, os.path.basename(self.path), problem=self.reason)

    def close(self) -> None:
        pass


def _with_messages(files: list[str], containers: dict[str, Container]) -> Iterator[Item]:
    """The files in order, each mailbox file replaced by its messages (read lazily)."""
    for path in files:
        container = containers.get(path)
        if container is None:
            yield path
        else:
            yield from container.messages()
