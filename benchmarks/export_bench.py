"""Benchmark: the council workbook and the Word høringsnotat with 100,000 recommendations.

First as the app runs it: the generated store (benchmarks/generate.py) read and written to a
workbook, against a bare write-only dump of the same cells read before the clock starts, and
the process's peak resident memory (goal < 200 MB). Then the writer alone on 100,000
invented recommendations built in memory: ``write_xlsx`` against the bare dump of exactly
the same cell values (no styles, no row heights, no page setup; goal ≤ 1.3×), what the
writer adds to the process's peak resident memory (it runs first, right after the data is
built) and Python's own peak allocations during one export (tracemalloc; lxml's buffers
are not included there).

The høringsnotat on the same invented data: its time against a bare python-docx document
with the same paragraphs (each paragraph's style and text, read back from the notat before
that clock starts; tables flattened to paragraphs; appended next to the section properties,
as python-docx's own add_paragraph would be quadratic here), and the process's peak resident
memory while it is written (goal ≤ 300 MB, ≤ 1.3× the bare document); then from the store.

    uv run python benchmarks/export_bench.py [--recommendations N] [--responses N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree
from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Result, peak_rss_mb, report  # noqa: E402

from benchmarks.generate import cached_store  # noqa: E402
from hoeringsdesk.app import open_app  # noqa: E402
from hoeringsdesk.domain.deadline import COPENHAGEN  # noqa: E402
from hoeringsdesk.domain.enums import (  # noqa: E402
    Outcome,
    PartyKind,
    PartyRole,
    RecommendationType,
    ResponseStatus,
)
from hoeringsdesk.export.docx import write_docx  # noqa: E402
from hoeringsdesk.export.model import (  # noqa: E402
    ConsultationFacts,
    ExportData,
    ExportedResponse,
    InvitedRow,
    PartyRow,
    RecommendationRow,
    SectionRow,
)
from hoeringsdesk.export.redact import anonymise  # noqa: E402
from hoeringsdesk.export.xlsx import write_xlsx  # noqa: E402
from hoeringsdesk.export.xlsx_rows import sheets  # noqa: E402

_WORDS_TEXT = (
    "borgere kommunen integration boliger dialog fællesskab beskæftigelse sprog skole "
    "foreninger frivillige inddragelse tryghed medborgerskab uddannelse praktik kultur "
    "sundhed rådgivning ansvar ønsker forslag politikken afsnittet princippet gensidig"
)
WORDS = tuple(_WORDS_TEXT.split())

_FIRST_NAMES_TEXT = (
    "Anne Mette Lars Peter Hanne Søren Fatima Ali Ole Signe Bo Karen Jens Maria Ahmed "
    "Lone Henrik Camilla Mikkel Ida Niels Yasmin Torben"
)
FIRST_NAMES = tuple(_FIRST_NAMES_TEXT.split())
_LAST_NAMES_TEXT = (
    "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen "
    "Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen "
    "Møller"
)
LAST_NAMES = tuple(_LAST_NAMES_TEXT.split())


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def build(n_recs: int, n_responses: int, n_sections: int, seed: int = 7) -> ExportData:
    rng = random.Random(seed)
    sections = []
    for i in range(n_sections):
        depth = 0 if i % 10 == 0 else (1 if i % 3 else 2)
        sections.append(SectionRow(i + 1, f"{i // 10 + 1}.{i % 10}", text(rng, 3), depth, i))
    start = datetime(2027, 2, 15, 9, tzinfo=COPENHAGEN)
    responses = []
    party_id = 0
    for n in range(1, n_responses + 1):
        parties = []
        for k in range(rng.choice((1, 1, 1, 2, 3))):
            party_id += 1
            private = rng.random() < 0.5
            parties.append(
                PartyRow(
                    party_id,
                    PartyKind.PRIVATE if private else PartyKind.ORGANISATION,
                    "" if private else f"Forening nr. {party_id}",
                    f"{FIRST_NAMES[party_id % 23]} {LAST_NAMES[party_id % 19]}",
                    f"person{party_id}@example.dk",
                    f"{20000000 + party_id}",
                    f"Vej {party_id % 200}, 4000 Roskilde",
                    PartyRole.SENDER if k == 0 else PartyRole.CO_SIGNER,
                )
            )
        received = start + timedelta(minutes=7 * n)
        responses.append(
            ExportedResponse(
                number=n,
                received=received,
                late=received.date() > date(2027, 3, 31),
                accepted_late=False,
                parties=tuple(parties),
                document_number=f"27-{n:06d}",
                recommendation_count=n_recs // n_responses,
                status=ResponseStatus.DONE,
            )
        )
    comments = [(text(rng, 30), rng.choice(list(Outcome))) for _ in range(n_recs // 5)]
    recs = []
    for _ in range(n_recs):
        cid = rng.randrange(len(comments))
        recs.append(
            RecommendationRow(
                response_number=rng.randint(1, n_responses),
                section_ids=(rng.randint(1, n_sections),),
                type=rng.choice(list(RecommendationType)),
                summary=text(rng, 14),
                passage=text(rng, 40),
                comment_text=comments[cid][0],
                outcome=comments[cid][1],
                comment_id=cid,
            )
        )
    ordinals = {s.id: s.ordinal for s in sections}
    recs.sort(key=lambda r: (ordinals[r.section_ids[0]], r.response_number))
    invited = tuple(
        InvitedRow(f"Forening nr. {i}", f"f{i}@example.dk", i % 2 == 0) for i in range(300)
    )
    return ExportData(
        ConsultationFacts(
            "Benchmark-høring", "Kommunen", "27-1", date(2027, 2, 15), date(2027, 3, 31)
        ),
        tuple(sections),
        tuple(responses),
        tuple(recs),
        invited,
        datetime.now(COPENHAGEN),
    )


def reset_peak_rss() -> bool:
    """Start a new peak at the current resident memory (Linux only)."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def bare_dump(data: ExportData, path: Path) -> float:
    """Plain write-only openpyxl with the same cell values; returns seconds."""
    prepared = [
        (spec.name, [c.header for c in spec.columns], [values for values, _ in spec.rows])
        for spec in sheets(data)
    ]
    began = time.perf_counter()
    wb = Workbook(write_only=True)
    for name, header, rows in prepared:
        ws = wb.create_sheet(name)
        ws.append(header)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return time.perf_counter() - began


