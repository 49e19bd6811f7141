"""audit events linked to every response they concern

Revision ID: i13a
Revises: i19a
Create Date: 2026-12-01 12:00:00

A sender's edit touches every response the sender is on, and one answer may cover the
recommendations of several responses; such events had no response of their own and never
appeared in any response's history. ``audit_event_response`` links an event to each response
it concerns. Existing events are linked where the store still tells: a sender's events to
the responses the sender is on now, an answer's to the responses of its recommendations.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i13a"
down_revision: str | None = "i19a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_event_response",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["audit_event.id"],
            name=op.f("fk_audit_event_response_event_id_audit_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "response_id", name=op.f("pk_audit_event_response")),
    )
    op.create_index(
        "ix_audit_event_response_response", "audit_event_response", ["response_id"], unique=False
    )
    conn = op.get_bind()
    links: set[tuple[int, int]] = set()
    for event_id, party_id in conn.execute(
        sa.text(
            "SELECT id, entity_id FROM audit_event "
            "WHERE entity = 'party' AND response_id IS NULL AND entity_id IS NOT NULL"
        )
    ):
        for (response_id,) in conn.execute(
            sa.text("SELECT response_id FROM response_party WHERE party_id = :p"), {"p": party_id}
        ):
            links.add((event_id, response_id))
    events = sa.table(
        "audit_event",
        sa.column("id", sa.Integer),
        sa.column("entity", sa.String),
        sa.column("response_id", sa.Integer),
        sa.column("after", sa.JSON),
    )
    answers = conn.execute(
        sa.select(events.c.id, events.c.after).where(
            events.c.entity == "comment", events.c.response_id.is_(None)
        )
    ).all()
    for event_id, after in answers:
        rec_ids = [int(r) for r in (after or {}).get("recommendations", []) if str(r).isdigit()]
        for i in range(0, len(rec_ids), 500):
            chunk = rec_ids[i : i + 500]
            found = conn.execute(
                sa.text(
                    "SELECT DISTINCT response_id FROM recommendation WHERE id IN :ids "
                    "OR campaign_origin_id IN :ids"
                ).bindparams(sa.bindparam("ids", expanding=True)),
                {"ids": chunk},
            )
            links.update((event_id, response_id) for (response_id,) in found)
    if links:
        conn.execute(
            sa.text("INSERT INTO audit_event_response (event_id, response_id) VALUES (:e, :r)"),
            [{"e": e, "r": r} for e, r in sorted(links)],
        )


def downgrade() -> None:
    op.drop_index("ix_audit_event_response_response", table_name="audit_event_response")
    op.drop_table("audit_event_response")
