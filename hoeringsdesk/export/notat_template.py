"""The høringsnotat's package as python-docx makes it: page, styles, header and footer
("Side X af Y"), Danish language, and Word told to update the table of contents on open."""

from __future__ import annotations

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from hoeringsdesk.export import labels
from hoeringsdesk.export.cells import clean_text
from hoeringsdesk.export.model import ExportData

TEXT_WIDTH_CM = 16.4
TABLE_TEXT = "Tabeltekst"
TOC_STYLES = ("toc 1", "toc 2", "toc 3")
STYLE_NAMES = (
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Heading 4",
    "Heading 5",
    "Heading 6",
    "Quote",
    "List Bullet",
    "Table Grid",
    "TOC Heading",
    TABLE_TEXT,
    *TOC_STYLES,
)
# settings.xml children that must come after w:updateFields (the schema's order)
_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)


def template(data: ExportData) -> tuple[DocumentObject, dict[str, str]]:
    """An empty notat with everything but the body; and the style ids by name."""
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin = section.bottom_margin = Cm(2.2)
    _styles(doc)
    _danish(doc)
    _update_fields_on_open(doc)
    props = doc.core_properties
    props.title = _clean(f"Høringsnotat: {data.consultation.title}")
    props.author = props.last_modified_by = "Høringsdesk"
    props.comments = ""
    props.language = "da-DK"
    header = section.header.paragraphs[0]
    header.text = _clean(f"Høringsnotat – {labels.variant_text(data).split(' (')[0]}")
    header.style = doc.styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    footer.add_run(_clean(_short(data.consultation.title, 70)) + " · Side ")
    _simple_field(footer, "PAGE")
    footer.add_run(" af ")
    _simple_field(footer, "NUMPAGES")
    ids = {name: doc.styles[name].style_id for name in STYLE_NAMES}
    return doc, ids


def _clean(text: str) -> str:
    return clean_text(text)[0]


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _styles(doc: DocumentObject) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    quote = styles["Quote"]
    quote.paragraph_format.left_indent = Cm(0.6)
    quote.paragraph_format.right_indent = Cm(0.6)
    quote.paragraph_format.space_after = Pt(6)
    quote.font.size = Pt(10)
    for level in range(1, 7):
        heading = styles[f"Heading {level}"]
        heading.paragraph_format.keep_with_next = True
    small = styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = normal
    small.font.size = Pt(9)
    small.paragraph_format.space_after = Pt(0)
    small.paragraph_format.line_spacing = 1.0
    for level, name in enumerate(TOC_STYLES):
        toc = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = normal
        toc.paragraph_format.left_indent = Cm(0.5 * level)
        toc.paragraph_format.space_after = Pt(2)
        toc.paragraph_format.tab_stops.add_tab_stop(
            Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        if level == 0:
            toc.font.bold = True
            toc.paragraph_format.space_before = Pt(4)


def _danish(doc: DocumentObject) -> None:
    """Danish for spelling, hyphenation and quotes, in the defaults and the theme fonts."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    if lang is not None:
        lang.set(qn("w:val"), "da-DK")
        lang.set(qn("w:eastAsia"), "da-DK")
    theme = doc.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), "da-DK")


def _update_fields_on_open(doc: DocumentObject) -> None:
    """Word fills in the table of contents' page numbers when the file is opened."""
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    for name in _AFTER_UPDATE_FIELDS:
        later = settings.find(qn(f"w:{name}"))
        if later is not None:
            later.addprevious(update)
            return
    settings.append(update)


def _simple_field(paragraph: Paragraph, code: str) -> None:
    """A page number field (Word and LibreOffice fill it in when the page is laid out)."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} \\* MERGEFORMAT ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
