"""One person, one file: the parties of a case (for the conflict-of-interest check), the pairs
judged "not the same person" (the duplicate finder leaves them out) and, on a client merged into
another, the file it went into.

Revision ID: 0021
Revises: 0020
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding the client table would cascade into every file.
    op.add_column("client", sa.Column("merged_into", sa.Integer(), nullable=True))
    op.create_table(
        "case_party",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey(
            "legal_case.id", ondelete="CASCADE", name="fk_case_party_case_id_legal_case"),
            nullable=False),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey(
            "client.id", ondelete="CASCADE", name="fk_case_party_client_id_client"),
            nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("identifier", sa.String(40)),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("deleted_at", sa.DateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_case_party"),
    )
    op.create_index("ix_case_party_case_id", "case_party", ["case_id"])
    op.create_index("ix_case_party_client_id", "case_party", ["client_id"])
    op.create_index("ix_case_party_identifier", "case_party", ["identifier"])
    op.create_table(
        "duplicate_dismissal",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("client_low", sa.Integer(), sa.ForeignKey(
            "client.id", ondelete="CASCADE", name="fk_duplicate_dismissal_client_low_client"),
            nullable=False),
        sa.Column("client_high", sa.Integer(), sa.ForeignKey(
            "client.id", ondelete="CASCADE", name="fk_duplicate_dismissal_client_high_client"),
            nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=False),
        sa.Column("dismissed_by", sa.String(100)),
        sa.PrimaryKeyConstraint("id", name="pk_duplicate_dismissal"),
        sa.UniqueConstraint("client_low", "client_high", name="uq_duplicate_dismissal_pair"),
    )
    op.create_index("ix_duplicate_dismissal_client_high", "duplicate_dismissal",
                    ["client_high"])


def downgrade() -> None:
    op.drop_index("ix_duplicate_dismissal_client_high", table_name="duplicate_dismissal")
    op.drop_table("duplicate_dismissal")
    for index in ("ix_case_party_identifier", "ix_case_party_client_id", "ix_case_party_case_id"):
        op.drop_index(index, table_name="case_party")
    op.drop_table("case_party")
    op.drop_column("client", "merged_into")
