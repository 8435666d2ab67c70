"""Citizenship "not stated" apart from stateless: the column takes the ICAO codes XXB and XXC
(refugee travel documents) and XXX (not stated) beside the ISO alpha-2 codes; NULL stays
"stateless".

What existing NULL rows mean: until now the intake wizard saved "not stated" as NULL too, so a
NULL says nothing by itself. A NULL row stays stateless only where the file shows statelessness:
the category is ``stateless`` or ``stateless_applicant``, or a stateless person's certificate or a
query to the country of origin (``stateless_query_sent``) is recorded (deleted items included:
they were recorded once). Every other NULL row becomes XXX, not stated: the engine then asks for
the citizenship ("citizenship not recorded") instead of treating the person as stateless, and
reports count them as "not recorded" instead of "stateless". A lawyer who knows the person is
stateless says so once in the profile. Downgrading turns XXB, XXC and XXX back into NULL.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_CLIENT = sa.table("client", sa.column("id", sa.Integer), sa.column("citizenship", sa.String),
                   sa.column("category", sa.String))
_DOCUMENT = sa.table("document", sa.column("client_id", sa.Integer), sa.column("type", sa.String))
_EVENT = sa.table("event", sa.column("client_id", sa.Integer), sa.column("type", sa.String))
_STATELESS_CATEGORIES = ("stateless", "stateless_applicant")


def _set_length(old: int, new: int) -> None:
    """Declare the column's new length. On SQLite, rebuilding ``client`` would cascade its rows'
    deletes while foreign keys are on, and a text column's length changes nothing stored: the
    declared type is rewritten in the schema itself (SQLite's documented procedure for changes
    that leave the stored format as it is)."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.alter_column("client", "citizenship", existing_type=sa.String(length=old),
                        type_=sa.String(length=new), existing_nullable=True)
        return
    version = int(bind.exec_driver_sql("PRAGMA schema_version").scalar_one())
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.execute(sa.text(
        "UPDATE sqlite_master SET sql = replace(sql, :old, :new) "
        "WHERE type = 'table' AND name = 'client'"),
        {"old": f"citizenship VARCHAR({old})", "new": f"citizenship VARCHAR({new})"})
    bind.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    _set_length(2, 3)
    certified = sa.select(_DOCUMENT.c.client_id).where(
        _DOCUMENT.c.type == "stateless_certificate")
    queried = sa.select(_EVENT.c.client_id).where(_EVENT.c.type == "stateless_query_sent")
    op.execute(
        _CLIENT.update()
        .where(_CLIENT.c.citizenship.is_(None),
               sa.or_(_CLIENT.c.category.is_(None),
                      _CLIENT.c.category.not_in(_STATELESS_CATEGORIES)),
               _CLIENT.c.id.not_in(certified), _CLIENT.c.id.not_in(queried))
        .values(citizenship="XXX"))


def downgrade() -> None:
    op.execute(_CLIENT.update().where(_CLIENT.c.citizenship.in_(("XXB", "XXC", "XXX")))
               .values(citizenship=None))
    _set_length(3, 2)
