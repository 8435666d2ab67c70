"""Opening the case database: one function, one answer.

A database with a keyring (``db/keyring.py``) is unlocked and signed in to in one step:
``unlock_case_database`` opens the keyring entry of the user name with the password, opens the
database with the key it holds, checks the account (active, its role) and audits the sign-in; it
answers ``Opened`` with the account's keys and actor, ``WrongPassword`` (nothing is written to
the database, which the password did not open) or ``Damaged``. ``LEGALAID_PASSPHRASE`` is not
read for such a database.

``open_case_database`` opens (creating, checking and migrating) the configured database with the
passphrase given (for a keyring database, the raw key; for a database not yet converted, its
shared passphrase) and answers ``Opened`` (the services, nobody signed in yet), ``WrongPassphrase``
or ``Damaged`` (with the newest backup that passes the full check, if any). An encrypted file needs
its passphrase, a new file is encrypted unless the settings say otherwise, a plaintext file opens as
it is (``legalaid encrypt`` converts it). The commands turn the two refusals into their one-line
errors (``refused_as_error``); the desktop app asks again, or offers the restore.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from legalaid.db import backup as files
from legalaid.db import crypto, keyring
from legalaid.db.casework import PLAIN, CaseworkAccess, casework_access
from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.errors import LegalAidError, ValidationError
from legalaid.passphrase import PASSPHRASE_FIELD
from legalaid.services import Services, build_services
from legalaid.services.accounts import Actor, KeyHolder, attach_keys
from legalaid.services.backups import DatabaseDamaged, DiskFull, last_good_backup, quick_check

if TYPE_CHECKING:
    from legalaid.context import AppContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Opened:
    """The database is open and at head; its services are not guarded yet (nobody signed in)."""

    services: Services
    created: bool  # the file did not exist before
    # A keyring database: the keys the account's password unlocked, and the account signed in.
    secrets: keyring.AccountSecrets | None = field(default=None, repr=False)
    actor: Actor | None = None
    # A keyring database just created: its recovery code, to be shown once.
    recovery_code: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class WrongPassphrase:
    """The passphrase given does not open the file."""

    path: Path


@dataclass(frozen=True)
class WrongPassword:
    """The user name and password do not open the keyring (unknown name or wrong password)."""

    path: Path


@dataclass(frozen=True)
class Damaged:
    """The file fails its integrity check (or does not open at all with the right key)."""

    path: Path
    last_good_backup: Path | None


Opening = Opened | WrongPassphrase | WrongPassword | Damaged
WRONG_PASSWORD = "unknown user or wrong password"


@dataclass(frozen=True)
class PassphraseRequest:
    """The database file needs a passphrase: of an existing file, or a new one to choose."""

    path: Path
    new: bool


def database_file(context: AppContext) -> Path | None:
    """The configured database's file; None for a URL."""
    target = context.database_target
    return None if "://" in target else Path(target).expanduser().resolve()


def keyring_file(context: AppContext) -> Path | None:
    """The configured database's file when it has a keyring beside it (one secret per person
    opens it), else None."""
    path = database_file(context)
    return path if path is not None and keyring.exists(path) else None


def passphrase_request(context: AppContext) -> PassphraseRequest | None:
    """What opening the configured database asks for; None for a plaintext file, a URL or a
    database with a keyring (its users' passwords open it)."""
    path = database_file(context)
    if path is None or keyring.exists(path):
        return None
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


def command_key(context: AppContext) -> str | None:
    """What opens the file for a command that must reach it even when it is damaged: the key
    ``LEGALAID_USER``'s password unlocks from the keyring, or the passphrase of a database not
    yet converted."""
    path = keyring_file(context)
    if path is None:
        return command_passphrase(context)
    from legalaid.services.signin import credentials_from_environment

    return unlocked_key(path, *credentials_from_environment())


def unlocked_key(path: Path, name: str, password: str) -> str:
    """The raw key ``name``'s password unlocks from the keyring beside ``path``."""
    from legalaid.errors import AccessDenied

    try:
        return keyring.raw_key(keyring.unlock(path, name, password).database_key)
    except keyring.UnlockThrottled:
        raise
    except AccessDenied:
        raise AccessDenied(WRONG_PASSWORD) from None


