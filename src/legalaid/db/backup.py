"""Backups of the case database with SQLite's online backup API, their manifest, and telling a
LegalAid backup from anything else.

A backup is a single self-contained file (rollback journal, not WAL) encrypted with the same
passphrase as the database: the backup API copies pages between two SQLCipher connections that
share the key, and refuses to write into an unkeyed one. Readers never block the writer under
WAL, so a backup is taken in one step, inside one read transaction that also counts the rows it
must contain; the copy then gets LegalAid's application id and a signed manifest (schema revision,
rows per main table, organisation, when and how long), is reopened and checked (``PRAGMA
integrity_check``, same counts) before it gets its final name.

``inspect_backup`` tells a restorable file from the rest by the real reason: not a LegalAid backup
(empty, foreign schema, not SQLite at all), damaged (some pages verify, others do not; truncated;
integrity check or manifest fails) or taken with another passphrase (no page verifies).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from legalaid.db import crypto, keyring
from legalaid.db.session import engine_passphrase, sqlite_file
from legalaid.errors import LegalAidError, ValidationError
from legalaid.passphrase import BACKUP_PASSPHRASE_ENV

BACKUP_SUFFIX = ".backup"
PARTIAL_SUFFIX = ".partial"
# PRAGMA application_id of every LegalAid database and backup ("LAID"); 0 on older files.
APPLICATION_ID = 0x4C414944
MANIFEST_TABLE = "legalaid_backup_manifest"
MANIFEST_FORMAT = 1
# What a restore shows side by side: the records a person would miss.
MAIN_TABLES = ("client", "legal_case", "note", "letter", "document", "consent", "user_account",
               "audit_log")
# An older backup (no manifest) is still LegalAid's when it holds these.
LEGALAID_TABLES = frozenset({"alembic_version", "client", "client_name"})
SAFETY_FOLDER = "safety"  # copies of replaced databases: never pruned by the rotation


class BackupError(LegalAidError):
    """A backup could not be made or did not pass verification."""


class Refusal(enum.Enum):
    """Why a file cannot be restored."""

    NOT_LEGALAID = "not a LegalAid backup"
    DAMAGED = "damaged"
    OTHER_PASSPHRASE = "taken with another passphrase: give it"


class BackupRefused(ValidationError):
    """A file that is not a restorable LegalAid backup, named with the real reason."""

    def __init__(self, path: Path, reason: Refusal, detail: str = "") -> None:
        super().__init__(str(path), reason.value + (f" {detail}" if detail else ""))
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class FileCheck:
    """The verdict of opening a database file and checking it."""

    ok: bool
    detail: str  # "ok", or what SQLite reported
    counts: dict[str, int]


@dataclass(frozen=True)
class Manifest:
    """What a backup says about itself; ``signed`` is False for an older backup without one
    (its figures are then read from the file)."""

    taken: dt.datetime
    revision: str
    organisation: str
    counts: dict[str, int]
    seconds: float = 0.0
    reason: str = ""
    signed: bool = True
    # The database's keyring when the backup was taken (its wrapped keys only), if it has one.
    keyring: dict[str, Any] | None = field(default=None, repr=False)
    # The audit trail's head when the backup was taken and the signers' keys (``audit_pin``).
    audit: dict[str, Any] | None = field(default=None, repr=False)

    def as_json(self) -> dict[str, Any]:
        data = {"taken": self.taken.isoformat(timespec="seconds"), "revision": self.revision,
                "organisation": self.organisation, "counts": self.counts,
                "seconds": self.seconds, "reason": self.reason, "signed": self.signed}
        if self.audit is not None:
            data["audit"] = self.audit
        return {**data, "keyring": self.keyring} if self.keyring is not None else data


@dataclass(frozen=True)
class Inspection:
    """A file recognised as a LegalAid backup, opened with ``passphrase``."""

    path: Path
    manifest: Manifest
    counts: dict[str, int]  # rows per table, the manifest's own table left out
    passphrase: str | None = field(repr=False)
    ok: bool = True  # it passed every check (kept for callers of the former FileCheck)


def table_counts(connection: Any) -> dict[str, int]:
    """Rows per ordinary table (FTS shadow tables included: they hold the search index)."""
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names}


def main_counts(counts: dict[str, int]) -> dict[str, int]:
    return {name: counts.get(name, 0) for name in MAIN_TABLES}


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


# -- the manifest ------------------------------------------------------------------------------
def _manifest_key(passphrase: str | None) -> bytes:
    # Bound to the passphrase: a manifest cannot be carried over to a file under another key.
    return hashlib.sha256(b"LegalAid backup manifest\x00" + (passphrase or "").encode()).digest()


def _sign(body: str, passphrase: str | None) -> str:
    return hmac.new(_manifest_key(passphrase), body.encode(), hashlib.sha256).hexdigest()


def _scalar(connection: Any, sql: str, default: str = "") -> str:
    try:
        row = connection.execute(sql).fetchone()
    except crypto.quiet_driver().DatabaseError:
        return default  # the table is missing (an empty or very old database)
    except sqlite3.DatabaseError:
        return default
    return str(row[0]) if row is not None and row[0] is not None else default


def _describe(connection: Any) -> tuple[str, str]:
    """The schema revision and the organisation's name."""
    named = _scalar(connection, "SELECT COALESCE(NULLIF(name_ru, ''), NULLIF(name_kk, ''), "
                                "NULLIF(name_en, '')) FROM organisation ORDER BY id LIMIT 1")
    if not named:  # a schema from before the names per language (0022)
        named = _scalar(connection, "SELECT name FROM organisation ORDER BY id LIMIT 1")
    return _scalar(connection, "SELECT version_num FROM alembic_version"), named


