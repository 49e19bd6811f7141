"""All responses in one PDF for the case file (fpdf2, DejaVu Sans for æøå): a front page, a
table of contents grouped by sender type (private persons last), and each response's text
under its number and sender. The public variant's texts come already redacted."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from fpdf import FPDF
from fpdf.outline import OutlineSection

from hoeringsdesk.export import labels
from hoeringsdesk.export.files import (
    Cancel,
    PdfFontMissing,
    Progress,
    Ticker,
    replace_on_success,
)
from hoeringsdesk.export.model import ExportData, ExportedResponse, ExportReport, ResponseText
from hoeringsdesk.paths import resources_dir

FONT = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
SYSTEM_FONTS = Path("/usr/share/fonts/truetype/dejavu")
TOP_MM, BOTTOM_MM, HEADER_MM = 20, 20, 8  # margins and the running header's height
TOC_LINE_MM = 5.6
GREY = (90, 90, 90)


Texts = Callable[[list[int]], Iterable[ResponseText]]


def font_dir() -> Path:
    """The shipped fonts (resources/fonts), or the system's DejaVu as a fallback."""
    for folder in (resources_dir() / "fonts", SYSTEM_FONTS):
        if all((folder / name).is_file() for name in FONT_FILES.values()):
            return folder
    raise PdfFontMissing("Skrifttypen DejaVu Sans mangler i programmets ressourcer (fonts).")