W_P, W_T, W_PSTYLE = qn("w:p"), qn("w:t"), qn("w:pStyle")


def notat_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style id, text) of every paragraph of a written notat, tables' cells included."""
    out = []
    with zipfile.ZipFile(path) as z, z.open("word/document.xml") as stream:
        for _, p in etree.iterparse(stream, tag=W_P):
            style = p.find(f"{qn('w:pPr')}/{W_PSTYLE}")
            text = "".join(t.text or "" for t in p.iter(W_T))
            out.append((style.get(qn("w:val")) if style is not None else "", text))
            p.clear()
    return out


def bare_docx(paragraphs: list[tuple[str, str]], path: Path) -> float:
    """A python-docx document with the same paragraphs (style and one run of text each),
    appended before the section properties; returns seconds."""
    began = time.perf_counter()
    doc = Document()
    end = doc.element.body.sectPr
    for style, text in paragraphs:
        p = OxmlElement("w:p")
        if style:
            p.get_or_add_pPr().get_or_add_pStyle().set(qn("w:val"), style)  # type: ignore[attr-defined]
        if text:
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = text
            r.append(t)
            p.append(r)
        end.addprevious(p)
    doc.save(str(path))
    return time.perf_counter() - began


def notat(data: ExportData, repeat: int) -> list[Result]:
    """The høringsnotat against a bare python-docx document with the same paragraphs."""
    n = f"{len(data.recommendations):,}"
    with tempfile.TemporaryDirectory() as tmp:
        reset = reset_peak_rss()
        before = peak_rss_mb()
        began = time.perf_counter()
        write_docx(data, Path(tmp) / "notat.docx")
        times = [time.perf_counter() - began]
        peak = peak_rss_mb()
        size = (Path(tmp) / "notat.docx").stat().st_size
        paragraphs = notat_paragraphs(Path(tmp) / "notat.docx")
        bare_times = [bare_docx(paragraphs, Path(tmp) / "bare.docx")]
        for _ in range(repeat - 1):
            began = time.perf_counter()
            write_docx(data, Path(tmp) / "notat2.docx")
            times.append(time.perf_counter() - began)
            bare_times.append(bare_docx(paragraphs, Path(tmp) / "bare.docx"))
    ours, bare = min(times), min(bare_times)
    return [
        Result(
            f"export: Word høringsnotat, {n} recommendations",
            ours,
            "s",
            bare,
            "bare python-docx, same paragraphs",
            target=1.3 * bare,
            note=f"{ours / bare:.2f}× the bare document (goal ≤ 1.30×); {len(paragraphs):,} "
            f"paragraphs; {size / 1e6:.1f} MB file; best of {repeat}",
        ),
        Result(
            "export: høringsnotat, peak RSS of the process",
            peak,
            "MB",
            target=300,
            note=f"{before:.0f} MB before it (data built); the body is streamed"
            + ("" if reset else "; peak could not be reset, so an upper bound"),
        ),
    ]


