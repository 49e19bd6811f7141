"""scanned letters and responses entered by hand: OCR word confidence, channel

Revision ID: i17a
Revises: 0003
Create Date: 2026-12-01 10:00:00

``response.ocr_words`` keeps each word read by text recognition as [start, end, confidence]
into the response's text, so the reader can mark the words to check. ``response.channel``
says how a response entered by hand came in: post, telephone or in person ("" for files
and e-mails). Columns added in place (no table rebuild; the search triggers stay).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i17a"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "response", sa.Column("channel", sa.String(length=20), server_default="", nullable=False)
    )
    op.add_column("response", sa.Column("ocr_words", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_column("ocr_words")
        batch_op.drop_column("channel")
