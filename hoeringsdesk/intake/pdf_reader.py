"""PDF reader: pypdf in a child process with a time limit, then ligatures and hyphenation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hoeringsdesk.domain.parsed import PartKind, ReaderError
from hoeringsdesk.intake.context import Ctx
from hoeringsdesk.intake.isolation import ChildCrashed, ChildTimeout, run_isolated
from hoeringsdesk.intake.pdf_worker import extract_pages
from hoeringsdesk.intake.scan_reader import labelled, ocr_pdf_pages
from hoeringsdesk.intake.template import parts_from_text
from hoeringsdesk.intake.textutil import clean_controls

DEFAULT_TIMEOUT = 20.0
SCANNED_MESSAGE = (
    "PDF-filen indeholder ingen tekst (kun billeder) – den er måske scannet og skal have "
    "tekstgenkendelse (OCR)"
)
LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_LIGATURE_RE = re.compile("[" + "".join(LIGATURES) + "]")
# Words after which a line-end hyphen is a real dash: "social- og sundhedsområdet".
_KEEP_AFTER = {"og", "eller", "samt", "til", "som", "men", "and", "or", "el", "m.fl", "mv"}
_HYPHEN_BREAK = re.compile(r"(?<!\w)(\w+)([-\u00ad])[ \t]*\n[ \t]*(\w+)")


def normalise_ligatures(text: str) -> str:
    """ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ → fi fl ff ffi ffl st st (nothing else is changed)."""
    return _LIGATURE_RE.sub(lambda m: LIGATURES[m.group()], text)


def join_hyphenation(text: str) -> str:
    """Join words split over two lines ("sam-\\narbejde" → "samarbejde").

    The hyphen is kept when the next word is a conjunction ("social-\\nog sundhed"), and kept
    but joined when either side is a capital or a digit ("EU-\\nborgere" → "EU-borgere").
    """

    def repl(m: re.Match[str]) -> str:
        left, dash, right = m.group(1), m.group(2), m.group(3)
        if dash == "\u00ad":
            return left + right
        if right.casefold() in _KEEP_AFTER:
            return m.group(0)
        if left[-1].isupper() or left[-1].isdigit() or right[0].isupper() or right[0].isdigit():
            return f"{left}-{right}"
        if left[-1].islower() and right[0].islower():
            return left + right
        return m.group(0)

    return _HYPHEN_BREAK.sub(repl, text)


@dataclass
class PdfPages:
    """What pypdf found: each page's cleaned text ("" for none) and what went wrong."""

    pages: list[str]
    failed: list[int]
    has_images: bool
    removed: int  # control characters taken out


def pdf_pages(data: bytes, timeout: float = DEFAULT_TIMEOUT) -> PdfPages:
    """Every page's text of a PDF; ReaderError when the file cannot be opened."""
    if not data:
        raise ReaderError("PDF-filen er tom (0 byte)")
    try:
        outcome = run_isolated(extract_pages, data, timeout)
    except ChildTimeout as exc:
        raise ReaderError(
            f"PDF-filen kunne ikke læses inden for tidsgrænsen ({timeout:g} sekunder)"
        ) from exc
    except ChildCrashed as exc:
        raise ReaderError("PDF-filen kunne ikke læses (læseren stoppede uventet)") from exc
    except OSError as exc:
        raise ReaderError("PDF-filen kunne ikke læses (læseren kunne ikke startes)") from exc
    if outcome[0] == "encrypted":
        raise ReaderError("PDF-filen er krypteret (adgangskodebeskyttet)")
    if outcome[0] == "broken":
        raise ReaderError("PDF-filen er beskadiget og kan ikke læses")
    _, pages, failed, has_images = outcome
    cleaned: list[str] = []
    removed = 0
    for page in pages:
        page = normalise_ligatures(page).replace("\r\n", "\n").replace("\r", "\n")
        page = join_hyphenation(page).replace("\u00ad", "")
        page, n = clean_controls(page)
        removed += n
        cleaned.append(page.strip())
    return PdfPages(cleaned, list(failed), bool(has_images), removed)


def pdf_text(data: bytes, timeout: float = DEFAULT_TIMEOUT) -> tuple[str, list[str]]:
    """The text of a PDF (pages separated by a blank line) and warnings; ReaderError if none."""
    found = pdf_pages(data, timeout)
    text = _checked_text(found)
    return text, _warnings(found)


def _checked_text(found: PdfPages) -> str:
    text = "\n\n".join(p for p in found.pages if p)
    if not text.strip():
        if found.failed:
            raise ReaderError("PDF-filen er beskadiget; ingen sider kunne læses")
        if found.has_images:
            raise ReaderError(SCANNED_MESSAGE)
        raise ReaderError("PDF-filen indeholder ingen tekst")
    return text


def _warnings(found: PdfPages) -> list[str]:
    warnings: list[str] = []
    failed, cleaned = found.failed, found.pages
    if failed:
        warnings.append(f"{len(failed)} side(r) i PDF-filen kunne ikke læses: {_pages(failed)}")
    empty = [i for i, p in enumerate(cleaned, start=1) if not p]
    if empty and found.has_images:
        warnings.append(
            f"{len(empty)} af {len(cleaned)} sider i PDF-filen har ingen tekst (måske scannede "
            f"billeder): {_pages(empty)}"
        )
    if found.removed:
        warnings.append(f"PDF-teksten indeholdt {found.removed} kontroltegn, som er fjernet")
    return warnings


def _pages(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (" …" if len(numbers) > 10 else "")


def read_pdf(ctx: Ctx, index: int, kind: PartKind) -> None:
    """Read ctx.files[index] as PDF into ctx.parts (template rows when it has the headings).

    Pages without text that show images are scanned pages: they are read with OCR, and a PDF
    of scans only is registered even when OCR reads nothing (with a warning saying so)."""
    found = pdf_pages(ctx.files[index].data, ctx.pdf_timeout)
    empty = [i for i, p in enumerate(found.pages) if not p]
    scanned = bool(empty) and found.has_images and len(empty) > len(found.failed)
    together = False
    if scanned:
        empty = [i for i in empty if i + 1 not in found.failed]
        together = len(empty) == len(found.pages)
        recognised = ocr_pdf_pages(ctx, index, empty, together)
        if recognised is not None:
            for number, text in recognised.items():
                found.pages[number] = text.strip()
        found.has_images = False  # reported by the scan reader instead
        if not any(found.pages):
            for warning in _warnings(found):
                ctx.warn_file(index, warning)
            return
    text = _checked_text(found)
    for warning in _warnings(found):
        ctx.warn_file(index, warning)
    parts = parts_from_text(text, index, kind)
    ctx.parts.extend(labelled(parts) if scanned and together else parts)
