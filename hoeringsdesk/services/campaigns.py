"""Form-letter campaigns and new versions, found through the sketch index."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection

from hoeringsdesk.services.intake_sql import (
    FACTS,
    INSERT_CAMPAIGN,
    JOIN_CAMPAIGN,
    SENDER_KEYS,
    SUBJECT_AND_TEXT,
)
from hoeringsdesk.services.sketch_index import SketchIndex, pack, unpack
from hoeringsdesk.services.unit_of_work import inserted_id

__all__ = ["SketchIndex", "link_similar", "pack", "sender_keys", "unpack"]

CAMPAIGN_SIMILARITY = 0.8  # different senders, near-identical text → one campaign
VERSION_SIMILARITY = 0.5  # same sender, much of the text again → a new version


def sender_keys(conn: Connection, response_ids: Sequence[int]) -> dict[int, set[str]]:
    """Who each response's senders and co-signers are as its file showed them (identity
    keys: an e-mail address, a name and address, an organisation's name). Two responses
    share a sender only when a key is the same: different people are different senders,
    however their parties were grouped."""
    rows = conn.execute(SENDER_KEYS, {"ids": list(response_ids)}).all()
    out: dict[int, set[str]] = defaultdict(set)
    for response_id, key in rows:
        out[response_id].add(key)
    return out


def link_similar(
    conn: Connection,
    consultation_id: int,
    fp: frozenset[int],
    values: Sequence[int],
    mine: set[str],
    index: SketchIndex,
) -> tuple[int | None, int | None]:
    """For a response about to be registered (its fingerprint, sketch and its senders' identity
    keys): the sender's earlier response it is a new version of, and the campaign of
    near-identical responses from other senders it joins (created when it is the second)."""
    new_version_of: int | None = None
    campaign: int | None = None
    candidates = index.candidates(values) if values else []
    if not candidates:
        return None, None
    facts = {
        rid: (duplicate_of, campaign_id)
        for rid, duplicate_of, campaign_id in conn.execute(FACTS, {"ids": candidates}).all()
    }
    keys = sender_keys(conn, candidates)
    for candidate_id in candidates:
        if candidate_id not in facts or facts[candidate_id][0] is not None:
            continue
        score = index.similarity(conn, fp, candidate_id)
        same_sender = bool(mine & keys.get(candidate_id, set()))
        if same_sender and score >= VERSION_SIMILARITY and new_version_of is None:
            new_version_of = candidate_id
        elif not same_sender and score >= CAMPAIGN_SIMILARITY and campaign is None:
            campaign = facts[candidate_id][1]
            if campaign is None:
                campaign = _start_campaign(conn, consultation_id, candidate_id)
    return new_version_of, campaign


def _start_campaign(conn: Connection, consultation_id: int, first_id: int) -> int:
    """A campaign named after its first response, which joins it."""
    subject, text = conn.execute(SUBJECT_AND_TEXT, {"response_id": first_id}).one()
    label = (subject or text[:60]).strip()
    campaign_id = inserted_id(
        conn.execute(INSERT_CAMPAIGN, {"consultation_id": consultation_id, "label": label})
    )
    conn.execute(JOIN_CAMPAIGN, {"response_id": first_id, "campaign_id": campaign_id})
    return campaign_id
