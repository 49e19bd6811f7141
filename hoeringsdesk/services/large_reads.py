"""Reading many rows at once: the collector waits while records are built, in slices."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Fetches(Protocol):
    """A query's result (``sqlalchemy.Result``): what ``in_slices`` reads."""

    def fetchmany(self, size: int) -> Sequence[Any]: ...


@contextmanager
def gc_paused() -> Iterator[None]:
    """Building 10,000s of small records triggers full collections that find nothing to free
    (plain tuples and frozen dataclasses hold no cycles); they cost more than the reading."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def freeze_lasting() -> None:
    """Once the window is built: what lives as long as the program (modules, classes,
    functions, the window's widgets) is put out of the collector's sight (``gc.freeze``),
    so that every later full collection walks only what was read since, half the objects.
    Nothing is lost by it: a frozen object still goes when nothing refers to it; only one in
    a reference cycle would stay (the window's, which lives as long as the program)."""
    gc.collect()
    gc.freeze()


def settle() -> None:
    """Sweep records just built with the collector paused into its oldest generation now.

    Otherwise the next young collections walk all of them, each a pause of 20-30 ms at some
    later click, instead of once while the officer already waits for the reading."""
    gc.collect(1)


def sweep() -> None:
    """With the collector paused, sweep what was built since the last sweep (a young
    collection): a long build swept a slice at a time never holds the interpreter, and so
    every other thread, for long; tuples of plain values stop being tracked in it."""
    gc.collect(0)


SLICE = 2000  # rows per slice: a few ms of row building, then the other threads' turn


def in_slices(result: Fetches, size: int = SLICE) -> Iterator[Any]:
    """A large result's rows a slice at a time (``fetchmany``), not in one ``all()``.

    Building 100,000 rows in one call holds the interpreter, and so the GUI thread, for tens
    of milliseconds; between slices the reading thread lets the others run (``breathe``)."""
    while rows := result.fetchmany(size):
        yield from rows
        if len(rows) < size:
            return  # the last: nothing more to wait for (a small read costs nothing more)
        breathe()


def breathing(items: Iterable[T], every: int = SLICE) -> Iterator[T]:
    """``items`` as they are, with a ``breathe`` after every ``every`` of them: for a loop
    that builds a record per row of a large read."""
    for n, item in enumerate(items, 1):
        yield item
        if n % every == 0:
            breathe()


def breathe() -> None:
    """Between two slices of a long read or build in a worker: let the other threads have
    the interpreter (the GUI thread first). The collector is left alone: sweeping every slice
    would count what the slice still holds as long-lived and bring on full collections,
    which hold the interpreter for a third of a second at 10,000 responses."""
    if threading.current_thread() is not threading.main_thread():
        time.sleep(0)  # (on the GUI thread it would only hand the interpreter to a worker)
