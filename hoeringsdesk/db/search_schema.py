"""Full-text search schema: an FTS5 index kept current by triggers (SQLite), GIN indexes
over a Danish text-search configuration (PostgreSQL).

One FTS5 table holds responses and recommendations; rowid = id * 2 for a response and
id * 2 + 1 for a recommendation, so a trigger finds its row without a scan. The tokenizer
keeps diacritics ("år" is not "ar") and prefix indexes make "sprog*" fast.
"""

from __future__ import annotations

from sqlalchemy import Connection

SEARCH_TABLE = "search_index"

SQLITE_DDL = (
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5(
        body, consultation_id UNINDEXED, kind UNINDEXED, response_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')""",
    f"""CREATE TRIGGER IF NOT EXISTS search_response_insert AFTER INSERT ON response BEGIN
        INSERT INTO {SEARCH_TABLE}(rowid, body, consultation_id, kind, response_id)
        VALUES (new.id * 2, new.subject || char(10) || new.text, new.consultation_id,
                'response', new.id);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_response_update
        AFTER UPDATE OF text, subject ON response BEGIN
        DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id * 2;
        INSERT INTO {SEARCH_TABLE}(rowid, body, consultation_id, kind, response_id)
        VALUES (new.id * 2, new.subject || char(10) || new.text, new.consultation_id,
                'response', new.id);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_response_delete AFTER DELETE ON response BEGIN
        DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id * 2;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_rec_insert AFTER INSERT ON recommendation BEGIN
        INSERT INTO {SEARCH_TABLE}(rowid, body, consultation_id, kind, response_id)
        SELECT new.id * 2 + 1, new.summary || char(10) || new.passage, r.consultation_id,
               'recommendation', new.response_id FROM response r WHERE r.id = new.response_id;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_rec_update
        AFTER UPDATE OF summary, passage ON recommendation BEGIN
        DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id * 2 + 1;
        INSERT INTO {SEARCH_TABLE}(rowid, body, consultation_id, kind, response_id)
        SELECT new.id * 2 + 1, new.summary || char(10) || new.passage, r.consultation_id,
               'recommendation', new.response_id FROM response r WHERE r.id = new.response_id;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_rec_delete AFTER DELETE ON recommendation BEGIN
        DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id * 2 + 1;
    END""",
)

SQLITE_BACKFILL = (
    f"""INSERT INTO {SEARCH_TABLE}(rowid, body, consultation_id, kind, response_id)
        SELECT id * 2, subject || char(10) || text, consultation_id, 'response', id
        FROM response""",
    f"""INSERT INTO {SEARCH_TABLE}(rowid, body, consultation_id, kind, response_id)
        SELECT rec.id * 2 + 1, rec.summary || char(10) || rec.passage, r.consultation_id,
               'recommendation', rec.response_id
        FROM recommendation rec JOIN response r ON r.id = rec.response_id""",
)

SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS search_response_insert",
    "DROP TRIGGER IF EXISTS search_response_update",
    "DROP TRIGGER IF EXISTS search_response_delete",
    "DROP TRIGGER IF EXISTS search_rec_insert",
    "DROP TRIGGER IF EXISTS search_rec_update",
    "DROP TRIGGER IF EXISTS search_rec_delete",
    f"DROP TABLE IF EXISTS {SEARCH_TABLE}",
)


PG_RESPONSE_DOC = "to_tsvector('danish', coalesce(subject, '') || ' ' || coalesce(text, ''))"
PG_RECOMMENDATION_DOC = (
    "to_tsvector('danish', coalesce(summary, '') || ' ' || coalesce(passage, ''))"
)
PG_DDL = (
    f"CREATE INDEX IF NOT EXISTS ix_response_fts ON response USING gin ({PG_RESPONSE_DOC})",
    "CREATE INDEX IF NOT EXISTS ix_recommendation_fts ON recommendation "
    f"USING gin ({PG_RECOMMENDATION_DOC})",
)
PG_DROP = ("DROP INDEX IF EXISTS ix_response_fts", "DROP INDEX IF EXISTS ix_recommendation_fts")


def is_search_index(name: str | None) -> bool:
    """PostgreSQL's text-search indexes (expression indexes the ORM does not model)."""
    return bool(name) and str(name).endswith("_fts")


def is_search_table(name: str | None) -> bool:
    """Tables the ORM does not model (the FTS table and its shadow tables)."""
    return bool(name) and str(name).startswith(SEARCH_TABLE)


def install_search(conn: Connection, backfill: bool = True) -> None:
    """Create the search index: FTS5 with triggers on SQLite, GIN indexes on PostgreSQL."""
    if conn.dialect.name == "postgresql":
        for statement in PG_DDL:
            conn.exec_driver_sql(statement)
        return
    if conn.dialect.name != "sqlite":
        return
    for statement in SQLITE_DDL:
        conn.exec_driver_sql(statement)
    if backfill:
        for statement in SQLITE_BACKFILL:
            conn.exec_driver_sql(statement)


def drop_search(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        for statement in PG_DROP:
            conn.exec_driver_sql(statement)
        return
    if conn.dialect.name != "sqlite":
        return
    for statement in SQLITE_DROP:
        conn.exec_driver_sql(statement)


def optimize_search(conn: Connection) -> None:
    """Merge the index's segments so deleted text is really gone from its pages."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES('optimize')")
