"""Search at 10,000 responses / 100,000 recommendations: FTS5 (SearchService) vs LIKE '%q%'."""

from __future__ import annotations

from common import Result, finish, measure, median, report
from sqlalchemy import text

from benchmarks.generate import cached_store
from hoeringsdesk.app import open_app

TARGET_MS = 20.0
# What officers type: common words, a project or street, a prefix, two words, a name.
QUERIES = (
    "kommunen",
    "sprog",
    "mentorordningen",
    "lektiecaféen",
    "cykelværkstedet",
    "Sofievej",
    "tolkebistanden sundhedsvæsenet",
    "boligsociale helhedsplan",
    "Fyrtårnet",
    "forenings",
)

LIKE_SQL = text(
    "SELECT 'response', id, substr(text, 1, 160) FROM response "
    "WHERE consultation_id = :c AND lower(subject || ' ' || text) LIKE :w"
)
LIKE_RECS_SQL = text(
    "SELECT 'recommendation', rec.id, substr(rec.passage, 1, 160) FROM recommendation rec "
    "JOIN response r ON r.id = rec.response_id WHERE r.consultation_id = :c "
    "AND lower(rec.summary || ' ' || rec.passage) LIKE :w"
)


def main() -> None:
    generated = cached_store()
    services = open_app(generated.path, read_only=True)
    cid = generated.consultation_id
    read = services.store.sessions.read

    def like(query: str) -> list[object]:
        pattern = "%" + "%".join(w.lower() for w in query.split()) + "%"
        with read() as s:
            params = {"c": cid, "w": pattern, "n": 50}
            return [*s.execute(LIKE_SQL, params).all(), *s.execute(LIKE_RECS_SQL, params).all()]

    ours, theirs, hits = [], [], []
    for query in QUERIES:
        ours.append(median(measure(lambda q=query: services.search.search(cid, q), repeat=5)))
        theirs.append(median(measure(lambda q=query: like(q), repeat=3)))
        hits.append(len(services.search.response_ids(cid, query)))
    quick = median(
        [
            median(measure(lambda q=query: services.responses.search_ids(cid, q), repeat=3))
            for query in QUERIES
        ]
    )
    worst = max(range(len(QUERIES)), key=lambda i: ours[i])
    results = [
        Result(
            "search: ranked hits with snippets (median)",
            median(ours),
            "ms",
            median(theirs),
            "LIKE '%q%', all matches",
            TARGET_MS,
            note=f"{len(QUERIES)} queries; slowest: '{QUERIES[worst]}' {ours[worst]:.0f} ms "
            f"({hits[worst]:,} matching responses)",
        ),
        Result(
            "search: quick filter ids (median)",
            quick,
            "ms",
            note="all matching responses, for the list filter",
        ),
    ]
    report(results, "Search (FTS5)")
    services.close()


if __name__ == "__main__":
    main()
    finish()
