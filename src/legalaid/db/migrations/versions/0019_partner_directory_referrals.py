"""The partner directory (organisations, their services, this organisation's key pair), tracked
referrals (partner, service, reason, urgency, direction, the dated steps) and the packets seen.

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partner_org",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("names", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("regions", sa.Text(), nullable=False),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("contacts", sa.Text(), nullable=True),
        sa.Column("send_by", sa.String(length=20), nullable=False),
        sa.Column("age_public", sa.Text(), nullable=True),
        sa.Column("sign_public", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_org")),
        sa.UniqueConstraint("uid", name=op.f("uq_partner_org_uid")),
    )
    op.create_table(
        "partner_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("age_min", sa.Integer(), nullable=True),
        sa.Column("age_max", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["partner_id"], ["partner_org.id"],
                                name=op.f("fk_partner_service_partner_id_partner_org"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_service")),
    )
    op.create_index(op.f("ix_partner_service_partner_id"), "partner_service", ["partner_id"])
    op.create_table(
        "organisation_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("age_public", sa.Text(), nullable=False),
        sa.Column("sign_public", sa.String(length=64), nullable=False),
        sa.Column("secret", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_key")),
    )
    op.create_table(
        "packet_seen",
        sa.Column("packet_id", sa.String(length=64), nullable=False),
        sa.Column("sender", sa.String(length=40), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("packet_id", name=op.f("pk_packet_seen")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.add_column(sa.Column("partner_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("service_kind", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("urgent", sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
        batch_op.add_column(sa.Column("direction", sa.String(length=10),
                                      server_default="outgoing", nullable=False))
        batch_op.add_column(sa.Column("remote_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("status_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("answered_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_referral_partner_id"), ["partner_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_referral_partner_id_partner_org"),
                                    "partner_org", ["partner_id"], ["id"], ondelete="SET NULL")
    op.create_table(
        "referral_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("by", sa.String(length=100), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["referral_id"], ["referral.id"],
                                name=op.f("fk_referral_step_referral_id_referral"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_step")),
    )
    op.create_index(op.f("ix_referral_step_referral_id"), "referral_step", ["referral_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_referral_step_referral_id"), table_name="referral_step")
    op.drop_table("referral_step")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_referral_partner_id_partner_org"),
                                 type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_referral_partner_id"))
        for column in ("answered_on", "status_on", "remote_id", "direction", "urgent", "reason",
                       "service_kind", "partner_id"):
            batch_op.drop_column(column)
    op.drop_table("packet_seen")
    op.drop_table("organisation_key")
    op.drop_index(op.f("ix_partner_service_partner_id"), table_name="partner_service")
    op.drop_table("partner_service")
    op.drop_table("partner_org")
