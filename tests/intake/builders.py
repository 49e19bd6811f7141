"""Test inputs built in code: the response template as .docx, PDFs, e-mails, OLE files."""

from __future__ import annotations

import io
import os
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from extract_msg.ole_writer import OleWriter
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)

LABEL_SENDER = "Afsender (organisation og kontaktoplysninger)"
LABEL_GENERAL = "Generelle bemærkninger"
LABEL_INTRO = (
    "Forslag til ændringer i indledende afsnit (forord, indledning og pejlemærker og principper)"
)
LABEL_WORK = 'Forslag til ændringer i "Beskæftigelsesområdet"'
LABEL_HEALTH = 'Forslag til ændringer i "Sundheds- og omsorgsområdet"'
LABEL_OWN = "Øvrige bemærkninger"

SENDERS = [
    "Grønt Fællesskab København v. Åse Ørnberg ase.ornberg@example.dk",
    "Nørrebro Skole, kontakt: Bo Ege, tlf. 12 34 56 78, bo.ege@skole.kk.dk",
    "Boligforeningen Solgården v. Ida Fisker ida@solgaarden.example.org",
]
GENERAL_1 = (
    'Vi støtter »Integrationspolitikken« – men savner “konkrete mål” — og "klare" rammer '
    "for æøå ÆØÅ."
)
GENERAL_2 = "Vi foreslår indsat tekst at kommunen handler."  # with a tracked insertion
GENERAL_3 = "Svar: Tekst i indholdskontrol."  # with a content control
DELETED = "slettet tekst"
PLACEHOLDER = "Klik eller tryk her for at skrive tekst."
BULLETS = ["Flere sprogkurser – også om aftenen", "Bedre samarbejde med »foreningerne«"]
NUMBERED = "Mere tid til borgerne"
CONTINUED = "Fortsat fra forrige side: vi ser frem til dialogen."
WORK_1 = "Beskæftigelse først – „det er vigtigt“."
WORK_2 = "Andet afsnit under samme (lodret flettede) overskrift."
OWN = "Tak for ordet – med venlig hilsen"
TEXTBOX = "Tekstboks: Høringsfrist 10. april"
INTRO = "Høringssvar bedes indsat i nedenstående skabelon."
AFTER = "Underskrevet af de tre organisationer."

EXPECTED_ROWS = {
    LABEL_SENDER: "\n".join(SENDERS),
    LABEL_GENERAL: "\n".join([GENERAL_1, GENERAL_2, GENERAL_3]),
    LABEL_INTRO: "\n".join(["Vi foreslår følgende:", *BULLETS, NUMBERED, CONTINUED]),
    LABEL_WORK: f"{WORK_1}\n{WORK_2}",
    LABEL_HEALTH: "",
    LABEL_OWN: OWN,
}
EXPECTED_ITEMS = {LABEL_INTRO: [*BULLETS, NUMBERED]}


