"""Run every benchmark (each in its own process) and print the figures against their targets.

uv run python benchmarks/run_all.py            # quick intake sizes
uv run python benchmarks/run_all.py --full     # intake up to 10,000 files
uv run python benchmarks/run_all.py list search  # only some (… senders suggest retrain stall)
"""

from __future__ import annotations

import json
import platform
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import JSON_PREFIX, Result  # noqa: E402

BENCHMARKS = {
    "list": "bench_list.py",
    "review": "bench_review.py",
    "search": "bench_search.py",
    "startup": "bench_startup.py",
    "intake": "bench_intake.py",
    "mbox": "bench_mbox.py",
    "export": "export_bench.py",
    "ocr": "bench_ocr.py",
    "senders": "bench_senders.py",
    "suggest": "bench_suggest.py",
    "retrain": "bench_retrain.py",
    "stall": "bench_stall.py",
    "limits": "bench_limits.py",
    "redaction": "bench_redaction.py",
}


def machine() -> str:
    import os

    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        cpu = next(
            (
                line.split(":", 1)[1].strip()
                for line in cpuinfo.read_text().splitlines()
                if line.startswith("model name")
            ),
            "",
        )
    ram = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split()[1])
        ram = f"{kb / 1024 / 1024:.0f} GiB RAM"
    try:
        import PySide6

        qt = f"PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "no PySide6"
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {ram}; Python {platform.python_version()}, {qt}, "
        f"SQLite {sqlite3.sqlite_version}"
    )


def run(script: Path, extra: list[str]) -> tuple[list[Result], str, int]:
    done = subprocess.run(
        [sys.executable, str(script), "--json", *extra],
        capture_output=True,
        text=True,
        cwd=HERE.parent,
    )
    results = [
        Result(**json.loads(line[len(JSON_PREFIX) :]))
        for line in done.stdout.splitlines()
        if line.startswith(JSON_PREFIX)
    ]
    text = "\n".join(x for x in done.stdout.splitlines() if not x.startswith(JSON_PREFIX))
    if done.returncode != 0:
        text += "\n" + done.stderr[-3000:]
    return results, text, done.returncode


def main() -> int:
    chosen = [a for a in sys.argv[1:] if not a.startswith("-")] or list(BENCHMARKS)
    extra = [a for a in sys.argv[1:] if a.startswith("-")]
    print(f"Machine: {machine()}")
    everything: list[Result] = []
    failed = []
    for name in chosen:
        script = HERE / BENCHMARKS[name]
        if not script.exists():
            print(f"\n== {name}: {script.name} not present, skipped")
            continue
        started = time.perf_counter()
        results, text, code = run(script, extra)
        print(text.rstrip())
        print(f"({name}: {time.perf_counter() - started:.0f} s)")
        everything.extend(results)
        if code != 0:
            failed.append(name)
    print("\n== Summary")
    for r in everything:
        print(r.line())
    misses = [r.name for r in everything if r.verdict == "MISS"]
    print(
        f"\n{sum(r.verdict == 'PASS' for r in everything)} PASS, {len(misses)} MISS"
        + (f"; failed to run: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
