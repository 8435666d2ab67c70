"""Encryption at rest with SQLCipher: telling files apart, opening them with a key, rekeying and
converting a plaintext database.

SQLCipher derives the page key from the passphrase (about 0.1 s of PBKDF2), so an engine opens
each pooled connection once and keeps it. The passphrase is handed to SQLCipher as a quoted SQL
string (``PRAGMA key``) or as the password of an ``sqlalchemy.URL`` built with ``URL.create``;
it is never written into a URL string, where ``+`` or ``%`` would silently change the key.
"""

from __future__ import annotations

import enum
import errno
import functools
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from legalaid.errors import ValidationError
from legalaid.passphrase import PASSPHRASE_FIELD, check_new_passphrase

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4's default: every encrypted file is a whole number of pages
SQLITE_FULL = 13  # the result code of a write that found no room on the disk
SQLITE_IOERR = 10
LOW_SPACE_BYTES = 1 << 20  # less than this free: an I/O error is taken for a full disk


class DatabaseKind(enum.Enum):
    """What a database file holds, judged from its first bytes without a key."""

    MISSING = "missing"  # no file, or an empty one: a new database
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


def database_kind(path: Path) -> DatabaseKind:
    """Plain SQLite files start with a fixed header; SQLCipher files start with random salt."""
    try:
        with path.open("rb") as stream:
            head = stream.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return DatabaseKind.MISSING
    if not head:
        return DatabaseKind.MISSING
    return DatabaseKind.PLAIN if head == SQLITE_HEADER else DatabaseKind.ENCRYPTED


def sql_string(value: str) -> str:
    """``value`` as an SQL string literal (for PRAGMA key and ATTACH ... KEY, which take no
    bound parameters)."""
    if "\x00" in value:
        raise ValidationError(PASSPHRASE_FIELD, "must not contain a NUL character")
    return "'" + value.replace("'", "''") + "'"


@functools.cache
def _driver() -> Any:
    """The sqlcipher3 module, with SQLCipher's own stderr logging turned off (process-wide): a
    wrong key would otherwise print decryption errors next to our one-line message."""
    import sqlcipher3

    probe = sqlcipher3.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
    finally:
        probe.close()
    return sqlcipher3


def quiet_driver() -> Any:
    """The DB-API module for SQLCipher (imported on first use)."""
    return _driver()


def wrong_passphrase(path: Path) -> ValidationError:
    return ValidationError(PASSPHRASE_FIELD, f"wrong passphrase for {path}")


