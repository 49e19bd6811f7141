"""The rows of each workbook sheet as plain values (text, numbers, dates), with its columns."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from hoeringsdesk.domain.enums import Outcome, RecommendationType, danish
from hoeringsdesk.export import labels
from hoeringsdesk.export.cells import CellKind, Column
from hoeringsdesk.export.model import ExportData, SectionRow
from hoeringsdesk.export.xlsx_redaction import COLUMNS as REDACTION_COLUMNS
from hoeringsdesk.export.xlsx_redaction import SHEET_REDACTION, redaction_finds, redaction_rows

SHEET_RESPONSES = "Høringssvar"
SHEET_NOTAT = "Høringsnotat"
SHEET_SECTIONS = "Pr. afsnit"
SHEET_INVITED = "Høringsliste"
SHEET_NAMES = (SHEET_RESPONSES, SHEET_NOTAT, SHEET_SECTIONS, SHEET_INVITED)

Row = tuple[list[object], int]  # cell values, indent of the first cell


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: list[Column]
    rows: Iterator[Row]
    count: int
    indent_levels: int = 0
    chart_max: int | None = None  # a bar chart of column B, up to this value


def sheets(data: ExportData) -> list[SheetSpec]:
    """The four sheets in order (and the internal variant's redaction review, when it has
    finds or decisions); rows are produced lazily as the sheet is written."""
    counts = section_counts(data)
    depth = max((s.depth for s in data.sections), default=0)
    finds = redaction_finds(data)
    listed = len(finds) if finds is not None else 1  # or a row saying they are not listed
    review = (
        [
            SheetSpec(
                SHEET_REDACTION,
                REDACTION_COLUMNS,
                redaction_rows(data, finds),
                listed + len(data.decisions),
            )
        ]
        if not data.public and (finds is None or finds or data.decisions)
        else []
    )
    return [
        SheetSpec(
            SHEET_RESPONSES,
            response_columns(data.public),
            response_rows(data),
            len(data.responses),
        ),
        SheetSpec(SHEET_NOTAT, NOTAT_COLUMNS, notat_rows(data), len(data.recommendations)),
        SheetSpec(
            SHEET_SECTIONS,
            SECTION_COLUMNS,
            section_rows(counts),
            len(counts),
            depth + 1,
            max((numbers[0] for _, numbers in counts), default=0),
        ),
        SheetSpec(
            SHEET_INVITED, invited_columns(data.public), invited_rows(data), len(data.invited)
        ),
        *review,  # the internal variant: the redaction review's decisions and finds
    ]


TYPES = tuple(RecommendationType)
OUTCOMES = (Outcome.YES, Outcome.PARTLY, Outcome.NO, Outcome.UNDECIDED)


def response_columns(public: bool) -> list[Column]:
    cols = [
        Column("Nr.", 6, CellKind.INT),
        Column("Modtaget", 11, CellKind.DATE),
        Column("Rettidig / for sent", 15),
        Column("Afsender(e) og organisation(er)", 40),
        Column("Udtaler sig som", 14),
        Column("Dokumentnummer", 17),
        Column("Antal anbefalinger", 13, CellKind.INT),
        Column("Status", 10),
        Column("Kampagne", 18),
        Column("Ny version af", 9, CellKind.INT),
    ]
    if not public:
        cols.append(Column("Kontaktoplysninger", 36))
    return cols


NOTAT_COLUMNS = [
    Column("Afsnit", 23),
    Column("Svar nr.", 6, CellKind.INT),
    Column("Afsender", 22),
    Column("Udtaler sig som", 13),
    Column("Type", 14),
    Column("Resumé", 32),
    Column("Citat", 38),
    Column("Forvaltningens bemærkning", 38),
    Column("Vurdering / indstilling", 14),
]
ASSESSMENT = {
    Outcome.YES: "Imødekommes",
    Outcome.PARTLY: "Imødekommes delvist",
    Outcome.NO: "Imødekommes ikke",
    Outcome.UNDECIDED: "Ikke vurderet endnu",
}

SECTION_COLUMNS = [
    Column("Afsnit", 40),
    Column("Anbefalinger i alt", 15, CellKind.INT),
    *(Column(danish(t), 17, CellKind.INT) for t in TYPES),
    *(Column(f"Ændring: {danish(o)}", 11, CellKind.INT) for o in OUTCOMES),
]


def invited_columns(public: bool) -> list[Column]:
    cols = [Column("Navn", 40), Column("Type", 20)]
    if not public:
        cols.append(Column("E-mail", 34))
    cols += [
        Column("Svaret", 8),
        Column("Dato for svar", 14, CellKind.DATE),
        Column("Svar nr.", 14),
        Column("Fundet ved", 18),
    ]
    return cols


def response_rows(data: ExportData) -> Iterator[Row]:
    for r in data.responses:
        row: list[object] = [
            r.number,
            r.received.date() if r.received else None,
            labels.timeliness(r),
            labels.senders(r),
            labels.party_kinds(r),
            r.document_number,
            r.recommendation_count,
            danish(r.status),
            labels.campaign(r),
            r.new_version_of,
        ]
        if not data.public:
            row.append(labels.contact_details(r))
        yield row, 0


def notat_rows(data: ExportData) -> Iterator[Row]:
    """One row per accepted recommendation, in draft order."""
    sections = {s.id: s for s in data.sections}
    responses = {r.number: r for r in data.responses}
    titles: dict[tuple[int, ...], str] = {}
    senders: dict[int, str] = {}
    kinds: dict[int, str] = {}
    for rec in data.recommendations:
        title = titles.get(rec.section_ids)
        if title is None:
            title = titles[rec.section_ids] = labels.section_titles(rec.section_ids, sections)
        sender = senders.get(rec.response_number)
        if sender is None:
            response = responses.get(rec.response_number)
            sender = senders[rec.response_number] = labels.sender_with_campaign(response)
            kinds[rec.response_number] = labels.party_kinds(response) if response else ""
        yield (
            [
                title,
                rec.response_number,
                sender,
                kinds[rec.response_number],
                danish(rec.type),
                rec.summary,
                rec.passage,
                rec.comment_text,
                ASSESSMENT[rec.outcome or Outcome.UNDECIDED],
            ],
            0,
        )


def section_counts(data: ExportData) -> list[tuple[SectionRow | None, list[int]]]:
    """Per section in draft order (then 'Uden afsnit' if needed): total, by type, by outcome.
    A recommendation that concerns several sections counts in each."""
    width = 1 + len(TYPES) + len(OUTCOMES)
    type_col = {t: 1 + i for i, t in enumerate(TYPES)}
    outcome_col = {o: 1 + len(TYPES) + i for i, o in enumerate(OUTCOMES)}
    known = {s.id for s in data.sections}
    counts: dict[int | None, list[int]] = {s.id: [0] * width for s in data.sections}
    for rec in data.recommendations:
        ids: list[int | None] = [i for i in rec.section_ids if i in known] or [None]
        for sid in ids:
            row = counts.setdefault(sid, [0] * width)
            row[0] += 1
            row[type_col[rec.type]] += 1
            row[outcome_col[rec.outcome or Outcome.UNDECIDED]] += 1
    rows: list[tuple[SectionRow | None, list[int]]] = [
        (s, counts[s.id]) for s in sorted(data.sections, key=lambda s: s.ordinal)
    ]
    if None in counts:
        rows.append((None, counts[None]))
    return rows


def section_rows(counts: list[tuple[SectionRow | None, list[int]]]) -> Iterator[Row]:
    for section, numbers in counts:
        title = section.title if section else labels.NO_SECTION
        yield [title, *numbers], section.depth if section else 0


def invited_rows(data: ExportData) -> Iterator[Row]:
    for item in data.invited:
        row: list[object] = [item.name, danish(item.kind)]
        if not data.public:
            row.append(item.email)
        row += [
            "Ja" if item.answered else "Nej",
            item.answered_at.date() if item.answered_at else None,
            ", ".join(str(n) for n in item.response_numbers),
            item.how,
        ]
        yield row, 0
