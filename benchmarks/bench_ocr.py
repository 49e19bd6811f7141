"""Scanned letters: word accuracy of the OCR text against the letter as written, and seconds
per page, at 300 dpi (clean, slightly turned) and at 150 dpi with noise.

Invented Danish letters and filled-in templates (``hoeringsdesk.samples.scans``) are rendered,
saved as PNG, JPEG, TIFF or image-only PDF, and read by ``read_file`` exactly as an import
reads them (Tesseract, Danish; PDF pages rendered with PDFium). The reader's text is what
the officer sees: template rows as label + text. Figures are reported on held-out seeds
(5000+) that were never looked at while the layout code was written; the development seeds
(0–99) are printed for comparison with --dev.

Baseline, same run, same images: Tesseract's own plain text (pytesseract.image_to_string,
same language, one thread), i.e. what the raw engine reads with no layout work of ours.

    uv run python benchmarks/bench_ocr.py            # 10 documents per condition
    uv run python benchmarks/bench_ocr.py --docs 4   # quicker
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time

from common import ROOT, Result, finish, report  # noqa: F401 - ROOT puts the repo on sys.path

from hoeringsdesk.intake.ocr import OcrSettings, ensure_available
from hoeringsdesk.intake.readers import read_file
from hoeringsdesk.samples import scans

KINDS = ("png", "jpeg", "tiff", "pdf")
HELD_OUT = 5000
CONDITIONS = (("300 dpi", 300, False, 0.95), ("150 dpi + noise", 150, True, 0.90))
_WORD = re.compile(r"\w+|[^\w\s]")


def words(text: str) -> list[str]:
    """Words and punctuation marks (case kept: "Åen" read as "åen" is an error)."""
    return _WORD.findall(text)


def word_accuracy(source: str, read: str) -> float:
    """1 − (word edit distance / words in the source), floored at 0."""
    a, b = words(source), words(read)
    previous = list(range(len(b) + 1))
    for i, word in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, other in enumerate(b, start=1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (word != other))
        previous = row
    return max(0.0, 1 - previous[-1] / max(1, len(a)))


def shown_text(filename: str, data: bytes, why: list[str]) -> str:
    parsed = read_file(filename, data, ocr=OcrSettings())
    why[:] = [w for w in parsed.warnings if "usikkert" not in w]
    chunks = []
    for part in parsed.parts:
        if part.kind == "template_row":
            chunks.append(f"{part.label}\n{part.text}")
        elif part.kind == "preamble" or part.text:
            chunks.append(part.text)
    return "\n".join(chunks)


def raw_tesseract(pages: list[object]) -> str:
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = ensure_available(OcrSettings())
    return "\n".join(pytesseract.image_to_string(p, lang="dan") for p in pages)


def run(seeds: list[int], label: str) -> list[Result]:
    results = []
    for name, dpi, noise, target in CONDITIONS:
        ours: list[float] = []
        base: list[float] = []
        seconds = base_seconds = 0.0
        pages_read = 0
        for n, seed in enumerate(seeds):
            doc = scans.template(seed) if n % 2 else scans.letter(seed)
            pages = scans.render(doc, dpi, seed=seed, noise=noise)
            kind = KINDS[n % len(KINDS)]
            data = scans.encode(pages, kind, dpi)
            started = time.perf_counter()
            why: list[str] = []
            ours.append(word_accuracy(doc.text, shown_text(f"scan.{kind}", data, why)))
            seconds += time.perf_counter() - started
            if ours[-1] < 0.5:  # say why, rather than only count it
                print(f"seed {seed} ({kind}, {name}): {ours[-1]:.0%}; {why}", file=sys.stderr)
            started = time.perf_counter()
            base.append(word_accuracy(doc.text, raw_tesseract(pages)))
            base_seconds += time.perf_counter() - started
            pages_read += len(pages) if kind in ("tiff", "pdf") else 1
        results.append(
            Result(
                f"word accuracy, {name} ({label})",
                100 * sum(ours) / len(ours),
                "%",
                100 * sum(base) / len(base),
                "raw Tesseract text",
                100 * target,
                higher_is_better=True,
                note=f"{len(seeds)} documents, worst {100 * min(ours):.1f} %",
            )
        )
        results.append(
            Result(
                f"seconds per page, {name} ({label})",
                seconds / pages_read,
                "s",
                base_seconds / pages_read,
                "raw Tesseract, image in memory",
            )
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10)
    parser.add_argument("--dev", action="store_true", help="also the development seeds")
    parser.add_argument("--json", action="store_true")
    args, _ = parser.parse_known_args()  # run_all.py passes its own flags to every script
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        ensure_available(OcrSettings())
    except Exception as exc:  # noqa: BLE001 - the benchmark cannot run; say why
        print(f"OCR is not available: {exc}", file=sys.stderr)
        sys.exit(2)
    results = run([HELD_OUT + i for i in range(args.docs)], "held-out")
    if args.dev:
        results += run(list(range(args.docs)), "development")
    report(results, "Scanned letters (OCR)")


if __name__ == "__main__":
    main()
    finish()
