"""Intake throughput: IntakeService.import_paths vs a raw parsing floor, and memory as N grows.

    uv run python benchmarks/bench_intake.py          # N = 250, 500, 1,000
    uv run python benchmarks/bench_intake.py --full   # N = 1,000, 2,500, 5,000, 10,000
    uv run python benchmarks/bench_intake.py --sizes=10000

Each N is imported into a fresh store in a fresh process (its RSS is that run's alone). The
floor is one process doing the least any import must do with the same files: stdlib email
parsing (the body's text read) and python-docx reading the template's table. One file in four
is a free letter in the mail's body, which the import splits into points and suggests
sections for.
"""

from __future__ import annotations

import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from email import message_from_bytes, policy
from pathlib import Path

from common import Result, finish, peak_rss_mb, report, rss_mb

from benchmarks.intake_generate import generate

FILES = Path(__file__).resolve().parent / ".cache" / "intake"


def files_for(n: int) -> Path:
    """A folder with the first ``n`` of the cached generated files (hard links, no copies:
    an import does not follow symbolic links out of the folder it is given)."""
    pool = FILES / "all-v2"  # v2: with free letters
    have = len(list(pool.glob("*.eml"))) if pool.exists() else 0
    if have < n:
        generate(pool, n)
    folder = FILES / f"v2-n{n}-linked"
    if not folder.exists():
        folder.mkdir(parents=True)
        for path in sorted(pool.glob("*.eml"))[:n]:
            try:
                os.link(path, folder / path.name)
            except OSError:  # a file system without hard links
                shutil.copyfile(path, folder / path.name)
    return folder


def floor(folder: Path) -> float:
    """Files per second: parse each mail, read its body and its .docx template's table."""
    import docx

    paths = sorted(folder.glob("*.eml"))
    started = time.perf_counter()
    for path in paths:
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        body = msg.get_body(("plain",))  # type: ignore[attr-defined]
        _ = body.get_content() if body is not None else ""
        for part in msg.iter_attachments():  # type: ignore[attr-defined]
            if (part.get_filename() or "").endswith(".docx"):
                document = docx.Document(io.BytesIO(part.get_content()))
                for table in document.tables:
                    for row in table.rows:
                        _ = [cell.text for cell in row.cells]
    return len(paths) / (time.perf_counter() - started)


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its finished children (the parse
    workers): steadier than wall-clock time on a shared machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def child(folder: Path) -> None:
    """Import ``folder`` into a fresh store; print rate and memory for the parent."""
    from hoeringsdesk.app import open_app

    with tempfile.TemporaryDirectory() as tmp:
        services = open_app(Path(tmp) / "store.sqlite3", user="benchmark")
        cid = services.demo.create(with_responses=False)
        before = rss_mb()
        cpu_before = cpu_seconds()
        started = time.perf_counter()
        report_ = services.intake.import_paths(cid, [folder])
        seconds = time.perf_counter() - started
        n = len(report_.outcomes)
        print(
            f"IMPORTED {n} {seconds:.3f} {report_.imported} {report_.duplicates} "
            f"{report_.rejected} {before:.1f} {rss_mb():.1f} {peak_rss_mb():.1f} "
            f"{cpu_seconds() - cpu_before:.3f}",
            flush=True,
        )
        services.close()


def run_child(folder: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("IMPORTED"))
    return line.split()[1:]


def main() -> None:
    sizes = [1000, 2500, 5000, 10_000] if "--full" in sys.argv else [250, 500, 1000]
    chosen = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--sizes=")]
    if chosen:  # e.g. --sizes=10000
        sizes = [int(x) for x in chosen[0].split(",")]
    results = []
    for n in sizes:
        folder = files_for(n)
        floor_rate = floor(folder)
        count, seconds, imported, dups, rejected, before, after, peak, _cpu = run_child(folder)
        rate = int(count) / float(seconds)
        results.append(
            Result(
                f"intake: {int(count):,} files",
                rate,
                "files/s",
                floor_rate,
                "raw floor: email + python-docx",
                floor_rate,
                higher_is_better=True,
                note=f"{imported} imported, {dups} duplicates, {rejected} rejected; "
                f"RSS {before} → {after} MB, peak {peak} MB",
            )
        )
        print(results[-1].line(), flush=True)
        results.append(
            Result(
                f"intake: peak RSS of the importing process, {int(count):,} files",
                float(peak),
                "MB",
                note="workers not included; should stay flat as N grows",
            )
        )
    report(results, "Intake (.eml: the template attached or a free letter in the body; 10 % dups)")


if __name__ == "__main__":
    if "--child" in sys.argv:
        child(Path(sys.argv[sys.argv.index("--child") + 1]))
    else:
        main()
    finish()
