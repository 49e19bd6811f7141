"""høringsliste: kind of each invited party, the officer's match corrections; where the
consultation was published

Revision ID: i19a
Revises: i17a
Create Date: 2026-11-26 10:00:00

Columns are added in place (no table rebuild, so the search triggers stay); one new table.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i19a"
down_revision: str | None = "i17a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "consultation",
        sa.Column("published_where", sa.Text(), nullable=False, server_default=""),
    )
    op.add_column(
        "invited_party",
        sa.Column("kind", sa.String(length=20), nullable=False, server_default=""),
    )
    op.create_table(
        "invited_match",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invited_party_id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invited_party_id"],
            ["invited_party.id"],
            name=op.f("fk_invited_match_invited_party_id_invited_party"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["response.id"],
            name=op.f("fk_invited_match_response_id_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invited_match")),
        sa.UniqueConstraint(
            "invited_party_id", "response_id", name=op.f("uq_invited_match_invited_party_id")
        ),
    )
    op.create_index(
        op.f("ix_invited_match_invited_party_id"), "invited_match", ["invited_party_id"]
    )
    op.create_index(op.f("ix_invited_match_response_id"), "invited_match", ["response_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_invited_match_response_id"), table_name="invited_match")
    op.drop_index(op.f("ix_invited_match_invited_party_id"), table_name="invited_match")
    op.drop_table("invited_match")
    with op.batch_alter_table("invited_party") as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("consultation") as batch_op:
        batch_op.drop_column("published_where")
