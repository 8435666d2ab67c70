"""Outgoing letter numbers from one counter row per year: taking a number locks that row until
the letter is committed, so desktops taking numbers at the same instant wait their turn instead
of colliding (PostgreSQL) and every year's numbers stay distinct and gap-free. Seeded with each
year's highest number already registered.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_counter",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_letter_counter")),
    )
    op.execute(sa.text('INSERT INTO letter_counter (year, "last") '
                       "SELECT year, MAX(sequence) FROM letter GROUP BY year"))


def downgrade() -> None:
    op.drop_table("letter_counter")