def _write_manifest(connection: Any, manifest: Manifest, passphrase: str | None) -> None:
    body = json.dumps({"format": MANIFEST_FORMAT, **manifest.as_json()}, sort_keys=True,
                      ensure_ascii=False)
    connection.execute(f"DROP TABLE IF EXISTS {MANIFEST_TABLE}")
    connection.execute(f"CREATE TABLE {MANIFEST_TABLE} (body TEXT NOT NULL, "
                       "signature TEXT NOT NULL)")
    connection.execute(f"INSERT INTO {MANIFEST_TABLE} VALUES (?, ?)",
                       (body, _sign(body, passphrase)))
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _read_manifest(connection: Any, path: Path, passphrase: str | None) -> Manifest:
    row = connection.execute(f"SELECT body, signature FROM {MANIFEST_TABLE}").fetchone()
    if row is None or not hmac.compare_digest(str(row[1]), _sign(str(row[0]), passphrase)):
        raise BackupRefused(path, Refusal.DAMAGED, "(its manifest does not match its signature)")
    try:
        data = json.loads(row[0])
        return Manifest(dt.datetime.fromisoformat(data["taken"]), str(data["revision"]),
                        str(data["organisation"]),
                        {str(key): int(value) for key, value in data["counts"].items()},
                        float(data["seconds"]), str(data["reason"]),
                        keyring=data.get("keyring"), audit=data.get("audit"))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise BackupRefused(path, Refusal.DAMAGED, "(its manifest cannot be read)") from error


def resign_manifest(path: Path, old: str | None, new: str | None) -> None:
    """Sign the manifest of a backup just rekeyed from ``old`` to ``new`` again."""
    connection = crypto.connect(path, new)
    try:
        tables = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if MANIFEST_TABLE not in tables:
            return
        row = connection.execute(f"SELECT body, signature FROM {MANIFEST_TABLE}").fetchone()
        if row is None or not hmac.compare_digest(str(row[1]), _sign(str(row[0]), old)):
            return  # left as it was: inspection will call it damaged
        connection.execute(f"UPDATE {MANIFEST_TABLE} SET signature = ?",
                           (_sign(str(row[0]), new),))
    finally:
        connection.close()


# -- the keyring that goes with a backup -------------------------------------------------------
def manifest_keyring(database: Path | None) -> dict[str, Any] | None:
    """The keyring beside ``database`` as a backup's manifest carries it (no failure counts),
    or None when it has none."""
    if database is None or not keyring.exists(database):
        return None
    found = keyring.load(database)
    return replace(found, throttles={}).as_json()


def save_backup_keyring(database: Path | None, backup: Path) -> None:
    """Put a copy of the database's keyring beside ``backup`` (``<backup>.keyring``), so that a
    backup carried elsewhere opens with its accounts' passwords or the recovery key."""
    carried = manifest_keyring(database)
    if carried is not None:
        keyring.save_file(keyring.keyring_path(backup), keyring.Keyring.from_json(carried))


def backup_keyring(inspection: Inspection) -> keyring.Keyring | None:
    """The keyring a backup's manifest carries, if any."""
    carried = inspection.manifest.keyring
    return keyring.Keyring.from_json(carried) if carried is not None else None


