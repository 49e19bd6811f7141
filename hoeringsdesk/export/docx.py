"""The Word høringsnotat (python-docx): facts, respondents, remarks per section, changes."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from hoeringsdesk.domain.enums import Outcome, danish
from hoeringsdesk.export import labels
from hoeringsdesk.export.cells import clean_text
from hoeringsdesk.export.files import Cancel, Progress, Ticker, replace_on_success
from hoeringsdesk.export.model import (
    ExportData,
    ExportReport,
    RecommendationRow,
    ResponseRow,
    SectionRow,
)

CHANGES_HEADING = "Ændringer i udkastet"
CHANGE_OUTCOMES = (Outcome.YES, Outcome.PARTLY)

Group = list[RecommendationRow]


class _Text:
    """Strips characters XML cannot hold, counting them for the report."""

    def __init__(self) -> None:
        self.replaced = 0

    def __call__(self, value: str) -> str:
        value, n = clean_text(value)
        self.replaced += n
        return value


def write_docx(
    data: ExportData,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the høringsnotat to ``path``; on any error or cancel the old file stays."""
    text = _Text()
    ticker = Ticker(len(data.responses) + len(data.recommendations), progress, cancel)
    with replace_on_success(Path(path)) as tmp:
        doc = Document()
        _setup(doc, data, text)
        _facts(doc, data, text)
        _respondents(doc, data, text, ticker)
        groups = _by_section(doc, data, text, ticker)
        _changes(doc, data, groups, text)
        ticker.finish()
        doc.save(str(tmp))
    return ExportReport(
        path=Path(path),
        format="docx",
        variant=data.variant,
        responses=len(data.responses),
        recommendations=len(data.recommendations),
        replaced_characters=text.replaced,
        warnings=data.notes,
    )


