"""The command line run in a process of its own: a fresh store, and a run's peak memory."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts at its parent's size at fork.
_PEAK = (
    "import sys\n"
    "from hoeringsdesk.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "hwm = next(x for x in open('/proc/self/status') if x.startswith('VmHWM:'))\n"
    "print('PEAK', hwm.split()[1], file=sys.stderr)\n"
    "sys.exit(code)\n"
)


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str
    peak_kb: int


def new_store(db: str | Path) -> None:
    """A store with one consultation, made by the command line."""
    subprocess.run(
        [sys.executable, "-m", "hoeringsdesk", "--db", str(db), "consultation", "new",
         "--title", "Klimaplan", "--deadline", "2026-10-30"],
        cwd=REPO, check=True, capture_output=True, timeout=300,
    )  # fmt: skip


def with_peak(*args: str) -> Run:
    """``hoeringsdesk ARGS`` in a fresh process, with its peak resident memory (Linux)."""
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, *args],
        cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    peak = int(done.stderr.rsplit("PEAK", 1)[1].split()[0])
    return Run(done.returncode, done.stdout, done.stderr, peak)
