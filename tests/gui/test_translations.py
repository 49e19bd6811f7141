"""Every GUI string has a Danish translation, and the compiled .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

from tests.conftest import REPO

TS = REPO / "resources" / "translations" / "hoeringsdesk_da.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m
        for ctx in tree.iter("context")
        for m in ctx.iter("message")
    }


def test_ts_covers_every_tr_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (REPO / "hoeringsdesk" / "gui").rglob("*.py"))
    subprocess.run(
        [
            shutil.which("pyside6-lupdate") or "pyside6-lupdate",
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    assert set(messages(fresh)) == set(messages(TS)), "run scripts/i18n.py extract"


def test_every_message_is_translated() -> None:
    unfinished = [
        src
        for (_, src), m in messages(TS).items()
        if (t := m.find("translation")) is None
        or t.get("type") == "unfinished"
        or not (t.text or any(f.text for f in t.findall("numerusform")))
    ]
    assert unfinished == []


def test_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "check.qm"
    subprocess.run(
        [shutil.which("pyside6-lrelease") or "pyside6-lrelease", str(TS), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run scripts/i18n.py release"
