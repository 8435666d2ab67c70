"""Failed sign-ins counted per user name in ``signin_throttle`` (names without an account too),
keyed by a hash of the normalised name; the counts move there from ``user_account``.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import hashlib
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _key(name: str) -> str:
    # The same key as ``db.repositories.accounts.throttle_key`` (copied: a migration stays as
    # it was written even when the application's code changes later).
    normalised = unicodedata.normalize("NFKC", name.strip()).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def upgrade() -> None:
    throttle = op.create_table(
        "signin_throttle",
        sa.Column("name_hash", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("retry_after", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name_hash", name=op.f("pk_signin_throttle")),
    )
    account = sa.table("user_account", sa.column("name", sa.String()),
                       sa.column("failed_logins", sa.Integer()),
                       sa.column("retry_after", sa.DateTime()))
    waiting = op.get_bind().execute(
        sa.select(account.c.name, account.c.failed_logins, account.c.retry_after).where(
            sa.or_(account.c.failed_logins > 0, account.c.retry_after.is_not(None)))).all()
    rows = {_key(name): (failures, after) for name, failures, after in waiting}
    if rows:
        op.bulk_insert(throttle, [{"name_hash": key, "failures": failures, "retry_after": after}
                                  for key, (failures, after) in rows.items()])
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("failed_logins")
        batch.drop_column("retry_after")


def downgrade() -> None:
    with op.batch_alter_table("user_account") as batch:
        batch.add_column(sa.Column("failed_logins", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("retry_after", sa.DateTime(), nullable=True))
    op.drop_table("signin_throttle")
