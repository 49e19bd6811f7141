"""The part of the scan reader that runs in a child process: one PDF page rendered (PDFium)."""

from __future__ import annotations

from typing import Any

MAX_PIXELS = 80_000_000  # a page rendered bigger than this is rendered at a lower resolution
MIN_DPI = 150  # a coarser scan is enlarged to this (Tesseract reads small letters badly)


def _scan_dpi(page: Any, most: int) -> float:
    """The resolution the page was scanned at (its largest picture's), between MIN_DPI and
    ``most``: rendering a 150 dpi scan at 300 dpi only makes Tesseract slower."""
    import pypdfium2.raw as raw

    found = 0.0
    try:
        for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
            meta = obj.get_metadata()
            found = max(found, float(meta.horizontal_dpi), float(meta.vertical_dpi))
    except Exception:  # noqa: BLE001 - a picture we cannot measure: use the most
        return float(most)
    return float(most) if found <= 0 else min(float(most), max(float(MIN_DPI), found))


def render_page(job: tuple[bytes, int, int]) -> tuple[int, int, bytes]:
    """(width, height, 8-bit grey pixels) of page ``index`` of a PDF at ``dpi``."""
    import pypdfium2 as pdfium

    data, index, dpi = job
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[index]
        width, height = page.get_size()  # in points (1/72 inch)
        scale = _scan_dpi(page, dpi) / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / max(1.0, width * height)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        image: Any = bitmap.to_pil().convert("L")
        return image.width, image.height, image.tobytes()
    finally:
        pdf.close()
