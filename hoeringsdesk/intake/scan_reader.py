"""Scanned letters: image files and image-only PDF pages read with local OCR (Tesseract).

A scan is never rejected for having no text: when Tesseract is missing or reads nothing, the
file is still registered, with a warning that says so (and how to get OCR).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hoeringsdesk.domain.parsed import LOW_CONFIDENCE, PartKind, ReaderError, TextPart
from hoeringsdesk.intake import images
from hoeringsdesk.intake.context import Ctx
from hoeringsdesk.intake.isolation import ChildCrashed, ChildTimeout, run_isolated
from hoeringsdesk.intake.ocr import OcrUnavailable, PageTimeout, ensure_available, recognise
from hoeringsdesk.intake.ocr_layout import Page, layout
from hoeringsdesk.intake.scan_render import render_page
from hoeringsdesk.intake.template import parts_from_text

SCANNED_WITH_TEXT = "Scannet brev – teksten er læst med tekstgenkendelse"
SCANNED_NO_TEXT = "Scannet brev uden tekst"
SCANNED_LABEL = "Scannet brev"

PageSource = Callable[[], Any]  # gives one page as a greyscale Pillow image


def read_image(ctx: Ctx, index: int, kind: PartKind) -> None:
    """Read an image file (PNG, JPEG, TIFF with one or more pages, …) as a scanned letter."""
    data = ctx.files[index].data
    count = min(images.MAX_PAGES, images.page_count(data))
    frames = images.pages(data)
    text = recognise_pages(ctx, index, [lambda: next(frames)] * count)
    if text:
        ctx.parts.extend(labelled(parts_from_text(text, index, kind)))


def labelled(parts: list[TextPart]) -> list[TextPart]:
    """A scanned letter's own text is headed "Scannet brev" in the reader."""
    for part in parts:
        if part.kind in (PartKind.BODY, PartKind.ATTACHMENT) and not part.label:
            part.label = SCANNED_LABEL
    return parts


def ocr_pdf_pages(
    ctx: Ctx, index: int, numbers: list[int], together: bool
) -> dict[int, str] | None:
    """The recognised text of some pages of a PDF (0-based numbers); None without OCR.

    ``together`` (every page is scanned): the pages are laid out as one text, so a template
    table that runs over a page break stays one table; its text is given as the first's."""
    data = ctx.files[index].data
    texts: dict[int, str] = {}
    sources = [_pdf_page(data, n, ctx) for n in numbers]
    joined = recognise_pages(ctx, index, sources, per_page=texts)
    if joined is None:
        return None
    if together and numbers:
        return {numbers[0]: joined, **{n: "" for n in numbers[1:]}}
    return {numbers[i]: text for i, text in texts.items()}


def _pdf_page(data: bytes, number: int, ctx: Ctx) -> PageSource:
    def render() -> Any:
        from PIL import Image

        try:
            width, height, pixels = run_isolated(
                render_page, (data, number, ctx.ocr.dpi), ctx.ocr.page_timeout
            )
        except ChildTimeout as exc:
            raise ReaderError(
                f"side {number + 1} kunne ikke gengives inden for tidsgrænsen "
                f"({ctx.ocr.page_timeout:g} sekunder)"
            ) from exc
        except (ChildCrashed, OSError) as exc:
            raise ReaderError(f"side {number + 1} kunne ikke gengives") from exc
        return Image.frombytes("L", (width, height), pixels)

    return render


def recognise_pages(
    ctx: Ctx, index: int, sources: list[PageSource], per_page: dict[int, str] | None = None
) -> str | None:
    """Recognise each page, lay the words out as text, record the words and the warnings.

    Returns the text ("" when nothing was read), or None when OCR is not available here.
    ``per_page`` (when given) receives each page's own text, by position in ``sources``.
    """
    try:
        command = ensure_available(ctx.ocr)
    except OcrUnavailable as exc:
        ctx.warn_file(index, SCANNED_NO_TEXT)
        ctx.warn_file(index, str(exc))
        return None
    pages: list[Page] = []
    problems: list[str] = []
    for number, source in enumerate(sources, start=1):
        ctx.page_done(number - 1, len(sources))
        try:
            image = source()
            boxes = recognise(image, command, ctx.ocr)
        except StopIteration:
            break
        except ReaderError as exc:
            problems.append(f"Side {number}: {exc}")
            continue
        except PageTimeout:
            problems.append(
                f"Side {number} blev ikke læst færdig inden for tidsgrænsen for "
                f"tekstgenkendelse ({ctx.ocr.page_timeout:g} sekunder)"
            )
            continue
        except (OSError, RuntimeError) as exc:  # pytesseract.TesseractError is a RuntimeError
            problems.append(f"Side {number} kunne ikke læses med tekstgenkendelse ({exc})"[:300])
            continue
        page = Page(image.width, image.height, boxes)
        pages.append(page)
        if per_page is not None:
            per_page[number - 1] = layout([page])[0]
    ctx.page_done(len(sources), len(sources))
    text, words = layout(pages)
    ctx.warn_file(index, SCANNED_WITH_TEXT if text.strip() else SCANNED_NO_TEXT)
    if not text.strip() and pages:
        ctx.warn_file(index, "Tekstgenkendelsen fandt ingen tekst; skriv teksten ind")
    for problem in problems:
        ctx.warn_file(index, problem)
    uncertain = sum(1 for w in words if w.confidence < LOW_CONFIDENCE)
    if uncertain:
        ctx.warn_file(
            index, f"{uncertain} af {len(words)} ord er læst usikkert og er markeret i teksten"
        )
    ctx.ocr_words.extend(words)
    return text