def _setup(doc: DocumentObject, data: ExportData, t: _Text) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin = section.bottom_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    props = doc.core_properties
    props.title = t(f"Høringsnotat: {data.consultation.title}")
    props.author = props.last_modified_by = "Høringsdesk"
    props.comments = ""
    header = section.header.paragraphs[0]
    header.text = t(f"Høringsnotat — {labels.variant_text(data)}")
    header.style = doc.styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.add_run(t(_short(data.consultation.title, 70) + " — Side "))
    _field(footer, "PAGE")
    footer.add_run(" af ")
    _field(footer, "NUMPAGES")


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _field(paragraph: Paragraph, code: str) -> None:
    """A page number field (Word and LibreOffice fill it in when the page is laid out)."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} \\* MERGEFORMAT ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _facts(doc: DocumentObject, data: ExportData, t: _Text) -> None:
    c = data.consultation
    doc.add_heading("Høringsnotat", level=0)
    doc.add_paragraph(t(c.title), style="Subtitle")
    facts = [
        ("Myndighed", c.authority),
        ("Sagsnummer", c.case_number),
        ("Høringsperiode", labels.period(data)),
        ("Høringsfrist", labels.danish_date(c.deadline)),
        ("Høringssvar", str(len(data.responses))),
        ("Anbefalinger", str(len(data.recommendations))),
        ("Udarbejdet", labels.danish_date(data.exported_at)),
        ("Udgave", labels.variant_text(data)),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.autofit = False
    _column_widths(table, (Cm(4), Cm(12.4)))
    for label, value in facts:
        if not value:
            continue
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(t(value))
        cells[0].width, cells[1].width = Cm(4), Cm(12.4)


def _respondents(doc: DocumentObject, data: ExportData, t: _Text, ticker: Ticker) -> None:
    doc.add_heading("Indkomne høringssvar", level=1)
    if not data.responses:
        doc.add_paragraph("Der er ikke modtaget høringssvar.")
        return
    table = doc.add_table(rows=1, cols=4)
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    widths = (Cm(1.2), Cm(8.8), Cm(2.4), Cm(4.0))
    _column_widths(table, widths)
    for cell, head, width in zip(
        table.rows[0].cells, ("Nr.", "Afsender", "Modtaget", "Bemærkning"), widths, strict=True
    ):
        cell.paragraphs[0].add_run(head).bold = True
        cell.width = width
    _repeat_header(table.rows[0])
    for r in data.responses:
        cells = table.add_row().cells
        values = (str(r.number), labels.senders(r), labels.danish_date(r.received), _remark(r))
        for cell, value, width in zip(cells, values, widths, strict=True):
            cell.paragraphs[0].add_run(t(value))
            cell.width = width
        ticker.step()


def _column_widths(table: Table, widths: tuple[Length, ...]) -> None:
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def _repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _remark(r: ResponseRow) -> str:
    notes = []
    if r.late:
        notes.append(labels.timeliness(r))
    if r.new_version_of:
        notes.append(f"Ny version af nr. {r.new_version_of}")
    if r.campaign_label or r.campaign_size:
        notes.append(labels.campaign(r))
    return "; ".join(notes)


def _groups(recs: list[RecommendationRow]) -> list[Group]:
    """Recommendations that share one comment, together, in the order they first appear."""
    groups: list[Group] = []
    by_comment: dict[int, Group] = {}
    for rec in recs:
        if rec.comment_id is None:
            groups.append([rec])
        elif rec.comment_id in by_comment:
            by_comment[rec.comment_id].append(rec)
        else:
            by_comment[rec.comment_id] = [rec]
            groups.append(by_comment[rec.comment_id])
    return groups


def _placed(data: ExportData) -> dict[int | None, list[Group]]:
    """Each recommendation under the first section it concerns (in draft order); within a
    section, recommendations that share one comment are grouped under it."""
    known = {s.id for s in data.sections}
    by_section: dict[int | None, list[RecommendationRow]] = {}
    for rec in data.recommendations:
        ids = [i for i in rec.section_ids if i in known]
        by_section.setdefault(ids[0] if ids else None, []).append(rec)
    return {key: _groups(recs) for key, recs in by_section.items()}


def _subtree_has(
    sections: tuple[SectionRow, ...], placed: dict[int | None, list[Group]]
) -> set[int]:
    """Ids of sections that have remarks themselves or in a subsection."""
    has: set[int] = set()
    stack: list[tuple[int, bool]] = []  # (depth, has) of the sections below, scanning backwards
    for s in reversed(sections):
        below = False
        while stack and stack[-1][0] > s.depth:
            _, child_has = stack.pop()
            below = below or child_has
        mine = below or bool(placed.get(s.id))
        if mine:
            has.add(s.id)
        stack.append((s.depth, mine))
    return has


def _by_section(doc: DocumentObject, data: ExportData, t: _Text, ticker: Ticker) -> list[Group]:
    doc.add_heading("Bemærkninger og forvaltningens svar, afsnit for afsnit", level=1)
    responses = {r.number: r for r in data.responses}
    titles = {s.id: s.title for s in data.sections}
    placed = _placed(data)
    sections = tuple(sorted(data.sections, key=lambda s: s.ordinal))
    with_remarks = _subtree_has(sections, placed)
    order: list[Group] = []
    for s in sections:
        doc.add_heading(t(s.title), level=min(s.depth + 2, 9))
        if s.id not in with_remarks:
            doc.add_paragraph("Ingen bemærkninger.").runs[0].italic = True
        for group in placed.get(s.id, []):
            _group(doc, group, s.id, responses, titles, t, ticker)
            order.append(group)
    if placed.get(None):
        doc.add_heading(labels.NO_SECTION, level=2)
        for group in placed[None]:
            _group(doc, group, None, responses, titles, t, ticker)
            order.append(group)
    return order


def _group(
    doc: DocumentObject,
    group: Group,
    section_id: int | None,
    responses: dict[int, ResponseRow],
    titles: dict[int, str],
    t: _Text,
    ticker: Ticker,
) -> None:
    for rec in group:
        head = doc.add_paragraph()
        sender = labels.sender_with_campaign(responses.get(rec.response_number))
        head.add_run(t(f"Svar nr. {rec.response_number}: {sender}")).bold = True
        head.add_run(f" — {danish(rec.type)}")
        head.paragraph_format.space_before = Pt(8)
        head.paragraph_format.keep_with_next = True
        others = [titles[i] for i in rec.section_ids if i != section_id and i in titles]
        if others:
            note = doc.add_paragraph()
            note.add_run(t("Vedrører også: " + "; ".join(others))).italic = True
        if rec.summary:
            doc.add_paragraph(t(rec.summary))
        if rec.passage:
            doc.add_paragraph(t(f"“{rec.passage}”"), style="Quote")
        ticker.step()
    first = group[0]
    answer = doc.add_paragraph()
    answer.paragraph_format.left_indent = Cm(0.6)
    if len(group) > 1:
        numbers = ", ".join(str(r.response_number) for r in group)
        label = f"Forvaltningens bemærkning (fælles for svar nr. {numbers}): "
    else:
        label = "Forvaltningens bemærkning: "
    answer.add_run(label).bold = True
    answer.add_run(t(first.comment_text) if first.comment_text else "(endnu ikke skrevet)")
    outcome = doc.add_paragraph()
    outcome.paragraph_format.left_indent = Cm(0.6)
    outcome.add_run("Giver anledning til ændring: ").bold = True
    outcome.add_run(danish(first.outcome or Outcome.UNDECIDED))


def _changes(doc: DocumentObject, data: ExportData, groups: list[Group], t: _Text) -> None:
    """One bullet per comment that changes the draft, with every section and response it
    answers."""
    doc.add_heading(CHANGES_HEADING, level=1)
    titles = {s.id: s.title for s in data.sections}
    ordinals = {s.id: s.ordinal for s in data.sections}
    changes: dict[int, list[RecommendationRow]] = {}
    for group in groups:
        for rec in group:
            if rec.outcome in CHANGE_OUTCOMES and rec.comment_id is not None:
                changes.setdefault(rec.comment_id, []).append(rec)
    if not changes:
        doc.add_paragraph("Høringen giver ikke anledning til ændringer i udkastet.")
        return
    for recs in changes.values():
        first = recs[0]
        ids = {i for r in recs for i in r.section_ids if i in titles}
        where = "; ".join(titles[i] for i in sorted(ids, key=ordinals.__getitem__))
        numbers = ", ".join(str(n) for n in sorted({r.response_number for r in recs}))
        item = doc.add_paragraph(style="List Bullet")
        item.add_run(t(where or labels.NO_SECTION) + ": ").bold = True
        item.add_run(t(first.comment_text or "(ingen tekst)"))
        item.add_run(f" ({danish(first.outcome)}; svar nr. {numbers})")
