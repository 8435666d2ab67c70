"""Initial schema: every table of the case database, and on SQLite the FTS5 name index.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21 08:22:08.729129
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

FTS_STATEMENTS = (
    # External-content index over the normalised search keys: the text lives once, in client_name.
    "CREATE VIRTUAL TABLE client_name_fts USING fts5(search_key, content='client_name', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER client_name_fts_insert AFTER INSERT ON client_name BEGIN "
    "INSERT INTO client_name_fts(rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER client_name_fts_delete AFTER DELETE ON client_name BEGIN "
    "INSERT INTO client_name_fts(client_name_fts, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER client_name_fts_update AFTER UPDATE OF search_key ON client_name BEGIN "
    "INSERT INTO client_name_fts(client_name_fts, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO client_name_fts(rowid, search_key) VALUES (new.id, new.search_key); END",
)
FTS_DROP = (
    "DROP TRIGGER IF EXISTS client_name_fts_update",
    "DROP TRIGGER IF EXISTS client_name_fts_delete",
    "DROP TRIGGER IF EXISTS client_name_fts_insert",
    "DROP TABLE IF EXISTS client_name_fts",
)


def _on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_client_at", ["client_id", "at"], unique=False)

    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("citizenship", sa.String(length=2), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("safe_to_contact", sa.Boolean(), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("iin", sa.String(length=12), nullable=True),
        sa.Column("lawyer", sa.String(length=200), nullable=True),
        sa.Column("reporting_consent", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index("ix_client_category", ["category"], unique=False)
        batch_op.create_index("ix_client_citizenship", ["citizenship"], unique=False)
        batch_op.create_index("ix_client_date_of_birth", ["date_of_birth"], unique=False)
        batch_op.create_index("ix_client_iin", ["iin"], unique=False)
        batch_op.create_index("ix_client_lawyer", ["lawyer"], unique=False)
        batch_op.create_index("ix_client_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("logo", sa.Text(), nullable=True),
        sa.Column("outgoing_prefix", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "client_name",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("family", sa.String(length=200), nullable=False),
        sa.Column("given", sa.String(length=200), nullable=False),
        sa.Column("patronymic", sa.String(length=200), nullable=True),
        sa.Column("script", sa.String(length=4), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_client_name_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_name")),
    )
    with op.batch_alter_table("client_name", schema=None) as batch_op:
        batch_op.create_index(
            "ix_client_name_client_position", ["client_id", "position"], unique=False
        )
        batch_op.create_index(
            "ix_client_name_sort", ["position", "family", "given", "client_id"], unique=False
        )

    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("issuer", sa.String(length=200), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_document_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_client_id"), ["client_id"], unique=False)
        batch_op.create_index("ix_document_number", ["number"], unique=False)
        batch_op.create_index("ix_document_valid_until", ["valid_until"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_event_client_id_client"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_client_id"), ["client_id"], unique=False)

    op.create_table(
        "family_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("other_client_id", sa.Integer(), nullable=False),
        sa.Column("relationship", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_family_link_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_client_id"],
            ["client.id"],
            name=op.f("fk_family_link_other_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_link")),
    )
    with op.batch_alter_table("family_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_family_link_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_family_link_other_client_id"), ["other_client_id"], unique=False
        )

    op.create_table(
        "legal_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("opened", sa.Date(), nullable=False),
        sa.Column("closed", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("funding_code", sa.String(length=40), nullable=True),
        sa.Column("lawyer", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_legal_case_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_case")),
    )
    with op.batch_alter_table("legal_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_legal_case_client_id"), ["client_id"], unique=False)

    op.create_table(
        "letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(length=80), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("outgoing_number", sa.String(length=40), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("stored_file", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_letter_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
        sa.UniqueConstraint("outgoing_number", name=op.f("uq_letter_outgoing_number")),
    )
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_client_id"), ["client_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_note_client_id_client"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_client_id"), ["client_id"], unique=False)

    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("partner", sa.String(length=200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("feedback_due", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_referral_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_client_id"), ["client_id"], unique=False)

    op.create_table(
        "status_snapshot",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("regime", sa.String(length=20), nullable=True),
        sa.Column("last_lawful_day", sa.Date(), nullable=True),
        sa.Column("days_remaining", sa.Integer(), nullable=True),
        sa.Column("overstay_days", sa.Integer(), nullable=False),
        sa.Column("next_deadline", sa.Date(), nullable=True),
        sa.Column("next_deadline_title", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_status_snapshot_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_status_snapshot")),
    )
    with op.batch_alter_table("status_snapshot", schema=None) as batch_op:
        batch_op.create_index("ix_status_snapshot_days_remaining", ["days_remaining"], unique=False)
        batch_op.create_index("ix_status_snapshot_next_deadline", ["next_deadline"], unique=False)
        batch_op.create_index("ix_status_snapshot_status", ["status"], unique=False)

    op.create_table(
        "trip",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("entry", sa.Date(), nullable=False),
        sa.Column("exit", sa.Date(), nullable=True),
        sa.Column("checkpoint", sa.String(length=200), nullable=True),
        sa.Column("irregular_entry", sa.Boolean(), nullable=False),
        sa.Column("host_notified", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_trip_client_id_client"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trip")),
    )
    with op.batch_alter_table("trip", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trip_client_id"), ["client_id"], unique=False)

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("done", sa.Date(), nullable=True),
        sa.Column("source_rule", sa.String(length=40), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["legal_case.id"],
            name=op.f("fk_task_case_id_legal_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_task_client_id_client"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_client_id"), ["client_id"], unique=False)
        batch_op.create_index("ix_task_due", ["due"], unique=False)

    if _on_sqlite():
        for statement in FTS_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if _on_sqlite():
        for statement in FTS_DROP:
            op.execute(statement)
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index("ix_task_due")
        batch_op.drop_index(batch_op.f("ix_task_client_id"))
        batch_op.drop_index(batch_op.f("ix_task_case_id"))

    op.drop_table("task")
    with op.batch_alter_table("trip", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_client_id"))

    op.drop_table("trip")
    with op.batch_alter_table("status_snapshot", schema=None) as batch_op:
        batch_op.drop_index("ix_status_snapshot_status")
        batch_op.drop_index("ix_status_snapshot_next_deadline")
        batch_op.drop_index("ix_status_snapshot_days_remaining")

    op.drop_table("status_snapshot")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_client_id"))

    op.drop_table("referral")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_client_id"))

    op.drop_table("note")
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_client_id"))

    op.drop_table("letter")
    with op.batch_alter_table("legal_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_legal_case_client_id"))

    op.drop_table("legal_case")
    with op.batch_alter_table("family_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_link_other_client_id"))
        batch_op.drop_index(batch_op.f("ix_family_link_client_id"))

    op.drop_table("family_link")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_client_id"))

    op.drop_table("event")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index("ix_document_valid_until")
        batch_op.drop_index("ix_document_number")
        batch_op.drop_index(batch_op.f("ix_document_client_id"))

    op.drop_table("document")
    with op.batch_alter_table("client_name", schema=None) as batch_op:
        batch_op.drop_index("ix_client_name_sort")
        batch_op.drop_index("ix_client_name_client_position")

    op.drop_table("client_name")
    op.drop_table("organisation")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_updated_at")
        batch_op.drop_index("ix_client_lawyer")
        batch_op.drop_index("ix_client_iin")
        batch_op.drop_index("ix_client_date_of_birth")
        batch_op.drop_index("ix_client_citizenship")
        batch_op.drop_index("ix_client_category")

    op.drop_table("client")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_client_at")

    op.drop_table("change_log")