# -- taking a backup ---------------------------------------------------------------------------
def _open_like(peer: Any, path: Path, passphrase: str | None) -> Any:
    """A connection of the same driver as ``peer`` (the backup API copies only between two
    connections of one library: the standard sqlite3 for plaintext, sqlcipher3 for encrypted)."""
    if passphrase is None and isinstance(peer, sqlite3.Connection):
        return sqlite3.connect(str(path), isolation_level=None)
    connection = crypto.quiet_driver().connect(str(path), isolation_level=None)
    if passphrase is not None:
        connection.execute(f"PRAGMA key = {crypto.sql_string(passphrase)}")
    return connection


# -- the audit trail in a backup -----------------------------------------------------------------
AUDIT_COLUMNS = ("id", "at", "user", "action", "table_name", "record_id", "client_id", "detail",
                 "prev_hash", "hash", "signature", "public_key")


def _audit_columns(connection: Any) -> list[str]:
    return [str(row[1]) for row in connection.execute("PRAGMA table_info(audit_log)")]


def audit_pin(connection: Any) -> dict[str, Any] | None:
    """The audit trail's head (entries, newest hash, first signed entry) and the public keys
    that signed it, per user name, as the manifest pins them."""
    columns = _audit_columns(connection)
    if not columns:
        return None
    head = connection.execute("SELECT entries, hash FROM audit_head WHERE id = 1").fetchone()
    entries, digest = (0, "0" * 64) if head is None else (int(head[0]), str(head[1]))
    keys: dict[str, list[str]] = {}
    signed_from = None
    if "public_key" in columns:
        signed_from = connection.execute(
            "SELECT signed_from FROM audit_head WHERE id = 1").fetchone()
        signed_from = None if signed_from is None else signed_from[0]
        for user, key in connection.execute(
                "SELECT DISTINCT user, public_key FROM audit_log "
                "WHERE public_key IS NOT NULL ORDER BY user, public_key"):
            keys.setdefault(str(user), []).append(str(key))
    return {"entries": entries, "hash": digest, "signed_from": signed_from, "keys": keys}


def audit_rows(path: Path, passphrase: str | None) -> list[tuple[Any, ...]]:
    """The audit entries a backup holds, oldest first (columns as ``AUDIT_COLUMNS``; the
    signature columns empty in a backup from before signing)."""
    connection = _open_backup(path, passphrase)
    try:
        present = _audit_columns(connection)
        chosen = ", ".join(name if name in present else "NULL" for name in AUDIT_COLUMNS)
        return [tuple(row) for row in connection.execute(
            f"SELECT {chosen} FROM audit_log ORDER BY id")]
    finally:
        connection.close()


def _copy_pages(source: Any, target_path: Path, passphrase: str | None, reason: str,
                taken: dt.datetime, source_database: Path | None = None) -> dict[str, int]:
    """Back ``source`` up into ``target_path`` in one step, with its manifest; returns the
    rows it must hold."""
    started = time.monotonic()
    target = _open_like(source, target_path, passphrase)
    try:
        source.execute("BEGIN")  # one snapshot for the counts, the manifest and the pages
        try:
            expected = table_counts(source)
            revision, organisation = _describe(source)
            audit = audit_pin(source)
            source.backup(target)
        finally:
            source.execute("ROLLBACK")
        target.execute("PRAGMA journal_mode = DELETE")  # one file, no WAL beside it
        manifest = Manifest(taken, revision, organisation, main_counts(expected),
                            round(time.monotonic() - started, 3), reason,
                            keyring=manifest_keyring(source_database), audit=audit)
        _write_manifest(target, manifest, passphrase)
    finally:
        target.close()
    return {**expected, MANIFEST_TABLE: 1}


def take_backup(engine: Engine, target: Path, reason: str = "",
                taken: dt.datetime | None = None) -> FileCheck:
    """Back the engine's SQLite database up into ``target`` (a new file), verified.

    The copy is written as ``target.partial`` and renamed only once it has passed the check, so
    a file with the final name is always a good backup.
    """
    passphrase = engine_passphrase(engine)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    partial.unlink(missing_ok=True)
    try:
        raw = engine.raw_connection()
        try:
            dbapi: Any = raw.driver_connection
            saved = dbapi.isolation_level
            dbapi.isolation_level = None  # explicit BEGIN/ROLLBACK below
            try:
                expected = _copy_pages(dbapi, partial, passphrase, reason,
                                       taken or dt.datetime.now(), sqlite_file(engine))
            finally:
                dbapi.isolation_level = saved
        finally:
            raw.close()
        check = verify_file(partial, passphrase, expected)
        crypto.fsync_file(partial)
        save_backup_keyring(sqlite_file(engine), target)
        os.replace(partial, target)
        crypto.fsync_dir(target.parent)
    finally:
        partial.unlink(missing_ok=True)  # a full disk leaves no half-written file behind
    return check


