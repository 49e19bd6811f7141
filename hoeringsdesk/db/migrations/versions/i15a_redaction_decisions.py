"""the officer's redaction decisions per consultation: lifted finds and added texts

Revision ID: i15a
Revises: i21a
Create Date: 2026-12-01 16:30:00

One new table; nothing existing is rebuilt.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i15a"
down_revision: str | None = "i21a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "redaction_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("response_number", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_redaction_decision_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_redaction_decision")),
    )
    op.create_index(
        op.f("ix_redaction_decision_consultation_id"),
        "redaction_decision",
        ["consultation_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_redaction_decision_consultation_id"), table_name="redaction_decision")
    op.drop_table("redaction_decision")
