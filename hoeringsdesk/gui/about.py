"""Hjælp → Om Høringsdesk: version, licence, the open database and the libraries' versions."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from hoeringsdesk.app import Services
from hoeringsdesk.version import version


class AboutDialog(QDialog):
    """What IT and an officer reporting a problem need to say which program this is."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Høringsdesk"))
        store = services.store
        database = (
            str(store.path)
            if store.path is not None
            else store.url.render_as_string(hide_password=True)
        )
        rows = [
            (self.tr("Version"), version()),
            (self.tr("Database"), database),
            (self.tr("Licence"), "GPL-3.0-or-later"),
            (
                self.tr("Built with"),
                f"Python {platform.python_version()}, Qt {qVersion()}, "
                f"PySide6 {PySide6.__version__}",
            ),
        ]
        body = "".join(
            f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        self.title = QLabel(f"<h2>Høringsdesk {html.escape(version())}</h2>")
        self.details = QLabel(f"<table>{body}</table>")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        purpose = QLabel(
            self.tr("Register, tag, review and export the responses to a public consultation.")
        )
        purpose.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.title, purpose, self.details, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)
