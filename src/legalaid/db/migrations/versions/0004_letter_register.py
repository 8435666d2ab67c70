"""Letters register: yearly outgoing-number sequence, PDFs stored in the database, and the
organisation profile (phone, signatory, logo image).

The register's PDFs move into ``letter_pdf`` (no file path any more: the database is the only
place a letter is kept). No release ever wrote letters, so ``stored_file`` is dropped as is.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_column("stored_file")
        batch_op.add_column(sa.Column("year", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column("sequence", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("title", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("lawyer", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column(
            "created_at", sa.DateTime(), nullable=False, server_default="1970-01-01 00:00:00"
        ))
        batch_op.create_unique_constraint("uq_letter_year_sequence", ["year", "sequence"])
        batch_op.create_index("ix_letter_date", ["date"], unique=False)
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("signatory", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("logo_image", sa.LargeBinary(), nullable=True))
    op.create_table(
        "letter_pdf",
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letter.id"], name=op.f("fk_letter_pdf_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("letter_id", name=op.f("pk_letter_pdf")),
    )


def downgrade() -> None:
    op.drop_table("letter_pdf")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("logo_image")
        batch_op.drop_column("signatory")
        batch_op.drop_column("phone")
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_date")
        batch_op.drop_constraint("uq_letter_year_sequence", type_="unique")
        batch_op.drop_column("created_at")
        batch_op.drop_column("lawyer")
        batch_op.drop_column("title")
        batch_op.drop_column("sequence")
        batch_op.drop_column("year")
        batch_op.add_column(sa.Column("stored_file", sa.Text(), nullable=True))
