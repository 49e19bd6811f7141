"""Start-up to a painted main window, and resident memory, each in a fresh process."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Result, finish, median, report

from benchmarks.generate import cached_store
from hoeringsdesk.app import open_app

CHILD = Path(__file__).with_name("startup_child.py")
STARTUP_TARGET_S = 1.5
MEMORY_TARGET_MB = 400.0
RUNS = 5


def run_child(store: Path, mode: str) -> tuple[float, float, float | None]:
    """(seconds from launch to painted, RSS when painted, RSS after every page) in MB."""
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(store), str(Path(tmp) / "settings.ini"), mode],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        seconds, painted_rss, all_rss = float("nan"), float("nan"), None
        for line in child.stdout:
            parts = line.split()
            if parts[:1] == ["PAINTED"]:
                seconds = time.perf_counter() - started
                painted_rss = float(parts[3])
            elif parts[:1] == ["ALLPAGES"]:
                all_rss = float(parts[2])
        child.wait(timeout=600)
    return seconds, painted_rss, all_rss


def empty_store(folder: Path) -> Path:
    """The baseline: a store with the demo consultation's draft and no responses."""
    path = folder / "empty.sqlite3"
    services = open_app(path, user="benchmark")
    services.demo.create(with_responses=False)
    services.close()
    return path


def main() -> None:
    big = cached_store().path
    with tempfile.TemporaryDirectory() as tmp:
        empty = empty_store(Path(tmp))
        run_child(big, "time")  # warm the page cache: measure the app, not the disk
        run_child(empty, "time")
        big_runs = [run_child(big, "time") for _ in range(RUNS)]
        empty_runs = [run_child(empty, "time") for _ in range(RUNS)]
        big_mem = run_child(big, "memory")
        empty_mem = run_child(empty, "memory")
    results = [
        Result(
            "start-up to painted main window",
            median([r[0] for r in big_runs]),
            "s",
            median([r[0] for r in empty_runs]),
            "empty store",
            STARTUP_TARGET_S,
            note=f"median of {RUNS} fresh processes; max {max(r[0] for r in big_runs):.2f} s",
        ),
        Result(
            "memory: main window shown (RSS)",
            big_mem[1],
            "MB",
            empty_mem[1],
            "empty store",
            MEMORY_TARGET_MB,
        ),
        Result(
            "memory: after visiting every page (RSS)",
            big_mem[2] or float("nan"),
            "MB",
            empty_mem[2],
            "empty store",
            MEMORY_TARGET_MB,
        ),
    ]
    report(results, "Start-up and memory (10,000 responses, 100,000 recommendations)")


if __name__ == "__main__":
    main()
    finish()