def notat_from_store() -> list[Result]:
    """The notat as the app writes it from the generated store: time and peak RSS."""
    generated = cached_store(quiet=True)
    services = open_app(generated.path, read_only=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            reset = reset_peak_rss()
            before = peak_rss_mb()
            began = time.perf_counter()
            report_ = services.export.export_docx(generated.consultation_id, Path(tmp) / "n.docx")
            took = time.perf_counter() - began
            peak = peak_rss_mb()
    finally:
        services.close()
    return [
        Result(
            f"export from the store: notat, {report_.recommendations:,} recommendations",
            took,
            "s",
            note="reading the store included",
        ),
        Result(
            "export from the store: notat, peak RSS",
            peak,
            "MB",
            target=300,
            note=f"{before:.0f} MB with the store open"
            + ("" if reset else "; peak could not be reset, so an upper bound"),
        ),
    ]


def from_store(repeat: int) -> list[Result]:
    """The whole export as the app runs it (read the generated store, write the workbook)
    against a bare dump of the same cells, read from the store before the clock starts."""
    generated = cached_store(quiet=True)
    services = open_app(generated.path, read_only=True)
    cid = generated.consultation_id
    try:
        with tempfile.TemporaryDirectory() as tmp:
            reset = reset_peak_rss()
            before = peak_rss_mb()
            report_ = services.export.export_xlsx(cid, Path(tmp) / "first.xlsx")
            peak = peak_rss_mb()
            bare_times, export_times, collect_times = [], [], []
            for _ in range(repeat):
                began = time.perf_counter()
                data = services.export.collect(cid)
                collect_times.append(time.perf_counter() - began)
                bare_times.append(bare_dump(data, Path(tmp) / "bare.xlsx"))
                del data
                began = time.perf_counter()
                services.export.export_xlsx(cid, Path(tmp) / "export.xlsx")
                export_times.append(time.perf_counter() - began)
    finally:
        services.close()
    bare, export = min(bare_times), min(export_times)
    n = f"{report_.recommendations:,}"
    return [
        Result(
            f"export from the store: workbook, {n} recommendations",
            export,
            "s",
            bare,
            "bare openpyxl dump of the same cells",
            target=1.3 * bare,
            note=f"{export / bare:.2f}× the dump (goal ≤ 1.30×), reading the store included "
            f"({min(collect_times):.1f} s of it); best of {repeat}",
        ),
        Result(
            "export from the store: peak RSS of the process",
            peak,
            "MB",
            target=200,
            note=f"{before:.0f} MB with the store open; one export, reading included"
            + ("" if reset else "; peak could not be reset, so an upper bound"),
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notat-only", action="store_true", help="only the høringsnotat")
    parser.add_argument("--recommendations", type=int, default=100_000)
    parser.add_argument("--responses", type=int, default=10_000)
    parser.add_argument("--sections", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="also print lines for run_all.py")
    parser.add_argument("--full", action="store_true", help="accepted for run_all.py; no effect")
    args = parser.parse_args()
    # From the store first: the bare python-docx baseline below leaves the process large
    # (freed memory is not given back), which would hide any later peak.
    if not args.notat_only:
        report(from_store(args.repeat), "Export from the generated store (as the app runs it)")
    report(notat_from_store(), "Export (Word høringsnotat from the generated store)")
    if args.notat_only:
        data = build(args.recommendations, args.responses, args.sections)
        report(notat(data, args.repeat), "Export (Word høringsnotat, invented data)")
        return 0

    began = time.perf_counter()
    data = build(args.recommendations, args.responses, args.sections)
    print(
        f"data: {len(data.recommendations):,} recommendations, {len(data.responses):,} "
        f"responses, {len(data.sections)} sections (built in {time.perf_counter() - began:.1f} s)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        reset = reset_peak_rss()
        rss_data = peak_rss_mb()
        write_xlsx(data, Path(tmp) / "first.xlsx")  # first, so the peak below is the export's
        rss_export = peak_rss_mb()
        bare_times, export_times = [], []
        for _ in range(args.repeat):
            bare_times.append(bare_dump(data, Path(tmp) / "bare.xlsx"))
            began = time.perf_counter()
            write_xlsx(data, Path(tmp) / "export.xlsx")
            export_times.append(time.perf_counter() - began)
        bare, export = min(bare_times), min(export_times)
        size = (Path(tmp) / "export.xlsx").stat().st_size
        tracemalloc.start()
        write_xlsx(data, Path(tmp) / "traced.xlsx")
        _, traced = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    began = time.perf_counter()
    anonymise(data)
    anonymised = time.perf_counter() - began
    n = f"{len(data.recommendations):,}"
    report(
        [
            Result(
                f"export: workbook, {n} recommendations",
                export,
                "s",
                bare,
                "bare openpyxl write-only dump",
                target=1.3 * bare,
                note=f"{export / bare:.2f}× the dump (goal ≤ 1.30×); best of {args.repeat}; "
                f"{size / 1e6:.1f} MB file",
            ),
            Result(
                "export: memory the writer adds to the peak RSS",
                rss_export - rss_data,
                "MB",
                note=f"{rss_data:.0f} MB before it (data built, store part done), "
                f"peak {rss_export:.0f} MB; "
                f"Python's own peak allocations {traced / 2**20:.1f} MB"
                + ("" if reset else "; peak could not be reset, so an upper bound"),
            ),
            Result("export: anonymising for the public variant", anonymised, "s"),
        ],
        "Export (council workbook)",
    )
    report(notat(data, args.repeat), "Export (Word høringsnotat, invented data)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
