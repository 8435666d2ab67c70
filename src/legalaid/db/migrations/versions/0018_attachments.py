"""Attachments: scans and files kept with a client, a document or a case, their bytes in a table
of their own (``attachment_data``) so that listing a file's attachments reads no blobs.

Revision ID: 0018
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=60), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=True),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"],
                                name=op.f("fk_attachment_client_id_client"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"],
                                name=op.f("fk_attachment_document_id_document"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["legal_case.id"],
                                name=op.f("fk_attachment_case_id_legal_case"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    for column in ("client_id", "document_id", "case_id"):
        op.create_index(op.f(f"ix_attachment_{column}"), "attachment", [column], unique=False)
    op.create_table(
        "attachment_data",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"],
                                name=op.f("fk_attachment_data_attachment_id_attachment"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_data")),
    )


def downgrade() -> None:
    op.drop_table("attachment_data")
    for column in ("case_id", "document_id", "client_id"):
        op.drop_index(op.f(f"ix_attachment_{column}"), table_name="attachment")
    op.drop_table("attachment")
