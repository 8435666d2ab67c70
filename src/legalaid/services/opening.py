"""Opening the case database: one function, one answer.

``open_case_database`` opens (creating, checking and migrating) the configured database with the
passphrase given and answers ``Opened`` (the services, nobody signed in yet), ``WrongPassphrase``
or ``Damaged`` (with the newest backup that passes the full check, if any). An encrypted file needs
its passphrase, a new file is encrypted unless the settings say otherwise, a plaintext file opens as
it is (``legalaid encrypt`` converts it). The commands turn the two refusals into their one-line
errors (``refused_as_error``); the desktop app asks again, or offers the restore.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from legalaid.db import backup as files
from legalaid.db import crypto
from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.errors import LegalAidError, ValidationError
from legalaid.passphrase import PASSPHRASE_FIELD
from legalaid.services import Services, build_services
from legalaid.services.backups import DatabaseDamaged, DiskFull, last_good_backup, quick_check

if TYPE_CHECKING:
    from legalaid.context import AppContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Opened:
    """The database is open and at head; its services are not guarded yet (nobody signed in)."""

    services: Services
    created: bool  # the file did not exist before


@dataclass(frozen=True)
class WrongPassphrase:
    """The passphrase given does not open the file."""

    path: Path


@dataclass(frozen=True)
class Damaged:
    """The file fails its integrity check (or does not open at all with the right key)."""

    path: Path
    last_good_backup: Path | None


Opening = Opened | WrongPassphrase | Damaged


@dataclass(frozen=True)
class PassphraseRequest:
    """The database file needs a passphrase: of an existing file, or a new one to choose."""

    path: Path
    new: bool


def passphrase_request(context: AppContext) -> PassphraseRequest | None:
    """What opening the configured database asks for; None for a plaintext file or a URL."""
    target = context.database_target
    if "://" in target:
        return None
    path = Path(target).expanduser().resolve()
    kind = crypto.database_kind(path)
    if kind is crypto.DatabaseKind.ENCRYPTED:
        return PassphraseRequest(path, new=False)
    if kind is crypto.DatabaseKind.MISSING and context.settings.encrypt_new_databases:
        return PassphraseRequest(path, new=True)
    return None


def command_passphrase(context: AppContext) -> str | None:
    """The passphrase a command opens with: given by a script, or typed in the terminal."""
    request = passphrase_request(context)
    return None if request is None else context.database_passphrase(request.path, request.new)


def open_case_database(context: AppContext, passphrase: str | None, *,
                       check_integrity: bool = True, daily_backup: bool = True) -> Opening:
    """Open the configured database with ``passphrase``. ``check_integrity``: SQLite's quick
    check of an existing file first (it reads the whole file); ``daily_backup``: the daily
    backup when due, before answering (one that cannot be written only warns)."""
    target = context.database_target
    created = False
    if "://" in target:
        engine = create_engine_for(target)
    else:
        path = Path(target).expanduser().resolve()
        created = crypto.database_kind(path) is crypto.DatabaseKind.MISSING
        opened = _open_file(context, path, passphrase, check_integrity and not created)
        if not isinstance(opened, Engine):
            return opened
        engine = opened
    with _released_on_failure(engine, Path(target)):
        migrate_to_head(engine, context.backup_dir)  # an older SQLite file is copied aside first
        files.stamp(engine)
        services = _services_over(context, engine)
        if daily_backup and not created:
            services.backups.take_if_due()
    return Opened(services, created)


def _services_over(context: AppContext, engine: Engine) -> Services:
    settings = context.settings
    services = build_services(engine, context.rules_path,
                              at_risk_days=settings.at_risk_threshold_days,
                              retention_years=settings.retention_years)
    services.backups.configure(context.backup_dir, settings.backup_keep)
    return services


def refused_as_error(answer: Opening) -> Opened:
    """The commands' reading of the answer: a refusal is their one-line error (exit status 2)."""
    if isinstance(answer, WrongPassphrase):
        raise crypto.wrong_passphrase(answer.path)
    if isinstance(answer, Damaged):
        raise DatabaseDamaged(answer.path, answer.last_good_backup)
    return answer


def _open_file(context: AppContext, path: Path, passphrase: str | None,
               check: bool) -> Engine | WrongPassphrase | Damaged:
    try:
        engine = create_engine_for(str(path), passphrase)
    except (ValidationError, SQLAlchemyError) as error:
        return _why_not_opened(context, path, passphrase, error)
    with _released_on_failure(engine, path):
        verdict = quick_check(engine) if check else "ok"
    if verdict == "ok":
        return engine
    engine.dispose()
    log.info("database failed the quick check at start")
    return Damaged(path, last_good_backup(context.backup_dir, path, passphrase))


def _why_not_opened(context: AppContext, path: Path, passphrase: str | None,
                    error: Exception) -> WrongPassphrase | Damaged:
    """The real reason a file did not open: SQLCipher reports a full disk and a damaged first
    page as it reports a wrong key."""
    if crypto.is_disk_full(error, path):
        raise DiskFull(path) from error
    if crypto.sqlite_code(error) == crypto.SQLITE_IOERR:
        raise LegalAidError(f"database: {path} cannot be read or written (disk I/O "
                            "error)") from error
    if not isinstance(error, ValidationError) or error.field != PASSPHRASE_FIELD:
        raise error
    exists = crypto.database_kind(path) is not crypto.DatabaseKind.MISSING
    if exists and files.open_refusal(path, passphrase) is files.Refusal.DAMAGED:
        log.info("database is damaged: it does not open")
        return Damaged(path, last_good_backup(context.backup_dir, path, passphrase))
    return WrongPassphrase(path)


@contextmanager
def _released_on_failure(engine: Engine, path: Path) -> Iterator[None]:
    """A failure lets go of the engine; a full disk is told by its name."""
    try:
        yield
    except BaseException as error:
        engine.dispose()
        if isinstance(error, Exception) and crypto.is_disk_full(error, path):
            raise DiskFull(path) from error
        raise
