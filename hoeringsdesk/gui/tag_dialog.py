"""The tagging dialog: sections, type and one-line summary for a passage, keyboard first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.domain.enums import RecommendationType
from hoeringsdesk.domain.records.consultations import SectionNode
from hoeringsdesk.gui import labels
from hoeringsdesk.gui.section_picker import SectionPicker


class TagDialog(QDialog):
    """Sections (type to filter, arrows, Enter) → type (Enter) → summary (Enter saves)."""

    def __init__(
        self,
        sections: list[SectionNode],
        passage: str,
        *,
        summary: str = "",
        rec_type: RecommendationType = RecommendationType.CHANGE,
        checked: set[int] | None = None,
        title: str | None = None,
        candidates: list[tuple[int, str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("New recommendation"))
        preview = QLabel(passage if len(passage) < 500 else passage[:500] + " …")
        preview.setObjectName("passagePreview")
        preview.setWordWrap(True)
        preview.setStyleSheet("background: #fff7c2; padding: 6px; border-radius: 3px;")
        preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.picker = SectionPicker(sections, checked, self)
        self.type = QComboBox()
        self.type.setObjectName("recType")
        for i, value in enumerate(labels.REC_TYPES, start=1):
            self.type.addItem(f"{i}  {labels.rec_type(value)}", value)
        self.type.setCurrentIndex(max(0, self.type.findData(rec_type)))
        self.summary = QLineEdit(summary)
        self.summary.setObjectName("summary")
        self.summary.setPlaceholderText(self.tr("One line that says what is recommended"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000")
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Summary"), self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Passage")))
        layout.addWidget(preview)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Sections (type to filter, arrows to move, space to "
                    "tick several, Enter to go on)"
                )
            )
        )
        self.candidate_buttons: list[QPushButton] = []
        shown = (candidates or [])[:3]
        if shown:
            layout.addWidget(QLabel(self.tr("Suggested sections (Alt+1–3 ticks one):")))
        for n, (section_id, name, why) in enumerate(shown, start=1):
            button = QPushButton(f"{n}  {name} — {why}" if why else f"{n}  {name}")
            button.setObjectName(f"candidate{n}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px 6px;")
            button.setToolTip(why)
            button.clicked.connect(self._tick(section_id))
            layout.addWidget(button)
            self.candidate_buttons.append(button)
        if shown and not checked:
            self.picker.set_current(shown[0][0])  # Enter ticks the best one; nothing is ticked
        layout.addWidget(self.picker, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.picker.accepted.connect(self.type.setFocus)
        for watched in (self.type, self.picker.filter, self.picker.tree, self.summary):
            watched.installEventFilter(self)
        self.summary.returnPressed.connect(self._accept)
        self.resize(640, 620)
        self.picker.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            n = event.key() - Qt.Key.Key_1
            if event.modifiers() & Qt.KeyboardModifier.AltModifier and 0 <= n < len(
                self.candidate_buttons
            ):  # Alt+1–3 ticks a suggested section, wherever the focus is (Ctrl+1–3 are
                # the workspace's own keys)
                self.candidate_buttons[n].click()
                return True
        if (
            watched is self.type
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.summary.setFocus()
                self.summary.selectAll()
                return True
            if Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_5:
                self.type.setCurrentIndex(event.key() - Qt.Key.Key_1)
                return True
        return super().eventFilter(watched, event)

    def _tick(self, section_id: int):  # type: ignore[no-untyped-def]
        def tick() -> None:
            self.picker.set_checked(section_id, True)
            self.picker.set_current(section_id)

        return tick

    def _accept(self) -> None:
        if not self.picker.checked_ids():
            self.error.setText(self.tr("Choose at least one section."))
            self.picker.setFocus()
            return
        if not self.summary.text().strip():
            self.error.setText(self.tr("Write a one-line summary."))
            self.summary.setFocus()
            return
        self.accept()

    def values(self) -> tuple[list[int], RecommendationType, str]:
        """(section ids, type, summary)."""
        kind = RecommendationType(self.type.currentData())
        return self.picker.checked_ids(), kind, self.summary.text().strip()
