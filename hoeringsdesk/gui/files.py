"""Open a stored file with the system's default application, from a private copy."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from hoeringsdesk.app import Services


def open_stored_file(services: Services, response_id: int, position: int = 0) -> Path | None:
    """Write the file's exact bytes to a private temp folder and open it; returns the copy
    when no program would take it (so the officer can be told where it is)."""
    name, data = services.responses.file_bytes(response_id, position)
    folder = Path(tempfile.mkdtemp(prefix="hoeringsdesk-"))
    path = folder / (Path(name).name or "fil")
    path.write_bytes(data)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return None
    return path
