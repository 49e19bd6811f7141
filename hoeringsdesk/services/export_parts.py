"""Parts of the export's collection: the høringsliste's rows and the campaigns' members."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hoeringsdesk.domain.enums import PartyKind
from hoeringsdesk.domain.records.consultations import InvitedStatus
from hoeringsdesk.export.model import InvitedRow, PartyRow
from hoeringsdesk.services.invited_matching import HOW_DANISH


def invited_rows(found: list[InvitedStatus]) -> tuple[InvitedRow, ...]:
    rows = []
    for st in found:
        times = [m.received for m in st.responses if m.received is not None]
        hows = sorted({HOW_DANISH[m.how] for m in st.responses})
        i = st.invited
        rows.append(
            InvitedRow(
                name=i.name,
                email=i.email,
                answered=st.answered,
                answered_at=min(times) if times else None,
                response_numbers=tuple(m.number for m in st.responses),
                kind=PartyKind(i.kind) if i.kind else None,
                how=", ".join(hows),
            )
        )
    return tuple(rows)


def campaigns(
    rows: Sequence[Any], parties: dict[int, list[PartyRow]]
) -> tuple[dict[int, tuple[int, ...]], dict[int, int]]:
    """Each campaign's response numbers (one tuple, shared by its members) and how many
    distinct parties signed it."""
    numbers: dict[int, list[int]] = {}
    signed: dict[int, set[int]] = {}
    for r in rows:
        if r.campaign_id is not None:
            numbers.setdefault(r.campaign_id, []).append(r.number)
            who = signed.setdefault(r.campaign_id, set())
            who.update(p.party_id for p in parties.get(r.id, ()))
    members = {k: tuple(sorted(v)) for k, v in numbers.items()}
    counts = {k: max(len(signed[k]), len(members[k])) for k in members}
    return members, counts
