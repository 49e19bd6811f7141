"""The page shown while the store has no consultation yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Shown while the store has no consultation: create one or look at the demo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Høringsdesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Register the responses to a public consultation, tag their recommendations "
                "against the draft's sections, answer them, and export the overview for the "
                "city council.\n\nStart by creating a consultation, or look around in a demo."
            )
        )
        text.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New consultation…"))
        self.demo_button = QPushButton(self.tr("Create demo consultation"))
        inner = QWidget()
        inner.setFixedWidth(620)
        column = QVBoxLayout(inner)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(12)
        for button in (self.new_button, self.demo_button):
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(inner)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
