"""No test replaces the message a dialog shows: a test that replaced QMessageBox.information
hid an export that crashed the real window. Tests drive the real dialog (tests/gui/dialogs.py:
DialogDriver, ShownDialogs, which also record that it ran on the GUI thread). Replacing a file
or input dialog's *answer* (QFileDialog.getOpenFileName …, the path an officer would pick) is
allowed; replacing a message box, or a dialog class as a whole, is not."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

MESSAGES = "QMessageBox"  # what the officer is told: never replaced
ANSWERS = ("QFileDialog", "QInputDialog", "QColorDialog", "QFontDialog")  # get* may be
REPLACERS = {"setattr", "object", "patch", "patch.object", "multiple"}  # monkeypatch, mock


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ""


def _forbidden(target: str) -> bool:
    """``target`` is a dotted name being replaced ("QMessageBox.warning", "gui.x.QFileDialog")."""
    parts = target.split(".")
    for i, part in enumerate(parts):
        if part == MESSAGES:
            return True
        if part in ANSWERS:
            rest = parts[i + 1 :]
            return not (rest and rest[0].startswith("get"))  # the class, or exec/open/…
    return False


def replaced_dialogs(source: str) -> list[int]:
    """Lines of ``source`` that replace a message box or a dialog class."""
    lines: list[int] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Attribute) and _forbidden(_dotted(t)) for t in targets):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            if name not in REPLACERS or not node.args:
                continue
            first = _dotted(node.args[0])
            second = node.args[1] if len(node.args) > 1 else None
            attr = (
                second.value
                if isinstance(second, ast.Constant) and isinstance(second.value, str)
                else ""
            )
            target = f"{first}.{attr}" if attr else first
            if _forbidden(target) or _forbidden(attr):
                lines.append(node.lineno)
    return sorted(lines)


def test_the_check_sees_a_replaced_message_box() -> None:
    bad = """
monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", fake)
monkeypatch.setattr(export_dialog, "QMessageBox", FakeBox)
mock.patch.object(QtWidgets.QMessageBox, "critical")
QMessageBox.question = lambda *a: QMessageBox.StandardButton.Yes
monkeypatch.setattr(QFileDialog, "exec", lambda self: 1)
"""
    assert replaced_dialogs(bad) == [2, 3, 4, 5, 6, 7]
    fine = """
monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("Ny titel", True))
monkeypatch.setattr(services.review, "passages", passages)
with DialogDriver(QMessageBox, lambda box: seen.append(box.text())):
    pass
"""
    assert replaced_dialogs(fine) == []


def test_no_test_replaces_a_message_box_or_a_dialog() -> None:
    found = {
        str(path.relative_to(REPO)): lines
        for path in sorted((REPO / "tests").rglob("*.py"))
        if path.name != Path(__file__).name
        and (lines := replaced_dialogs(path.read_text(encoding="utf-8")))
    }
    assert found == {}, "drive the real dialog (tests/gui/dialogs.py) instead"
