"""response lookups by consultation: source digest and Message-ID

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 01:00:00

Intake asks "is this file / this Message-ID already in the consultation?" for every file.
With single-column indexes on source_sha256 and message_id, SQLite (without statistics)
chose the consultation_id index instead and read every response of the consultation, so
each file cost more the bigger the consultation. Two-column indexes, consultation first,
answer both lookups directly and replace the single-column ones. Indexes only: the table is
not rebuilt (its full-text triggers stay as they are).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_index("ix_response_message_id")
        batch_op.drop_index("ix_response_source_sha256")
        batch_op.create_index(
            "ix_response_consultation_message", ["consultation_id", "message_id"], unique=False
        )
        batch_op.create_index(
            "ix_response_consultation_source", ["consultation_id", "source_sha256"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_index("ix_response_consultation_source")
        batch_op.drop_index("ix_response_consultation_message")
        batch_op.create_index("ix_response_source_sha256", ["source_sha256"], unique=False)
        batch_op.create_index("ix_response_message_id", ["message_id"], unique=False)
