"""Backups, restore, the integrity check and the passphrase of the case database.

``quick_check`` is the one integrity check of an open database (``opening`` runs it at start, the
desktop app after its first page). ``BackupService`` takes verified, encrypted backups (by hand,
daily, before a restore), lists, prunes and restores them, and changes the passphrase of the
database and of its backups together.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from legalaid.db import backup as files
from legalaid.db import crypto, keyring
from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for, engine_passphrase, rekey_engine, sqlite_file
from legalaid.errors import AccessDenied, LegalAidError, ValidationError
from legalaid.passphrase import check_new_passphrase
from legalaid.services.accounts import NO_ACCOUNT_HASH, AccountService, Actor
from legalaid.services.audit import AuditService
from legalaid.services.declarations import guarded
from legalaid.services.roles import Action, Role, may

if TYPE_CHECKING:
    from legalaid.context import AppContext

log = logging.getLogger(__name__)
DAILY = dt.timedelta(days=1)
# What the app says instead of taking a backup of a database on a server.
SERVER_BACKUPS = ("backups of a server database are taken on the server with pg_dump "
                  "(pg_dump -Fc on a schedule, pg_restore to bring one back: see the README)")


class DatabaseDamaged(LegalAidError):
    """The database failed its integrity check at start; ``last_good`` may replace it."""

    def __init__(self, path: Path, last_good: Path | None) -> None:
        advice = (f"the last good backup is {last_good} (legalaid restore FILE)" if last_good
                  else "no good backup was found")
        super().__init__(f"database: {path} is damaged (it fails the integrity check); {advice}")
        self.path = path
        self.last_good = last_good


class DiskFull(LegalAidError):
    """The disk holding the database (or its backups) has no room left."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"disk full: no room left to write {path}; free some space and try "
                         "again")
        self.path = path


class BackupNotWritten(LegalAidError):
    """The daily backup failed; work goes on without it."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the Settings page lists it."""

    path: Path
    taken: dt.datetime
    reason: str  # "daily", "manual", "before-restore", "before-0001-upgrade", ...
    size_bytes: int


@dataclass(frozen=True)
class RestorePlan:
    """What a restore of ``path`` would change: the main counts now (None when the database is
    damaged) and in the backup, and what the backup says about itself."""

    path: Path
    manifest: files.Manifest
    counts: dict[str, int]  # every table of the backup
    current: dict[str, int] | None
    inspection: files.Inspection = field(repr=False)
    ok: bool = True

    @property
    def backup_counts(self) -> dict[str, int]:
        return files.main_counts(self.counts)

    @property
    def clients_now(self) -> int | None:
        return None if self.current is None else self.current.get("client", 0)

    @property
    def clients_in_backup(self) -> int:
        return self.counts.get("client", 0)

    @property
    def far_fewer_clients(self) -> bool:
        """The backup holds under half the clients the database holds now."""
        now = self.clients_now
        return now is not None and self.clients_in_backup * 2 < now

    def as_json(self) -> dict[str, Any]:
        return {"backup": str(self.path), "taken": self.manifest.taken.isoformat(
            timespec="seconds"), "organisation": self.manifest.organisation,
            "revision": self.manifest.revision, "signed": self.manifest.signed,
            "now": self.current, "in_backup": self.backup_counts}


@dataclass(frozen=True)
class Restored:
    """A restore done: the schema revision now, and where the replaced database was kept."""

    revision: str
    safety_copy: Path
    plan: RestorePlan


def fewer_clients_problem(plan: RestorePlan, accepted: int | None) -> str | None:
    """Why a restore needs the explicit count, or None when it does not (or was given)."""
    if not plan.far_fewer_clients or accepted == plan.clients_in_backup:
        return None
    return (f"the backup holds {plan.clients_in_backup} clients, the database "
            f"{plan.clients_now}: confirm that number to restore it")


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


