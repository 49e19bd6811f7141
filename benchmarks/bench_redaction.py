"""Redaction of the public variant on an invented corpus: leaks and over-redaction.

On the held-out fifth of ``redaction_corpus`` (private persons' and organisations' responses
with personal data in signatures, bodies, quoted replies, attachment text and file names):

- leaks in the text: pieces of personal data with a word left visible, and file names that
  still hold the person's name; for the engine as the public export runs it
  (``export.redact.Cleaner``) and for the redactor before issue 15
  (``redaction_baseline.py``, configured as the export configured it then);
- leaks in the unzipped public XML: the public workbook and notat written from the corpus
  (one recommendation per response quoting its whole text), every XML part searched for
  every personal string;
- over-redaction: words hidden that were not personal data, as a share of all words.

    uv run python benchmarks/bench_redaction.py [--seed 15] [--all] [--show N]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path, PurePath

if __package__:  # imported by a test
    from benchmarks.common import Result, report
else:  # run as a script (common puts the repository on the path)
    from common import Result, report  # type: ignore[import-not-found,no-redef]

from benchmarks.redaction_baseline import PLACEHOLDER as OLD_PLACEHOLDER
from benchmarks.redaction_baseline import Redactor as OldRedactor
from benchmarks.redaction_corpus import Case, corpus, held_out, tuning
from hoeringsdesk.domain.enums import PartyKind, RecommendationType, ResponseStatus
from hoeringsdesk.export.model import (
    ConsultationFacts,
    ExportData,
    ExportedResponse,
    PartyRow,
    RecommendationRow,
    SectionRow,
)
from hoeringsdesk.export.redact import Cleaner, anonymise

WORD = re.compile(r"[^\W_]+")
MINOR = {"tv", "th", "st", "mf", "sal", "kl"}  # floor/side words: not identifying alone
OWN = ("nordkysten.example.dk",)
Spans = list[tuple[int, int]]


def _party(case: Case) -> PartyRow:
    k = case.known
    name = f"{k.get('first_name', '')} {k.get('surname', '')}".strip()
    address = ""
    if k.get("street"):
        address = f"{k['street']}, {k['postcode']} {k['town']}"
    if case.private:
        return PartyRow(
            case.number, PartyKind.PRIVATE, "", name, k["email"], k.get("phone", ""), address
        )
    return PartyRow(
        case.number, PartyKind.ORGANISATION, case.organisation, case.contact, k["email"], k["phone"]
    )


def _responses(cases: list[Case]) -> tuple[ExportedResponse, ...]:
    return tuple(
        ExportedResponse(
            number=c.number,
            received=None,
            late=False,
            accepted_late=None,
            parties=(_party(c),),
            document_number=f"D-{c.number}",
            recommendation_count=1,
            status=ResponseStatus.DONE,
            source_name=c.file_name,
        )
        for c in cases
    )


def _old_spans(cases: list[Case]) -> tuple[dict[int, Spans], dict[int, str]]:
    """The redactor before issue 15, as the public export set it up (names, phone, address)."""
    old = OldRedactor(general=True)
    for n, c in enumerate((c for c in cases if c.private), 1):
        p = _party(c)
        old.add_person(
            names=[p.contact], phone=p.phone, address=p.address, label=f"Privatperson {n}"
        )
    spans = {c.number: [(s.start, s.end) for s in old.spans(c.text)] for c in cases}
    files = {
        c.number: (OLD_PLACEHOLDER + PurePath(c.file_name).suffix)
        if c.private
        else old(c.file_name)
        for c in cases
    }
    return spans, files


def _new_spans(cases: list[Case]) -> tuple[dict[int, Spans], dict[int, str]]:
    data = _data(cases)
    clean = Cleaner(data.responses, OWN, ((c.number, c.text) for c in cases))
    spans = {
        c.number: [(s.start, s.end) for s in clean.redactor.spans(c.text, c.private)] for c in cases
    }
    public = anonymise(data)
    files = {r.number: r.source_name for r in public.responses}
    return spans, files


def _covered(start: int, end: int, spans: Spans) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _text_figures(cases: list[Case], spans: dict[int, Spans], files: dict[int, str]):  # type: ignore[no-untyped-def]
    leaks, pieces, over, words = 0, 0, 0, 0
    examples: list[str] = []
    for c in cases:
        sp = spans[c.number]
        for a, b in c.secrets:
            pieces += 1
            visible = [c.text[x:y] for x, y in _secret_words_in(c, a, b) if not _covered(x, y, sp)]
            if visible:
                leaks += 1
                examples.append(f"#{c.number}: {c.text[a:b]!r} shows {visible}")
        if c.file_secret:
            pieces += 1
            name_words = {
                w.lower() for w in (c.known.get("first_name"), c.known.get("surname")) if w
            }
            shown = files[c.number].lower()
            if any(w.lower() in shown for w in _name_of_file(c)) or (
                name_words and any(w in shown for w in name_words)
            ):
                leaks += 1
                examples.append(f"#{c.number}: file {files[c.number]!r}")
        for m in WORD.finditer(c.text):
            words += 1
            in_secret = any(a < m.end() and m.start() < b for a, b in c.secrets)
            hidden = any(a < m.end() and m.start() < b for a, b in sp)
            if hidden and not in_secret:
                over += 1
    return leaks, pieces, over, words, examples


def _secret_words_in(case: Case, a: int, b: int) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in WORD.finditer(case.text, a, b)
        if m.group().lower() not in MINOR and len(m.group()) >= 2
    ]


def _name_of_file(case: Case) -> list[str]:
    """The person's name words as the generator put them into the file name."""
    stem = PurePath(case.file_name).stem.lower()
    return [w for w in WORD.findall(stem) if w not in {"hoeringssvar", "høringssvar", "fra"}]


