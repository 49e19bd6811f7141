"""The draft page: the section tree beside the selected section's text."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hoeringsdesk.domain.records import SectionNode
from hoeringsdesk.gui.section_model import SectionTreeModel


class DraftView(QWidget):
    """Read the draft section by section."""

    section_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
