"""A searchable, checkable section tree: type to filter, arrows to move, space to check."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QTreeView, QVBoxLayout, QWidget

from hoeringsdesk.domain.records.consultations import SectionNode
from hoeringsdesk.gui.roles import SectionIdRole


class SectionPicker(QWidget):
    """Choose one or more draft sections; Enter in the filter checks the current one."""

    accepted = Signal()

    def __init__(
        self,
        sections: list[SectionNode],
        checked: set[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setObjectName("sectionFilter")
        self.filter.setPlaceholderText(self.tr("Type to filter sections…"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("sectionPickerTree")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        self._items: dict[int, QStandardItem] = {}
        self._sections = sections
        checked = checked or set()
        for node in sections:
            item = QStandardItem(node.title)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if node.id in checked else Qt.CheckState.Unchecked
            )
            item.setData(node.id, SectionIdRole)
            parent_item = self._items.get(node.parent_id) if node.parent_id else None
            (parent_item or self.model.invisibleRootItem()).appendRow(item)
            self._items[node.id] = item
        self.tree.expandAll()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.installEventFilter(self)
        self.tree.installEventFilter(self)
        self.setFocusProxy(self.filter)
        first = next(iter(self._items.values()), None)
        if first is not None:
            self.tree.setCurrentIndex(first.index())

    def checked_ids(self) -> list[int]:
        return [
            sid for sid, item in self._items.items() if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, section_id: int, on: bool = True) -> None:
        item = self._items.get(section_id)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_current(self, section_id: int) -> None:
        """Put the cursor on a section (Enter then ticks it, when nothing is ticked)."""
        item = self._items.get(section_id)
        if item is not None:
            self.tree.setCurrentIndex(item.index())
            self.tree.scrollTo(item.index())

    def apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        visible: set[int] = set()
        by_id = {s.id: s for s in self._sections}
        for node in self._sections:
            if not needle or needle in node.title.casefold():
                visible.add(node.id)
                parent = node.parent_id
                while parent is not None:
                    visible.add(parent)
                    parent = by_id[parent].parent_id if parent in by_id else None
        first_match = None
        for sid, item in self._items.items():
            index = item.index()
            self.tree.setRowHidden(index.row(), index.parent(), sid not in visible)
            if (
                first_match is None
                and sid in visible
                and (not needle or needle in by_id[sid].title.casefold())
            ):
                first_match = index
        if first_match is not None:
            self.tree.setCurrentIndex(first_match)

    def _toggle_current(self) -> None:
        item = self.model.itemFromIndex(self.tree.currentIndex())
        if item is not None and not self.tree.isRowHidden(item.row(), item.index().parent()):
            item.setCheckState(
                Qt.CheckState.Unchecked
                if item.checkState() == Qt.CheckState.Checked
                else Qt.CheckState.Checked
            )

    def _check_current(self) -> None:
        item = self.model.itemFromIndex(self.tree.currentIndex())
        if item is not None and not self.tree.isRowHidden(item.row(), item.index().parent()):
            item.setCheckState(Qt.CheckState.Checked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.filter and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._move(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key == Qt.Key.Key_Space and watched is self.tree:
            self._toggle_current()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.filter.text().strip() or not self.checked_ids():
                self._check_current()
            self.accepted.emit()
            return True
        if (
            key == Qt.Key.Key_Space
            and watched is self.filter
            and (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        ):
            self._toggle_current()
            return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        index = self.tree.currentIndex()
        target = self.tree.indexBelow(index) if step > 0 else self.tree.indexAbove(index)
        if target.isValid():
            self.tree.setCurrentIndex(target)
