"""Records of the audit trail: one recorded change, and the names its ids stand for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AuditEntry:
    """One recorded change: when (UTC), who, what, and the values before and after."""

    at: datetime
    user: str
    entity: str
    entity_id: int | None
    action: str
    before: dict | None
    after: dict | None


@dataclass(frozen=True)
class AuditNames:
    """What the ids in audit entries stand for: sections by title, responses by number."""

    sections: dict[int, str]
    responses: dict[int, int | None]
