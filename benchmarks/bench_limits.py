"""Big and hostile single files: peak memory and time of importing each, in a fresh process.

    uv run python benchmarks/bench_limits.py

Each file is imported by the command line (``hoeringsdesk import FILE``) into a fresh store,
in its own process; its peak RSS (ru_maxrss) is compared with the same import of a small
mail in the same run (the baseline), and the growth divided by the file's size must stay
at or under 5 (the target: one file's peak at most about 5× its size). Files that must be
refused before they are read (too big, wrong type) must not grow the process at all.
"""

from __future__ import annotations

import base64
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, Result, finish, report

CACHE = Path(__file__).resolve().parent / ".cache" / "limits"
MB = 1024 * 1024
HEADERS = (
    "From: Ida Fisker <ida@solgaarden.example.org>\r\nTo: hoering@kommune.example.dk\r\n"
    "Subject: Hoeringssvar\r\nDate: Tue, 20 Oct 2026 12:00:00 +0200\r\n"
    "Message-ID: <{0}@example.org>\r\nMIME-Version: 1.0\r\n"
)
WORDS = [
    "kommunen", "borgere", "integration", "sprog", "fællesskab", "forslag", "bemærkning",
    "høring", "politik", "aftenhold", "sprogkurser", "foreninger", "beskæftigelse", "bolig",
]  # fmt: skip


def prose(rnd: random.Random, chars: int) -> str:
    out: list[str] = []
    size = 0
    while size < chars:
        word = rnd.choice(WORDS)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)


def html_mail(path: Path, size: int, markup_heavy: bool) -> None:
    """A one-line HTML mail: prose paragraphs (about 50 M characters of text, over the
    limit), or mostly markup (styled spans around short words: about 5 M characters)."""
    rnd = random.Random(1)
    if markup_heavy:
        style = ' style="font-family:Calibri,sans-serif;font-size:11pt;color:#1f497d"'
        unit = "".join(f"<span{style}>{w}</span> " for w in (rnd.choice(WORDS) for _ in range(8)))
        body = "<p>" + unit * (size // (len(unit) + 7)) + "</p>"
    else:
        body = "".join(f"<p>{prose(rnd, 200)}</p>" for _ in range(size // 210))
    head = HEADERS.format(path.stem) + (
        "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    path.write_bytes(head.encode() + b"<html><body>" + body.encode() + b"</body></html>\r\n")


def attachment_mail(path: Path, size: int) -> None:
    """A short mail with one attachment of ``size`` random bytes (base64, 76 per line)."""
    data = base64.encodebytes(random.Random(2).randbytes(size)).replace(b"\n", b"\r\n")
    head = HEADERS.format(path.stem) + (
        'Content-Type: multipart/mixed; boundary="=_graense_42"\r\n\r\n'
        "--=_graense_42\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Se vores bemærkninger i den vedhæftede fil.\r\n"
        '--=_graense_42\r\nContent-Type: application/octet-stream; name="bilag.bin"\r\n'
        'Content-Disposition: attachment; filename="bilag.bin"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
    )
    with path.open("wb") as fh:
        fh.write(head.encode())
        fh.write(data)
        fh.write(b"\r\n--=_graense_42--\r\n")


def text_file(path: Path, size: int) -> None:
    rnd = random.Random(3)
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(size // (1 * MB)):
            fh.write(prose(rnd, MB - 1) + "\n")


def sparse(path: Path, size: int) -> None:
    with path.open("wb") as fh:
        fh.truncate(size)


def _prose_mail(p: Path) -> None:
    html_mail(p, 50 * MB, markup_heavy=False)


def _markup_mail(p: Path) -> None:
    html_mail(p, 50 * MB, markup_heavy=True)


def _attachment_mail(p: Path) -> None:
    attachment_mail(p, 100 * MB)


def _text_file(p: Path) -> None:
    text_file(p, 150 * MB)


# (label, file name, how to make it, whether its size counts: growth / size ≤ 5)
CASES = [
    ("small mail (baseline)", "lille.eml", lambda p: attachment_mail(p, 2_000), False),
    ("50 MB one-line HTML mail, prose", "html-prosa.eml", _prose_mail, True),
    ("50 MB one-line HTML mail, markup", "html-opmaerkning.eml", _markup_mail, True),
    ("mail with a 100 MB attachment", "bilag-100mb.eml", _attachment_mail, True),
    ("150 MB .txt (text over the limit)", "tekst-150mb.txt", _text_file, True),
    ("1 GB .txt (over the size limit)", "kaempe-1gb.txt", lambda p: sparse(p, 1024 * MB), False),
    ("180 MB .mp4 (refused by type)", "film-180mb.mp4", lambda p: sparse(p, 180 * MB), False),
]  # fmt: skip

# VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts at its parent's size at fork
CHILD = """
import sys, time
from hoeringsdesk.cli import main
started = time.perf_counter()
code = main(sys.argv[1:])
hwm = next(x for x in open("/proc/self/status") if x.startswith("VmHWM:")).split()[1]
print("BENCH", code, time.perf_counter() - started, hwm, file=sys.stderr)
"""


def import_once(path: Path) -> tuple[int, float, float, str]:
    """(exit status, seconds, peak RSS in MB, outcome line) of one import in a fresh store
    (Linux: the child's VmHWM)."""
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "store.sqlite3")
        subprocess.run(
            [sys.executable, "-m", "hoeringsdesk", "--db", store, "consultation", "new",
             "--title", "Måling", "--deadline", "2026-10-30"],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-c", CHILD, "--db", store, "import", str(path)],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
    line = next(x for x in done.stderr.splitlines() if x.startswith("BENCH "))
    code, seconds, rss_kb = line.split()[1:]
    outcome = next((x for x in done.stdout.splitlines() if x.startswith("AFVIST")), "registreret")
    return int(code), float(seconds), int(rss_kb) / 1024, outcome.split(": ", 1)[-1][:90]


def main() -> None:
    """``bench_limits.py [NAME …]``: only the cases whose file name contains a NAME."""
    CACHE.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    baseline_mb = 0.0
    wanted = [a for a in sys.argv[1:] if not a.startswith("-")]
    for label, name, make, counts_size in CASES:
        if wanted and baseline_mb and not any(w in name for w in wanted):
            continue
        path = CACHE / name
        if not path.exists():
            make(path)
        size_mb = path.stat().st_size / MB
        started = time.perf_counter()
        code, seconds, peak, outcome = import_once(path)
        wall = time.perf_counter() - started
        if not baseline_mb:
            baseline_mb = peak
            results.append(Result(label, peak, "MB", note=f"peak RSS; {seconds:.1f} s"))
            continue
        growth = peak - baseline_mb
        note = f"exit {code}; {outcome}; import {seconds:.1f} s ({wall:.0f} s with start-up)"
        if counts_size:
            results.append(
                Result(f"{label}: peak growth / size", growth / size_mb, "×", baseline_mb,
                       "MB, small mail", 5.0, note=f"{growth:.0f} MB over; {note}")
            )  # fmt: skip
        else:  # refused before it is read: the process stays as small as for a small mail
            results.append(
                Result(f"{label}: peak RSS", peak, "MB", baseline_mb, "MB, small mail",
                       baseline_mb + 25, note=note)
            )  # fmt: skip
    report(results, "Single big files (one fresh process each)")


if __name__ == "__main__":
    main()
    finish()
