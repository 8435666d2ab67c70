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


LIVE = sa.text("deleted_at IS NULL")
OPEN = sa.text("done IS NULL AND deleted_at IS NULL")
DELETED = sa.text("deleted_at IS NOT NULL")


def upgrade() -> None:
    op.create_table(
        "client_deadline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("rule", sa.String(length=40), nullable=False),
        sa.Column("document", sa.String(length=40), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_client_deadline_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_deadline")),
    )
    op.create_index("ix_client_deadline_client_id", "client_deadline", ["client_id"])
    op.create_index("ix_client_deadline_due", "client_deadline", ["due", "rule", "client_id"])
    op.create_index("ix_document_live_end", "document", ["valid_until", "client_id", "type"],
                    sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index("ix_task_open_due", "task", ["due", "client_id"],
                    sqlite_where=OPEN, postgresql_where=OPEN)
    op.create_index("ix_client_deleted", "client", ["id"],
                    sqlite_where=DELETED, postgresql_where=DELETED)
    op.create_index("ix_status_snapshot_risk", "status_snapshot", ["days_remaining", "status"])
    # Snapshots are derived data: dropping them makes the start-up refresh evaluate every client
    # again, which writes each one's deadlines beside its snapshot.
    op.execute("DELETE FROM status_snapshot")


def downgrade() -> None:
    op.drop_index("ix_status_snapshot_risk", table_name="status_snapshot")
    op.drop_index("ix_client_deleted", table_name="client")
    op.drop_index("ix_task_open_due", table_name="task")
    op.drop_index("ix_document_live_end", table_name="document")
    op.drop_index("ix_client_deadline_due", table_name="client_deadline")
    op.drop_index("ix_client_deadline_client_id", table_name="client_deadline")
    op.drop_table("client_deadline")
