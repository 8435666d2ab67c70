"""The head of the audit chain kept apart from the entries (count, last id and hash), so that
removing the newest entries is detected too.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    # The chain as it stands: its entry count, newest id and hash (the genesis when empty).
    op.execute(sa.text(
        "INSERT INTO audit_head (id, entries, last_id, hash) "
        "SELECT 1, (SELECT COUNT(*) FROM audit_log), COALESCE(MAX(id), 0), "
        "COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), :genesis) "
        "FROM audit_log").bindparams(genesis="0" * 64))


def downgrade() -> None:
    op.drop_table("audit_head")
