"""Reading many rows at once: the cyclic garbage collector waits while records are built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
