"""What ran in a stall: the GUI thread's Python slots and every thread's garbage collections
inside the meter's longest gap (``bench_stall.py --trace``)."""

from __future__ import annotations

import gc
import sys
import threading
import time
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

DEPTH = 6  # slot, and the calls it makes five levels down
SHORTEST_MS = 2.0  # shorter calls are left out of the account


@dataclass
class Span:
    """One call on the GUI thread, or one collection on any thread."""

    label: str
    start: float
    end: float
    depth: int = 0

    @property
    def ms(self) -> float:
        return (self.end - self.start) * 1000


@dataclass
class Trace:
    """Collects spans while on; ``account(gap)`` tells which of them overlap the gap."""

    on: bool = False
    spans: list[Span] = field(default_factory=list)
    ticks: list[float] = field(default_factory=list)
    _stack: list[tuple[Any, float]] = field(default_factory=list)
    _gc_start: dict[int, tuple[float, int]] = field(default_factory=dict)
    _base: Any = None  # the code of the frame that runs the event loop (the meter)

    def start(self, base: Any) -> None:
        self.spans, self.ticks, self._stack, self._base = [], [], [], base
        self.on = True
        gc.callbacks.append(self._gc)
        sys.setprofile(self._profile)

    def stop(self) -> None:
        sys.setprofile(None)
        if self._gc in gc.callbacks:
            gc.callbacks.remove(self._gc)
        self.on = False

    def tick(self) -> None:
        if self.on:
            self.ticks.append(time.perf_counter())

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        ident = threading.get_ident()
        now = time.perf_counter()
        if phase == "start":
            self._gc_start[ident] = (now, info["generation"])
            return
        began = self._gc_start.pop(ident, None)
        if began is None:
            return
        name = "GUI" if ident == threading.main_thread().ident else "worker"
        label = f"gc gen {began[1]} on {name} thread ({info.get('collected', 0)} freed)"
        self.spans.append(Span(label, began[0], now, -1))

    def _profile(self, frame: FrameType, event: str, _arg: object) -> None:
        if event == "call":
            if self._stack or (frame.f_back is not None and frame.f_back.f_code is self._base):
                self._stack.append((frame.f_code, time.perf_counter()))
        elif event == "return" and self._stack:
            code, began = self._stack.pop()
            depth = len(self._stack)
            if depth < DEPTH:
                now = time.perf_counter()
                if (now - began) * 1000 >= SHORTEST_MS:
                    where = f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_firstlineno}"
                    self.spans.append(Span(f"{code.co_qualname} ({where})", began, now, depth))

    def worst_gap(self) -> tuple[float, float]:
        gaps = list(zip(self.ticks, self.ticks[1:], strict=False))
        if not gaps:
            return (0.0, 0.0)
        return max(gaps, key=lambda g: g[1] - g[0])

    def account(self, title: str) -> str:
        """The spans in the worst gap, as lines to print."""
        first, last = self.worst_gap()
        lines = [f"-- {title}: worst gap {(last - first) * 1000:.0f} ms"]
        for span in sorted(self.spans, key=lambda s: s.start):
            if span.end < first or span.start > last:
                continue
            inside = (min(span.end, last) - max(span.start, first)) * 1000
            indent = "  " * max(span.depth, 0) + ("* " if span.depth < 0 else "")
            lines.append(
                f"   {indent}{span.label}: {span.ms:.1f} ms "
                f"({inside:.1f} in the gap, starts {(span.start - first) * 1000:+.0f})"
            )
        return "\n".join(lines)
