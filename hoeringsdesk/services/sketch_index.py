"""Candidate lookup for campaigns and new versions: responses by shared sketch hashes.

Loaded once per import run and kept compact, so memory stays about flat as a consultation
grows: each (hash, response) pair costs 8 bytes in two sorted arrays, and only the newest
pairs wait in a small dict until they are merged in. Fingerprints of recently indexed texts
are kept too (bounded), so a candidate's text need not be read and shingled again.
"""

from __future__ import annotations

import heapq
import struct
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Collection, Sequence
from itertools import chain

from sqlalchemy import Connection

from hoeringsdesk.intake.similarity import fingerprint
from hoeringsdesk.services.intake_sql import FINGERPRINTS, TEXT_OF

MIN_SHARED = 2  # sketch hashes two texts must share before the exact check
MAX_CANDIDATES = 8
RECENT_PER_HASH = 256  # newest responses looked at per shared hash
KEEP_FINGERPRINTS = 2048  # recent texts' fingerprints kept in memory (about 1.2 kB each)
MERGE_AT = 4096  # pairs waiting in the dict before a merge (or an eighth of the arrays)


def pack(values: Sequence[int]) -> bytes:
    return struct.pack(f"<{len(values)}I", *values)


def unpack(data: bytes | None) -> tuple[int, ...]:
    if not data:
        return ()
    return struct.unpack(f"<{len(data) // 4}I", data)


class SketchIndex:
    """Which responses share a sketch hash, oldest first (ids grow as responses are added)."""

    def __init__(self) -> None:
        self._hashes = array("I")  # sorted by (hash, response id)
        self._ids = array("I")  # the response id of each entry of _hashes
        self._new: dict[int, list[int]] = defaultdict(list)  # not yet merged, ids ascending
        self._new_count = 0
        self._recent: OrderedDict[int, array[int]] = OrderedDict()

    @classmethod
    def load(cls, conn: Connection, consultation_id: int) -> SketchIndex:
        index = cls()
        keys = sorted(
            h << 32 | response_id
            for response_id, data in conn.execute(FINGERPRINTS, {"cid": consultation_id})
            for h in unpack(data)
        )
        index._store(keys)
        return index

    def add(
        self, response_id: int, values: Sequence[int], fp: frozenset[int] | None = None
    ) -> None:
        for h in values:
            self._new[h].append(response_id)
        self._new_count += len(values)
        if self._new_count >= max(MERGE_AT, len(self._hashes) // 8):
            self._merge()
        if fp is not None:
            self._remember(response_id, fp)

    def ids_with(self, h: int) -> Sequence[int]:
        """The newest responses (at most RECENT_PER_HASH) whose sketch holds ``h``, oldest
        first. A hash shared by thousands (boilerplate) is read from its newest entries
        only, so a lookup stays cheap as the consultation grows; campaign members and a
        sender's earlier response are still found through it or their rarer hashes."""
        newer = self._new.get(h, ())
        need = RECENT_PER_HASH - len(newer)
        if need <= 0:
            return newer[-RECENT_PER_HASH:]
        hi = bisect_right(self._hashes, h)
        lo = bisect_left(self._hashes, h, max(0, hi - need), hi)
        if lo == hi:
            return newer
        return self._ids[lo:hi].tolist() + list(newer) if newer else self._ids[lo:hi]

    def candidates(self, values: Sequence[int]) -> list[int]:
        shared = Counter(chain.from_iterable(self.ids_with(h) for h in values))
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

    def _merge(self) -> None:
        """Move the waiting pairs into the sorted arrays, streaming: the arrays are the
        only copies made (no list of every pair)."""
        fresh = sorted((h, rid) for h, ids in self._new.items() for rid in ids)
        hashes, ids = array("I"), array("I")
        for h, rid in heapq.merge(zip(self._hashes, self._ids, strict=True), fresh):
            hashes.append(h)
            ids.append(rid)
        self._hashes, self._ids = hashes, ids
        self._new.clear()
        self._new_count = 0

    def _store(self, keys: Sequence[int]) -> None:
        """Keep sorted keys (hash << 32 | response id) as the two arrays."""
        self._hashes = array("I", (k >> 32 for k in keys))
        self._ids = array("I", (k & 0xFFFFFFFF for k in keys))

    def _remember(self, response_id: int, fp: Collection[int]) -> None:
        self._recent[response_id] = array("I", fp)
        self._recent.move_to_end(response_id)
        while len(self._recent) > KEEP_FINGERPRINTS:
            self._recent.popitem(last=False)
