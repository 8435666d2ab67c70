"""Rules packs kept in the database (the rules file's text, its id and version, which one is
active, who installed and activated it), and the pack behind each status snapshot, client
deadline and letter.

Revision ID: 0020
Revises: 0019
"""

from __future__ import annotations

import datetime as dt
import tomllib

import sqlalchemy as sa
from alembic import op

from legalaid.paths import resource

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rule_pack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("published", sa.Date(), nullable=False),
        sa.Column("prepared_by", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("installed_at", sa.DateTime(), nullable=False),
        sa.Column("installed_by", sa.String(length=200), nullable=True),
        sa.Column("activated_at", sa.DateTime(), nullable=True),
        sa.Column("activated_by", sa.String(length=200), nullable=True),
        sa.Column("replaced", sa.Integer(), nullable=True),
        sa.Column("changed_clients", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rule_pack")),
        sa.UniqueConstraint("pack_id", name=op.f("uq_rule_pack_pack_id")),
    )
    _install_shipped_pack()
    for name in ("status_snapshot", "client_deadline"):
        with op.batch_alter_table(name, recreate="never") as batch:
            batch.add_column(sa.Column("rule_pack", sa.Integer(), nullable=True))
    with op.batch_alter_table("letter", recreate="never") as batch:
        batch.add_column(sa.Column("rule_pack", sa.String(length=80), nullable=True))


def _install_shipped_pack() -> None:
    """The rules file shipped with this version becomes the first, active pack."""
    text = resource("rules", "kz.toml").read_text(encoding="utf-8")
    pack = tomllib.loads(text)["pack"]
    table = sa.table("rule_pack", sa.column("pack_id", sa.String), sa.column("version", sa.Integer),
                     sa.column("published", sa.Date), sa.column("prepared_by", sa.String),
                     sa.column("text", sa.Text), sa.column("active", sa.Boolean),
                     sa.column("installed_at", sa.DateTime), sa.column("activated_at", sa.DateTime))
    now = dt.datetime.now()
    op.bulk_insert(table, [{"pack_id": pack["id"], "version": pack["version"],
                            "published": pack["published"], "prepared_by": pack["prepared_by"],
                            "text": text, "active": True, "installed_at": now,
                            "activated_at": now}])


def downgrade() -> None:
    for name in ("letter", "client_deadline", "status_snapshot"):
        with op.batch_alter_table(name) as batch:
            batch.drop_column("rule_pack")
    op.drop_table("rule_pack")
