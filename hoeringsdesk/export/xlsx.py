"""The council workbook (openpyxl, write-only): responses, notat, per section, høringsliste."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from hoeringsdesk.domain.enums import Outcome, RecommendationType, danish
from hoeringsdesk.export import labels
from hoeringsdesk.export.cells import Column, SheetStream, WriteStats, clean_text, safe_sheet_name
from hoeringsdesk.export.files import Cancel, Progress, Ticker, replace_on_success
from hoeringsdesk.export.model import ExportData, ExportReport, SectionRow

SHEET_RESPONSES = "Høringssvar"
SHEET_NOTAT = "Høringsnotat"
SHEET_SECTIONS = "Pr. afsnit"
SHEET_INVITED = "Høringsliste"
HEADER_MAX = 90  # characters of the title in the page header (Excel allows 255 in all)
PAPER_A4 = "9"  # OOXML paperSize code

TYPES = tuple(RecommendationType)
OUTCOMES = (Outcome.YES, Outcome.PARTLY, Outcome.NO, Outcome.UNDECIDED)


def response_columns(public: bool) -> list[Column]:
    cols = [
        Column("Nr.", 6, "int"),
        Column("Modtaget", 11, "date"),
        Column("Rettidig / for sent", 15),
        Column("Afsender(e) og organisation(er)", 40),
        Column("Partstype", 14),
        Column("Dokumentnummer", 16),
        Column("Antal anbefalinger", 11, "int"),
        Column("Status", 10),
        Column("Kampagne", 18),
        Column("Ny version af", 9, "int"),
    ]
    if not public:
        cols.append(Column("Kontaktoplysninger", 36))
    return cols


NOTAT_COLUMNS = [
    Column("Afsnit", 20),
    Column("Svar nr.", 6, "int"),
    Column("Afsender", 20),
    Column("Type", 15),
    Column("Resumé", 34),
    Column("Citat", 42),
    Column("Forvaltningens bemærkning", 42),
    Column("Giver anledning til ændring", 12),
]

SECTION_COLUMNS = [
    Column("Afsnit", 40),
    Column("Anbefalinger i alt", 11, "int"),
    *(Column(danish(t), 12, "int") for t in TYPES),
    *(Column(f"Ændring: {danish(o)}", 11, "int") for o in OUTCOMES),
]


def invited_columns(public: bool) -> list[Column]:
    cols = [Column("Navn", 40)]
    if not public:
        cols.append(Column("E-mail", 34))
    cols += [Column("Svaret", 8), Column("Dato for svar", 12, "date"), Column("Svar nr.", 14)]
    return cols


def write_xlsx(
    data: ExportData,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the workbook to ``path``; on any error or cancel the old file stays as it was."""
    stats = WriteStats()
    total = len(data.responses) + len(data.recommendations) + len(data.sections)
    ticker = Ticker(total + len(data.invited), progress, cancel)
    with replace_on_success(Path(path)) as tmp:
        wb = Workbook(write_only=True)
        try:
            wb.properties.creator = "Høringsdesk"
            wb.properties.title = clean_text(data.consultation.title)[0]
            taken: list[str] = []
            for name, writer in (
                (SHEET_RESPONSES, _responses),
                (SHEET_NOTAT, _notat),
                (SHEET_SECTIONS, _per_section),
                (SHEET_INVITED, _invited),
            ):
                ws = wb.create_sheet(safe_sheet_name(name, taken))
                taken.append(ws.title)
                _page_setup(ws, data)
                writer(ws, data, stats, ticker)
            ticker.finish()
            wb.save(tmp)
        except BaseException:
            _discard(wb)
            raise
    return ExportReport(
        path=Path(path),
        format="xlsx",
        variant=data.variant,
        responses=len(data.responses),
        recommendations=len(data.recommendations),
        truncated=tuple(stats.truncated),
        replaced_characters=stats.replaced,
        warnings=data.notes,
    )


