"""The consultation's review index, kept between reads and patched after this process's answers."""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence

from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.services import review_index as index_queries
from hoeringsdesk.services.large_reads import gc_paused, settle
from hoeringsdesk.services.review_index import LocalCommits, ReviewIndex


class ReviewIndexCache:
    """One review index at a time: read once, read again only after a change (this process's
    commits, or a change anyone recorded since); this process's own answers are patched in."""

    def __init__(self, read: sessionmaker[Session]) -> None:
        self._read = read
        self._commits = LocalCommits(read)
        self._index: ReviewIndex | None = None
        self._lock = threading.RLock()

    @property
    def commits(self) -> int:
        """This process's commits so far (taken before a write, handed to ``after_answering``)."""
        return self._commits.count

    def drop(self) -> None:
        """Forget the index: the next read builds it anew."""
        with self._lock:
            self._index = None

    def current(self, consultation_id: int) -> ReviewIndex:
        """The consultation's index, up to date."""
        with self._lock:
            commits = self._commits.count
            with self._read() as s:
                conn = s.connection()
                token = (commits, index_queries.last_audit(conn, consultation_id))
                index = self._index
                key = (consultation_id, token)
                if index is None or (index.consultation_id, index.token) != key:
                    with gc_paused():
                        index = index_queries.build(conn, consultation_id, token)
                    settle()
                    self._index = index
            return index

    def after_answering(
        self,
        commits: int,
        rec_ids: Sequence[int],
        comment_ids: Collection[int],
        consultation_id: int | None,
        recorded: int,
    ) -> None:
        """Patch this process's answer into the index instead of reading it all again.

        ``commits`` is the count before the one commit that answered; ``recorded`` the audit
        events it added to ``consultation_id``. Anything else since drops the index."""
        with self._lock:
            index = self._index
            if index is None:
                return
            if index.token[0] != commits or self._commits.count != commits + 1:
                self._index = None
                return
            cid, seen = index.consultation_id, index.token[1]
            with self._read() as s:
                conn = s.connection()
                expected = recorded if consultation_id == cid else 0
                if index_queries.audits_since(conn, cid, seen) != expected:
                    self._index = None
                    return
                states = index_queries.indexed_answers(conn, rec_ids, comment_ids)
                index.token = (commits + 1, index_queries.last_audit(conn, cid))
            index.patch(states)