# -- recognising a backup ----------------------------------------------------------------------
def _refusal_of_unreadable(connection: Any, path: Path, encrypted: bool) -> Refusal:
    """Why a file whose first page does not open is not restorable with this key."""
    if not encrypted:
        return Refusal.NOT_LEGALAID
    driver = crypto.quiet_driver()
    try:
        problems = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
    except driver.DatabaseError:
        return Refusal.NOT_LEGALAID
    size = path.stat().st_size
    failed = sum(1 for problem in problems if problem.startswith("HMAC verification failed"))
    full_pages = size // crypto.PAGE_SIZE
    if 0 < failed < full_pages or (failed == 0 and problems):
        return Refusal.DAMAGED  # the key verifies some pages: right key, broken file
    # No page verifies: another key, or not an SQLCipher file at all (whose sizes are always a
    # whole number of pages).
    return Refusal.OTHER_PASSPHRASE if size % crypto.PAGE_SIZE == 0 else Refusal.NOT_LEGALAID


def _open_backup(path: Path, passphrase: str | None) -> Any:
    """A connection to ``path`` whose schema is readable with ``passphrase``."""
    driver = crypto.quiet_driver()
    encrypted = crypto.database_kind(path) is crypto.DatabaseKind.ENCRYPTED
    connection = driver.connect(str(path), isolation_level=None)
    try:
        if passphrase is not None and encrypted:
            connection.execute(f"PRAGMA key = {crypto.sql_string(passphrase)}")
        connection.execute("PRAGMA query_only = ON")  # inspecting never writes to the file
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as error:
        try:
            reason = (Refusal.DAMAGED if "malformed" in str(error)
                      else _refusal_of_unreadable(connection, path, encrypted))
        finally:
            connection.close()
        raise BackupRefused(path, reason) from error
    return connection


def _inspect_open(connection: Any, path: Path, passphrase: str | None) -> Inspection:
    driver = crypto.quiet_driver()
    try:
        detail = check_connection(connection)
        if detail != "ok":
            raise BackupRefused(path, Refusal.DAMAGED, "(it fails the integrity check)")
        counts = table_counts(connection)
    except driver.DatabaseError as error:
        raise BackupRefused(path, Refusal.DAMAGED) from error
    if MANIFEST_TABLE in counts:
        manifest = _read_manifest(connection, path, passphrase)
        del counts[MANIFEST_TABLE]
        if manifest.counts != main_counts(counts):
            raise BackupRefused(path, Refusal.DAMAGED,
                                "(it holds other rows than its manifest says)")
    elif counts.keys() >= LEGALAID_TABLES:
        revision, organisation = _describe(connection)
        taken = dt.datetime.fromtimestamp(path.stat().st_mtime)
        manifest = Manifest(taken, revision, organisation, main_counts(counts), signed=False)
    else:
        raise BackupRefused(path, Refusal.NOT_LEGALAID)
    return Inspection(path, manifest, counts, passphrase)


def inspect_backup(path: Path, passphrase: str | None,
                   other_passphrase: str | None = None) -> Inspection:
    """``path`` recognised as a LegalAid backup and checked through, or BackupRefused naming
    why not. ``other_passphrase`` is tried when the database's does not open it."""
    if not path.is_file():
        raise ValidationError(str(path), "does not exist")
    if path.stat().st_size == 0:
        raise BackupRefused(path, Refusal.NOT_LEGALAID, "(the file is empty)")
    keys = [passphrase] if other_passphrase in (None, passphrase) else [other_passphrase]
    try:
        connection = _open_backup(path, keys[0])
    except BackupRefused as refused:
        if refused.reason is Refusal.OTHER_PASSPHRASE:
            detail = (f"in {BACKUP_PASSPHRASE_ENV}" if other_passphrase is None
                      else "(the passphrase given does not open it either)")
            raise BackupRefused(path, Refusal.OTHER_PASSPHRASE, detail) from refused
        raise
    try:
        return _inspect_open(connection, path, keys[0])
    finally:
        connection.close()


def last_good(paths: list[Path], passphrase: str | None) -> Path | None:
    """The first of ``paths`` that is a good LegalAid backup under ``passphrase``."""
    for path in paths:
        try:
            inspect_backup(path, passphrase)
        except ValidationError:
            continue
        return path
    return None


