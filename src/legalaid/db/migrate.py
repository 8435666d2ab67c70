"""Bringing a database to the schema of this version of the app.

The app migrates an SQLite file to head at start. An existing file that is behind head is first
backed up (timestamped, verified, encrypted like the database, into the backup directory) so that
a failed or unwanted upgrade can be undone with ``legalaid restore``.

A server database is the office's: how far it may be upgraded is the caller's ``ServerUpgrade``.
The desktops never upgrade one; the commands create the schema of an empty one (``users init``
on a new server); only ``legalaid migrate`` and ``legalaid office setup`` upgrade an older one.
Migrations of one server database take the migration lock (``db/office.py``), so that processes
starting at once run them one after the other. A database at a revision this app does not know
(a newer app migrated it) is never touched: one sentence says to update the app.
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

from legalaid.db.office import is_server, migration_lock
from legalaid.db.session import sqlite_file
from legalaid.errors import LegalAidError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration; a test keeps it equal to Alembic's head so that a database already at head
# opens without importing Alembic at all (it costs ~0.4 s of start-up).
SCHEMA_HEAD = "0022"
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


class ServerUpgrade(enum.Enum):
    """How far opening may upgrade a server database."""

    NEVER = "never"  # the desktops: the administrator migrates
    EMPTY = "empty"  # the commands: the schema of an empty database, nothing older
    ANY = "any"  # ``legalaid migrate``, ``legalaid office setup``


class SchemaMismatch(LegalAidError):
    """The database's schema is not the one this app works with; the message says what to do."""


def newer_schema(revision: str) -> SchemaMismatch:
    return SchemaMismatch(f"the database is at schema {revision}, newer than this app "
                          f"({SCHEMA_HEAD}): update LegalAid")


def older_schema(revision: str) -> SchemaMismatch:
    return SchemaMismatch(f"the database is at schema {revision}, older than this app "
                          f"({SCHEMA_HEAD}): ask the administrator to run `legalaid migrate`")


def not_set_up() -> SchemaMismatch:
    return SchemaMismatch("the server database has no LegalAid tables yet: ask the "
                          "administrator to run `legalaid office setup`")


def known_revision(revision: str) -> bool:
    """Whether ``revision`` is one of this app's migrations."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except (CommandError, KeyError):
        return False


def schema_problem(revision: str | None, server: bool,
                   upgrade: ServerUpgrade) -> SchemaMismatch | None:
    """Why a database at ``revision`` may not be opened (upgraded as ``upgrade`` allows for a
    server), or None."""
    if revision == SCHEMA_HEAD:
        return None
    if revision is not None and not known_revision(revision):
        return newer_schema(revision)
    if not server or upgrade is ServerUpgrade.ANY:
        return None
    if revision is None:
        return None if upgrade is ServerUpgrade.EMPTY else not_set_up()
    return older_schema(revision)


def check_schema(engine: Engine) -> None:
    """Raise SchemaMismatch unless a desktop may open this database as it is (at head; an SQLite
    file the app upgrades itself)."""
    problem = schema_problem(current_revision(engine), is_server(engine), ServerUpgrade.NEVER)
    if problem is not None:
        raise problem


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
        return _revision(connection)


def _revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None  # no version table yet: an empty database
    try:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):
        return None
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


def migrate_to_head(engine: Engine, backup_dir: Path | None = None,
                    server_upgrade: ServerUpgrade = ServerUpgrade.EMPTY) -> str:
    """Upgrade the database to head (backing an SQLite file up first); returns the revision.
    SchemaMismatch when the schema is newer than the app's, or a server database is further
    behind than ``server_upgrade`` allows."""
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return SCHEMA_HEAD
    server = is_server(engine)
    problem = schema_problem(revision, server, server_upgrade)
    if problem is not None:
        raise problem
    from alembic import command

    head = head_revision()
    if backup_dir is not None:
        _back_up(engine, backup_dir, revision)
    config = alembic_config()
    with engine.begin() as connection, migration_lock(connection):
        # Another process may have migrated while this one waited for the lock.
        locked_revision = _revision(connection)
        if locked_revision == head:
            return head
        problem = schema_problem(locked_revision, server, server_upgrade)
        if problem is not None:
            raise problem
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return head
