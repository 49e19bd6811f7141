"""full-text search index; consultation description

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 23:10:00

The consultation table is rebuilt (batch, recreate="always"); every child table points at it
with ON DELETE CASCADE, which is why the store's upgrade runs with foreign keys off.
"""

from collections.abc import Sequence
from typing import Literal

import sqlalchemy as sa
from alembic import op

from hoeringsdesk.db.search_schema import drop_search, install_search

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _recreate() -> Literal["always", "auto"]:
    # SQLite: a real table rebuild (the upgrade turns foreign keys off around it);
    # PostgreSQL alters the table in place.
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    with op.batch_alter_table("consultation", recreate=_recreate()) as batch_op:
        batch_op.add_column(sa.Column("description", sa.Text(), nullable=False, server_default=""))
    install_search(op.get_bind())


def downgrade() -> None:
    drop_search(op.get_bind())
    with op.batch_alter_table("consultation", recreate=_recreate()) as batch_op:
        batch_op.drop_column("description")
