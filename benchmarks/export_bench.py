"""Benchmark: the council workbook with 100,000 recommendations against a bare openpyxl dump.

Builds invented export data in memory (no store), times ``write_xlsx`` and a bare openpyxl
write-only dump of exactly the same cell values (rows computed before the clock starts, no
styles, no row heights, no page setup), and prints both, their ratio (goal ≤ 1.3×) and the
memory the export adds to the process's peak resident memory (goal < 200 MB; the export
runs first, right after the data is built), plus Python's own peak allocations during one
export (tracemalloc; lxml's buffers are not included there).

    uv run python benchmarks/export_bench.py [--recommendations N] [--responses N]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hoeringsdesk.domain.deadline import COPENHAGEN  # noqa: E402
from hoeringsdesk.domain.enums import (  # noqa: E402
    Outcome,
    PartyKind,
    PartyRole,
    RecommendationType,
    ResponseStatus,
)
from hoeringsdesk.export.model import (  # noqa: E402
    ConsultationFacts,
    ExportData,
    InvitedRow,
    PartyRow,
    RecommendationRow,
    ResponseRow,
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
            ResponseRow(
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


def peak_rss_mb() -> float:
    """The process's peak resident memory so far, in MB (Linux: VmHWM, resettable)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recommendations", type=int, default=100_000)
    parser.add_argument("--responses", type=int, default=10_000)
    parser.add_argument("--sections", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    began = time.perf_counter()
    data = build(args.recommendations, args.responses, args.sections)
    print(
        f"data: {len(data.recommendations):,} anbefalinger, {len(data.responses):,} svar, "
        f"{len(data.sections)} afsnit (bygget på {time.perf_counter() - began:.1f} s)"
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
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    ratio = export / bare
    print(f"bare openpyxl write-only dump: {bare:6.2f} s (bedste af {args.repeat})")
    print(
        f"write_xlsx (eksport):          {export:6.2f} s (bedste af {args.repeat}), "
        f"{size / 1e6:.1f} MB"
    )
    print(f"forhold: {ratio:.2f}x (mål ≤ 1.30x) {'OK' if ratio <= 1.3 else 'OVER MÅL'}")
    grown = rss_export - rss_data
    print(
        f"hukommelse: {rss_data:.0f} MB med data i hukommelsen, top {rss_export:.0f} MB under "
        f"første eksport: eksporten lagde {grown:.0f} MB til (mål < 200 MB) "
        f"{'OK' if grown < 200 else 'OVER MÅL'}"
        + ("" if reset else " [top-RSS kunne ikke nulstilles: tallet er en øvre grænse]")
    )
    print(f"Python-allokeringer under en eksport (tracemalloc, top): {peak / 2**20:.1f} MB")
    began = time.perf_counter()
    anonymise(data)
    print(f"anonymisering til offentlig udgave: {time.perf_counter() - began:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
