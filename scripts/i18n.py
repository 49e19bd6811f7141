"""Translation upkeep: extract tr() strings, list/fill missing Danish, compile the .qm file.

uv run python scripts/i18n.py extract        # pyside6-lupdate over hoeringsdesk/gui
uv run python scripts/i18n.py missing        # sources without a finished translation
uv run python scripts/i18n.py fill FILE.json # {"source": "oversættelse", ...}
uv run python scripts/i18n.py release        # pyside6-lrelease → .qm
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "hoeringsdesk_da.ts"
QM = TS.with_suffix(".qm")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "hoeringsdesk" / "gui").rglob("*.py"))


def extract() -> None:
    subprocess.run(
        [
            "pyside6-lupdate",
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "da_DK",
            "-ts",
            str(TS),
        ],
        cwd=ROOT,
        check=True,
    )


def release() -> None:
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], cwd=ROOT, check=True)


def unfinished(tree: ET.ElementTree) -> list[ET.Element]:
    out = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        plural = message.get("numerus") == "yes"
        done = (
            all(f.text for f in translation.findall("numerusform"))
            if plural
            else bool(translation.text)
        )
        if translation.get("type") == "unfinished" or not done:
            out.append(message)
    return out


def missing() -> int:
    items = unfinished(ET.parse(TS))
    for message in items:
        print(json.dumps(message.findtext("source"), ensure_ascii=False))
    return 1 if items else 0


def fill(path: Path) -> None:
    table: dict[str, str | list[str]] = json.loads(path.read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    for message in unfinished(tree):
        source = message.findtext("source") or ""
        if source not in table:
            continue
        translation = message.find("translation")
        assert translation is not None
        value = table[source]
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = str(value)
        translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "extract":
        extract()
    elif command == "release":
        release()
    elif command == "missing":
        raise SystemExit(missing())
    elif command == "fill":
        fill(Path(sys.argv[2]))
    else:
        raise SystemExit(__doc__)
