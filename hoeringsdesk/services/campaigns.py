"""Form-letter campaigns and new versions, found through the sketch index."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection

from hoeringsdesk.services.intake_sql import (
    FACTS,
    INSERT_CAMPAIGN,
    JOIN_CAMPAIGN,
    SENDERS_EMAILS,
    SUBJECT_AND_TEXT,
)
from hoeringsdesk.services.sketch_index import SketchIndex, pack, unpack
from hoeringsdesk.services.unit_of_work import inserted_id

__all__ = ["SketchIndex", "link_similar", "pack", "senders_emails", "unpack"]

CAMPAIGN_SIMILARITY = 0.8  # different senders, near-identical text → one campaign
VERSION_SIMILARITY = 0.5  # same sender, much of the text again → a new version


def senders_emails(conn: Connection, response_ids: Sequence[int]) -> dict[int, set[str]]:
    """Each response's sender e-mail addresses (lower case; forwarders left out)."""
    rows = conn.execute(SENDERS_EMAILS, {"ids": list(response_ids)}).all()
    out: dict[int, set[str]] = defaultdict(set)
    for response_id, email in rows:
        out[response_id].add(email.lower())
    return out


def link_similar(
    conn: Connection,
    consultation_id: int,
    fp: frozenset[int],
    values: Sequence[int],
    mine: set[str],
    index: SketchIndex,
) -> tuple[int | None, int | None]:
    """For a response about to be registered (its fingerprint, sketch and senders' e-mail
    addresses): the sender's earlier response it is a new version of, and the campaign of
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
    emails = senders_emails(conn, candidates)
    for candidate_id in candidates:
        if candidate_id not in facts or facts[candidate_id][0] is not None:
            continue
        score = index.similarity(conn, fp, candidate_id)
        same_sender = bool(mine & emails.get(candidate_id, set()))
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
