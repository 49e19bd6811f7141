"""Read, parse and prepare files, in worker processes for a batch, handed back in order."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from hoeringsdesk.domain.parsed import ParsedResponse, ReaderError
from hoeringsdesk.domain.progress import Cancel
from hoeringsdesk.errors import brief, log_unexpected
from hoeringsdesk.intake.collect import Skip, SkipFile, max_file_bytes, read_regular, too_big
from hoeringsdesk.intake.containers import Message
from hoeringsdesk.intake.ocr import OcrSettings
from hoeringsdesk.intake.prepare import PrepareContext, PreparedResponse, prepare
from hoeringsdesk.processes import exit_with_parent

POOL_THRESHOLD = 8  # fewer files than this are parsed in-process (no start-up cost)
AHEAD_PER_WORKER = 16  # files a worker may be ahead of registration (bounds memory)


@dataclass(frozen=True)
class Rejected:
    """A file that will not be registered, and why (Danish, for the officer's report)."""

    reason: str
    skipped: bool = False  # passed over unread (not a file to import), not refused


Prepared = PreparedResponse | Rejected  # what becomes of one file before registration
Item = str | Message  # a file's path, or a message out of a mailbox (file)
ScanProgress = Callable[[str, int, int], None]  # file, page done, pages (scans being read)

_context: PrepareContext | None = None  # a worker's copy, set once by its initializer


def read_file(
    filename: str,
    data: bytes,
    ocr: OcrSettings | None = None,
    on_page: Callable[[int, int], None] | None = None,
) -> ParsedResponse:
    """The readers (pypdf, extract-msg, lxml …) load on first use, not at start-up."""
    from hoeringsdesk.intake.readers import read_file as read

    if len(data) > max_file_bytes():
        raise too_big(len(data))
    return read(filename, data, ocr=ocr, on_page=on_page)


def item_source(item: Item) -> str:
    """How the report names an item: the file's path, or the message's place."""
    return item if isinstance(item, str) else item.source


def parse_item(
    item: Item, ocr: OcrSettings | None = None, pages: ScanProgress | None = None
) -> ParsedResponse | str:
    """Read and parse one file or message; a string is the reason it was rejected."""
    if isinstance(item, str):
        return parse_path(item, ocr, pages)
    if item.problem:
        return item.problem
    parsed = parse_bytes(item.filename, item.data, ocr, pages)
    if not isinstance(parsed, str):
        parsed.warnings.extend(item.warnings)
        if parsed.received is None and item.received is not None:
            parsed.received, parsed.received_source = item.received, "imap"
    return parsed


def _refuse_early(filename: str, head: bytes) -> None:
    from hoeringsdesk.intake.readers import refuse_early

    refuse_early(filename, head)


def parse_path(
    path: str, ocr: OcrSettings | None = None, pages: ScanProgress | None = None
) -> ParsedResponse | str:
    """Read and parse one file; a string is the reason it was rejected (a ``Skip`` when it
    was passed over unread: not a regular file after all)."""
    try:
        data = read_regular(path, _refuse_early)
    except SkipFile as exc:
        return exc.reason
    except ReaderError as exc:
        return str(exc)
    except OSError as exc:
        return f"Filen kan ikke læses: {exc.strerror or exc}."
    return parse_bytes(Path(path).name, data, ocr, pages)


def parse_bytes(
    name: str, data: bytes, ocr: OcrSettings | None = None, pages: ScanProgress | None = None
) -> ParsedResponse | str:
    """Parse one file's bytes; a string is the reason it was rejected."""
    on_page = None if pages is None else (lambda done, total: pages(name, done, total))
    try:
        return read_file(name, data, ocr, on_page)
    except ReaderError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop a batch
        log_unexpected(exc)
        return f"Filen kunne ikke læses (uventet fejl: {type(exc).__name__})."


def prepare_parsed(parsed: ParsedResponse | str, ctx: PrepareContext) -> Prepared:
    """Prepare a parsed file for registration; a failure rejects this file only."""
    if isinstance(parsed, str):
        return Rejected(str(parsed), skipped=isinstance(parsed, Skip))
    try:
        return prepare(parsed, ctx)
    except Exception as exc:  # noqa: BLE001 - reported; the rest of the batch goes on
        log_unexpected(exc)
        return Rejected(f"Kunne ikke registreres (uventet fejl: {brief(exc)}).")


def _init_worker(ctx: PrepareContext) -> None:
    global _context
    exit_with_parent()  # a worker outlives a killed import otherwise (and its resource tracker)
    _context = ctx


def _prepare_item(item: Item) -> Prepared:
    assert _context is not None, "the worker was started without its context"
    return prepare_parsed(parse_item(item, _context.ocr), _context)


def prepared_in_order(
    files: Sequence[Item] | Iterable[Item],
    ctx: PrepareContext,
    workers: int,
    cancel: Cancel | None = None,
    pages: ScanProgress | None = None,
    *,
    count: int | None = None,
) -> Generator[tuple[Item, Prepared], None, None]:
    """Each file (or message) with its outcome, in the order given. A batch is parsed by
    ``workers`` processes that run ahead of the consumer by a bounded number of items; the
    items may come from a generator (``count`` then says how many there will be). A small
    batch is read here, and ``pages`` hears of each scanned page read (a batch's workers do
    not tell)."""
    total = count if count is not None else len(files)  # type: ignore[arg-type]
    if total < POOL_THRESHOLD or workers < 2:
        for path in files:
            yield path, prepare_parsed(parse_item(path, ctx.ocr, pages), ctx)
        return
    window = workers * AHEAD_PER_WORKER
    with ProcessPoolExecutor(
        workers, mp_context=get_context("spawn"), initializer=_init_worker, initargs=(ctx,)
    ) as pool:
        pending: deque[tuple[Item, Future[Prepared]]] = deque()
        try:
            for path in files:
                pending.append((path, pool.submit(_prepare_item, path)))
                if len(pending) >= window:
                    head, future = pending.popleft()
                    yield head, future.result()
                    if cancel is not None and cancel():
                        break
            else:
                while pending:
                    head, future = pending.popleft()
                    yield head, future.result()
        finally:
            for _, future in pending:
                future.cancel()
