"""Read the XML parts of an .xlsx or .docx for tests that search the whole file."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path


def xml_text(path: Path, under: str = "") -> str:
    """Every XML part of the package (under a folder) joined, entities decoded, for searches."""
    with zipfile.ZipFile(path) as z:
        parts = [
            z.read(n).decode("utf-8")
            for n in z.namelist()
            if n.startswith(under) and n.endswith((".xml", ".rels"))
        ]
    return html.unescape("\n".join(parts))


def loose_digits(digits: str) -> re.Pattern[str]:
    """A phone number's digits with any separators (space, dot, dash, XML tags) between."""
    between = r"(?:\s|[.\-/]|<[^>]*>)*"
    return re.compile(between.join(re.escape(d) for d in digits))


def temp_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~"))
