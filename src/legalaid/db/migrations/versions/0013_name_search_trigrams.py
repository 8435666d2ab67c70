"""Name search on PostgreSQL through trigrams: the ``pg_trgm`` extension and a GIN index on the
normalised search key, so that prefix and typo matching reads the index instead of every name row
(SQLite has its FTS5 index since 0001: there this migration changes nothing). Without the
index's pending list (``fastupdate = off``) a name saved a moment ago costs a search nothing extra:
an office adds a few names an hour and searches all day.

Revision ID: 0013
Revises: 0011
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEX = "ix_client_name_search_key_trgm"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON client_name "
               "USING gin (search_key gin_trgm_ops) WITH (fastupdate = off)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")  # the extension may serve others: it stays
