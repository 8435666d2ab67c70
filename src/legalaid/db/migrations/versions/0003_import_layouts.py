"""Import layouts: the column mapping remembered for each spreadsheet header.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 08:52:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_layout",
        sa.Column("header_hash", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("header_hash", name=op.f("pk_import_layout")),
    )


def downgrade() -> None:
    op.drop_table("import_layout")
