"""The draft page: the section tree beside the selected section's text."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.app import Services
from hoeringsdesk.domain.changes import Changes
from hoeringsdesk.domain.records.consultations import SectionNode
from hoeringsdesk.gui.section_model import SectionTreeModel


class DraftView(QWidget):
    """Read the draft section by section."""

    section_selected = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.consultation_id: int | None = None
        self.model = SectionTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("draftTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QTextBrowser()
        self.text.setObjectName("sectionText")
        self.text.setOpenLinks(False)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("draftSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([380, 760])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        self.show_section(None)

    def set_consultation(self, consultation_id: int | None) -> None:
        self.consultation_id = consultation_id
        self.set_sections(self.services.drafts.sections(consultation_id) if consultation_id else [])

    def refresh(self, changes: Changes) -> None:
        """Only a change to the consultation (its draft) changes what is shown here."""
        if changes.consultation and self.consultation_id is not None:
            current = self.model.node(self.tree.currentIndex())
            self.set_consultation(self.consultation_id)
            if current is not None:
                self.select_section(current.id)  # the officer's place, if it is still there

    def flush(self) -> None:
        """Nothing is typed on the draft page."""

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("draft/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("draft/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def set_sections(self, sections: list[SectionNode]) -> None:
        self.model.set_sections(sections)
        self.tree.expandAll()
        if sections:
            self.select_section(sections[0].id)
        else:
            self.show_section(None)

    def select_section(self, section_id: int) -> None:
        index = self.model.index_of(section_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        node = self.model.node(indexes[0]) if indexes else None
        self.show_section(node)
        if node is not None:
            self.section_selected.emit(node.id)

    def show_section(self, node: SectionNode | None) -> None:
        if node is None:
            empty = not self.model.rowCount()
            self.heading.setText(self.tr("No draft imported yet") if empty else "")
            self.text.setPlainText(
                self.tr("Import the draft with File → Import draft… (.docx, .md, .txt or .odt).")
                if empty
                else ""
            )
            return
        self.heading.setText(node.title)
        self.text.setPlainText(node.body or self.tr("(This section has no text of its own.)"))