def _danish_style_ids(document: docx.document.Document) -> None:
    """Give built-in styles the ids a Danish Word uses (names stay English, as in Word)."""
    for style_el in document.styles.element.iterchildren(qn("w:style")):
        sid = style_el.get(qn("w:styleId"))
        new = {"ListBullet": "Opstilling-punkttegn", "Heading1": "Overskrift1"}.get(sid or "")
        if new:
            style_el.set(qn("w:styleId"), new)
        based = style_el.find(qn("w:basedOn"))
        if based is not None and based.get(qn("w:val")) == "Heading1":
            based.set(qn("w:val"), "Overskrift1")


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _textbox_run(text: str) -> object:
    """A run holding a text box twice: as DrawingML (Choice) and as VML (Fallback)."""
    para = f"<w:p>{_run(text)}</w:p>"
    return parse_xml(
        f'<w:r {NSDECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/'
        '2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>'
        f"{para}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"{para}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def _set_paragraph_xml(paragraph: object, inner: str) -> None:
    p = paragraph._p  # type: ignore[attr-defined]
    for child in list(p):
        if child.tag != qn("w:pPr"):
            p.remove(child)
    fragment = parse_xml(f"<w:p {NSDECL}>{inner}</w:p>")
    for child in list(fragment):
        p.append(child)


def template_docx() -> bytes:
    """The municipality's template, filled in as a joint response of three organisations."""
    document = docx.Document()
    _danish_style_ids(document)
    document.add_paragraph("Høring vedr. udkast til integrationspolitik", style="Heading 1")
    intro = document.add_paragraph(INTRO)
    intro._p.append(_textbox_run(TEXTBOX))

    table = document.add_table(rows=8, cols=3)
    table.style = document.styles["Table Grid"]
    for row in table.rows:  # the content spans two grid columns (w:gridSpan)
        row.cells[1].merge(row.cells[2])
    labels = [LABEL_SENDER, LABEL_GENERAL, LABEL_INTRO, "", LABEL_WORK, "", LABEL_HEALTH, LABEL_OWN]
    for i, label in enumerate(labels):
        if label:
            table.cell(i, 0).text = label
    table.cell(4, 0).merge(table.cell(5, 0))  # the label cell spans two rows (w:vMerge)

    def content(i: int) -> object:
        return table.cell(i, 1)

    cell = content(0)
    cell.text = SENDERS[0]
    for sender in SENDERS[1:]:
        cell.add_paragraph(sender)

    cell = content(1)
    cell.text = GENERAL_1
    p2 = cell.add_paragraph()
    _set_paragraph_xml(
        p2,
        _run("Vi foreslår ")
        + f'<w:ins w:id="1" w:author="Ib" w:date="2023-04-01T10:00:00Z">{_run("indsat tekst ")}'
        + "</w:ins>"
        + '<w:del w:id="2" w:author="Ib" w:date="2023-04-01T10:00:00Z"><w:r>'
        + f'<w:delText xml:space="preserve">{DELETED} </w:delText></w:r></w:del>'
        + _run("at kommunen handler."),
    )
    p3 = cell.add_paragraph()
    _set_paragraph_xml(
        p3,
        _run("Svar: ")
        + '<w:sdt><w:sdtPr><w:alias w:val="Svar"/></w:sdtPr><w:sdtContent>'
        + _run("Tekst i indholdskontrol.")
        + "</w:sdtContent></w:sdt>",
    )
    placeholder = parse_xml(
        f"<w:sdt {NSDECL}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        f"<w:p>{_run(PLACEHOLDER)}</w:p></w:sdtContent></w:sdt>"
    )
    cell._tc.append(placeholder)

    cell = content(2)
    cell.text = "Vi foreslår følgende:"
    for bullet in BULLETS:
        cell.add_paragraph(bullet, style="List Bullet")
    numbered = cell.add_paragraph(NUMBERED)
    numbered._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {NSDECL}><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>')
    )
    content(3).text = CONTINUED  # the row continues on the next page: empty first cell
    content(4).text = WORK_1
    content(5).text = WORK_2
    content(7).text = OWN
    document.add_paragraph(AFTER)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def plain_docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """A copy of a zip with some members replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, replace.get(info.filename, src.read(info)))
    return out.getvalue()


def ole_file(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file with the given top-level streams."""
    writer = OleWriter()
    for name, data in streams.items():
        writer.addEntry(name, data=data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- PDF --------------------------------------------------------------------------------------
def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(
    pages: list[list[str]], *, password: str | None = None, owner_only: bool = False
) -> bytes:
    """A PDF with one text line per entry (Helvetica, WinAnsi), optionally encrypted."""
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    font_ref = writer._add_object(font)
    for lines in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
        )
        ops = ["BT /F1 11 Tf 50 800 Td 14 TL"]
        ops += [f"({_escape(line)}) Tj T*" for line in lines]
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if password is not None or owner_only:
        writer.encrypt(
            user_password="" if owner_only else (password or ""),
            owner_password="ejer-hemmelig",
            algorithm="RC4-128",
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_only_pdf() -> bytes:
    """A one-page PDF that shows an image and has no text (like a scan without OCR)."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    image = DecodedStreamObject()
    image.set_data(bytes(range(256)) * 4)
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(32),
            NameObject("/Height"): NumberObject(32),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/XObject"): DictionaryObject(
                {NameObject("/Im1"): writer._add_object(image)}
            ),
            NameObject("/ProcSet"): ArrayObject([NameObject("/PDF"), NameObject("/ImageC")]),
        }
    )
    content = DecodedStreamObject()
    content.set_data(b"q 400 0 0 400 100 300 cm /Im1 Do Q")
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- OpenDocument ---------------------------------------------------------------------------
ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
)


def make_odt(body: str, manifest_extra: str = "") -> bytes:
    """An .odt whose office:text holds the given XML."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        f"{manifest_extra}</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text"
        )  # stored, first
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", manifest)
    return out.getvalue()


# -- e-mail -----------------------------------------------------------------------------------
def make_eml(
    *,
    sender: str = "Åse Ørnberg <ase.ornberg@example.dk>",
    to: str = "hoering@example.dk",
    subject: str = "Høringssvar – integrationspolitik",
    date: str | None = "Tue, 04 Apr 2023 10:15:00 +0200",
    body: str = "Hermed vores høringssvar.\n\nMed venlig hilsen\nÅse",
    html: str | None = None,
    attachments: list[tuple[str, str, bytes]] = (),  # type: ignore[assignment]
    message_id: str = "<Svar-123@Mail.Example.DK>",
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if date:
        msg["Date"] = date
    msg["Message-ID"] = message_id
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, ctype, data in attachments:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def eml_bytes(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=SMTP)


# -- shared test data -------------------------------------------------------------------------
def msg_testdata_dir() -> Path | None:
    """The folder with the real Outlook samples (env HOERINGSDESK_MSG_TESTDATA, or found by
    walking up from this file to a ``shared/testdata/msg`` folder)."""
    env = os.environ.get("HOERINGSDESK_MSG_TESTDATA")
    if env and Path(env).is_dir():
        return Path(env)
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "testdata" / "msg"
        if candidate.is_dir():
            return candidate
    return None
