"""The part of the scan reader that runs in a child process: one PDF page rendered (PDFium)."""

from __future__ import annotations

from typing import Any

MAX_PIXELS = 80_000_000  # a page rendered bigger than this is rendered at a lower resolution


def render_page(job: tuple[bytes, int, int]) -> tuple[int, int, bytes]:
    """(width, height, 8-bit grey pixels) of page ``index`` of a PDF at ``dpi``."""
    import pypdfium2 as pdfium

    data, index, dpi = job
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[index]
        width, height = page.get_size()  # in points (1/72 inch)
        scale = dpi / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / max(1.0, width * height)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        image: Any = bitmap.to_pil().convert("L")
        return image.width, image.height, image.tobytes()
    finally:
        pdf.close()
