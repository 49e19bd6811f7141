"""The council workbook (openpyxl, write-only): responses, notat, per section, høringsliste."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from hoeringsdesk.export import labels
from hoeringsdesk.export.cells import SheetStream, WriteStats, clean_text, safe_sheet_name
from hoeringsdesk.export.files import Cancel, Progress, Ticker, replace_on_success
from hoeringsdesk.export.model import ExportData, ExportReport
from hoeringsdesk.export.xlsx_rows import sheets

HEADER_MAX = 90  # characters of the title in the page header (Excel allows 255 in all)
PAPER_A4 = "9"  # OOXML paperSize code


def write_xlsx(
    data: ExportData,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the workbook to ``path``; on any error or cancel the old file stays as it was."""
    stats = WriteStats()
    specs = sheets(data)
    ticker = Ticker(sum(spec.count for spec in specs), progress, cancel)
    with replace_on_success(Path(path)) as tmp:
        wb = Workbook(write_only=True)
        try:
            wb.properties.creator = "Høringsdesk"
            wb.properties.title = clean_text(data.consultation.title)[0]
            taken: list[str] = []
            for spec in specs:
                ws = wb.create_sheet(safe_sheet_name(spec.name, taken))
                taken.append(ws.title)
                _page_setup(ws, data)
                sheet = SheetStream(ws, spec.columns, stats, indent_levels=spec.indent_levels)
                for values, indent in spec.rows:
                    sheet.append(values, indent=indent)
                    ticker.step()
                sheet.finish()
                if spec.chart_max is not None and spec.count:
                    _add_chart(ws, spec.count, spec.chart_max)
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
        rows = getattr(ws, "_rows", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()  # ends sheetData cleanly before the file's stream is closed
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
