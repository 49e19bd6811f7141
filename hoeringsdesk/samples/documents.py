"""Build the municipality's response template (.docx), letters and simple PDFs in memory."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence

import docx

SENDER_LABEL = "Afsender (organisation og kontaktoplysninger)"
GENERAL_LABEL = "Generelle bemærkninger"
INTRO_LABEL = (
    "Forslag til ændringer i indledende afsnit (forord, indledning og pejlemærker og principper)"
)
PREAMBLE = (
    "Høring vedr. udkast til Nordkysten Kommunes Integrations- og medborgerskabspolitik 2027-2030",
    "Høringssvar bedes indsat i nedenstående skabelon og sendes til "
    "hoering@nordkysten.example.dk og integration@nordkysten.example.dk.",
)

Row = tuple[str, Sequence[str]]  # label, paragraphs ("• " marks a bullet)


def section_label(heading: str) -> str:
    return f'Forslag til ændringer i "{heading}"'


def template_docx(rows: Sequence[Row], preamble: Sequence[str] = PREAMBLE) -> bytes:
    """The two-column template: label | text, bullets as Word list paragraphs."""
    document = docx.Document()
    for paragraph in preamble:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, paragraphs in rows:
        cells = table.add_row().cells
        cells[0].text = label
        first = True
        for text in paragraphs:
            bullet = text.startswith("• ")
            body = text[2:] if bullet else text
            if first:
                cells[1].paragraphs[0].text = body
                if bullet:
                    cells[1].paragraphs[0].style = document.styles["List Bullet"]
                first = False
            else:
                cells[1].add_paragraph(body, style="List Bullet" if bullet else None)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def letter_docx(paragraphs: Sequence[str]) -> bytes:
    """A free letter in Word."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf_escape(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def simple_pdf(paragraphs: Sequence[str], width: int = 85, *, gap: bool = True) -> bytes:
    """A one-page A4 PDF with Helvetica text (WinAnsi encoding, so æøå work); ``gap``: a
    blank line after each paragraph (without it, each paragraph is a letter's line)."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, width) or [""])
        if gap:
            lines.append("")
    stream = b"BT /F1 11 Tf 14 TL 56 790 Td\n"
    for line in lines[:52]:
        stream += b"(" + _pdf_escape(line) + b") Tj T*\n"
    stream += b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
