"""Form-letter campaigns and new versions: a sketch index of a consultation's texts."""

from __future__ import annotations

import struct
from collections import Counter, defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoeringsdesk.db.models import Campaign, Party, Response, ResponseParty
from hoeringsdesk.intake.similarity import fingerprint, jaccard, sketch

CAMPAIGN_SIMILARITY = 0.8  # different senders, near-identical text → one campaign
VERSION_SIMILARITY = 0.5  # same sender, much of the text again → a new version
MIN_SHARED = 2  # sketch hashes two texts must share before the exact check
MAX_CANDIDATES = 8


def pack(values: Sequence[int]) -> bytes:
    return struct.pack(f"<{len(values)}I", *values)


def unpack(data: bytes | None) -> tuple[int, ...]:
    if not data:
        return ()
    return struct.unpack(f"<{len(data) // 4}I", data)


class SketchIndex:
    """Candidate lookup by shared bottom-k hashes, loaded once per import run."""

    def __init__(self) -> None:
        self._by_hash: dict[int, list[int]] = defaultdict(list)

    @classmethod
    def load(cls, s: Session, consultation_id: int) -> SketchIndex:
        index = cls()
        rows = s.execute(
            select(Response.id, Response.fingerprint).where(
                Response.consultation_id == consultation_id,
                Response.duplicate_of_id.is_(None),
                Response.fingerprint.is_not(None),
            )
        )
        for response_id, data in rows:
            index.add(response_id, unpack(data))
        return index

    def add(self, response_id: int, values: Sequence[int]) -> None:
        for h in values:
            self._by_hash[h].append(response_id)

    def candidates(self, values: Sequence[int]) -> list[int]:
        shared = Counter(rid for h in values for rid in self._by_hash.get(h, ()))
        return [rid for rid, n in shared.most_common(MAX_CANDIDATES) if n >= MIN_SHARED]


def sender_emails(s: Session, response_id: int) -> set[str]:
    emails = s.scalars(
        select(Party.email)
        .join(ResponseParty, ResponseParty.party_id == Party.id)
        .where(
            ResponseParty.response_id == response_id,
            Party.email != "",
            ResponseParty.role != "forwarder",
        )
    ).all()
    return {e.lower() for e in emails}


def link_similar(s: Session, response: Response, index: SketchIndex) -> None:
    """Mark a new response as a new version of its sender's earlier one, or put it in a
    campaign with near-identical responses from other senders; then index it."""
    fp = fingerprint(response.text)
    values = sketch(fp)
    response.fingerprint = pack(values) if values else None
    if not values:
        return
    mine = sender_emails(s, response.id)
    for candidate_id in index.candidates(values):
        other = s.get(Response, candidate_id)
        if other is None or other.id == response.id or other.duplicate_of_id is not None:
            continue
        score = jaccard(fp, fingerprint(other.text))
        same_sender = bool(mine & sender_emails(s, other.id))
        if same_sender and score >= VERSION_SIMILARITY and response.new_version_of_id is None:
            response.new_version_of_id = other.id
        elif not same_sender and score >= CAMPAIGN_SIMILARITY and response.campaign_id is None:
            if other.campaign_id is None:
                campaign = Campaign(
                    consultation_id=response.consultation_id,
                    label=(other.subject or other.text[:60]).strip(),
                )
                s.add(campaign)
                s.flush()
                other.campaign_id = campaign.id
            response.campaign_id = other.campaign_id
    index.add(response.id, values)
