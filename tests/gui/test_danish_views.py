"""Every word an officer sees in the main views is Danish: from our Danish catalogue, from Qt's,
or from the consultation's own data. A string shown without going through tr() (an f-string
inside tr(), a literal label) fails here, even where no other test looks at it."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from hoeringsdesk.app import Services
from tests.conftest import REPO

TS = REPO / "resources" / "translations" / "hoeringsdesk_da.ts"
WORD = re.compile(r"[^\W\d_]{2,}")
# Names that are the same in every language: the product, the languages offered, units.
ALWAYS = {"høringsdesk", "dansk", "english", "kb", "mb"}
BELOW_GUI = ("services", "domain", "export", "intake")


def words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def catalogue_words() -> set[str]:
    """Every word of every Danish translation in our catalogue."""
    out: set[str] = set()
    for translation in ET.parse(TS).iter("translation"):
        out |= words("".join(translation.itertext()))
    return out


def written_in_danish() -> set[str]:
    """Words of the messages the layers below the GUI write in Danish themselves (gaps,
    errors, labels of exports): their string literals."""
    import ast

    out: set[str] = set()
    for layer in BELOW_GUI:
        for path in (REPO / "hoeringsdesk" / layer).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and " " in node.value.strip()  # a message, not a key like "date"
                    and not any(c in node.value for c in "^|\\[]")  # nor a pattern
                    and id(node) not in docstrings
                ):
                    out |= words(node.value)
    return out


def data_words(store: Path) -> set[str]:
    """Every word the store holds as text (the consultation's own data, whatever language)."""
    con = sqlite3.connect(store)
    out: set[str] = set()
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            if table.startswith(("search_index", "sqlite_")):
                continue
            for row in con.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        out |= words(value)
    finally:
        con.close()
    return out


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def model_texts(view: QAbstractItemView, limit: int = 60) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), limit)):
            for column in range(1 if isinstance(model, QAbstractListModel) else columns):
                index = model.index(row, column, parent)
                yield str(model.data(index) or "")
                yield str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
            if depth < 4:
                yield from walk(model.index(row, 0, parent), depth + 1)

    yield from walk(QModelIndex(), 0)


def visible_texts(root: QWidget) -> Iterator[str]:
    """What the officer can read in a window: labels, buttons, tabs, lists, tables, menus."""
    yield root.windowTitle()
    widgets: Iterable[QWidget] = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        yield w.toolTip()
        if isinstance(w, QLabel):
            yield plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabBar):
            yield from (w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QTreeWidget):
            yield from (w.headerItem().text(c) for c in range(w.columnCount()))
            for i in range(w.topLevelItemCount()):
                item = w.topLevelItem(i)
                yield from (item.text(c) for c in range(w.columnCount()))
        elif isinstance(w, QAbstractItemView):
            yield from model_texts(w)
        elif isinstance(w, QTextEdit):
            yield w.toPlainText()
        elif isinstance(w, QMenu):
            yield w.title()
            yield from (a.text() for a in w.actions())


def untranslated(texts: Iterable[str], allowed: set[str]) -> dict[str, str]:
    """word → a string it stands in, for every word neither Danish nor data (a word cut
    short, as in a shortened summary, passes when a known word starts with it)."""
    out: dict[str, str] = {}
    for text in texts:
        for word in words(text) - allowed - ALWAYS:
            if len(word) >= 3 and any(known.startswith(word) for known in allowed):
                continue
            out.setdefault(word, text[:120])
    return out


def test_the_check_catches_english() -> None:
    allowed = catalogue_words() | written_in_danish()
    found = untranslated(["No. 3 · Peter Madsen", "Modtaget 20-10-2026 (Date)"], allowed)
    assert {"no", "date"} <= set(found) and "modtaget" not in found


@pytest.mark.parametrize("view", ["responses", "details", "history", "review", "overview", "draft"])
def test_every_word_of_a_main_view_is_danish_or_data(
    make_window, services: Services, full_demo_id: int, view: str
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    ws = window.workspace
    if view in ("responses", "details", "history"):
        window.show_view("reader")
        side = {"responses": ws.panel, "details": ws.metadata, "history": ws.history}[view]
        ws.side.setCurrentWidget(side)
    else:
        window.show_view(view)
    assert services.store.path is not None
    allowed = (
        catalogue_words()
        | written_in_danish()
        | data_words(services.store.path)
        | words(services.user)
    )
    texts = list(visible_texts(window))
    for menu in window.menuBar().findChildren(QMenu):
        texts.extend(visible_texts(menu))
    found = untranslated(texts, allowed)
    assert found == {}, found


QT_ENGLISH = {
    "&Look in:",
    "Files of &type:",
    "File &name:",
    "&Open",
    "&Save",
    "Cancel",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
}


@pytest.mark.parametrize("mode", ["open", "save"])
def test_qts_own_file_dialog_is_danish(qtbot, mode: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "Importér høringssvar", str(REPO), "Høringssvar (*.eml)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {text for text in visible_texts(dialog) if text}
    assert "&Kig i:" in shown and "Filer af &typen:" in shown
    assert not shown & QT_ENGLISH, shown & QT_ENGLISH