def _current_counts(engine: Engine) -> dict[str, int]:
    raw = engine.raw_connection()
    try:
        return files.main_counts(files.table_counts(raw.driver_connection))
    finally:
        raw.close()


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
    def _file(self) -> Path:
        """The database file; a server database has none (a private name: listing the service's
        methods must not raise)."""
        if self._database is None:
            raise ValidationError("database", SERVER_BACKUPS if self.on_server
                                  else "only an SQLite database file can be backed up")
        return self._database

    @property
    def database(self) -> Path | None:
        """The SQLite database file; None on a server."""
        return self._database

    @property
    def on_server(self) -> bool:
        """The database is on a server (PostgreSQL): its backups are the server's, not ours."""
        return self._engine.dialect.name != "sqlite"

    @property
    def encrypted(self) -> bool:
        return engine_passphrase(self._engine) is not None

    @property
    def safety_folder(self) -> Path:
        """Where replaced databases are kept, outside the rotation."""
        return self.folder / files.SAFETY_FOLDER

    @guarded("backups.configure")
    def configure(self, folder: Path, keep: int) -> None:
        """Apply the Settings page's folder and count."""
        if keep < 1:
            raise ValidationError("backup_keep", "must be at least 1")
        self.folder = folder
        self.keep = keep

    @guarded("backups.list")
    def list(self) -> list[BackupInfo]:
        """The finished backups, newest first (none for a server database)."""
        if self.on_server:
            return []
        return [_info(path) for path in files.list_backups(self.folder, self._file)]

    @guarded("backups.create")
    def create(self, reason: str = "manual") -> BackupInfo:
        """Take a verified backup now and drop the oldest beyond ``keep``."""
        now = self._now()
        target = self.folder / files.backup_name(self._file, reason, now)
        try:
            files.take_backup(self._engine, target, reason, now)
        except Exception as error:
            if crypto.is_disk_full(error, self.folder):
                raise DiskFull(target) from error
            raise
        files.prune(self.folder, self._file, self.keep)
        log.info("backup taken (%s)", reason)
        return _info(target)

    @guarded("backups.due")
    def due(self) -> bool:
        """True when the newest backup is older than a day (or there is none); never for a
        server database, whose backups are the server's."""
        if self.on_server:
            return False
        backups = self.list()
        return not backups or self._now() - backups[0].taken >= DAILY

    @guarded("backups.take_if_due")
    def take_if_due(self, quiet: bool = True) -> BackupInfo | None:
        """The daily backup when one is due. One that cannot be written never stops the work:
        it is logged as a warning (on stderr for a command) and gives None, or with ``quiet``
        False raises BackupNotWritten for the window to show."""
        try:
            return self.create("daily") if self.due() else None
        except (OSError, LegalAidError, SQLAlchemyError, crypto.quiet_driver().Error) as error:
            problem = ("no room left on the disk" if isinstance(error, DiskFull)
                       or crypto.is_disk_full(error, self.folder) else type(error).__name__)
            message = (f"the daily backup could not be written ({problem}) in {self.folder}; "
                       "work goes on without it")
            log.warning(message)
            if not quiet:
                raise BackupNotWritten(message) from error
            return None

    @guarded("backups.verify")
    def verify(self, path: Path, passphrase: str | None = None) -> RestorePlan:
        """Recognise ``path`` as a LegalAid backup and check it through (integrity, manifest),
        with the database's passphrase or ``passphrase``; what restoring it would change.
        BackupRefused says why a file is not restorable."""
        inspection = files.inspect_backup(path, engine_passphrase(self._engine), passphrase)
        current = _current_counts(self._engine) if self.quick_check() == "ok" else None
        return RestorePlan(path, inspection.manifest, inspection.counts, current, inspection)

    @guarded("backups.restore")
    def restore(self, path: Path, back_up_current: bool = True, passphrase: str | None = None,
                accept_fewer_clients: int | None = None) -> Restored:
        """Replace the database's content by the backup's, after keeping the current database
        as a safety copy outside the rotation (as it is, when damaged); migrates forward if the
        backup is older. A backup with under half the clients needs their number in
        ``accept_fewer_clients``."""
        plan = self.verify(path, passphrase)
        problem = fewer_clients_problem(plan, accept_fewer_clients)
        if problem is not None:
            raise ValidationError("accept_fewer_clients", problem)
        safety = self._keep_safety_copy(damaged=not back_up_current or plan.current is None)
        if plan.current is not None and back_up_current:
            files.restore_into(self._engine, plan.inspection, self.folder)
        else:
            # A damaged file cannot take pages through its own pager: the file is replaced, and
            # the engine's next connections open the restored one.
            self._engine.dispose()
            files.replace_file(self._file, plan.inspection, engine_passphrase(self._engine))
            self._engine.dispose()
        log.info("database restored from a backup")
        revision = migrate_to_head(self._engine)
        files.stamp(self._engine)
        restore_keyring(self._file, plan.inspection, self._engine)
        return Restored(revision, safety, plan)

    def _keep_safety_copy(self, damaged: bool) -> Path:
        """The database about to be replaced, kept where pruning never reaches."""
        now = self._now()
        try:
            if damaged:
                name = files.backup_name(self._file, "damaged", now)
                return files.copy_damaged(self._file, self.safety_folder / name)
            target = self.safety_folder / files.backup_name(self._file, "before-restore", now)
            files.take_backup(self._engine, target, "before-restore", now)
            return target
        except Exception as error:
            if crypto.is_disk_full(error, self.folder):
                raise DiskFull(self.safety_folder) from error
            raise

    @guarded("backups.quick_check")
    def quick_check(self) -> str:
        """``ok``, or what SQLite's quick check of the database reports."""
        return quick_check(self._engine)

    @guarded("backups.last_good")
    def last_good(self) -> Path | None:
        """The newest backup that opens and passes the full integrity check."""
        return last_good_backup(self.folder, self._file, engine_passphrase(self._engine))

    @guarded("backups.change_passphrase")
    def change_passphrase(self, old: str, new: str) -> int:
        """Rekey the database and every backup that the old passphrase opens; returns how many
        backups were rekeyed. The old passphrase must be the current one."""
        if old != engine_passphrase(self._engine):
            raise crypto.wrong_passphrase(self._file)
        check_new_passphrase(new)
        rekey_engine(self._engine, new)
        rekeyed = 0
        for path in files.list_backups(self.folder, self._file):
            try:
                crypto.rekey_file(path, old, new)
            except ValidationError:
                continue  # taken under an even older passphrase: left as it is
            files.resign_manifest(path, old, new)
            rekeyed += 1
        log.info("passphrase changed; %d backups rekeyed", rekeyed)
        return rekeyed