def _data(cases: list[Case]) -> ExportData:
    return ExportData(
        consultation=ConsultationFacts(
            "Integrationspolitik 2027",
            "Nordkysten Kommune",
            "27-0000015",
            None,
            date(2027, 3, 31),
            own_domains=OWN,
        ),
        sections=(SectionRow(1, "1", "Indledning", 0, 1),),
        responses=_responses(cases),
        recommendations=tuple(
            RecommendationRow(
                response_number=c.number,
                section_ids=(1,),
                type=RecommendationType.GENERAL,
                summary=c.summary,
                passage=c.text,
                comment_text=f"Tak for svaret fra {c.organisation or 'borgeren'}.",
            )
            for c in cases
        ),
        invited=(),
        exported_at=datetime(2027, 4, 1, 12, 0),
    )


def _xml_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        parts = [
            z.read(n).decode("utf-8", "replace")
            for n in z.namelist()
            if n.endswith((".xml", ".rels"))
        ]
    return html.unescape(re.sub(r"<[^>]+>", " ", "\n".join(parts))).lower()


def _public_words(case: Case) -> list[str]:
    text = case.text
    for a, b in sorted(case.secrets, reverse=True):
        text = text[:a] + " " + text[b:]
    extra = f"{case.summary} {case.organisation} {case.contact} Tak for svaret fra borgeren"
    return WORD.findall(f"{text} {extra}") + ["example"] + [str(n) for n in range(1000)]


def _xml_leaks(cases: list[Case]) -> tuple[int, int, list[str]]:
    from hoeringsdesk.export.docx import write_docx
    from hoeringsdesk.export.xlsx import write_xlsx

    public = anonymise(_data(cases))
    kept = " ".join(f"{c.organisation} {c.contact}".lower() for c in cases if not c.private)
    # words that also stand outside personal data (the reserved "example" domain, a number)
    # say nothing when found in the XML; the whole personal string is still searched
    common = {w.lower() for c in cases for w in _public_words(c)}
    with tempfile.TemporaryDirectory() as tmp:
        xlsx, docx = Path(tmp, "offentlig.xlsx"), Path(tmp, "offentlig.docx")
        write_xlsx(public, xlsx)
        write_docx(public, docx)
        xml = _xml_text(xlsx) + "\n" + _xml_text(docx)
    xml = re.sub(r"\s+", " ", xml)
    checked, leaks, examples = 0, 0, []
    for c in cases:
        for a, b in c.secrets:
            secret = re.sub(r"\s+", " ", c.text[a:b]).lower()
            for w in [secret, *(c.text[x:y].lower() for x, y in _secret_words_in(c, a, b))]:
                if len(w) < 3 or w in kept or w in MINOR or (w != secret and w in common):
                    continue
                checked += 1
                if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", xml):
                    leaks += 1
                    examples.append(f"#{c.number}: {w!r}")
    return leaks, checked, examples


def figures(cases: list[Case]) -> dict[str, float]:
    """The benchmark's figures on these cases (new engine and baseline)."""
    old = _text_figures(cases, *_old_spans(cases))
    new = _text_figures(cases, *_new_spans(cases))
    return {
        "leaks": new[0],
        "pieces": new[1],
        "over": new[2] / new[3],
        "old_leaks": old[0],
        "old_over": old[2] / old[3],
        "xml_leaks": _xml_leaks(cases)[0],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--all", action="store_true", help="the tuning part instead of held-out")
    ap.add_argument("--show", type=int, default=0, help="print this many leak examples")
    ap.add_argument("--json", action="store_true", help="also machine-readable lines")
    args = ap.parse_args(argv)
    cases = corpus(args.seed)
    part = tuning(cases) if args.all else held_out(cases)
    label = "tuning part" if args.all else "held-out fifth"
    private = sum(c.private for c in part)
    print(
        f"corpus seed {args.seed}: {sum(c.private for c in cases)} private, "
        f"{sum(not c.private for c in cases)} organisations; {label}: {private} private, "
        f"{len(part) - private} organisations"
    )
    old = _text_figures(part, *_old_spans(part))
    new = _text_figures(part, *_new_spans(part))
    xml_leaks, xml_checked, xml_examples = _xml_leaks(part)
    results = [
        Result(
            f"leaks in the text ({new[1]} pieces)",
            new[0],
            "pieces",
            old[0],
            "redactor before issue 15",
            target=0,
        ),
        Result(
            "leaks in the public xlsx+docx XML",
            xml_leaks,
            "strings",
            None,
            "",
            target=0,
            note=f"{xml_checked} personal strings searched",
        ),
        Result(
            f"over-redaction ({new[3]} words)",
            100 * new[2] / new[3],
            "%",
            100 * old[2] / old[3],
            "redactor before issue 15",
            target=2,
        ),
    ]
    report(results, f"redaction of the public variant ({label}, seed {args.seed})")
    for line in (new[4] + xml_examples)[: args.show]:
        print("  leak", line)
    if args.show:
        for line in old[4][: args.show]:
            print("  old leak", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
