"""Open zip-based documents (.docx, .odt) safely: size limits checked before decompressing."""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from hoeringsdesk.domain.parsed import ReaderError

MB = 1024 * 1024
MAX_TOTAL = 200 * MB  # sum of the declared uncompressed sizes
MAX_MEMBER = 100 * MB  # one part
MAX_RATIO = 100  # uncompressed / compressed, for archives over RATIO_FLOOR
RATIO_FLOOR = 20 * MB
MAX_ENTRIES = 5000

_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
    OSError,
    OverflowError,
    KeyError,
    IndexError,
)


def open_zip(data: bytes, what: str) -> zipfile.ZipFile:
    """A ZipFile over the bytes, refused when damaged, encrypted or a likely zip bomb."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except _ZIP_ERRORS as exc:
        raise ReaderError(f"{what} er beskadiget (ikke et gyldigt ZIP-arkiv)") from exc
    try:
        check_infos(infos, len(data), what)
    except ReaderError:
        zf.close()
        raise
    return zf


def check_infos(infos: list[zipfile.ZipInfo], size: int, what: str) -> None:
    """Refuse archives whose declared sizes are absurd (checked without decompressing)."""
    if len(infos) > MAX_ENTRIES:
        raise ReaderError(f"{what} indeholder for mange dele ({len(infos)}) og afvises")
    total = sum(i.file_size for i in infos)
    compressed = max(1, sum(i.compress_size for i in infos), size)
    if total > MAX_TOTAL or any(i.file_size > MAX_MEMBER for i in infos):
        raise ReaderError(
            f"{what} ville fylde {total // MB} MB udpakket og afvises (mulig zip-bombe)"
        )
    if total > RATIO_FLOOR and total / compressed > MAX_RATIO:
        raise ReaderError(
            f"{what} er pakket mistænkeligt tæt ({total // compressed}:1) og afvises "
            "(mulig zip-bombe)"
        )
    if any(i.flag_bits & 0x1 for i in infos):
        raise ReaderError(f"{what} er krypteret (adgangskodebeskyttet)")


def read_member(zf: zipfile.ZipFile, name: str, what: str) -> bytes | None:
    """The bytes of one part (None when absent), read with a hard size limit."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    try:
        with zf.open(info) as handle:
            data = handle.read(MAX_MEMBER + 1)
    except _ZIP_ERRORS as exc:
        raise ReaderError(f"{what} er beskadiget (en del af arkivet kan ikke pakkes ud)") from exc
    if len(data) > MAX_MEMBER:
        raise ReaderError(f"{what} indeholder en for stor del og afvises (mulig zip-bombe)")
    return data


MAX_XML_DEPTH = 256  # libxml2's limit without XML_PARSE_HUGE (which would lift every limit)


def parse_xml(data: bytes, what: str) -> etree._Element:
    """Parse XML without entities, DTDs or network access (a new parser per call: thread-safe)."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        if "excessive depth" in str(exc).lower():
            raise ReaderError(
                f"{what} er for dybt indlejret (over {MAX_XML_DEPTH} niveauer, fx tabeller i "
                "tabeller i tabeller) og kan ikke læses"
            ) from exc
        raise ReaderError(f"{what} er beskadiget (XML-indholdet kan ikke læses)") from exc
    if root is None:
        raise ReaderError(f"{what} er beskadiget (XML-indholdet er tomt)")
    return root
