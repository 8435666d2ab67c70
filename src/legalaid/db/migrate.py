"""Bringing a database to the schema of this version of the app.

The app migrates to head at start. An existing SQLite file that is behind head is first backed
up (timestamped, verified, encrypted like the database, into the backup directory) so that a
failed or unwanted upgrade can be undone with ``legalaid restore``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

from legalaid.db.session import sqlite_file

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration; a test keeps it equal to Alembic's head so that a database already at head
# opens without importing Alembic at all (it costs ~0.4 s of start-up).
SCHEMA_HEAD = "0017"
FTS_TABLE = "client_name_fts"
# PostgreSQL's trigram index on the search key (0013): an expression the models cannot state.
TRIGRAM_INDEX = "ix_client_name_search_key_trgm"


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the name search indexes out of schema comparison: FTS5's virtual table and its
    shadow tables on SQLite, the trigram index on PostgreSQL."""
    if type_ == "index" and name == TRIGRAM_INDEX:
        return False
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The revision this version of the app expects."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migration chain is empty"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        try:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):
            return None  # no version table yet: an empty database
    return str(revision) if revision is not None else None


def _back_up(engine: Engine, backup_dir: Path, revision: str | None) -> Path | None:
    path = sqlite_file(engine)
    if path is None or not path.exists():
        return None
    with engine.connect() as connection:
        if not inspect(connection).get_table_names():
            return None  # a brand-new file: nothing worth keeping
    from legalaid.db.backup import backup_name, take_backup

    # An online backup, encrypted like the database and verified before it counts.
    target = backup_dir / backup_name(path, f"before-{revision or 'base'}-upgrade",
                                      dt.datetime.now())
    take_backup(engine, target)
    return target


def migrate_to_head(engine: Engine, backup_dir: Path | None = None) -> str:
    """Upgrade the database to head (backing an SQLite file up first); returns the revision."""
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return SCHEMA_HEAD
    from alembic import command

    head = head_revision()
    if backup_dir is not None:
        _back_up(engine, backup_dir, revision)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return head
