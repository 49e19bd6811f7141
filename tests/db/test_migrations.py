"""Migrations: every row survives every revision; a failure midway changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from hoeringsdesk.db.engine import create_store_engine
from hoeringsdesk.db.store import MIGRATIONS, head_revision, open_store, upgrade

TABLES = (
    "consultation",
    "invited_party",
    "draft_section",
    "blob",
    "campaign",
    "response",
    "stored_file",
    "response_part",
    "party",
    "response_party",
    "administration_comment",
    "recommendation",
    "recommendation_section",
    "audit_event",
    "store_info",
)


# Columns that later revisions add (compared apart, with the values they start with).
ADDED_LATER = {
    "description", "channel", "ocr_words", "published_where", "kind",
    # i14a: persons and organisations, links with evidence
    "party_type", "first_name", "surname", "street", "postcode", "town", "cvr", "confirmed",
    "contact_for_id", "seen_key", "uncertain", "note",
    # i21a: a recommendation's suggestion
    "suggestion",
}  # fmt: skip


def old_store(path: Path) -> None:
    """A store at the first revision, holding one of everything."""
    engine = create_store_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    rows = [
        "INSERT INTO store_info VALUES ('app', 'hoeringsdesk')",
        "INSERT INTO consultation (id, title, authority, case_number, deadline, reply_addresses,"
        " created_at, version) VALUES (1, 'Cykelpolitik', 'Teknik', '26-1', '2026-10-30',"
        " '[\"hoering@example.dk\"]', '2026-09-01 10:00:00', 1)",
        "INSERT INTO invited_party VALUES (1, 1, 0, 'Cyklistforbundet', 'c@example.dk')",
        "INSERT INTO draft_section VALUES (1, 1, NULL, 0, 0, 0, '1', 'Stier', 'Flere stier.')",
        "INSERT INTO draft_section VALUES (2, 1, 1, 0, 1, 1, '1.1', 'Belysning', 'Lys.')",
        "INSERT INTO blob VALUES ('ab', 3, x'010203')",
        "INSERT INTO campaign VALUES (1, 1, 'Lys på stien')",
        "INSERT INTO response (id, consultation_id, number, subject, message_id, source_sha256,"
        " source_name, received_at, received_source, accepted_late, status, document_number,"
        " notes, text, text_hash, warnings, campaign_id, assigned_to, anonymised, created_at,"
        " version) VALUES (1, 1, 1, 'Svar', '<m@x>', 'ab', 'svar.eml', '2026-10-01 08:00:00',"
        " 'date', NULL, 'new', 'D-1', '', 'Sæt lys på stien ved åen.', 'h', '[]', 1, '',"
        " 0, '2026-10-01 09:00:00', 1)",
        "INSERT INTO stored_file VALUES (1, 1, 0, NULL, 'svar.eml', 'message/rfc822', 'ab', 3)",
        "INSERT INTO response_part VALUES (1, 1, 0, 0, 'body', '', 0, 25)",
        "INSERT INTO party VALUES (1, 1, 'organisation', 'Cyklistforbundet', 'Bo', 'b@x.dk',"
        " '', '', 'org:cyklistforbundet', '', 1)",
        "INSERT INTO response_party VALUES (1, 1, 1, 'sender', 0)",
        "INSERT INTO administration_comment VALUES (1, 1, 'Indarbejdes.', 'yes',"
        " '2026-10-05 10:00:00', 'sagsbehandler', 1)",
        "INSERT INTO recommendation VALUES (1, 1, 'accepted', 'change', 'Sæt lys på stien',"
        " 0, 16, 'Lys på stien', '', NULL, 1, '2026-10-02 10:00:00', 1)",
        "INSERT INTO recommendation_section VALUES (1, 2)",
        "INSERT INTO audit_event VALUES (1, '2026-10-02 10:00:00', 'sagsbehandler', 1, 1,"
        " 'recommendation', 1, 'create', NULL, '{\"summary\": \"Lys\"}')",
    ]
    with engine.begin() as conn:
        for row in rows:
            conn.exec_driver_sql(row)
    engine.dispose()


def dump(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        out = {}
        for table in TABLES:
            names = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            shared = [c for c in names if c not in ADDED_LATER]
            rows = con.execute(f"SELECT {', '.join(shared)} FROM {table} ORDER BY 1").fetchall()
            if table == "store_info":  # an upgrade may leave a request for after it
                rows = [r for r in rows if r[0] != "senders_rederive"]
            out[table] = rows
        return out
    finally:
        con.close()


def test_every_row_survives_every_revision(tmp_path: Path) -> None:
    path = tmp_path / "gammel.sqlite3"
    old_store(path)
    before = dump(path)
    assert all(before[t] for t in TABLES)
    store = open_store(path)  # backs up, then upgrades
    try:
        with store.engine.connect() as conn:
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            hit = conn.exec_driver_sql(
                "SELECT response_id FROM search_index WHERE search_index MATCH 'åen'"
            ).all()
            check = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            added = conn.exec_driver_sql("SELECT channel, ocr_words FROM response").all()
            suggestion = conn.exec_driver_sql("SELECT suggestion FROM recommendation").all()
    finally:
        store.close()
    assert added == [("", None)]
    assert suggestion == [(None,)]  # an old tag has no suggestion's reasons
    assert rev == head_revision()
    assert dump(path) == before
    assert hit == [(1,)] and check == []
    con = sqlite3.connect(path)
    try:  # the party is an organisation; its link remembers who the file showed
        assert con.execute("SELECT party_type, confirmed FROM party").fetchall() == [
            ("organisation", 0)
        ]
        assert con.execute("SELECT seen_key FROM response_party").fetchall() == [
            ("org:cyklistforbundet",)
        ]
        assert con.execute(
            "SELECT value FROM store_info WHERE key = 'senders_rederive'"
        ).fetchall() == [("pending",)]
    finally:
        con.close()
    backups = list((tmp_path / "gammel-sikkerhedskopier").glob("foer-opgradering-*.sqlite3"))
    assert len(backups) == 1 and dump(backups[0]) == before


def test_a_migration_failing_midway_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "butik.sqlite3"
    old_store(path)
    engine = create_store_engine(f"sqlite:///{path}")
    upgrade(engine)
    head = head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts)
    (scripts / "versions" / "0099_broken.py").write_text(
        '"""broken"""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "0099"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n\n'
        "def upgrade():\n"
        '    with op.batch_alter_table("response", recreate="always") as b:\n'
        '        b.add_column(sa.Column("extra", sa.Text(), nullable=True))\n'
        '    op.execute("DELETE FROM recommendation")\n'
        '    raise RuntimeError("midway")\n\n'
        "def downgrade():\n    pass\n",
        encoding="utf-8",
    )
    with engine.connect() as conn:
        columns_before = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(response)")]
    before = dump(path)
    with pytest.raises(RuntimeError, match="midway"):
        upgrade(engine, script_location=scripts)
    with engine.connect() as conn:
        columns_after = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(response)")]
        rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        fk = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    engine.dispose()
    assert columns_after == columns_before
    assert dump(path) == before
    assert rev == head and fk == 1


def test_postgresql_migrates_through_every_revision_to_the_models(pg_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from hoeringsdesk.db.migrations.env_filters import include_name
    from hoeringsdesk.db.models.base import Base

    engine = create_store_engine(pg_url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO store_info VALUES ('app', 'hoeringsdesk')")
        conn.exec_driver_sql(
            "INSERT INTO consultation (id, title, authority, case_number, deadline, "
            "reply_addresses, created_at, version) VALUES (1, 'Cykelpolitik', '', '', "
            "'2026-10-30', '[]', '2026-09-01 10:00:00', 1)"
        )
    upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
        rev = context.get_current_revision()
        kept = conn.exec_driver_sql("SELECT title, description FROM consultation").all()
        indexes = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%%_fts'"
            )
        }
    engine.dispose()
    assert diff == [] and rev == head_revision()
    assert kept == [("Cykelpolitik", "")]
    assert indexes == {"ix_response_fts", "ix_recommendation_fts"}


def test_migrate_command_creates_a_postgresql_store(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from hoeringsdesk.cli import main

    assert main(["--db", pg_url, "migrate"]) == 0
    assert "opdateret" in capsys.readouterr().out
    assert main(["--db", pg_url, "demo"]) == 0


def test_revision_ids_read_from_the_scripts_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from hoeringsdesk.db.revisions import known_revisions
    from hoeringsdesk.db.store import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_earlier_sender_and_answer_events_are_linked_to_their_responses(tmp_path: Path) -> None:
    path = tmp_path / "historik.sqlite3"
    old_store(path)
    engine = create_store_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_event VALUES (2, '2026-10-03 10:00:00', 'sagsbehandler', 1, NULL,"
            " 'party', 1, 'update', '{\"phone\": \"\"}', '{\"phone\": \"12345678\"}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO audit_event VALUES (3, '2026-10-04 10:00:00', 'sagsbehandler', 1, NULL,"
            " 'comment', 1, 'answer', NULL, '{\"text\": \"Ja.\", \"recommendations\": [1]}')"
        )
    engine.dispose()
    store = open_store(path)
    try:
        with store.engine.connect() as conn:
            links = conn.exec_driver_sql(
                "SELECT event_id, response_id FROM audit_event_response ORDER BY 1"
            ).all()
    finally:
        store.close()
    assert links == [(2, 1), (3, 1)]