def open_case_database(context: AppContext, passphrase: str | None, *,
                       casework: CaseworkAccess = PLAIN,
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
        services = _services_over(context, engine, casework)
        if daily_backup and not created:
            services.backups.take_if_due()
    return Opened(services, created)


def _services_over(context: AppContext, engine: Engine,
                   casework: CaseworkAccess = PLAIN) -> Services:
    settings = context.settings
    services = build_services(engine, context.rules_path,
                              at_risk_days=settings.at_risk_threshold_days,
                              retention_years=settings.retention_years,
                              casework=casework,
                              attachment_limit_mb=settings.attachment_limit_mb)
    services.backups.configure(context.backup_dir, settings.backup_keep)
    return services


def unlock_case_database(context: AppContext, name: str, password: str, *,
                         check_integrity: bool = True, daily_backup: bool = True) -> Opening:
    """Sign in and unlock in one step: ``name``'s keyring entry opened with ``password``, the
    database opened with its key, the account checked against the accounts table and the
    sign-in audited. ``LoginThrottled``-like ``UnlockThrottled`` while a wait after failures
    runs; ``AccessDenied`` for an account no longer active."""
    from legalaid.errors import AccessDenied
    from legalaid.services.signin import signed_in

    path = keyring_file(context)
    if path is None:
        raise ValidationError("keyring", "this database has no keyring: open it with its "
                              "passphrase (legalaid convert gives each account its own key)")
    failed_before = keyring.failed_unlocks(path, name)
    try:
        secrets = keyring.unlock(path, name, password)
    except keyring.UnlockThrottled:
        raise
    except AccessDenied:
        log.info("unlock refused")
        return WrongPassword(path)
    answer = open_case_database(context, keyring.raw_key(secrets.database_key),
                                casework=casework_access(secrets.casework_key),
                                check_integrity=check_integrity, daily_backup=False)
    if isinstance(answer, WrongPassphrase | Damaged):
        answer, secrets = _after_interrupted_rekey(context, path, name, password, answer, secrets,
                                                   check_integrity)
    if not isinstance(answer, Opened):
        return answer
    services = answer.services
    try:
        attach_keys(services.accounts, KeyHolder(path, name.strip(), secrets))
        attach_audit_signer(services, path, name, secrets)
        actor = signed_in(services, name)
        if failed_before:  # counted in the keyring while the database was closed
            services.audit.record(actor.name, "login_failed", "user_account", None, None,
                                  f"{failed_before} failed unlocks before this sign-in")
        if daily_backup:
            services.backups.take_if_due()
    except BaseException:
        services.close()
        raise
    return Opened(services, False, secrets, actor)


def _after_interrupted_rekey(
        context: AppContext, path: Path, name: str, password: str, answer: Opening,
        secrets: keyring.AccountSecrets, check_integrity: bool,
) -> tuple[Opening, keyring.AccountSecrets]:
    """A rekey that stopped after the database took its new key but before its new keyring
    replaced the old one: the pending keyring (``.keyring.next``) opens it, and takes its place."""
    from legalaid.services.keys import pending_keyring

    pending = pending_keyring(path)
    if not pending.is_file():
        return answer, secrets
    found = keyring.open_account(keyring.load_file(pending), name, password)
    if found is None:
        return answer, secrets
    retried = open_case_database(context, keyring.raw_key(found.database_key),
                                 casework=casework_access(found.casework_key),
                                 check_integrity=check_integrity, daily_backup=False)
    if not isinstance(retried, Opened):
        return answer, secrets
    os.replace(pending, keyring.keyring_path(path))
    crypto.fsync_dir(path.parent)
    log.info("an interrupted rekey was completed: the new keyring took its place")
    return retried, found


def attach_audit_signer(services: Services, path: Path, name: str,
                        secrets: keyring.AccountSecrets) -> None:
    """Entries naming the unlocked account are signed with its key; the keyring's public keys
    are the ones the audit check trusts besides a backup's."""
    from legalaid.services.audit import AuditSigner, attach_signer

    attach_signer(services.audit, AuditSigner.from_raw(name.strip(), secrets.signing_key),
                  lambda: keyring.load(path).public_keys())


def refused_as_error(answer: Opening) -> Opened:
    """The commands' reading of the answer: a refusal is their one-line error (exit status 2)."""
    from legalaid.errors import AccessDenied

    if isinstance(answer, WrongPassphrase):
        raise crypto.wrong_passphrase(answer.path)
    if isinstance(answer, WrongPassword):
        raise AccessDenied(WRONG_PASSWORD)
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