# -- restoring ---------------------------------------------------------------------------------
def stamp(engine: Engine) -> None:
    """Mark the engine's SQLite database as LegalAid's; a restored manifest is dropped."""
    if sqlite_file(engine) is None:
        return
    raw = engine.raw_connection()
    try:
        dbapi: Any = raw.driver_connection
        if int(dbapi.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            dbapi.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        dbapi.execute(f"DROP TABLE IF EXISTS {MANIFEST_TABLE}")
        dbapi.commit()
    finally:
        raw.close()


def _with_key(inspection: Inspection, passphrase: str | None, folder: Path) -> Path:
    """The backup itself, or an encrypted copy of it under ``passphrase`` when it was taken
    with another one (SQLite's backup API copies pages only between files of one key)."""
    if inspection.passphrase == passphrase:
        return inspection.path
    temp = folder / f".rekeying-{os.getpid()}{PARTIAL_SUFFIX}"
    temp.unlink(missing_ok=True)
    source = crypto.connect(inspection.path, inspection.passphrase)
    try:
        crypto.export_to(source, temp, passphrase)
    finally:
        source.close()
    return temp


def restore_into(engine: Engine, inspection: Inspection, folder: Path) -> None:
    """Overwrite the engine's database with the inspected backup's content.

    The backup API writes through the live database's own pager, so the write-ahead log and the
    other pooled connections see the restored pages; a crash midway leaves the old content.
    """
    passphrase = engine_passphrase(engine)
    source_path = _with_key(inspection, passphrase, folder)
    try:
        raw = engine.raw_connection()
        try:
            target = raw.driver_connection
            source = _open_like(target, source_path, passphrase)
            try:
                source.backup(target)
            finally:
                source.close()
        finally:
            raw.close()
    finally:
        if source_path != inspection.path:
            source_path.unlink(missing_ok=True)
    engine.dispose()  # pooled connections drop their cached schema
    stamp(engine)


def replace_file(database: Path, backup: Path | Inspection, passphrase: str | None) -> None:
    """Put the backup in place of a database no engine has open (start-up recovery)."""
    inspection = backup if isinstance(backup, Inspection) else inspect_backup(backup, passphrase)
    temp = database.with_name(database.name + ".restoring")
    temp.unlink(missing_ok=True)
    source_path = _with_key(inspection, passphrase, database.parent)
    try:
        source = crypto.connect(source_path, passphrase)
        try:
            target = _open_like(source, temp, passphrase)
            try:
                source.backup(target)
                target.execute(f"DROP TABLE IF EXISTS {MANIFEST_TABLE}")
                target.execute(f"PRAGMA application_id = {APPLICATION_ID}")
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
    finally:
        temp.unlink(missing_ok=True)
        if source_path != inspection.path:
            source_path.unlink(missing_ok=True)


def copy_damaged(database: Path, target: Path) -> Path:
    """Keep the bytes of a damaged database (and its write-ahead log) as they are."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        shutil.copyfile(database, partial)
        crypto.fsync_file(partial)
        wal = Path(f"{database}-wal")
        if wal.is_file():
            shutil.copyfile(wal, Path(f"{target}-wal"))
            crypto.fsync_file(Path(f"{target}-wal"))
        os.replace(partial, target)
        crypto.fsync_dir(target.parent)
    finally:
        partial.unlink(missing_ok=True)
    return target


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
        keyring.keyring_path(path).unlink(missing_ok=True)
    return doomed


def database_path(engine: Engine) -> Path:
    path = sqlite_file(engine)
    if path is None:
        raise BackupError("backup: only an SQLite database file can be backed up by LegalAid")
    return path


def find_account(inspection: Inspection, name: str) -> tuple[str, str, str, bool] | None:
    """The account of that name in the backup (name, role, password hash, active), compared
    without regard to case; the backup is only read."""
    connection = _open_backup(inspection.path, inspection.passphrase)
    try:
        row = connection.execute(
            "SELECT name, role, password_hash, active FROM user_account "
            "WHERE lower(name) = lower(?)", (name.strip(),)).fetchone()
    finally:
        connection.close()
    return (str(row[0]), str(row[1]), str(row[2]), bool(row[3])) if row is not None else None


def open_refusal(path: Path, passphrase: str | None) -> Refusal | None:
    """Why a database file does not open with ``passphrase`` (None: it opens)."""
    try:
        _open_backup(path, passphrase).close()
    except BackupRefused as refused:
        return refused.reason
    return None
