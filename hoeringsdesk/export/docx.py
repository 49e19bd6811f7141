"""The Word høringsnotat (python-docx): facts, respondents, remarks per section, changes."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from hoeringsdesk.domain.enums import Outcome, danish
from hoeringsdesk.export import labels
from hoeringsdesk.export.docx_body import Body, page_field, repeat_as_header
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
INDENT = Cm(0.6)

Group = list[RecommendationRow]


def write_docx(
    data: ExportData,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the høringsnotat to ``path``; on any error or cancel the old file stays."""
    ticker = Ticker(len(data.responses) + len(data.recommendations), progress, cancel)
    with replace_on_success(Path(path)) as tmp:
        body = Body(Document())
        _setup(body, data)
        _facts(body, data)
        _respondents(body, data, ticker)
        groups = _by_section(body, data, ticker)
        _changes(body, data, groups)
        ticker.finish()
        body.doc.save(str(tmp))
    return ExportReport(
        path=Path(path),
        format="docx",
        variant=data.variant,
        responses=len(data.responses),
        recommendations=len(data.recommendations),
        replaced_characters=body.replaced,
        warnings=data.notes,
    )


def _setup(body: Body, data: ExportData) -> None:
    doc = body.doc
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin = section.bottom_margin = Cm(2.2)
    doc.styles["Normal"].font.size = Pt(10.5)
    props = doc.core_properties
    props.title = body.text(f"Høringsnotat: {data.consultation.title}")
    props.author = props.last_modified_by = "Høringsdesk"
    props.comments = ""
    header = section.header.paragraphs[0]
    header.text = body.text(f"Høringsnotat — {labels.variant_text(data)}")
    header.style = doc.styles["Header"]
    footer = section.footer.paragraphs[0]
    body.run(footer, _short(data.consultation.title, 70) + " — Side ")
    page_field(footer, "PAGE")
    body.run(footer, " af ")
    page_field(footer, "NUMPAGES")


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _facts(body: Body, data: ExportData) -> None:
    c = data.consultation
    body.heading("Høringsnotat", 0)
    body.paragraph(c.title, "Subtitle")
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
    table = body.table((Cm(4), Cm(12.4)))
    for label, value in facts:
        if value:
            cells = body.row(table, (label, ""))
            cells[0].paragraphs[0].runs[0].bold = True
            body.run(cells[1].paragraphs[0], value)


def _respondents(body: Body, data: ExportData, ticker: Ticker) -> None:
    body.heading("Indkomne høringssvar", 1)
    if not data.responses:
        body.paragraph("Der er ikke modtaget høringssvar.")
        return
    table = body.table((Cm(1.2), Cm(8.8), Cm(2.4), Cm(4.0)), "Table Grid")
    head = body.row(table, ("Nr.", "Afsender", "Modtaget", "Bemærkning"), bold=True)
    repeat_as_header(head)
    for r in data.responses:
        values = (str(r.number), labels.senders(r), labels.danish_date(r.received), _remark(r))
        body.row(table, values)
        ticker.step()


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


def _by_section(body: Body, data: ExportData, ticker: Ticker) -> list[Group]:
    body.heading("Bemærkninger og forvaltningens svar, afsnit for afsnit", 1)
    responses = {r.number: r for r in data.responses}
    titles = {s.id: s.title for s in data.sections}
    placed = _placed(data)
    sections = tuple(sorted(data.sections, key=lambda s: s.ordinal))
    with_remarks = _subtree_has(sections, placed)
    order: list[Group] = []
    for s in sections:
        body.heading(s.title, s.depth + 2)
        if s.id not in with_remarks:
            body.run(body.paragraph(), "Ingen bemærkninger.", italic=True)
        for group in placed.get(s.id, []):
            _group(body, group, s.id, responses, titles, ticker)
            order.append(group)
    if placed.get(None):
        body.heading(labels.NO_SECTION, 2)
        for group in placed[None]:
            _group(body, group, None, responses, titles, ticker)
            order.append(group)
    return order


def _group(
    body: Body,
    group: Group,
    section_id: int | None,
    responses: dict[int, ResponseRow],
    titles: dict[int, str],
    ticker: Ticker,
) -> None:
    senders: dict[int, str] = {}
    for rec in group:
        sender = senders.get(rec.response_number)
        if sender is None:
            response = responses.get(rec.response_number)
            sender = senders[rec.response_number] = labels.sender_with_campaign(response)
        head = body.paragraph()
        body.run(head, f"Svar nr. {rec.response_number}: {sender}", bold=True)
        body.run(head, f" — {danish(rec.type)}")
        head.paragraph_format.space_before = Pt(8)
        head.paragraph_format.keep_with_next = True
        others = [titles[i] for i in rec.section_ids if i != section_id and i in titles]
        if others:
            body.run(body.paragraph(), "Vedrører også: " + "; ".join(others), italic=True)
        if rec.summary:
            body.paragraph(rec.summary)
        if rec.passage:
            body.paragraph(f"“{rec.passage}”", "Quote")
        ticker.step()
    first = group[0]
    answer = body.paragraph()
    answer.paragraph_format.left_indent = INDENT
    if len(group) > 1:
        numbers = ", ".join(str(r.response_number) for r in group)
        label = f"Forvaltningens bemærkning (fælles for svar nr. {numbers}): "
    else:
        label = "Forvaltningens bemærkning: "
    body.run(answer, label, bold=True)
    body.run(answer, first.comment_text or "(endnu ikke skrevet)")
    outcome = body.paragraph()
    outcome.paragraph_format.left_indent = INDENT
    body.run(outcome, "Giver anledning til ændring: ", bold=True)
    body.run(outcome, danish(first.outcome or Outcome.UNDECIDED))


def _changes(body: Body, data: ExportData, groups: list[Group]) -> None:
    """One bullet per comment that changes the draft, with every section and response it
    answers."""
    body.heading(CHANGES_HEADING, 1)
    titles = {s.id: s.title for s in data.sections}
    ordinals = {s.id: s.ordinal for s in data.sections}
    changes: dict[int, list[RecommendationRow]] = {}
    for group in groups:
        for rec in group:
            if rec.outcome in CHANGE_OUTCOMES and rec.comment_id is not None:
                changes.setdefault(rec.comment_id, []).append(rec)
    if not changes:
        body.paragraph("Høringen giver ikke anledning til ændringer i udkastet.")
        return
    for recs in changes.values():
        first = recs[0]
        ids = {i for r in recs for i in r.section_ids if i in titles}
        where = "; ".join(titles[i] for i in sorted(ids, key=ordinals.__getitem__))
        numbers = ", ".join(str(n) for n in sorted({r.response_number for r in recs}))
        item = body.paragraph(style="List Bullet")
        body.run(item, (where or labels.NO_SECTION) + ": ", bold=True)
        body.run(item, first.comment_text or "(ingen tekst)")
        body.run(item, f" ({danish(first.outcome)}; svar nr. {numbers})")
