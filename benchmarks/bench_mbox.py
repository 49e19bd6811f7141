"""Mailbox files: N messages in one .mbox imported at the throughput of the same messages as
N separate .eml files, in bounded memory (the .mbox is streamed, not loaded).

    uv run python benchmarks/bench_mbox.py          # N = 1,000
    uv run python benchmarks/bench_mbox.py --full   # N = 1,000 and 10,000
    uv run python benchmarks/bench_mbox.py --n=10000  # one N only

Each import runs in a fresh store in a fresh process (bench_intake's child), so its peak RSS
is that run's alone; the baseline is the same messages as .eml files, imported in the same
run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench_intake import files_for, run_child
from common import Result, finish, report

CACHE = Path(__file__).resolve().parent / ".cache" / "mbox"


def mbox_for(n: int) -> Path:
    """The first ``n`` generated .eml files as one mboxrd file (written once, cached)."""
    path = CACHE / f"postkasse-{n}.mbox"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as out:
        for i, eml in enumerate(sorted(files_for(n).glob("*.eml"))):
            lines = eml.read_bytes().replace(b"\r\n", b"\n").split(b"\n")
            quoted = [b">" + x if x.lstrip(b">").startswith(b"From ") else x for x in lines]
            out.write(f"From svar{i}@example.net Mon Oct  5 09:00:00 2026\n".encode())
            out.write(b"\n".join(quoted).rstrip(b"\n") + b"\n\n")
    tmp.replace(path)
    return path


def main() -> None:
    chosen = [int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--n=")]
    sizes = chosen or ([1000, 10_000] if "--full" in sys.argv else [1000])
    results = []
    for n in sizes:
        folder, mbox = files_for(n), mbox_for(n)
        size_mb = mbox.stat().st_size / 1e6
        # bench_intake's child: a fresh store in a fresh process, import_paths([target]).
        f_count, f_seconds, f_imported, f_dups, f_rej, _, _, f_peak, f_cpu = run_child(folder)
        m_count, m_seconds, m_imported, m_dups, m_rej, m_before, _, m_peak, m_cpu = run_child(mbox)
        files_rate = int(f_count) / float(f_seconds)
        mbox_rate = int(m_count) / float(m_seconds)
        results.append(
            Result(
                f"mbox: {int(m_count):,} messages in one file",
                mbox_rate,
                "msg/s",
                files_rate,
                f"same as {int(f_count):,} .eml files",
                0.9 * files_rate,
                higher_is_better=True,
                note=f"{m_imported} imported, {m_dups} duplicates, {m_rej} rejected "
                f"(files: {f_imported}/{f_dups}/{f_rej}); file {size_mb:.0f} MB",
            )
        )
        files_cpu = float(f_cpu) * 1000 / int(f_count)
        results.append(
            Result(
                f"mbox: CPU per message, {int(m_count):,} messages",
                float(m_cpu) * 1000 / int(m_count),
                "ms",
                files_cpu,
                "the same as .eml files",
                1.1 * files_cpu,
                note="user + system time of the importing process and its parse workers; "
                "steadier than msg/s on a shared machine",
            )
        )
        results.append(
            Result(
                f"mbox: peak RSS importing {int(m_count):,} messages",
                float(m_peak),
                "MB",
                float(f_peak),
                "the same as .eml files",
                float(f_peak) + 100,
                note=f"RSS at start {m_before} MB; the .mbox is {size_mb:.0f} MB; workers "
                "not included",
            )
        )
    report(results, "Mailbox files (.mbox vs the same messages as .eml files)")


if __name__ == "__main__":
    main()
    finish()
