"""Image files that may be scanned letters: which kinds, their pages, and whether one looks
like a scan (not a logo)."""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from typing import Any

from hoeringsdesk.domain.parsed import ReaderError

# The kinds (as intake.sniff names them) read as scanned pages.
SCAN_KINDS = frozenset({"png", "jpeg", "tiff", "bmp", "gif"})
MAX_PIXELS = 80_000_000  # one page: A4 at 1200 dpi is 140 MP; 600 dpi is 35 MP
MAX_PAGES = 200
SCAN_MIN_SIDE = 800  # an attached page-shaped picture at least this wide may be a scan
PAGE_RATIO = 1.2  # A4 is 1.41 high to 1 wide; a phone photo of a letter 1.33


def is_scan_kind(kind: str) -> bool:
    """True for an image kind that is read as a scanned page."""
    return kind in SCAN_KINDS


def _open(data: bytes) -> Any:
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.size  # noqa: B018 - the header is read here
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ReaderError("Billedet er for stort til at blive læst") from exc
    except Exception as exc:  # Pillow raises many kinds of errors on damaged files
        raise ReaderError("Billedfilen er beskadiget og kan ikke læses") from exc
    return image


def looks_like_scan(data: bytes) -> bool:
    """An attached image shaped like a photographed or scanned page: portrait, at least
    ~A4 at 100 dpi (not a logo, a screenshot or a landscape photo)."""
    try:
        width, height = _open(data).size
    except ReaderError:
        return False
    return width >= SCAN_MIN_SIDE and height >= PAGE_RATIO * width


def page_count(data: bytes) -> int:
    image = _open(data)
    return max(1, int(getattr(image, "n_frames", 1)))


def pages(data: bytes) -> Iterator[Any]:
    """Each page of an image file (a multi-page TIFF has several) as a greyscale Pillow image,
    turned upright by its EXIF orientation; ReaderError when the file cannot be read."""
    from PIL import ImageOps

    image = _open(data)
    count = min(MAX_PAGES, max(1, int(getattr(image, "n_frames", 1))))
    for number in range(count):
        try:
            image.seek(number)
            if image.width * image.height > MAX_PIXELS:
                raise ReaderError("Billedet er for stort til at blive læst")
            frame = ImageOps.exif_transpose(image.copy()) or image.copy()
            if frame.mode in ("RGBA", "LA", "P", "PA"):
                frame = _flatten(frame)
            yield frame.convert("L")
        except ReaderError:
            raise
        except Exception as exc:
            raise ReaderError(
                f"Billedfilen er beskadiget; side {number + 1} kan ikke læses"
            ) from exc


def _flatten(frame: Any) -> Any:
    """Transparent pixels become white paper (Tesseract reads black on white)."""
    from PIL import Image

    rgba = frame.convert("RGBA")
    paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(paper, rgba)
