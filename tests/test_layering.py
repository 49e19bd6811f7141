"""The layering rule, read from the imports: gui → services → (db, domain, intake, export,
suggest); suggest stands on domain alone."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "hoeringsdesk"
QT_ALLOWED = {"gui"}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def layer_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_only_gui_imports_qt() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in modules()
        if layer_of(p) not in QT_ALLOWED
        and layer_of(p) not in {"cli", "__main__"}
        and any(name.split(".")[0] == "PySide6" for name in imports_of(p))
    ]
    assert offenders == []


def test_domain_is_pure() -> None:
    for p in modules():
        if layer_of(p) != "domain":
            continue
        roots = {name.split(".")[0] for name in imports_of(p)}
        assert not roots & {"sqlalchemy", "alembic", "PySide6"}, p
        assert not {
            n
            for n in imports_of(p)
            if n.startswith("hoeringsdesk.") and not n.startswith("hoeringsdesk.domain")
        }, p


def test_lower_layers_do_not_import_upwards() -> None:
    upward = {
        "services": {"hoeringsdesk.gui", "hoeringsdesk.commands", "hoeringsdesk.cli"},
        "db": {
            "hoeringsdesk.gui",
            "hoeringsdesk.services",
            "hoeringsdesk.intake",
            "hoeringsdesk.export",
        },
        "intake": {"hoeringsdesk.gui", "hoeringsdesk.services", "hoeringsdesk.db"},
        "export": {"hoeringsdesk.gui", "hoeringsdesk.services", "hoeringsdesk.db"},
        "mailboxes": {"hoeringsdesk.gui", "hoeringsdesk.services", "hoeringsdesk.db"},
        "suggest": {
            "hoeringsdesk.gui",
            "hoeringsdesk.services",
            "hoeringsdesk.db",
            "hoeringsdesk.intake",
            "hoeringsdesk.export",
        },
    }
    for p in modules():
        banned = upward.get(layer_of(p), set())
        bad = {n for n in imports_of(p) if any(n == b or n.startswith(b + ".") for b in banned)}
        assert not bad, f"{p.relative_to(PACKAGE)} imports {bad}"


def test_gui_holds_no_sql() -> None:
    for p in modules():
        if layer_of(p) != "gui":
            continue
        roots = {name.split(".")[0] for name in imports_of(p)}
        assert "sqlalchemy" not in roots, p
        assert not any(n.startswith("hoeringsdesk.db") for n in imports_of(p)), p


def test_every_module_says_its_role() -> None:
    missing = [
        str(p.relative_to(PACKAGE))
        for p in modules()
        if p.parent.name != "versions" and not ast.get_docstring(ast.parse(p.read_text()))
    ]
    assert missing == []
