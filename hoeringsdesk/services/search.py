"""Full-text search over responses and recommendations (SQLite FTS5; LIKE elsewhere)."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from hoeringsdesk.db.search_schema import PG_RECOMMENDATION_DOC, PG_RESPONSE_DOC
from hoeringsdesk.domain.enums import HitKind
from hoeringsdesk.domain.records.responses import SearchHit

TOKEN = re.compile(r"[\w-]+", re.UNICODE)
MARK_START, MARK_END = "[", "]"


def pg_query(query: str) -> str:
    """User words → a PostgreSQL tsquery: every word, each as a prefix."""
    words = [w.strip("-") for w in TOKEN.findall(query)]
    return " & ".join("'" + w.replace("'", "''") + "':*" for w in words if w)


HEADLINE = "'StartSel=[,StopSel=],MaxWords=18,MinWords=6'"
PG_SEARCH = text(
    "SELECT * FROM ("
    "SELECT 'response' AS kind, id AS ref_id, id AS response_id, "
    f"ts_headline('danish', text, q, {HEADLINE}) AS snip, "
    f"ts_rank({PG_RESPONSE_DOC}, q) AS rank "
    "FROM response, to_tsquery('danish', :q) q "
    f"WHERE consultation_id = :c AND {PG_RESPONSE_DOC} @@ q "
    "UNION ALL "
    "SELECT 'recommendation', rec.id, rec.response_id, "
    f"ts_headline('danish', summary || ' ' || passage, q, {HEADLINE}), "
    f"ts_rank({PG_RECOMMENDATION_DOC}, q) "
    "FROM recommendation rec, to_tsquery('danish', :q) q "
    "WHERE rec.response_id IN (SELECT id FROM response WHERE consultation_id = :c) "
    f"AND {PG_RECOMMENDATION_DOC} @@ q"
    ") hits ORDER BY rank DESC, ref_id LIMIT :n"
)


def fts_query(query: str) -> str:
    """User words → an FTS5 query: every word must occur, each as a prefix; quotes kept safe."""
    words = [w.strip("-") for w in TOKEN.findall(query)]
    return " AND ".join(f'"{w}"*' for w in words if w)


def _scope(s: Session) -> str:
    """The consultation filter, left out when the store holds only one consultation: it reads
    each match's row back from the index, which costs more than the ranking itself."""
    several = s.execute(text("SELECT 1 FROM consultation LIMIT 1 OFFSET 1")).first()
    return "AND consultation_id = :c" if several else ""


class SearchService:
    """Ranked search with highlighted snippets; prefixes and æøå work as typed."""

    def __init__(self, read: sessionmaker[Session]) -> None:
        self._read = read

    def search(self, consultation_id: int, query: str, limit: int = 50) -> list[SearchHit]:
        match = fts_query(query)
        if not match:
            return []
        with self._read() as s:
            dialect = s.get_bind().dialect.name
            if dialect == "postgresql":
                return self._postgres(s, consultation_id, query, limit)
            if dialect != "sqlite":
                return self._like(s, consultation_id, query, limit)
            rows = s.execute(
                text(
                    "SELECT kind, rowid, response_id, "
                    "snippet(search_index, 0, :a, :b, '…', 12) AS snip, bm25(search_index) AS rank "
                    f"FROM search_index WHERE search_index MATCH :q {_scope(s)} "
                    "ORDER BY rank LIMIT :n"
                ),
                {"q": match, "c": consultation_id, "n": limit, "a": MARK_START, "b": MARK_END},
            ).all()
        return [
            SearchHit(
                HitKind(kind), rowid // 2, int(response_id), snip.replace("\n", " "), float(rank)
            )
            for kind, rowid, response_id, snip, rank in rows
        ]

    def response_ids(self, consultation_id: int, query: str) -> set[int]:
        """Every response whose text or recommendations match (for the quick filter)."""
        match = fts_query(query)
        if not match:
            return set()
        with self._read() as s:
            dialect = s.get_bind().dialect.name
            if dialect == "postgresql":
                hits = self._postgres(s, consultation_id, query, 1_000_000)
                return {h.response_id for h in hits}
            if dialect != "sqlite":
                return {h.response_id for h in self._like(s, consultation_id, query, 100000)}
            # Response rows are found from the rowid alone; a recommendation's response through
            # its table: neither reads the indexed text back (slow for common words).
            rows = s.execute(
                text(
                    "SELECT DISTINCT CASE WHEN f.rowid % 2 = 0 THEN f.rowid / 2 "
                    "ELSE (SELECT response_id FROM recommendation WHERE id = f.rowid / 2) END "
                    "AS rid FROM search_index f WHERE search_index MATCH :q"
                    + (
                        ""
                        if not _scope(s)
                        else " AND rid IN (SELECT id FROM response WHERE consultation_id = :c)"
                    )
                ),
                {"q": match, "c": consultation_id},
            ).scalars()
            return {int(r) for r in rows}

    @staticmethod
    def _postgres(s: Session, consultation_id: int, query: str, limit: int) -> list[SearchHit]:
        q = pg_query(query)
        if not q:
            return []
        rows = s.execute(PG_SEARCH, {"q": q, "c": consultation_id, "n": limit}).all()
        return [
            SearchHit(
                HitKind(kind), int(ref), int(rid), (snip or "").replace("\n", " "), float(rank)
            )
            for kind, ref, rid, snip, rank in rows
        ]

    @staticmethod
    def _like(s: Session, consultation_id: int, query: str, limit: int) -> list[SearchHit]:
        words = [w for w in TOKEN.findall(query) if w]
        where = " AND ".join(f"lower(text) LIKE :w{i}" for i in range(len(words)))
        params: dict[str, object] = {f"w{i}": f"%{w.lower()}%" for i, w in enumerate(words)}
        params.update(c=consultation_id, n=limit)
        rows = s.execute(
            text(
                f"SELECT id, substr(text, 1, 160) FROM response WHERE consultation_id = :c "
                f"AND {where} LIMIT :n"
            ),
            params,
        ).all()
        return [SearchHit(HitKind.RESPONSE, rid, rid, snip, 0.0) for rid, snip in rows]