def _discard(wb: Workbook) -> None:
    """Close and delete the streaming temp files of a workbook that will not be saved."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            writer.xf.close()
        with contextlib.suppress(OSError):
            os.remove(writer.out)


def _header_text(text: str) -> str:
    text = clean_text(" ".join(text.split()))[0]
    if len(text) > HEADER_MAX:
        text = text[: HEADER_MAX - 1] + "…"
    return text.replace("&", "&&")


def _page_setup(ws: WriteOnlyWorksheet, data: ExportData) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = _header_text(data.consultation.title)
    ws.oddHeader.left.size = 9
    ws.oddHeader.right.text = f"{ws.title} — {labels.variant_text(data).split(' (')[0]}"
    ws.oddHeader.right.size = 9
    ws.oddFooter.left.text = f"Eksporteret {labels.danish_date(data.exported_at)}"
    ws.oddFooter.left.size = 9
    ws.oddFooter.right.text = "Side &P af &N"
    ws.oddFooter.right.size = 9


def _responses(ws: WriteOnlyWorksheet, data: ExportData, stats: WriteStats, t: Ticker) -> None:
    sheet = SheetStream(ws, response_columns(data.public), stats)
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
        sheet.append(row)
        t.step()
    sheet.finish()


def _notat(ws: WriteOnlyWorksheet, data: ExportData, stats: WriteStats, t: Ticker) -> None:
    sheet = SheetStream(ws, NOTAT_COLUMNS, stats)
    sections = {s.id: s for s in data.sections}
    responses = {r.number: r for r in data.responses}
    titles: dict[tuple[int, ...], str] = {}
    senders: dict[int, str] = {}
    for rec in data.recommendations:
        title = titles.get(rec.section_ids)
        if title is None:
            title = titles[rec.section_ids] = labels.section_titles(rec.section_ids, sections)
        sender = senders.get(rec.response_number)
        if sender is None:
            sender = senders[rec.response_number] = labels.sender_with_campaign(
                responses.get(rec.response_number)
            )
        sheet.append(
            (
                title,
                rec.response_number,
                sender,
                danish(rec.type),
                rec.summary,
                rec.passage,
                rec.comment_text,
                danish(rec.outcome or Outcome.UNDECIDED),
            )
        )
        t.step()
    sheet.finish()


def section_counts(data: ExportData) -> list[tuple[SectionRow | None, list[int]]]:
    """Per section in draft order (then 'Uden afsnit' if needed): total, by type, by outcome."""
    width = 1 + len(TYPES) + len(OUTCOMES)
    type_col = {t: 1 + i for i, t in enumerate(TYPES)}
    outcome_col = {o: 1 + len(TYPES) + i for i, o in enumerate(OUTCOMES)}
    known = {s.id for s in data.sections}
    counts: dict[int | None, list[int]] = {s.id: [0] * width for s in data.sections}
    for rec in data.recommendations:
        ids = [i for i in rec.section_ids if i in known] or [None]
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


def _per_section(ws: WriteOnlyWorksheet, data: ExportData, stats: WriteStats, t: Ticker) -> None:
    depth = max((s.depth for s in data.sections), default=0)
    sheet = SheetStream(ws, SECTION_COLUMNS, stats, indent_levels=depth + 1)
    rows = section_counts(data)
    for section, numbers in rows:
        title = section.title if section else labels.NO_SECTION
        sheet.append([title, *numbers], indent=section.depth if section else 0)
        t.step()
    sheet.finish()
    if rows:
        _add_chart(ws, len(rows), max(numbers[0] for _, numbers in rows))


def _add_chart(ws: WriteOnlyWorksheet, n: int, largest: int) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = "Anbefalinger pr. afsnit"
    chart.legend = None
    values = Reference(ws, min_col=2, min_row=1, max_row=n + 1)
    categories = Reference(ws, min_col=1, min_row=2, max_row=n + 1)
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(categories)
    chart.x_axis.scaling.orientation = "maxMin"  # draft order from the top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.majorGridlines = None
    chart.y_axis.majorUnit = max(1, -(-largest // 8))
    chart.y_axis.number_format = "0"
    chart.width = 24
    chart.height = min(max(7.5, 0.55 * n + 3), 120)
    ws.add_chart(chart, f"A{n + 3}")


def _invited(ws: WriteOnlyWorksheet, data: ExportData, stats: WriteStats, t: Ticker) -> None:
    sheet = SheetStream(ws, invited_columns(data.public), stats)
    for item in data.invited:
        row: list[object] = [item.name]
        if not data.public:
            row.append(item.email)
        row += [
            "Ja" if item.answered else "Nej",
            item.answered_at.date() if item.answered_at else None,
            ", ".join(str(n) for n in item.response_numbers),
        ]
        sheet.append(row)
        t.step()
    sheet.finish()


def sheet_names() -> Sequence[str]:
    return (SHEET_RESPONSES, SHEET_NOTAT, SHEET_SECTIONS, SHEET_INVITED)
