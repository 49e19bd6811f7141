"""Entry point: read one received file into a ParsedResponse, choosing the reader by content."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from hoeringsdesk.domain.parsed import Address, ParsedResponse, PartKind, ReaderError, SourceFile
from hoeringsdesk.intake.bodies import FORWARD_NOTE_LABEL
from hoeringsdesk.intake.collect import check_text_length
from hoeringsdesk.intake.context import MAX_DEPTH, Ctx, Envelope, PageProgress
from hoeringsdesk.intake.docx_reader import OLD_DOC_MESSAGE, read_docx
from hoeringsdesk.intake.eml_reader import read_eml
from hoeringsdesk.intake.filenames import extension
from hoeringsdesk.intake.images import SCAN_KINDS, is_scan_kind, looks_like_scan
from hoeringsdesk.intake.msg_reader import read_msg
from hoeringsdesk.intake.ocr import OcrSettings
from hoeringsdesk.intake.odt_reader import read_odt
from hoeringsdesk.intake.pdf_reader import DEFAULT_TIMEOUT, read_pdf
from hoeringsdesk.intake.scan_reader import read_image
from hoeringsdesk.intake.sniff import CONTENT_TYPES, IMAGE_KINDS, STRONG_KINDS, sniff
from hoeringsdesk.intake.text_reader import read_html, read_txt

Reader = Callable[[Ctx, int, PartKind], Envelope | None]
READERS: dict[str, Reader] = {
    "eml": read_eml,
    "msg": read_msg,
    "docx": read_docx,
    "odt": read_odt,
    "pdf": read_pdf,
    "txt": read_txt,
    "html": read_html,
    **{kind: read_image for kind in SCAN_KINDS},  # scanned letters, read with OCR
}
EXTENSIONS = {
    "eml": "eml", "mht": "eml", "mhtml": "eml", "msg": "msg", "docx": "docx", "docm": "docx",
    "dotx": "docx", "odt": "odt", "pdf": "pdf", "txt": "txt", "text": "txt", "html": "html",
    "htm": "html", "xhtml": "html", "doc": "doc", "rtf": "rtf", "xlsx": "xlsx", "xls": "xls",
    "pptx": "pptx", "ppt": "ppt", "zip": "zip", "png": "png", "jpg": "jpeg", "jpeg": "jpeg",
    "gif": "gif", "tif": "tiff", "tiff": "tiff", "bmp": "bmp",
}  # fmt: skip
_NAMES = {
    "eml": "e-mail", "msg": "Outlook-besked", "docx": "Word-fil", "odt": "ODT-fil",
    "pdf": "PDF-fil", "txt": "tekstfil", "html": "HTML-fil", "doc": "gammel Word-fil (.doc)",
    "rtf": "RTF-fil", "xlsx": "Excel-fil", "xls": "Excel-fil", "pptx": "PowerPoint-fil",
    "ppt": "PowerPoint-fil", "zip": "ZIP-arkiv", "tnef": "winmail.dat-fil (TNEF)",
    "encrypted-office": "krypteret Office-fil", "png": "billedfil", "jpeg": "billedfil",
    "gif": "billedfil", "tiff": "billedfil", "bmp": "billedfil",
}  # fmt: skip
TNEF_MESSAGE = "winmail.dat (TNEF) kan ikke læses"
TOO_DEEP = "Filen er for dybt indlejret (dele i dele i mange niveauer) og kan ikke læses"
NO_DATE = (
    "E-mailen har ingen læsbar dato (hverken afsendelses- eller modtagelsesdato i brevhovedet), så "
    "modtagelsestidspunktet er ukendt; afgør selv, om svaret kom rettidigt"
)


class UnexpectedReaderError(ReaderError):
    """A reader failed in a way no check foresaw (a bug); still a ReaderError for callers."""


def _unsupported(kind: str, ext: str) -> ReaderError:
    if kind == "doc":
        return ReaderError(OLD_DOC_MESSAGE)
    if kind == "encrypted-office":
        if ext in ("", "docx", "doc", "docm", "dotx"):
            return ReaderError("Word-filen er krypteret (adgangskodebeskyttet)")
        return ReaderError("Office-filen er krypteret (adgangskodebeskyttet)")
    if kind == "tnef":
        return ReaderError(f"Filen er i Outlooks interne format; {TNEF_MESSAGE}")
    if kind == "rtf":
        return ReaderError("RTF-filer kan ikke læses; gem filen som .docx eller PDF")
    if kind in IMAGE_KINDS:
        return ReaderError("Billedfiler indeholder ingen læsbar tekst; billedet skal læses manuelt")
    if kind in _NAMES:
        return ReaderError(f"Filtypen ({_NAMES[kind]}) understøttes ikke")
    if ext:
        return ReaderError(f"Filtypen .{ext} understøttes ikke")
    return ReaderError("Filens indhold kan ikke genkendes (ingen filtype)")


def choose_reader(filename: str, data: bytes) -> tuple[str, str, str]:
    """(reader kind, content type, warning) for a file; ReaderError when none fits."""
    ext = extension(filename)
    by_name = EXTENSIONS.get(ext)
    found = sniff(data)
    kind = found.kind
    if kind == "empty":
        raise ReaderError("Filen er tom (0 byte)")
    warning = ""
    if kind in STRONG_KINDS:
        if by_name and by_name != kind:
            warning = f"Filen hedder .{ext}, men er en {_NAMES.get(kind, kind)}; læst som sådan"
    elif kind == "zip":
        kind = by_name if by_name in ("docx", "odt") else "zip"
    elif kind == "ole":
        kind = by_name if by_name in ("msg", "doc") else "ole"
    elif by_name in ("eml", "html", "txt"):
        if kind == "binary":
            raise ReaderError(
                f"Filen hedder .{ext}, men indholdet er ikke tekst (binære data); den er "
                "beskadiget eller har fået et forkert navn"
            )
        kind = by_name  # text formats: the name decides (a .txt may contain HTML-like text)
    elif by_name in READERS and kind in ("binary", "txt"):
        # A document by name whose bytes are not that document is damaged, never text: its
        # reader says what is wrong ("Word-filen er beskadiget (ikke et gyldigt ZIP-arkiv)").
        kind = by_name
    elif by_name in READERS:
        warning = f"Filen hedder .{ext}, men er en {_NAMES[kind]}; læst som sådan"
    elif ext and by_name is None:
        raise _unsupported("", ext)
    if kind not in READERS:
        raise _unsupported(kind, ext)
    return kind, CONTENT_TYPES.get(kind, found.content_type), warning


def refuse_early(filename: str, head: bytes) -> None:
    """Raise ReaderError when the name and the first bytes already rule a file out, so a
    film or an archive is refused before it is read whole. A name or a signature that a
    reader may take (or that needs the whole file to judge: ZIP, OLE) passes."""
    if EXTENSIONS.get(extension(filename)) in READERS:
        return
    kind = sniff(head).kind
    if kind in ("zip", "ole") or kind in STRONG_KINDS & READERS.keys():
        return
    choose_reader(filename, head)


def _read_child(ctx: Ctx, index: int, kind: PartKind) -> Envelope | None:
    """Read an attachment; problems become warnings, never errors."""
    f = ctx.files[index]
    shown = f"«{f.filename}»"
    if not f.data:
        ctx.warn(f"Vedhæftningen {shown} er tom (0 byte)")
        return None
    sniffed = sniff(f.data)
    if sniffed.kind in STRONG_KINDS:
        f.content_type = sniffed.content_type
    if (
        f.filename.lower() == "winmail.dat"
        or f.content_type.lower() in ("application/ms-tnef", "application/vnd.ms-tnef")
        or sniffed.kind == "tnef"
    ):
        ctx.warn(f"Vedhæftningen {shown} er i Outlooks interne format; {TNEF_MESSAGE}")
        return None
    if ctx.depth >= MAX_DEPTH:
        ctx.warn(f"Vedhæftningen {shown} ligger for dybt i andre vedhæftninger og er ikke læst")
        return None
    try:
        reader_kind, _, _ = choose_reader(f.filename, f.data)
    except ReaderError as exc:
        if sniffed.kind not in IMAGE_KINDS:
            ctx.warn(f"Vedhæftningen {shown} kunne ikke læses: {exc}")
        return None
    if is_scan_kind(reader_kind) and not looks_like_scan(f.data):
        return None  # logos and inline pictures are normal; a page-sized picture is read
    before = len(ctx.parts)
    ctx.depth += 1
    try:
        return READERS[reader_kind](ctx, index, kind)
    except ReaderError as exc:
        del ctx.parts[before:]
        ctx.warn(f"Vedhæftningen {shown} kunne ikke læses: {exc}")
    except Exception as exc:  # one odd attachment must not stop the whole response
        del ctx.parts[before:]
        ctx.warn(f"Vedhæftningen {shown} kunne ikke læses (uventet fejl: {type(exc).__name__})")
    finally:
        ctx.depth -= 1
    return None


def read_file(
    filename: str,
    data: bytes,
    *,
    pdf_timeout: float = DEFAULT_TIMEOUT,
    ocr: OcrSettings | None = None,
    on_page: PageProgress | None = None,
) -> ParsedResponse:
    """Read one received file. Raises only ReaderError, with a Danish reason.

    ``ocr`` says how scanned pages are recognised; ``on_page`` hears of each page done."""
    try:
        response = _read(filename or "", bytes(data), pdf_timeout, ocr or OcrSettings(), on_page)
    except ReaderError:
        raise
    except RecursionError as exc:
        raise ReaderError(TOO_DEEP) from exc
    except Exception as exc:
        raise UnexpectedReaderError(
            f"Filen kunne ikke læses (uventet fejl: {type(exc).__name__})"
        ) from exc
    check_text_length(sum(len(part.text) for part in response.parts))
    return response


def _read(
    filename: str,
    data: bytes,
    pdf_timeout: float,
    ocr: OcrSettings,
    on_page: PageProgress | None,
) -> ParsedResponse:
    kind, content_type, warning = choose_reader(filename, data)
    ctx = Ctx(
        [SourceFile(filename, content_type, data)],
        _read_child,
        pdf_timeout=pdf_timeout,
        ocr=ocr,
        on_page=on_page,
    )
    ctx.warn(warning)
    env = READERS[kind](ctx, 0, PartKind.BODY)
    response = ParsedResponse(
        files=ctx.files, parts=ctx.parts, warnings=ctx.warnings, ocr_words=ctx.ocr_words
    )
    if env is not None:
        _apply_envelope(response, env)
    _scrub_surrogates(response)
    return response


def _fix(text: str, found: list[int]) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        found.append(1)
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _fix_address(address: Address | None, found: list[int]) -> Address | None:
    if address is None:
        return None
    return Address(_fix(address.name, found), _fix(address.email, found))


def _scrub_surrogates(response: ParsedResponse) -> None:
    """Last safety net: lone surrogates (undecodable bytes) cannot be stored; replace them."""
    found: list[int] = []
    response.subject = _fix(response.subject, found)
    response.message_id = _fix(response.message_id, found)
    response.sender = _fix_address(response.sender, found)
    response.reply_to = _fix_address(response.reply_to, found)
    response.header_sender = _fix_address(response.header_sender, found)
    response.forwarded_by = _fix_address(response.forwarded_by, found)
    response.recipients = [a for a in (_fix_address(r, found) for r in response.recipients) if a]
    response.ocr_words = [
        w if w.text == (fixed := _fix(w.text, found)) else type(w)(fixed, w.confidence)
        for w in response.ocr_words
    ]
    for part in response.parts:
        part.label, part.text = _fix(part.label, found), _fix(part.text, found)
        part.items = [_fix(item, found) for item in part.items]
    for f in response.files:  # the file's own name too: bytes a file system allows
        f.filename = _fix(f.filename, found)
    if found:
        response.warnings.append("Nogle tegn kunne ikke afkodes og er erstattet med �")


def _apply_envelope(response: ParsedResponse, env: Envelope) -> None:
    _set_envelope(response, env)
    if response.received is None:
        response.warnings.append(NO_DATE)


def _set_envelope(response: ParsedResponse, env: Envelope) -> None:
    response.subject = env.subject
    response.message_id = env.message_id
    response.recipients = env.recipients
    response.sender = env.sender
    response.reply_to, response.header_sender = env.reply_to, env.header_sender
    response.received, response.received_source = env.received, env.received_source
    inner = next((e for e in env.inner if e.sender), None)
    attached = inner is not None
    if inner is None and env.inline_forward is not None and env.inline_forward.sender:
        inner = env.inline_forward
    if inner is None:
        return
    response.sender = inner.sender
    response.reply_to, response.header_sender = inner.reply_to, inner.header_sender
    response.forwarded_by = env.sender
    response.subject = inner.subject or env.subject
    if len(env.inner) > 1:
        response.warnings.append(
            f"E-mailen indeholder {len(env.inner)} videresendte beskeder; afsenderen er taget "
            "fra den første"
        )
    for part in response.parts if attached else []:
        if part.file_index == 0 and part.kind is PartKind.BODY and not part.label:
            part.label = FORWARD_NOTE_LABEL
    if inner.received is not None:
        if env.received is not None and env.received != inner.received:
            response.warnings.append(
                "Videresendt besked: modtagelsestidspunktet er den oprindelige beskeds "
                f"({_when(inner.received)}); videresendt {_when(env.received)}"
            )
        response.received, response.received_source = inner.received, inner.received_source


def _when(moment: datetime) -> str:
    return moment.isoformat(sep=" ", timespec="minutes")
