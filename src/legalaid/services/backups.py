"""Opening the case database safely, backups, restore and the passphrase.

``open_database`` decides how the context's file is opened: an encrypted file needs its
passphrase, a new file is encrypted unless the settings say otherwise, a plaintext file opens as it
is (``legalaid encrypt`` converts it). A file that fails SQLite's quick check is not used: the
error names the newest backup that passes the full check. ``BackupService`` takes verified,
encrypted backups (by hand, daily, before a restore), lists, prunes and restores them, and changes
the passphrase of the database and of its backups together.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from legalaid.db import backup as files
from legalaid.db import crypto
from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for, engine_passphrase, rekey_engine, sqlite_file
from legalaid.errors import LegalAidError, ValidationError
from legalaid.passphrase import check_new_passphrase

if TYPE_CHECKING:
    from legalaid.app import AppContext

log = logging.getLogger(__name__)
DAILY = dt.timedelta(days=1)


class DatabaseDamaged(LegalAidError):
    """The database failed its integrity check at start; ``last_good`` may replace it."""

    def __init__(self, path: Path, last_good: Path | None) -> None:
        advice = (f"the last good backup is {last_good} (legalaid restore FILE)" if last_good
                  else "no good backup was found")
        super().__init__(f"database: {path} failed the integrity check; {advice}")
        self.path = path
        self.last_good = last_good


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the Settings page lists it."""

    path: Path
    taken: dt.datetime
    reason: str  # "daily", "manual", "before-restore", "before-0001-upgrade", ...
    size_bytes: int


