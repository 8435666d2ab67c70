"""Signed audit entries: each entry's Ed25519 signature and the signer's public key, and the head's
first entry from which signatures are required.

Revision ID: 0011
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite's append-only triggers forbid UPDATE/DELETE, not new columns; existing entries keep
    # no signature (they were recorded before signing existed and are verified by their chain).
    with op.batch_alter_table("audit_log", recreate="never") as batch:
        batch.add_column(sa.Column("signature", sa.String(length=128), nullable=True))
        batch.add_column(sa.Column("public_key", sa.String(length=64), nullable=True))
    with op.batch_alter_table("audit_head", recreate="never") as batch:
        batch.add_column(sa.Column("signed_from", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_head") as batch:
        batch.drop_column("signed_from")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("public_key")
        batch.drop_column("signature")
