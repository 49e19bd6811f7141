"""Item model of the draft's section tree, built from plain SectionNode records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from hoeringsdesk.domain.records.consultations import SectionNode
from hoeringsdesk.gui.roles import NodeRole

Index = QModelIndex | QPersistentModelIndex
MANY_CHANGED = 50  # more badges changed than this: the whole tree is repainted at once


class SectionTreeModel(QAbstractItemModel):
    """The section tree; ``badges`` (id → text) are shown after each heading."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: dict[int, SectionNode] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._row_of: dict[int, int] = {}
        self._badges: dict[int, str] = {}
        self._tips: dict[int, str] = {}

    def set_sections(self, sections: list[SectionNode]) -> None:
        self.beginResetModel()
        self._nodes = {s.id: s for s in sections}
        self._children = {None: []}
        for s in sections:
            parent = s.parent_id if s.parent_id in self._nodes else None
            self._children.setdefault(parent, []).append(s.id)
            self._children.setdefault(s.id, [])
        self._row_of = {
            child: row for kids in self._children.values() for row, child in enumerate(kids)
        }
        self.endResetModel()

    def set_badges(self, badges: dict[int, str], tips: dict[int, str] | None = None) -> None:
        """New badges: only the nodes whose badge or tooltip changed are repainted (after a
        colleague's edit that is one or two of hundreds; a change per node costs the view a
        relayout of its rows)."""
        tips = tips or {}
        changed = [
            sid
            for sid in self._nodes
            if badges.get(sid) != self._badges.get(sid) or tips.get(sid) != self._tips.get(sid)
        ]
        self._badges, self._tips = badges, tips
        if len(changed) > MANY_CHANGED:
            self._emit_all_changed(QModelIndex())
            return
        for sid in changed:
            index = self.index_of(sid)
            self.dataChanged.emit(index, index)

    def _emit_all_changed(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, 0, parent))
            for row in range(rows):
                self._emit_all_changed(self.index(row, 0, parent))

    def node(self, index: Index) -> SectionNode | None:
        if not index.isValid():
            return None
        return self._nodes.get(int(index.internalId()))

    def index_of(self, section_id: int) -> QModelIndex:
        if section_id not in self._nodes:
            return QModelIndex()
        return self.createIndex(self._row_of[section_id], 0, section_id)

    def sections(self) -> list[SectionNode]:
        return sorted(self._nodes.values(), key=lambda s: s.ordinal)

    # --- Qt model interface ---

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        parent_id = int(parent.internalId()) if parent.isValid() else None
        kids = self._children.get(parent_id, [])
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, 0, kids[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._nodes.get(int(index.internalId()))
        if node is None or node.parent_id is None or node.parent_id not in self._nodes:
            return QModelIndex()
        return self.createIndex(self._row_of[node.parent_id], 0, node.parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        parent_id = int(parent.internalId()) if parent.isValid() else None
        return len(self._children.get(parent_id, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            badge = self._badges.get(node.id)
            return f"{node.title}  {badge}" if badge else node.title
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tips.get(node.id)
            return f"{node.title}\n{tip}" if tip else node.title
        if role == NodeRole:
            return node
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Section")
        return None
