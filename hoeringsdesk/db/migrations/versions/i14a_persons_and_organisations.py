"""persons and organisations, response-party roles with evidence, remembered corrections

Revision ID: i14a
Revises: i13a
Create Date: 2026-12-01 10:00:00

A party is a person (name, first name, surname, e-mail, phone, street, postcode, town) or an
organisation (name, kind, CVR); a contact person is linked to the organisation it speaks for
in a response (``response_party.contact_for_id``). Each link keeps the identity its file
showed (``seen_key``) and whether the reading was unsure. ``party_alias`` holds further keys
that find a party (name and address, CVR, corrections the officer made).

The data: parties with no organisation name become persons; parties the officer edited,
created, merged or split (the audit trail says so) are marked confirmed; each link's
seen_key starts as its party's match_key. The senders are then re-read from the kept original
files when the store is next opened for writing (``store_info`` 'senders_rederive' =
'pending'; see services/sender_repair.py), which keeps every confirmed party.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i14a"
down_revision: str | None = "i13a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("party_type", sa.String(20), server_default="organisation", nullable=False)
        )
        for name in ("first_name", "surname", "street", "town"):
            batch_op.add_column(sa.Column(name, sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("postcode", sa.String(20), server_default="", nullable=False))
        batch_op.add_column(sa.Column("cvr", sa.String(20), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("confirmed", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("response_party", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contact_for_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("seen_key", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("uncertain", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("note", sa.Text(), server_default="", nullable=False))
        batch_op.create_index(
            batch_op.f("ix_response_party_contact_for_id"), ["contact_for_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_response_party_contact_for_id_party"),
            "party",
            ["contact_for_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "party_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_party_alias_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["party.id"],
            name=op.f("fk_party_alias_party_id_party"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_alias")),
        sa.UniqueConstraint(
            "consultation_id", "key", "party_id", name=op.f("uq_party_alias_consultation_id")
        ),
    )
    with op.batch_alter_table("party_alias", schema=None) as batch_op:
        batch_op.create_index("ix_party_alias_lookup", ["consultation_id", "key"], unique=False)
        batch_op.create_index(batch_op.f("ix_party_alias_party_id"), ["party_id"], unique=False)

    op.execute("UPDATE party SET party_type = 'person' WHERE organisation = ''")
    op.execute(
        "UPDATE party SET confirmed = true WHERE id IN (SELECT entity_id FROM audit_event "
        "WHERE entity = 'party' AND entity_id IS NOT NULL)"
    )
    op.execute(
        "UPDATE response_party SET seen_key = (SELECT match_key FROM party "
        "WHERE party.id = response_party.party_id)"
    )
    op.execute(
        "INSERT INTO store_info (key, value) SELECT 'senders_rederive', 'pending' "
        "WHERE EXISTS (SELECT 1 FROM response)"
    )


def downgrade() -> None:
    op.execute("DELETE FROM store_info WHERE key = 'senders_rederive'")
    with op.batch_alter_table("party_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_alias_party_id"))
        batch_op.drop_index("ix_party_alias_lookup")
    op.drop_table("party_alias")
    with op.batch_alter_table("response_party", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_response_party_contact_for_id_party"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_response_party_contact_for_id"))
        for name in ("note", "uncertain", "seen_key", "contact_for_id"):
            batch_op.drop_column(name)
    with op.batch_alter_table("party", schema=None) as batch_op:
        for name in ("confirmed", "cvr", "postcode", "town", "street", "surname", "first_name",
                     "party_type"):  # fmt: skip
            batch_op.drop_column(name)
