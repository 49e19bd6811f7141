"""The høringsnotat's front matter and table of contents, and the small text helpers."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from lxml import etree

from hoeringsdesk.export import labels
from hoeringsdesk.export.docx_stream import Body, Run, field_runs, w
from hoeringsdesk.export.model import ExportData, ExportedResponse
from hoeringsdesk.export.notat_template import TOC_STYLES

TOC_LEVELS = 3


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    bookmark: str


def danish_key(text: str) -> str:
    """Sort key in Danish alphabetical order (æ, ø, å after z; accents ignored)."""
    text = text.casefold().replace("aa", "å").translate({0xE6: "{", 0xF8: "|", 0xE5: "}"})
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def trimmed(passage: str) -> str:
    """A passage without its leading/trailing blank lines and spaces (no quote mark alone on
    a line), inner blank lines dropped."""
    return "\n".join(line.strip() for line in passage.strip().splitlines() if line.strip())


def cut_text(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def timeliness_short(r: ExportedResponse) -> str:
    if r.late is None:
        return "Ukendt"
    if not r.late:
        return "Rettidig"
    if r.accepted_late is None:
        return "For sent, ikke afgjort"
    return "For sent, medtaget" if r.accepted_late else "For sent, udeladt"


def front(body: Body, d: ExportData, styles: dict[str, str]) -> None:
    """Title, the facts of the consultation, and what the notat contains."""
    c = d.consultation
    body.paragraph("Høringsnotat", styles["Title"])
    body.paragraph(c.title, styles["Subtitle"])
    late = [r for r in d.responses if r.late]
    counts = labels_count(len(d.responses), "høringssvar", "høringssvar")
    if late:
        accepted = sum(1 for r in late if r.accepted_late is True)
        left = sum(1 for r in late if r.accepted_late is False)
        open_ = len(late) - accepted - left
        detail = [f"{accepted} medtaget alligevel", f"{left} udeladt"]
        if open_:
            detail.append(f"{open_} ikke afgjort")
        counts += f"; {len(late)} modtaget efter fristen: " + ", ".join(detail)
    facts = [
        ("Myndighed", c.authority),
        ("Sagsnummer", c.case_number),
        ("Høringsperiode", labels.period_long(d)),
        ("Offentliggjort", c.published_where),
        ("Høringsfrist", labels.long_date(c.deadline) + " kl. 23.59"),
        ("Høringssvar", counts),
        ("Bemærkninger", str(len(d.recommendations))),
        ("Notatets dato", labels.long_date(d.exported_at)),
        ("Udgave", labels.variant_text(d)),
    ]
    with body.table((4.0, 12.4)) as table:
        for label, value in facts:
            if value:
                table.row([Run(label, bold=True), value])
    body.paragraph(
        "Notatet gengiver høringssvarenes bemærkninger afsnit for afsnit med "
        "forvaltningens bemærkninger og angiver, om de giver anledning til ændringer i "
        "udkastet. Høringssvarene er listet i bilaget.",
        space_before_pt=12,
    )


def toc(body: Body, outline: list[Heading], styles: dict[str, str]) -> None:
    """A real TOC field (Word updates it on open) with the entries already in it, each a
    link to its heading and a PAGEREF field for its page."""
    body.paragraph("Indhold", styles["TOC Heading"])
    entries = [h for h in outline if h.level <= TOC_LEVELS]
    for n, h in enumerate(entries):
        p = body.make_paragraph("", styles[TOC_STYLES[h.level - 1]])
        if n == 0:
            field_runs_begin(p)
        link = etree.SubElement(p, w("hyperlink"))
        link.set(w("anchor"), h.bookmark)
        link.set(w("history"), "1")
        body.runs_into(link, h.text)
        etree.SubElement(etree.SubElement(link, w("r")), w("tab"))
        field_runs(link, f"PAGEREF {h.bookmark} \\h")
        body.write(p)
    end = body.make_paragraph("")
    etree.SubElement(etree.SubElement(end, w("r")), w("fldChar")).set(w("fldCharType"), "end")
    body.write(end)


def labels_count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def field_runs_begin(p: object) -> None:
    """The TOC field's begin, instruction and separator (its end closes the last entry)."""
    begin = etree.SubElement(etree.SubElement(p, w("r")), w("fldChar"))
    begin.set(w("fldCharType"), "begin")
    instr = etree.SubElement(etree.SubElement(p, w("r")), w("instrText"))
    instr.text = f' TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u '
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    sep = etree.SubElement(etree.SubElement(p, w("r")), w("fldChar"))
    sep.set(w("fldCharType"), "separate")