def last_good_backup(folder: Path, database: Path, passphrase: str | None) -> Path | None:
    """The newest backup of ``database`` in ``folder`` that is a good LegalAid backup."""
    return files.last_good(files.list_backups(folder, database), passphrase)


def quick_check(engine: Engine) -> str:
    """``ok``, or what SQLite's quick check of the database reports (the one integrity check of
    an open database: at start and in the background). A full disk is no verdict: DiskFull.
    A server database is the server's to check: always ``ok`` here."""
    if engine.dialect.name != "sqlite":
        return "ok"
    raw = engine.raw_connection()
    try:
        return files.check_connection(raw.driver_connection, quick=True)
    except Exception as error:  # a damaged file may fail before the check can speak
        if crypto.is_disk_full(error):
            raise DiskFull(sqlite_file(engine) or Path(str(engine.url))) from error
        return type(error).__name__
    finally:
        raw.close()


def _database_file(context: AppContext) -> Path:
    target = context.database_target
    if "://" in target:
        raise ValidationError("--db", "backups and encryption work on an SQLite file, not a URL")
    return Path(target).expanduser().resolve()


def plan_for_damaged(backup: Path, database_passphrase: str | None,
                     passphrase: str | None = None) -> RestorePlan:
    """What replacing a damaged database (opened with ``database_passphrase``) by ``backup``
    would bring back; ``passphrase`` opens a backup taken under another one."""
    inspection = files.inspect_backup(backup, database_passphrase, passphrase)
    return RestorePlan(backup, inspection.manifest, inspection.counts, None, inspection)


def check_backup_account(plan: RestorePlan, name: str, password: str) -> Actor:
    """The administrator or supervisor ``name`` as the backup knows them, password checked
    against the backup's own accounts (the damaged database cannot be asked)."""
    account = files.find_account(plan.inspection, name)
    stored = account[2] if account is not None and account[3] else NO_ACCOUNT_HASH
    matches: bool
    try:
        matches = PasswordHasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        matches = False
    if account is None or not account[3] or not matches:
        raise AccessDenied("unknown user or wrong password (checked against the backup)")
    try:
        role = Role(account[1])
    except ValueError:
        role = Role.INTAKE
    if not may(role, Action.BACKUPS):
        raise AccessDenied(f"a {role.value} may not restore a backup ({Action.BACKUPS.value})")
    return Actor(account[0], role)


def replace_damaged(context: AppContext, plan: RestorePlan, actor: Actor,
                    passphrase: str | None) -> Restored:
    """Put the planned backup in place of the context's database, which is damaged (its
    passphrase: ``passphrase``), after keeping the damaged file as a safety copy; ``actor``
    comes from ``check_backup_account``. The restore is audited in the restored database."""
    path = _database_file(context)
    folder = context.backup_dir / files.SAFETY_FOLDER
    try:
        safety = files.copy_damaged(path, folder / files.backup_name(
            path, "damaged", dt.datetime.now()))
        files.replace_file(path, plan.inspection, passphrase)
    except OSError as error:
        if crypto.is_disk_full(error, path):
            raise DiskFull(folder) from error
        raise
    engine = create_engine_for(str(path), passphrase)
    try:
        revision = migrate_to_head(engine)
        files.stamp(engine)
        restore_keyring(path, plan.inspection, engine)
        AuditService(engine).record(actor.name, "restore", None, None, None,
                                    "damaged database replaced by a backup")
    finally:
        engine.dispose()
    log.info("damaged database replaced by a backup")
    return Restored(revision, safety, plan)


def restore_keyring(database: Path, inspection: files.Inspection, engine: Engine) -> None:
    """Restoring a backup restores its keyring: the one its manifest carries when it was taken
    under the same database key (else the current one stays), keeping only the entries of the
    accounts active in the restored data."""
    if not keyring.exists(database):
        return
    current = keyring.load(database)
    carried = files.backup_keyring(inspection)
    same_key = carried is not None and (carried.id, carried.generation) == (
        current.id, current.generation)
    base = carried if same_key and carried is not None else current
    active = {keyring.fold(user.name) for user in AccountService(engine).users() if user.active}
    keyring.save(database, replace(base, accounts={
        key: entry for key, entry in base.accounts.items() if key in active},
        throttles=current.throttles))


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
            files.resign_manifest(backup, None, passphrase)
            converted.append(backup)
    log.info("database encrypted; %d plaintext backups converted", len(converted) - 1)
    return converted
