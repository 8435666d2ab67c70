"""Import fingerprints: a hash of every file imported and of every client record a row made, so
that importing the same file, or the same rows, again is detected row by row.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_fingerprint",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"],
                                name=op.f("fk_import_fingerprint_client_id_client"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("digest", name=op.f("pk_import_fingerprint")),
    )
    op.create_index(op.f("ix_import_fingerprint_client_id"), "import_fingerprint", ["client_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_import_fingerprint_client_id"), table_name="import_fingerprint")
    op.drop_table("import_fingerprint")