def sqlite_code(error: BaseException | None) -> int | None:
    """The primary SQLite result code behind ``error`` (through causes and the driver error
    SQLAlchemy wraps), or None."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
        wrapped = getattr(error, "orig", None)
        error = wrapped if isinstance(wrapped, BaseException) else (
            error.__cause__ or error.__context__)
    return None


def _os_error(error: BaseException | None) -> OSError | None:
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, OSError):
            return error
        error = error.__cause__ or error.__context__
    return None


def is_disk_full(error: BaseException | None, path: Path | None = None) -> bool:
    """Whether ``error`` says the disk is full. SQLite reports a full disk as SQLITE_FULL, but
    a shared-memory or journal file it cannot create as a plain I/O error: with ``path``, an I/O
    error on a disk with (almost) no room left counts as full too."""
    os_error = _os_error(error)
    if os_error is not None and os_error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    code = sqlite_code(error)
    if code == SQLITE_FULL or "database or disk is full" in str(error):
        return True
    if path is None or (code != SQLITE_IOERR and os_error is None):
        return False
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def connect(path: Path, passphrase: str | None) -> Any:
    """A DB-API connection to ``path`` (keyed when ``passphrase`` is given), checked readable.

    A wrong passphrase, or a key given for a plaintext file, raises ValidationError naming the
    file; nothing is written to the file.
    """
    if not path.is_file():  # connecting would create an empty database in its place
        raise ValidationError("database", f"{path} does not exist")
    driver = _driver()
    connection = driver.connect(str(path), isolation_level=None)
    try:
        if passphrase is not None:
            connection.execute(f"PRAGMA key = {sql_string(passphrase)}")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as error:
        connection.close()
        if passphrase is not None or database_kind(path) is DatabaseKind.ENCRYPTED:
            raise wrong_passphrase(path) from error
        raise ValidationError("database", f"{path} is not a LegalAid database") from error
    return connection


def check_passphrase(path: Path, passphrase: str) -> None:
    """Raise ValidationError if ``passphrase`` does not open the encrypted file ``path``."""
    connect(path, passphrase).close()


def export_to(connection: Any, target: Path, passphrase: str | None) -> None:
    """Copy the whole database behind ``connection`` into the new file ``target`` with
    ``sqlcipher_export`` (encrypted with ``passphrase``, or plaintext when it is None)."""
    key = sql_string(passphrase if passphrase is not None else "")
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    connection.execute(f"ATTACH DATABASE {sql_string(str(target))} AS export KEY {key}")
    try:
        connection.execute("SELECT sqlcipher_export('export')")
        connection.execute(f"PRAGMA export.user_version = {int(version)}")
        connection.execute(f"PRAGMA export.application_id = {int(application)}")
    finally:
        connection.execute("DETACH DATABASE export")


def fsync_file(path: Path) -> None:
    with path.open("rb") as stream:
        os.fsync(stream.fileno())


def fsync_dir(directory: Path) -> None:
    """Make a rename durable (no-op where directories cannot be opened, e.g. Windows)."""
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def remove_sidecars(path: Path) -> None:
    """Delete the write-ahead log and shared-memory files that belong to ``path``."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _scrub(handle: int) -> None:
    """Overwrite a replaced plaintext file before its last reference goes (best effort: an SSD
    or a copy-on-write file system may keep old blocks)."""
    size = os.fstat(handle).st_size
    os.lseek(handle, 0, os.SEEK_SET)
    block = b"\x00" * 65536
    written = 0
    while written < size:
        written += os.write(handle, block[: min(len(block), size - written)])
    os.fsync(handle)


def encrypt_database(path: Path, passphrase: str) -> None:
    """Convert the plaintext database ``path`` into an encrypted one in place.

    The data is exported into a new encrypted file next to it, verified (integrity check, same
    row counts), then swapped in; the plaintext file, its WAL and shared memory are overwritten
    and removed, so no plaintext copy is kept.
    """
    from legalaid.db.backup import table_counts, verify_file

    check_new_passphrase(passphrase)
    if database_kind(path) is not DatabaseKind.PLAIN:
        raise ValidationError("database", f"{path} is not a plaintext database")
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".encrypting-", suffix=".tmp")
    os.close(handle)
    temp = Path(temp_name)
    temp.unlink()  # ATTACH creates the file itself
    try:
        source = connect(path, None)
        try:
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            expected = table_counts(source)  # the app is not running: nothing writes meanwhile
            export_to(source, temp, passphrase)
        finally:
            source.close()
        verify_file(temp, passphrase, expected)
        _swap_in(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _swap_in(new_file: Path, path: Path) -> None:
    """Replace ``path`` by ``new_file`` and scrub the old plaintext bytes."""
    fsync_file(new_file)
    old = os.open(path, os.O_RDWR)
    try:
        remove_sidecars(path)
        os.replace(new_file, path)
        fsync_dir(path.parent)
        _scrub(old)
    finally:
        os.close(old)


def rekey_file(path: Path, old: str, new: str) -> None:
    """Change the passphrase of the encrypted file ``path`` (no engine may hold it open)."""
    check_new_passphrase(new)
    connection = connect(path, old)
    try:
        connection.execute(f"PRAGMA rekey = {sql_string(new)}")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    check_passphrase(path, new)


def create_encrypted_database(path: Path, passphrase: str) -> None:
    """Create a new encrypted LegalAid database at ``path`` with the full current schema.

    For the installer's self-check and for first start. Refuses an existing non-empty file.
    """
    from legalaid.db.migrate import migrate_to_head
    from legalaid.db.session import create_engine_for

    check_new_passphrase(passphrase)
    if database_kind(path) is not DatabaseKind.MISSING:
        raise ValidationError("database", f"{path} already exists")
    from legalaid.db.backup import stamp

    engine = create_engine_for(str(path), passphrase=passphrase)
    try:
        migrate_to_head(engine)
        stamp(engine)
    finally:
        engine.dispose()
