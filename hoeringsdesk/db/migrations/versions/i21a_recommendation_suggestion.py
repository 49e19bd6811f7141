"""a suggestion's section candidates and their reasons, on the recommendation

Revision ID: i21a
Revises: i20a
Create Date: 2026-11-26 10:00:00

One nullable JSON column: the candidates (section, score, reasons) a suggestion was made
with, the heading or lead-in it stood under, and which state of the learned model scored
it. A plain ADD COLUMN: the table is not rebuilt, its full-text triggers stay.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i21a"
down_revision: str | None = "i20a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("recommendation", sa.Column("suggestion", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("recommendation", "suggestion")
