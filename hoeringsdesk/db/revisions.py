"""The migration scripts' revision ids, read from their text (importing Alembic is slow and
only needed when a store is created or migrated)."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*(.+)$", re.MULTILINE)


@cache
def revision_graph(versions: Path = MIGRATIONS / "versions") -> dict[str, str | None]:
    """revision → down_revision for every script."""
    out: dict[str, str | None] = {}
    for path in versions.glob("*.py"):
        found = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            out[ast.literal_eval(found["revision"])] = ast.literal_eval(
                found.get("down_revision", "None")
            )
    return out


def head_revision() -> str:
    revisions = revision_graph()
    heads = set(revisions) - set(revisions.values())
    assert len(heads) == 1, f"one head expected, found {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revision_graph())
