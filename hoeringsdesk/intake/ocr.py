"""Local text recognition (OCR): Tesseract with Danish data, through pytesseract, one page."""

# Tesseract is an external program (Debian: tesseract-ocr + tesseract-ocr-dan; Windows: the
# UB Mannheim installer with Danish selected). Nothing leaves the machine: the page image is
# handed to the local program, which is killed when it overruns the page's time limit.

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

ENV_TESSERACT = "HOERINGSDESK_TESSERACT"  # the program to run (a path or a name on PATH)
DEFAULT_PAGE_TIMEOUT = 120.0  # per page: generous, a busy machine reads a page in ~30 s
DEFAULT_DPI = 300
LANGUAGE = "dan"
INSTALL_HINT = (
    "Installér Tesseract med dansk sprogdata – Debian/Ubuntu: pakkerne tesseract-ocr og "
    "tesseract-ocr-dan; Windows: Tesseract-installationen fra UB Mannheim med sproget "
    "«Danish» valgt – og indlæs filen igen, eller skriv teksten ind under Rediger tekst"
)
_WINDOWS_PLACES = (
    r"C:\Program Files\Tesseract-OCR\tesseract.exe",
    r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
)


@dataclass(frozen=True)
class OcrSettings:
    """How to run text recognition; ``command`` "" finds the program itself."""

    command: str = ""
    language: str = LANGUAGE
    page_timeout: float = DEFAULT_PAGE_TIMEOUT
    dpi: int = DEFAULT_DPI  # scanned PDF pages are rendered at this resolution

    @classmethod
    def from_environment(cls, command: str | None = None) -> OcrSettings:
        """The given command, else $HOERINGSDESK_TESSERACT, else found on PATH when used."""
        chosen = (command or "").strip() or os.environ.get(ENV_TESSERACT, "").strip()
        return cls(command=chosen)


class OcrUnavailable(Exception):
    """Text recognition cannot run here; the message says why and how to get it (Danish)."""


@dataclass(frozen=True)
class OcrBox:
    """One word as Tesseract found it: text, confidence and where it sits on the page."""

    text: str
    confidence: int
    left: int
    top: int
    width: int
    height: int
    block: int
    paragraph: int
    line: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


def find_command(settings: OcrSettings) -> str | None:
    """The Tesseract program to run, or None when there is none."""
    if settings.command:
        found = shutil.which(settings.command)
        if found:
            return found
        return settings.command if os.path.isfile(settings.command) else None
    found = shutil.which("tesseract")
    if found:
        return found
    if sys.platform == "win32":
        return next((p for p in _WINDOWS_PLACES if os.path.isfile(p)), None)
    return None


@functools.lru_cache(maxsize=8)
def _languages(command: str) -> frozenset[str]:
    """Languages the program has data for (raises OSError/subprocess errors)."""
    done = subprocess.run(
        [command, "--list-langs"], capture_output=True, timeout=20, check=True, **_no_window()
    )
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip())


def _no_window() -> dict[str, Any]:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return {"creationflags": 0x08000000}  # CREATE_NO_WINDOW
    return {}


def ensure_available(settings: OcrSettings) -> str:
    """The program to run; OcrUnavailable (Danish, with how to get it) when it cannot run."""
    command = find_command(settings)
    if command is None:
        where = f" («{settings.command}»)" if settings.command else ""
        raise OcrUnavailable(
            f"Tekstgenkendelse (OCR) er ikke tilgængelig: programmet Tesseract{where} blev "
            f"ikke fundet. {INSTALL_HINT}."
        )
    try:
        languages = _languages(command)
    except (OSError, subprocess.SubprocessError) as exc:
        raise OcrUnavailable(
            f"Tekstgenkendelse (OCR) er ikke tilgængelig: Tesseract («{command}») kunne ikke "
            f"startes ({type(exc).__name__}). {INSTALL_HINT}."
        ) from exc
    if settings.language not in languages:
        raise OcrUnavailable(
            "Tekstgenkendelse (OCR) er ikke tilgængelig: Tesseract mangler dansk sprogdata "
            f"({settings.language}). {INSTALL_HINT}."
        )
    return command


class PageTimeout(Exception):
    """Tesseract did not finish the page in time (it has been stopped)."""


def recognise(image: Any, command: str, settings: OcrSettings) -> list[OcrBox]:
    """The words Tesseract reads on one page image (a Pillow image), in its reading order."""
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = command
    # One thread per Tesseract: the parse workers already run one page each, side by side.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        data = pytesseract.image_to_data(
            image,
            lang=settings.language,
            config="--psm 3 -c tessedit_do_invert=0",  # scans are dark text on light paper
            output_type=pytesseract.Output.DICT,
            timeout=max(1, round(settings.page_timeout)),
        )
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise PageTimeout() from exc
        raise
    out: list[OcrBox] = []
    for i, word in enumerate(data["text"]):
        word = str(word).strip()
        if not word:
            continue
        out.append(
            OcrBox(
                word,
                max(0, min(100, round(float(data["conf"][i])))),
                int(data["left"][i]),
                int(data["top"][i]),
                int(data["width"][i]),
                int(data["height"][i]),
                int(data["block_num"][i]),
                int(data["par_num"][i]),
                int(data["line_num"][i]),
            )
        )
    return out
