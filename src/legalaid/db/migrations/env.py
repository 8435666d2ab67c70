"""Alembic environment: runs on the connection that ``db/migrate.py`` hands over.

There is no alembic.ini; the configuration is built in code. Batch mode lets SQLite alter tables.
"""

from __future__ import annotations

from alembic import context

from legalaid.db.migrate import include_object
from legalaid.db.models import Base


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
