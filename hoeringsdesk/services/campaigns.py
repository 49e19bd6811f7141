"""Form-letter campaigns and new versions: a sketch index of a consultation's texts."""

from __future__ import annotations

import struct
from array import array
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoeringsdesk.db.models import Campaign, Party, Response, ResponseParty
from hoeringsdesk.intake.similarity import fingerprint, jaccard, sketch

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

    def fingerprint_of(self, s: Session, response_id: int) -> frozenset[int]:
        kept = self._recent.get(response_id)
        if kept is not None:
            self._recent.move_to_end(response_id)
            return frozenset(kept)
        text = s.scalar(select(Response.text).where(Response.id == response_id)) or ""
        fp = fingerprint(text)
        self._remember(response_id, fp)
        return fp

    def _remember(self, response_id: int, fp: frozenset[int]) -> None:
        self._recent[response_id] = array("I", fp)
        self._recent.move_to_end(response_id)
        while len(self._recent) > KEEP_FINGERPRINTS:
            self._recent.popitem(last=False)


def sender_emails(s: Session, response_id: int) -> set[str]:
    return senders_emails(s, [response_id]).get(response_id, set())


def senders_emails(s: Session, response_ids: Sequence[int]) -> dict[int, set[str]]:
    """Each response's sender e-mail addresses (lower case; forwarders left out)."""
    rows = s.execute(
        select(ResponseParty.response_id, Party.email)
        .join(Party, ResponseParty.party_id == Party.id)
        .where(
            ResponseParty.response_id.in_(list(response_ids)),
            Party.email != "",
            ResponseParty.role != "forwarder",
        )
    ).all()
    out: dict[int, set[str]] = defaultdict(set)
    for response_id, email in rows:
        out[response_id].add(email.lower())
    return out


def link_similar(s: Session, response: Response, index: SketchIndex) -> None:
    """Mark a new response as a new version of its sender's earlier one, or put it in a
    campaign with near-identical responses from other senders; then index it."""
    fp = fingerprint(response.text)
    values = sketch(fp)
    response.fingerprint = pack(values) if values else None
    if not values:
        return
    candidates = [c for c in index.candidates(values) if c != response.id]
    if candidates:
        facts = {
            rid: (duplicate_of, campaign_id)
            for rid, duplicate_of, campaign_id in s.execute(
                select(Response.id, Response.duplicate_of_id, Response.campaign_id).where(
                    Response.id.in_(candidates)
                )
            ).all()
        }
        emails = senders_emails(s, [response.id, *candidates])
        mine = emails.get(response.id, set())
    for candidate_id in candidates:
        if candidate_id not in facts or facts[candidate_id][0] is not None:
            continue
        score = jaccard(fp, index.fingerprint_of(s, candidate_id))
        same_sender = bool(mine & emails.get(candidate_id, set()))
        if same_sender and score >= VERSION_SIMILARITY and response.new_version_of_id is None:
            response.new_version_of_id = candidate_id
        elif not same_sender and score >= CAMPAIGN_SIMILARITY and response.campaign_id is None:
            campaign_id = facts[candidate_id][1]
            if campaign_id is None:
                other = s.get(Response, candidate_id)
                assert other is not None
                campaign = Campaign(
                    consultation_id=response.consultation_id,
                    label=(other.subject or other.text[:60]).strip(),
                )
                s.add(campaign)
                s.flush()
                other.campaign_id = campaign_id = campaign.id
            response.campaign_id = campaign_id
    index.add(response.id, values, fp)
