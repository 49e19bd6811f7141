"""Drops from Outlook: its virtual files (FileGroupDescriptorW + FileContents) written to a
private folder, so they are imported like any dropped .msg file."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData

from hoeringsdesk.intake.filenames import safe_filename
from hoeringsdesk.intake.outlook_drag import DescriptorError, parse_descriptor

DESCRIPTOR = 'application/x-qt-windows-mime;value="FileGroupDescriptorW"'
CONTENTS = 'application/x-qt-windows-mime;value="FileContents"'


def has_outlook_files(mime: QMimeData) -> bool:
    return mime.hasFormat(DESCRIPTOR)


@dataclass
class OutlookDrop:
    """The dragged mails saved as files, and what could not be taken along (Danish)."""

    paths: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def save_outlook_files(mime: QMimeData) -> OutlookDrop:
    """Write the dragged mails to a private temporary folder.

    Qt hands over the contents of the first virtual file only (FileContents without an
    index), so of several dragged mails only the first can be taken; the officer is told."""
    out = OutlookDrop()
    try:
        files = parse_descriptor(bytes(mime.data(DESCRIPTOR).data()))
    except DescriptorError:
        out.problems.append(
            QCoreApplication.translate(
                "OutlookDrop", "Outlook's list of the dragged mails could not be read."
            )
        )
        return out
    data = bytes(mime.data(CONTENTS).data()) if mime.hasFormat(CONTENTS) else b""
    first = files[0]
    if not data:
        out.problems.append(
            QCoreApplication.translate(
                "OutlookDrop",
                "Outlook did not hand over the mail itself. Save the mail from Outlook as a "
                ".msg file (File → Save As) and drop the file here.",
            )
        )
        return out
    if first.size is not None and first.size != len(data):
        out.problems.append(
            QCoreApplication.translate(
                "OutlookDrop", "The dragged mail «{0}» arrived incomplete ({1} of {2} bytes)."
            ).format(first.name, len(data), first.size)
        )
        return out
    name = safe_filename(first.name, "outlook.msg")
    if "." not in name:
        name += ".msg"
    folder = Path(tempfile.mkdtemp(prefix="hoeringsdesk-outlook-"))
    path = folder / name
    path.write_bytes(data)
    out.paths.append(path)
    if len(files) > 1:
        out.problems.append(
            QCoreApplication.translate(
                "OutlookDrop",
                "{0} mails were dragged from Outlook; only the first, «{1}», could be taken "
                "along. Drag them one at a time, or save them as .msg files and drop the files.",
            ).format(len(files), first.name)
        )
    return out
