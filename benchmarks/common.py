"""Shared benchmark plumbing: timing by median, resident memory, and one result format."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
JSON_PREFIX = "BENCH-RESULT "


@dataclass
class Result:
    """One figure next to its baseline (measured in the same run) and its target."""

    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    target: float | None = None
    higher_is_better: bool = False
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "info"
        ok = self.value >= self.target if self.higher_is_better else self.value <= self.target
        return "PASS" if ok else "MISS"

    def line(self) -> str:
        target = ""
        if self.target is not None:
            target = f"target {'≥' if self.higher_is_better else '≤'} {_fmt(self.target)}"
        base = ""
        if self.baseline is not None:
            base = f"{_fmt(self.baseline)} {self.unit} ({self.baseline_label})"
        return (
            f"{self.name:<44} {_fmt(self.value):>9} {self.unit:<6} "
            f"{base:<40} {target:<16} {self.verdict}" + (f"  [{self.note}]" if self.note else "")
        )


def _fmt(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def measure(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> list[float]:
    """Wall-clock milliseconds of each of ``repeat`` calls after ``warmup`` untimed ones."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def rss_mb(pid: int | str = "self") -> float:
    """Resident set size now (VmRSS), in MB."""
    return _status_kb(pid, "VmRSS") / 1024


def peak_rss_mb(pid: int | str = "self") -> float:
    """Peak resident set size so far (VmHWM), in MB."""
    return _status_kb(pid, "VmHWM") / 1024


def _status_kb(pid: int | str, key: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return float(line.split()[1])
    return float("nan")


def report(results: Sequence[Result], title: str) -> None:
    """Print the results; with --json also as machine-readable lines for run_all.py."""
    print(f"\n== {title}")
    for r in results:
        print(r.line())
    if "--json" in sys.argv:
        for r in results:
            print(JSON_PREFIX + json.dumps(asdict(r)))
    sys.stdout.flush()


def finish() -> None:
    """Leave without Python's finaliser tearing down live Qt objects (it can crash PySide)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def qt_offscreen() -> None:
    """Qt without a display (as in the tests), unless a platform was chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