def _info(path: Path) -> BackupInfo:
    """Time and reason from the name <stem>-YYYYmmdd-HHMMSS-ffffff-<reason>.backup (the stem
    may itself contain dashes); the file's time when the name does not parse."""
    stat = path.stat()
    pieces = path.name[: -len(files.BACKUP_SUFFIX)].split("-")
    for index in range(len(pieces) - 2):
        try:
            taken = dt.datetime.strptime("-".join(pieces[index:index + 3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        return BackupInfo(path, taken, "-".join(pieces[index + 3:]) or "manual", stat.st_size)
    return BackupInfo(path, dt.datetime.fromtimestamp(stat.st_mtime), "manual", stat.st_size)


class BackupService:
    """Backups of one SQLite database file into a folder, keeping the newest ``keep``."""

    def __init__(self, engine: Engine, folder: Path | None = None, keep: int = 10,
                 now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._engine = engine
        database = sqlite_file(engine)
        self._database = database
        self.folder = folder or (database.parent / "backups" if database else Path("backups"))
        self.keep = keep
        self._now = now

    @property
    def database(self) -> Path:
        if self._database is None:
            raise ValidationError("database", "only an SQLite database file can be backed up")
        return self._database

    @property
    def encrypted(self) -> bool:
        return engine_passphrase(self._engine) is not None

    def configure(self, folder: Path, keep: int) -> None:
        """Apply the Settings page's folder and count."""
        if keep < 1:
            raise ValidationError("backup_keep", "must be at least 1")
        self.folder = folder
        self.keep = keep

    def list(self) -> list[BackupInfo]:
        """The finished backups, newest first."""
        return [_info(path) for path in files.list_backups(self.folder, self.database)]

    def create(self, reason: str = "manual") -> BackupInfo:
        """Take a verified backup now and drop the oldest beyond ``keep``."""
        target = self.folder / files.backup_name(self.database, reason, self._now())
        files.take_backup(self._engine, target)
        files.prune(self.folder, self.database, self.keep)
        log.info("backup taken (%s)", reason)
        return _info(target)

    def due(self) -> bool:
        """True when the newest backup is older than a day (or there is none)."""
        backups = self.list()
        return not backups or self._now() - backups[0].taken >= DAILY

    def take_if_due(self) -> BackupInfo | None:
        return self.create("daily") if self.due() else None

    def verify(self, path: Path) -> files.FileCheck:
        """Open a backup with the database's passphrase and run the full integrity check."""
        return files.check_file(path, engine_passphrase(self._engine))

    def restore(self, path: Path, back_up_current: bool = True) -> str:
        """Replace the database's content by the backup's, after backing the current content up
        (not when it is damaged); migrates forward if the backup is older. Returns the schema
        revision."""
        check = self.verify(path)
        if not check.ok:
            raise ValidationError("backup", f"{path} failed the integrity check ({check.detail})")
        if back_up_current:
            # The safety copy is pruned only afterwards: pruning could delete ``path`` itself.
            files.take_backup(self._engine, self.folder / files.backup_name(
                self.database, "before-restore", self._now()))
            files.restore_into(self._engine, path)
        else:
            # A damaged file cannot take pages through its own pager: the file is replaced, and
            # the engine's next connections open the restored one.
            self._engine.dispose()
            files.replace_file(self.database, path, engine_passphrase(self._engine))
            self._engine.dispose()
        files.prune(self.folder, self.database, self.keep)
        log.info("database restored from a backup")
        return migrate_to_head(self._engine)

    def quick_check(self) -> str:
        """``ok``, or what SQLite's quick check of the database reports."""
        raw = self._engine.raw_connection()
        try:
            return files.check_connection(raw.driver_connection, quick=True)
        except Exception as error:  # a damaged file may fail before the check can speak
            return type(error).__name__
        finally:
            raw.close()

    def last_good(self) -> Path | None:
        """The newest backup that opens and passes the full integrity check."""
        return last_good_backup(self.folder, self.database, engine_passphrase(self._engine))

    def change_passphrase(self, old: str, new: str) -> int:
        """Rekey the database and every backup that the old passphrase opens; returns how many
        backups were rekeyed. The old passphrase must be the current one."""
        if old != engine_passphrase(self._engine):
            raise crypto.wrong_passphrase(self.database)
        check_new_passphrase(new)
        rekey_engine(self._engine, new)
        rekeyed = 0
        for path in files.list_backups(self.folder, self.database):
            try:
                crypto.rekey_file(path, old, new)
            except ValidationError:
                continue  # taken under an even older passphrase: left as it is
            rekeyed += 1
        log.info("passphrase changed; %d backups rekeyed", rekeyed)
        return rekeyed


def last_good_backup(folder: Path, database: Path, passphrase: str | None) -> Path | None:
    """The newest backup of ``database`` in ``folder`` that opens and passes the full check."""
    for path in files.list_backups(folder, database):
        try:
            if files.check_file(path, passphrase).ok:
                return path
        except ValidationError:
            continue
    return None


def _passphrase_for(context: AppContext, path: Path) -> str | None:
    kind = crypto.database_kind(path)
    if kind is crypto.DatabaseKind.ENCRYPTED:
        return context.database_passphrase(path, new=False)
    if kind is crypto.DatabaseKind.MISSING and context.settings.encrypt_new_databases:
        return context.database_passphrase(path, new=True)
    return None


def open_database(context: AppContext) -> tuple[Engine, bool]:
    """Open (creating, checking and migrating) the context's database; see the module text.
    Returns the engine and whether the database file was created just now."""
    target = context.database_target
    existed = True
    if "://" in target:
        engine = create_engine_for(target)
    else:
        path = Path(target).expanduser().resolve()
        existed = crypto.database_kind(path) is not crypto.DatabaseKind.MISSING
        passphrase = _passphrase_for(context, path)
        try:
            engine = create_engine_for(str(path), passphrase)
        except ValidationError:
            context.passphrase = None  # a wrong one is asked again
            raise
        if existed and context.check_at_open:
            _check_at_start(engine, path, context.backup_dir, passphrase)
    context.database_created = not existed
    try:
        migrate_to_head(engine, context.backup_dir)
    except BaseException:
        engine.dispose()
        raise
    return engine, not existed


def _check_at_start(engine: Engine, path: Path, folder: Path, passphrase: str | None) -> None:
    raw = engine.raw_connection()
    try:
        verdict = files.check_connection(raw.driver_connection, quick=True)
    except Exception as error:  # a damaged file may fail before the check can speak
        verdict = type(error).__name__
    finally:
        raw.close()
    if verdict != "ok":
        engine.dispose()
        log.info("database failed the quick check at start")
        raise DatabaseDamaged(path, last_good_backup(folder, path, passphrase))


def _database_file(context: AppContext) -> Path:
    target = context.database_target
    if "://" in target:
        raise ValidationError("--db", "backups and encryption work on an SQLite file, not a URL")
    return Path(target).expanduser().resolve()


def replace_damaged(context: AppContext, backup: Path) -> None:
    """Put ``backup`` in place of the context's database, which failed its check at start; the
    next ``context.services()`` migrates it forward if it is older."""
    path = _database_file(context)
    passphrase = _passphrase_for(context, path)
    files.replace_file(path, backup, passphrase)
    log.info("damaged database replaced by a backup")


def encrypt_database_files(context: AppContext) -> list[Path]:
    """Encrypt the context's plaintext database and the plaintext backups in the backup folder;
    returns the converted files."""
    path = _database_file(context)
    if crypto.database_kind(path) is not crypto.DatabaseKind.PLAIN:
        raise ValidationError("database", f"{path} is not a plaintext database")
    passphrase = context.database_passphrase(path, new=True)
    converted = [path]
    crypto.encrypt_database(path, passphrase)
    for backup in files.list_backups(context.backup_dir, path):
        if crypto.database_kind(backup) is crypto.DatabaseKind.PLAIN:
            crypto.encrypt_database(backup, passphrase)
            converted.append(backup)
    log.info("database encrypted; %d plaintext backups converted", len(converted) - 1)
    return converted