class _Pdf(FPDF):
    def __init__(self, header_text: str, footer_text: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        folder = font_dir()
        for style, name in FONT_FILES.items():
            self.add_font(FONT, style, str(folder / name))
        self.set_margins(22, TOP_MM, 22)
        self.set_auto_page_break(True, margin=BOTTOM_MM)
        self.alias_nb_pages()

    def close_fonts(self) -> None:
        """fontTools keeps the font files open until they are closed."""
        for font in self.fonts.values():
            close = getattr(font, "close", None)
            if close is not None:
                close()

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"{self.footer_text} · Side {self.page_no()} af {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _safe(text: str, pdf: FPDF) -> str:
    """Text the font can show: control characters dropped, missing glyphs as '?'."""
    font = pdf.current_font
    cmap = getattr(font, "cmap", None) if font is not None else None
    out = []
    for ch in text:
        code = ord(ch)
        if ch in "\n\t":
            out.append(" " if ch == "\t" else ch)
        elif code < 32 or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            continue
        elif cmap is not None and code not in cmap and not ch.isspace():
            out.append("?")
        else:
            out.append(ch)
    return "".join(out)


def write_pdf(
    data: ExportData,
    path: Path,
    *,
    texts: Texts,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the combined PDF to ``path``; on any error or cancel the old file stays."""
    groups = labels.by_sender_type(data.responses)
    ticker = Ticker(len(data.responses), progress, cancel, every=50)
    title = " ".join(data.consultation.title.split())
    variant = labels.variant_text(data).split(" (")[0]
    pdf = _Pdf(f"Høringssvar – {title} – {variant}", title[:80])
    try:
        _front(pdf, data)
        pages = _toc_pages(pdf, [len(rows) for _, rows in groups])
        pdf.add_page()
        pdf.insert_toc_placeholder(_render_toc, pages=pages)
        for n, (group_title, rows) in enumerate(groups):
            if n:  # the table of contents' placeholder has already opened the first page
                pdf.add_page()
            heading = _safe(f"{group_title} ({len(rows)})", pdf)
            pdf.start_section(heading, level=0)
            pdf.set_font(FONT, "B", 16)
            pdf.multi_cell(0, 9, heading, new_x="LMARGIN", new_y="NEXT", align="L")
            by_number = {r.number: r for r in rows}
            for text in texts(list(by_number)):
                _response(pdf, by_number[text.number], text)
                ticker.step()
        with replace_on_success(Path(path)) as tmp:
            ticker.finish()
            pdf.output(str(tmp))
    finally:
        pdf.close_fonts()
    return ExportReport(
        path=Path(path),
        format="pdf",
        variant=data.variant,
        responses=len(data.responses),
        recommendations=len(data.recommendations),
        warnings=data.notes,
    )


def _front(pdf: _Pdf, data: ExportData) -> None:
    c = data.consultation
    pdf.add_page()
    pdf.set_y(60)
    pdf.set_font(FONT, "B", 24)
    pdf.multi_cell(0, 11, "Høringssvar", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font(FONT, "", 15)
    pdf.multi_cell(0, 8, _safe(c.title, pdf), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(10)
    late = sum(1 for r in data.responses if r.late)
    facts = [
        ("Myndighed", c.authority),
        ("Sagsnummer", c.case_number),
        ("Høringsperiode", labels.period_long(data)),
        ("Høringssvar", f"{len(data.responses)}" + (f", heraf {late} for sent" if late else "")),
        ("Udskrevet", labels.long_date(data.exported_at)),
        ("Udgave", labels.variant_text(data)),
    ]
    for label, value in facts:
        if not value:
            continue
        pdf.set_font(FONT, "B", 10)
        pdf.cell(38, 6, label)
        pdf.set_font(FONT, "", 10)
        pdf.multi_cell(0, 6, _safe(value, pdf), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(8)
    pdf.set_font(FONT, "", 9)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        0,
        5,
        "Høringssvarene er ordnet efter afsendertype: offentlige myndigheder, organisationer "
        "og til sidst privatpersoner. Hvert svar står med sit nummer, sin afsender og sin "
        "tekst som modtaget (brødtekst og vedhæftede filer).",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)


def _toc_pages(pdf: FPDF, group_sizes: list[int]) -> int:
    """How many pages the contents take, laid out as ``_render_toc`` does (too many would
    leave a blank page, too few shift the page numbers)."""
    bottom = pdf.h - BOTTOM_MM
    y = TOP_MM + HEADER_MM + 12.0  # the heading "Indhold"
    pages = 1
    for size in group_sizes:
        for line in range(size + 1):
            step = TOC_LINE_MM + (1.5 if line == 0 else 0)
            if y + step > bottom:
                pages += 1
                y = TOP_MM + HEADER_MM + 0.0
            y += step
    return pages


def _render_toc(pdf: FPDF, outline: list[OutlineSection]) -> None:
    # the reserved pages have their running header already: a break continues below it
    pdf.set_top_margin(TOP_MM + HEADER_MM)
    try:
        _toc_lines(pdf, outline)
    finally:
        pdf.set_top_margin(TOP_MM)


def _toc_lines(pdf: FPDF, outline: list[OutlineSection]) -> None:
    pdf.set_x(pdf.l_margin)
    pdf.set_font(FONT, "B", 16)
    pdf.cell(0, 10, "Indhold", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    width = pdf.epw
    for section in outline:
        bold = section.level == 0
        if bold:
            pdf.ln(1.5)
        pdf.set_font(FONT, "B" if bold else "", 9.5)
        page = str(section.page_number)
        indent = 0 if bold else 5
        name = section.name
        room = width - indent - pdf.get_string_width(page) - 4
        while pdf.get_string_width(name) > room and len(name) > 4:
            name = name[:-2].rstrip() + "…"
        link = pdf.add_link(page=section.page_number)
        pdf.set_x(pdf.l_margin + indent)
        dots = width - indent - pdf.get_string_width(name) - pdf.get_string_width(page) - 2
        pdf.cell(pdf.get_string_width(name) + 1, TOC_LINE_MM, name, link=link)
        pdf.set_text_color(*GREY)
        pdf.cell(dots, TOC_LINE_MM, _dots(pdf, dots), link=link)
        pdf.set_text_color(0, 0, 0)
        pdf.cell(0, TOC_LINE_MM, page, align="R", link=link, new_x="LMARGIN", new_y="NEXT")


def _dots(pdf: FPDF, width: float) -> str:
    dot = pdf.get_string_width(" .") or 1.0
    return " ." * max(0, int(width / dot) - 1)


def _entry(r: ExportedResponse) -> str:
    return f"Svar nr. {r.number} – {labels.senders(r)}"


def _response(pdf: _Pdf, r: ExportedResponse, text: ResponseText) -> None:
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    elif pdf.get_y() > 40:
        pdf.ln(6)
    pdf.start_section(_safe(_entry(r), pdf)[:180], level=1)
    pdf.set_font(FONT, "B", 12.5)
    pdf.multi_cell(0, 6.5, _safe(_entry(r), pdf), new_x="LMARGIN", new_y="NEXT", align="L")
    meta = [
        f"Modtaget {labels.long_date(r.received)}" if r.received else "Modtaget: ukendt",
        labels.timeliness(r),
        f"Udtaler sig som: {labels.party_kinds(r) or 'ukendt'}",
    ]
    if r.campaign_size > 1:
        meta.append(f"Kampagne: {r.campaign_label or 'uden navn'} ({r.campaign_size} svar)")
    if r.source_name:
        meta.append(f"Fil: {r.source_name}")
    pdf.set_font(FONT, "", 8.5)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.5, _safe(" · ".join(meta), pdf), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    for label, body in text.parts:
        if label:
            pdf.set_font(FONT, "B", 9)
            pdf.multi_cell(0, 5, _safe(label, pdf), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_font(FONT, "", 10)
        for paragraph in _paragraphs(body):
            pdf.multi_cell(0, 5, _safe(paragraph, pdf), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1.2)
    if not any(body.strip() for _, body in text.parts):
        pdf.set_font(FONT, "", 10)
        pdf.multi_cell(0, 5, "(Svaret har ingen tekst.)", new_x="LMARGIN", new_y="NEXT", align="L")


def _paragraphs(text: str) -> Iterator[str]:
    """Paragraphs separated by blank lines; single line ends kept."""
    block: list[str] = []
    for line in text.splitlines():
        if line.strip():
            block.append(line.rstrip())
        elif block:
            yield "\n".join(block)
            block = []
    if block:
        yield "\n".join(block)
