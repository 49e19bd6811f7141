"""Safe display names for attachment file names (no paths, control or reserved names)."""

from __future__ import annotations

import re
import unicodedata

from hoeringsdesk.intake.textutil import printable

_WINDOWS_RESERVED = re.compile(r"^(?:CON|PRN|AUX|NUL|CLOCK\$|COM[0-9¹²³]|LPT[0-9¹²³])$", re.I)
_FORBIDDEN = re.compile(r'[<>:"|?*]')
MAX_NAME = 150
DEFAULT_NAME = "vedhæftning"


def safe_filename(name: str, default: str = DEFAULT_NAME) -> str:
    """A display name without folders, control/format characters or Windows reserved names.

    ``../../x.pdf`` → ``x.pdf``; ``CON.pdf`` → ``_CON.pdf``; ``a\\x00b.txt`` → ``ab.txt``.
    """
    name = unicodedata.normalize("NFC", name or "")
    # Control characters and invisible format characters (bidi overrides that disguise
    # "fdp.exe" as "exe.pdf", zero-width joiners) are dropped.
    name = "".join(ch for ch in name if unicodedata.category(ch) not in {"Cc", "Cf", "Cs"})
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _FORBIDDEN.sub("_", name)
    name = name.strip().strip(".").strip()
    if not name:
        return default
    stem = name.split(".", 1)[0]
    if _WINDOWS_RESERVED.match(stem.strip()):
        name = "_" + name
    if len(name) > MAX_NAME:
        base, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            name = base[: MAX_NAME - len(ext) - 1] + "." + ext
        else:
            name = name[:MAX_NAME]
    return name


def sanitise(name: str, default: str = DEFAULT_NAME) -> tuple[str, str]:
    """The safe name and a Danish warning when it differs from the given one ("" if not)."""
    safe = safe_filename(name, default)
    if name and safe != name:
        return safe, f"Vedhæftningens filnavn «{printable(name)}» er ændret til «{safe}»"
    return safe, ""


def extension(name: str) -> str:
    """The lower-case extension without the dot ("" when there is none)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in base.strip("."):
        return ""
    return base.rsplit(".", 1)[-1].strip().lower()
