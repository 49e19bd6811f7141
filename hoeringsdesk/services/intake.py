"""Import use case: files and folders in, one registered response per file, with a report."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.domain.parsed import ParsedResponse, ReaderError
from hoeringsdesk.errors import log_unexpected
from hoeringsdesk.intake.section_match import SectionRef
from hoeringsdesk.services.consultations import ConsultationService
from hoeringsdesk.services.drafts import DraftService
from hoeringsdesk.services.registration import FileOutcome, Registrar

IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}
POOL_THRESHOLD = 8  # fewer files than this are parsed in-process (no start-up cost)

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


@dataclass
class ImportReport:
    """The outcome of one import run, file by file."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def imported(self) -> int:
        return self.count("imported")

    @property
    def duplicates(self) -> int:
        return self.count("duplicate")

    @property
    def rejected(self) -> int:
        return self.count("rejected")

    def as_json(self) -> dict[str, object]:
        return {"files": [o.as_json() for o in self.outcomes], "cancelled": self.cancelled}


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files given directly, plus every file under given folders (sorted, hidden skipped)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.name.lower() not in IGNORED_NAMES
            )
        else:
            out.append(path)
    return out


def read_file(filename: str, data: bytes) -> ParsedResponse:
    """The readers (pypdf, extract-msg, lxml …) load on first use, not at start-up."""
    from hoeringsdesk.intake.readers import read_file as read

    return read(filename, data)


def parse_path(path: str) -> ParsedResponse | str:
    """Read and parse one file; a string is the reason it was rejected."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return f"Filen kan ikke læses: {exc.strerror or exc}."
    try:
        return read_file(Path(path).name, data)
    except ReaderError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop a batch
        log_unexpected(exc)
        return f"Filen kunne ikke læses (uventet fejl: {type(exc).__name__})."


class IntakeService:
    """Register received files as responses; each file is its own transaction."""

    def __init__(
        self,
        write: sessionmaker[Session],
        read: sessionmaker[Session],
        user: str,
        consultations: ConsultationService,
        drafts: DraftService,
        workers: int | None = None,
    ) -> None:
        self._write = write
        self._read = read
        self._user = user
        self._consultations = consultations
        self._drafts = drafts
        self._workers = workers if workers is not None else min(2, os.cpu_count() or 1)

    def registrar(self, consultation_id: int) -> Registrar:
        info = self._consultations.get(consultation_id)
        sections = [
            SectionRef(n.id, n.label, n.heading, n.parent_id, n.depth)
            for n in self._drafts.sections(consultation_id)
        ]
        return Registrar(info, sections, self._user)

    def import_paths(
        self,
        consultation_id: int,
        paths: Iterable[Path],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportReport:
        """Import files and folders (recursively); the report lists every file."""
        files = expand(Path(p) for p in paths)
        registrar = self.registrar(consultation_id)
        report = ImportReport()
        total = len(files)
        for done, (path, parsed) in enumerate(self._parsed(files, cancel), start=1):
            if cancel is not None and cancel():
                report.cancelled = True
                break
            report.outcomes.append(self._register(registrar, str(path), parsed))
            if progress is not None:
                progress(done, total, path.name)
        else:
            report.cancelled = bool(
                cancel is not None and cancel() and len(report.outcomes) < total
            )
        return report

    def import_bytes(
        self, consultation_id: int, filename: str, data: bytes, source: str | None = None
    ) -> FileOutcome:
        """Import one file held in memory (as dropped or attached)."""
        try:
            parsed: ParsedResponse | str = read_file(filename, data)
        except ReaderError as exc:
            parsed = str(exc)
        return self._register(self.registrar(consultation_id), source or filename, parsed)

    def _register(
        self, registrar: Registrar, source: str, parsed: ParsedResponse | str
    ) -> FileOutcome:
        if isinstance(parsed, str):
            return FileOutcome(source, "rejected", reason=parsed)
        try:
            with self._write.begin() as s:
                return registrar.register(s, parsed, source)
        except Exception as exc:  # noqa: BLE001 - reported; the rest of the batch goes on
            log_unexpected(exc)
            return FileOutcome(
                source, "rejected", reason=f"Kunne ikke registreres (uventet fejl: {exc})."
            )

    def _parsed(
        self, files: list[Path], cancel: Cancel | None
    ) -> Iterator[tuple[Path, ParsedResponse | str]]:
        """Parse files in order; big batches use a process pool with a bounded window."""
        if len(files) < POOL_THRESHOLD or self._workers < 2:
            for path in files:
                yield path, parse_path(str(path))
            return
        window = self._workers * 4
        with ProcessPoolExecutor(self._workers, mp_context=get_context("spawn")) as pool:
            pending: list[tuple[Path, Future[ParsedResponse | str]]] = []
            queue = iter(files)
            try:
                for path in queue:
                    pending.append((path, pool.submit(parse_path, str(path))))
                    if len(pending) >= window:
                        head, future = pending.pop(0)
                        yield head, future.result()
                        if cancel is not None and cancel():
                            break
                for head, future in pending:
                    yield head, future.result()
            finally:
                for _, future in pending:
                    future.cancel()
