"""Draft readers: a .docx, .md, .txt or .odt draft → a flat list of sections in order."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath
from xml.etree import ElementTree as ET

from hoeringsdesk.domain.records.consultations import ParsedSection

MAX_UNCOMPRESSED = 200 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING_NAME = re.compile(r"^(?:heading|overskrift)\s*([1-9])$", re.IGNORECASE)
NUMBER_PREFIX = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(\S.*)$")
TXT_HEADING = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(\S.{0,150})$")
INTRO_HEADING = "Indledende tekst"


class DraftError(Exception):
    """The draft file cannot be read; the message names the file and the problem."""


def read_draft(filename: str, data: bytes) -> list[ParsedSection]:
    """Read a draft file into sections in document order (depth 0 = top level)."""
    name = PurePath(filename).name
    suffix = PurePath(filename).suffix.lower()
    if not data:
        raise DraftError(f"{name}: filen er tom.")
    readers = {
        ".docx": _read_docx,
        ".md": _read_markdown,
        ".markdown": _read_markdown,
        ".txt": _read_text,
        ".odt": _read_odt,
    }
    reader = readers.get(suffix)
    if reader is None:
        raise DraftError(
            f"{name}: filtypen {suffix or '(ingen)'} understøttes ikke som udkast "
            "(brug .docx, .md, .txt eller .odt)."
        )
    try:
        sections = reader(data)
    except DraftError as exc:
        raise DraftError(f"{name}: {exc}") from None
    if not sections:
        raise DraftError(f"{name}: ingen afsnit fundet (filen har ingen overskrifter).")
    return sections


# --- helpers ---------------------------------------------------------------------------


def _open_zip(data: bytes, kind: str) -> zipfile.ZipFile:
    if data.startswith(OLE_MAGIC):
        raise DraftError(f"{kind}-filen er krypteret (adgangskode) eller i et gammelt format.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DraftError(
            f"filen er ikke en gyldig {kind}-fil (beskadiget eller forkert filtype)."
        ) from exc
    if total > MAX_UNCOMPRESSED:
        raise DraftError(f"{kind}-filen fylder urimeligt meget udpakket og læses ikke.")
    return archive


def _parse_xml(archive: zipfile.ZipFile, member: str, kind: str) -> ET.Element:
    try:
        return ET.fromstring(archive.read(member))
    except KeyError as exc:
        raise DraftError(f"{kind}-filen mangler {member} (beskadiget).") from exc
    except (ET.ParseError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise DraftError(f"{kind}-filen er beskadiget.") from exc


def _split_label(text: str) -> tuple[str, str]:
    match = NUMBER_PREFIX.match(text)
    if match:
        return match.group(1), match.group(2).strip()
    return "", text


class _Builder:
    """Collect headings and body lines; levels may skip (H1 → H3) and still nest once."""

    def __init__(self) -> None:
        self.sections: list[tuple[ParsedSection, list[str]]] = []
        self.levels: list[int] = []
        self.preamble: list[str] = []

    def heading(self, level: int, text: str, label: str = "") -> None:
        text = " ".join(text.split())
        if not text:
            return
        if not label:
            label, text = _split_label(text)
        while self.levels and self.levels[-1] >= level:
            self.levels.pop()
        depth = len(self.levels)
        self.levels.append(level)
        self.sections.append((ParsedSection(heading=text, depth=depth, label=label), []))

    def line(self, text: str) -> None:
        target = self.sections[-1][1] if self.sections else self.preamble
        target.append(text.rstrip())

    def result(self) -> list[ParsedSection]:
        out: list[ParsedSection] = []
        preamble = _join(self.preamble)
        if preamble and self.sections:
            out.append(ParsedSection(heading=INTRO_HEADING, depth=0, body=preamble))
        for section, lines in self.sections:
            out.append(ParsedSection(section.heading, section.depth, section.label, _join(lines)))
        return out


def _join(lines: list[str]) -> str:
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# --- Word ------------------------------------------------------------------------------


def _read_docx(data: bytes) -> list[ParsedSection]:
    archive = _open_zip(data, "Word")
    with archive:
        document = _parse_xml(archive, "word/document.xml", "Word")
        styles = (
            _parse_xml(archive, "word/styles.xml", "Word")
            if ("word/styles.xml" in archive.namelist())
            else None
        )
    levels = _style_levels(styles)
    body = document.find(f"{W}body")
    if body is None:
        raise DraftError("Word-filen har intet indhold.")
    builder = _Builder()
    for block in body:
        if block.tag == f"{W}p":
            level = _paragraph_level(block, levels)
            text = _paragraph_text(block)
            if level is not None:
                builder.heading(level, text)
            elif text.strip():
                bullet = "• " if block.find(f"{W}pPr/{W}numPr") is not None else ""
                builder.line(bullet + text)
            else:
                builder.line("")
        elif block.tag == f"{W}tbl":
            for row in block.iter(f"{W}tr"):
                cells = [
                    " ".join(_paragraph_text(p) for p in tc.iter(f"{W}p")).strip()
                    for tc in row.findall(f"{W}tc")
                ]
                if any(cells):
                    builder.line("\t".join(cells))
            builder.line("")
        elif block.tag == f"{W}sdt":
            for p in block.iter(f"{W}p"):
                builder.line(_paragraph_text(p))
    return builder.result()


def _style_levels(styles: ET.Element | None) -> dict[str, int]:
    """Map style id → heading level, matching built-in *names* (Danish ids differ)."""
    levels: dict[str, int] = {}
    if styles is None:
        return levels
    for style in styles.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        name_el = style.find(f"{W}name")
        name = name_el.get(f"{W}val", "") if name_el is not None else ""
        match = HEADING_NAME.match(name.strip()) or HEADING_NAME.match(style_id)
        if match:
            levels[style_id] = int(match.group(1))
            continue
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if outline is not None and outline.get(f"{W}val", "").isdigit():
            level = int(outline.get(f"{W}val", "9")) + 1
            if level <= 9:
                levels[style_id] = level
    return levels


def _paragraph_level(p: ET.Element, levels: dict[str, int]) -> int | None:
    ppr = p.find(f"{W}pPr")
    if ppr is None:
        return None
    outline = ppr.find(f"{W}outlineLvl")
    if outline is not None and outline.get(f"{W}val", "").isdigit():
        level = int(outline.get(f"{W}val", "9")) + 1
        return level if level <= 9 else None
    style = ppr.find(f"{W}pStyle")
    if style is None:
        return None
    return levels.get(style.get(f"{W}val", ""))


def _paragraph_text(p: ET.Element) -> str:
    parts: list[str] = []
    for el in p.iter():
        if el.tag == f"{W}t":
            parts.append(el.text or "")
        elif el.tag == f"{W}tab":
            parts.append("\t")
        elif el.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)


# --- Markdown and text -------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DraftError("filen er ikke en tekstfil (indeholder binære data).")
    for encoding in (
        ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",)
    ):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def _read_markdown(data: bytes) -> list[ParsedSection]:
    builder = _Builder()
    fenced = False
    for raw in _decode(data).splitlines():
        if raw.lstrip().startswith("```"):
            fenced = not fenced
            builder.line(raw)
            continue
        match = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", raw) if not fenced else None
        if match:
            builder.heading(len(match.group(1)), match.group(2))
        else:
            builder.line(raw)
    return builder.result()


def _read_text(data: bytes) -> list[ParsedSection]:
    builder = _Builder()
    for raw in _decode(data).splitlines():
        match = TXT_HEADING.match(raw.strip()) if raw[:1].isdigit() else None
        if match and not raw.rstrip().endswith((".", ",", ";", ":")):
            number = match.group(1)
            builder.heading(number.count(".") + 1, match.group(2), label=number)
        else:
            builder.line(raw)
    return builder.result()


# --- OpenDocument ------------------------------------------------------------------------

TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _read_odt(data: bytes) -> list[ParsedSection]:
    archive = _open_zip(data, "ODT")
    with archive:
        root = _parse_xml(archive, "content.xml", "ODT")
    office_text = root.find(
        "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}body/"
        "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text"
    )
    if office_text is None:
        raise DraftError("ODT-filen har intet tekstindhold.")
    builder = _Builder()
    for el in office_text.iter():
        if el.tag == f"{TEXT_NS}h":
            level = el.get(f"{TEXT_NS}outline-level", "1")
            builder.heading(int(level) if level.isdigit() else 1, "".join(el.itertext()))
        elif el.tag == f"{TEXT_NS}p":
            builder.line("".join(el.itertext()))
    return builder.result()
