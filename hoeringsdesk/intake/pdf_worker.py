"""The part of the PDF reader that runs in the child process: pypdf text extraction."""

from __future__ import annotations

import io
import logging
import warnings
from typing import Any

# Outcomes sent back to the parent (plain tuples of built-in types, cheap to pickle):
#   ("text", [page text, …], [page numbers that failed], has_images)
#   ("encrypted",)
#   ("broken", reason)


def extract_pages(data: bytes) -> tuple[Any, ...]:
    """Text of every page of a PDF, or why there is none. pypdf loads here, on the first
    PDF: an import of mail and Word files need not pay for it (about a second per parse
    worker without cached bytecode)."""
    import pypdf
    from pypdf.errors import PdfReadError

    warnings.simplefilter("ignore")
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    return ("encrypted",)
            except Exception:  # unsupported algorithm, missing crypto library, …
                return ("encrypted",)
        pages = list(reader.pages)
    except PdfReadError as exc:
        return ("broken", str(exc)[:200])
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        return ("broken", f"{type(exc).__name__}: {exc}"[:200])
    texts: list[str] = []
    failed: list[int] = []
    has_images = False
    for number, page in enumerate(pages, start=1):
        try:
            texts.append(page.extract_text() or "")
        except Exception:
            texts.append("")
            failed.append(number)
        if not has_images:
            has_images = _has_images(page)
    return ("text", texts, failed, has_images)


def _has_images(page: Any) -> bool:
    try:
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None:
            return False
        xobjects = xobjects.get_object()
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") in ("/Image", "/Form"):
                return True
    except Exception:
        return False
    return False
