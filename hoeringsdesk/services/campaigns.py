"""Form-letter campaigns and new versions: a sketch index of a consultation's texts."""

from __future__ import annotations

import struct
from array import array
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Collection, Sequence

from sqlalchemy import Connection

from hoeringsdesk.intake.similarity import fingerprint
from hoeringsdesk.services.intake_sql import (
    FACTS,
    FINGERPRINTS,
    INSERT_CAMPAIGN,
    JOIN_CAMPAIGN,
    SENDERS_EMAILS,
    SUBJECT_AND_TEXT,
    TEXT_OF,
)
from hoeringsdesk.services.unit_of_work import inserted_id

CAMPAIGN_SIMILARITY = 0.8  # different senders, near-identical text → one campaign
VERSION_SIMILARITY = 0.5  # same sender, much of the text again → a new version
MIN_SHARED = 2  # sketch hashes two texts must share before the exact check
MAX_CANDIDATES = 8
RECENT_PER_HASH = 256  # newest responses looked at per shared hash
KEEP_FINGERPRINTS = 2048  # recent texts' fingerprints kept in memory (about 4 kB each)


def pack(values: Sequence[int]) -> bytes:
    return struct.pack(f"<{len(values)}I", *values)


def unpack(data: bytes | None) -> tuple[int, ...]:
    if not data:
        return ()
    return struct.unpack(f"<{len(data) // 4}I", data)


class SketchIndex:
    """Candidate lookup by shared bottom-k hashes, loaded once per import run.

    Fingerprints of recently indexed texts are kept (compactly, in bounded number) so a
    candidate's text need not be read and shingled again."""

    def __init__(self) -> None:
        self._by_hash: dict[int, list[int]] = defaultdict(list)
        self._recent: OrderedDict[int, array[int]] = OrderedDict()

    @classmethod
    def load(cls, conn: Connection, consultation_id: int) -> SketchIndex:
        index = cls()
        for response_id, data in conn.execute(FINGERPRINTS, {"cid": consultation_id}):
            index.add(response_id, unpack(data))
        return index

    def add(
        self, response_id: int, values: Sequence[int], fp: frozenset[int] | None = None
    ) -> None:
        for h in values:
            self._by_hash[h].append(response_id)
        if fp is not None:
            self._remember(response_id, fp)

    def candidates(self, values: Sequence[int]) -> list[int]:
        # A hash shared by thousands (boilerplate) is read from its newest entries only, so a
        # file's lookup stays cheap as the consultation grows; campaign members and a
        # sender's earlier response are still found through it or their rarer hashes.
        shared = Counter(rid for h in values for rid in self._by_hash.get(h, ())[-RECENT_PER_HASH:])
        return [rid for rid, n in shared.most_common(MAX_CANDIDATES) if n >= MIN_SHARED]

    def similarity(self, conn: Connection, fp: frozenset[int], response_id: int) -> float:
        """Jaccard similarity of a fingerprint and an indexed response's text."""
        kept = self._recent.get(response_id)
        other: Collection[int]
        if kept is not None:
            self._recent.move_to_end(response_id)
            other = kept  # distinct values, as the set it was made from
        else:
            other = fingerprint(conn.scalar(TEXT_OF, {"response_id": response_id}) or "")
            self._remember(response_id, other)
        if not fp or not other:
            return 0.0
        inter = len(fp.intersection(other))
        return inter / (len(fp) + len(other) - inter)

    def _remember(self, response_id: int, fp: Collection[int]) -> None:
        self._recent[response_id] = array("I", fp)
        self._recent.move_to_end(response_id)
        while len(self._recent) > KEEP_FINGERPRINTS:
            self._recent.popitem(last=False)


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
