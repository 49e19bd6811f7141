"""Build small Word files in code for tests (no binary fixtures in the repository)."""

from __future__ import annotations

import io

from docx import Document


def heading_docx(sections: list[tuple[int, str, str]], *, danish_ids: bool = False) -> bytes:
    """A .docx with Heading N paragraphs (level, heading, body); optionally Danish style ids."""
    doc = Document()
    if danish_ids:
        for level in (1, 2, 3):
            doc.styles[f"Heading {level}"].style_id = f"Overskrift{level}"
    for level, heading, body in sections:
        doc.add_paragraph(heading, style=f"Heading {level}")
        for paragraph in body.split("\n\n") if body else []:
            doc.add_paragraph(paragraph)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
