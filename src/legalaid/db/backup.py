"""Backups of the case database with SQLite's online backup API, and their verification.

A backup is a single self-contained file (rollback journal, not WAL) encrypted with the same
passphrase as the database: the backup API copies pages between two SQLCipher connections that
share the key, and refuses to write into an unkeyed one. Readers never block the writer under
WAL, so a backup is taken in one step, inside one read transaction that also counts the rows it
must contain; the copy is then reopened and checked (``PRAGMA integrity_check``, same counts)
before it gets its final name.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from legalaid.db import crypto
from legalaid.db.session import engine_passphrase, sqlite_file
from legalaid.errors import LegalAidError

BACKUP_SUFFIX = ".backup"
PARTIAL_SUFFIX = ".partial"


class BackupError(LegalAidError):
    """A backup could not be made or did not pass verification."""


@dataclass(frozen=True)
class FileCheck:
    """The verdict of opening a database file and checking it."""

    ok: bool
    detail: str  # "ok", or what SQLite reported
    counts: dict[str, int]


def table_counts(connection: Any) -> dict[str, int]:
    """Rows per ordinary table (FTS shadow tables included: they hold the search index)."""
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names}


def check_connection(connection: Any, quick: bool = False) -> str:
    """``ok`` or the first problems SQLite's integrity check reports."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}(20)")]
    return "ok" if rows == ["ok"] else "; ".join(rows)


def check_file(path: Path, passphrase: str | None) -> FileCheck:
    """Open ``path`` with ``passphrase`` and run the full integrity check.

    A wrong passphrase raises ValidationError; a damaged file gives ``ok=False``.
    """
    driver = crypto.quiet_driver()
    connection = crypto.connect(path, passphrase)
    try:
        detail = check_connection(connection)
        counts = table_counts(connection) if detail == "ok" else {}
    except driver.DatabaseError as error:
        return FileCheck(False, str(error), {})
    finally:
        connection.close()
    return FileCheck(detail == "ok", detail, counts)


def verify_file(path: Path, passphrase: str | None, expected: dict[str, int]) -> FileCheck:
    """Raise BackupError unless ``path`` passes the integrity check with ``expected`` counts."""
    check = check_file(path, passphrase)
    if not check.ok:
        raise BackupError(f"backup: {path} failed the integrity check ({check.detail})")
    if check.counts != expected:
        raise BackupError(f"backup: {path} does not hold the same rows as the database")
    return check


def backup_name(database: Path, reason: str, now: dt.datetime) -> str:
    """``legalaid-20240315-093000-123456-daily.backup``: sortable by time, says why."""
    return f"{database.stem}-{now:%Y%m%d-%H%M%S-%f}-{reason}{BACKUP_SUFFIX}"


def _open_like(peer: Any, path: Path, passphrase: str | None) -> Any:
    """A connection of the same driver as ``peer`` (the backup API copies only between two
    connections of one library: the standard sqlite3 for plaintext, sqlcipher3 for encrypted)."""
    if passphrase is None and isinstance(peer, sqlite3.Connection):
        return sqlite3.connect(str(path), isolation_level=None)
    connection = crypto.quiet_driver().connect(str(path), isolation_level=None)
    if passphrase is not None:
        connection.execute(f"PRAGMA key = {crypto.sql_string(passphrase)}")
    return connection


def _copy_pages(source: Any, target_path: Path, passphrase: str | None) -> dict[str, int]:
    """Back ``source`` up into ``target_path`` in one step; returns the rows it must hold."""
    target = _open_like(source, target_path, passphrase)
    try:
        source.execute("BEGIN")  # one snapshot for the counts and the pages
        try:
            expected = table_counts(source)
            source.backup(target)
        finally:
            source.execute("ROLLBACK")
        target.execute("PRAGMA journal_mode = DELETE")  # one file, no WAL beside it
    finally:
        target.close()
    return expected


def take_backup(engine: Engine, target: Path) -> FileCheck:
    """Back the engine's SQLite database up into ``target`` (a new file), verified.

    The copy is written as ``target.partial`` and renamed only once it has passed the check, so
    a file with the final name is always a good backup.
    """
    passphrase = engine_passphrase(engine)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    partial.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        dbapi: Any = raw.driver_connection
        saved = dbapi.isolation_level
        dbapi.isolation_level = None  # explicit BEGIN/ROLLBACK below
        try:
            expected = _copy_pages(dbapi, partial, passphrase)
        finally:
            dbapi.isolation_level = saved
    finally:
        raw.close()
    try:
        check = verify_file(partial, passphrase, expected)
        crypto.fsync_file(partial)
        os.replace(partial, target)
        crypto.fsync_dir(target.parent)
    finally:
        partial.unlink(missing_ok=True)
    return check


def restore_into(engine: Engine, backup: Path) -> None:
    """Overwrite the engine's database with the backup file's content (same passphrase).

    The backup API writes through the live database's own pager, so the write-ahead log and the
    other pooled connections see the restored pages; a crash midway leaves the old content.
    """
    passphrase = engine_passphrase(engine)
    crypto.connect(backup, passphrase).close()  # a wrong passphrase is refused by name
    raw = engine.raw_connection()
    try:
        target = raw.driver_connection
        source = _open_like(target, backup, passphrase)
        try:
            source.backup(target)
        finally:
            source.close()
    finally:
        raw.close()
    engine.dispose()  # pooled connections drop their cached schema


def replace_file(database: Path, backup: Path, passphrase: str | None) -> None:
    """Put the backup in place of a database no engine has open (start-up recovery)."""
    check = check_file(backup, passphrase)
    if not check.ok:
        raise BackupError(f"backup: {backup} failed the integrity check ({check.detail})")
    temp = database.with_name(database.name + ".restoring")
    temp.unlink(missing_ok=True)
    source = crypto.connect(backup, passphrase)
    try:
        target = _open_like(source, temp, passphrase)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
    finally:
        source.close()
    crypto.fsync_file(temp)
    # The old WAL must go first: replayed onto the restored file it would corrupt it.
    crypto.remove_sidecars(database)
    os.replace(temp, database)
    crypto.fsync_dir(database.parent)


def list_backups(directory: Path, database: Path) -> list[Path]:
    """The database's finished backups in ``directory``, newest first."""
    if not directory.is_dir():
        return []
    found = [path for path in directory.glob(f"{database.stem}-*{BACKUP_SUFFIX}")
             if path.is_file()]
    return sorted(found, key=lambda path: path.name, reverse=True)


def prune(directory: Path, database: Path, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest backups; returns the deleted files."""
    doomed = list_backups(directory, database)[max(keep, 1):]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def database_path(engine: Engine) -> Path:
    path = sqlite_file(engine)
    if path is None:
        raise BackupError("backup: only an SQLite database file can be backed up by LegalAid")
    return path
