"""mailboxes fetched over IMAP: their settings, per folder UIDVALIDITY and highest UID, and
every message handled

Revision ID: i20a
Revises: i14a
Create Date: 2026-12-01 10:00:00

New tables only; nothing existing is rebuilt. No password is stored: it is kept in the
operating system's keyring.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i20a"
down_revision: str | None = "i14a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mailbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("host", sa.Text(), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(length=20), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("auth", sa.String(length=20), nullable=False),
        sa.Column("oauth_client_id", sa.Text(), nullable=False),
        sa.Column("oauth_tenant", sa.Text(), nullable=False),
        sa.Column("ca_file", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_mailbox_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox")),
    )
    op.create_index(
        op.f("ix_mailbox_consultation_id"), "mailbox", ["consultation_id"], unique=False
    )
    op.create_table(
        "mailbox_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailbox_id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("highest_uid", sa.BigInteger(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mailbox_id"],
            ["mailbox.id"],
            name=op.f("fk_mailbox_state_mailbox_id_mailbox"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox_state")),
        sa.UniqueConstraint("mailbox_id", "folder", name=op.f("uq_mailbox_state_mailbox_id")),
    )
    op.create_table(
        "mailbox_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailbox_id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mailbox_id"],
            ["mailbox.id"],
            name=op.f("fk_mailbox_message_mailbox_id_mailbox"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["response.id"],
            name=op.f("fk_mailbox_message_response_id_response"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox_message")),
        sa.UniqueConstraint(
            "mailbox_id",
            "folder",
            "uidvalidity",
            "uid",
            name=op.f("uq_mailbox_message_mailbox_id"),
        ),
    )
    op.create_index(
        "ix_mailbox_message_mailbox_message",
        "mailbox_message",
        ["mailbox_id", "message_id"],
        unique=False,
    )
    op.create_index(
        "ix_mailbox_message_mailbox_sha256",
        "mailbox_message",
        ["mailbox_id", "sha256"],
        unique=False,
    )
    op.create_index(
        op.f("ix_mailbox_message_response_id"), "mailbox_message", ["response_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("mailbox_message")
    op.drop_table("mailbox_state")
    op.drop_index(op.f("ix_mailbox_consultation_id"), table_name="mailbox")
    op.drop_table("mailbox")
