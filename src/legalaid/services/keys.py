"""The keyring's life: creating a database with it, converting a shared-passphrase database,
rekeying, recovering an account with the recovery key, and the keyring a restore brings back.

* ``create_keyring_database``: a new encrypted database under a random key, its first
  administrator's entry and the recovery entry (the code is shown once, by the caller).
* ``convert_database``: a database not yet converted (shared passphrase, or plaintext) gets a
  random key and a keyring, in place, after a verified backup; every row is kept (counted before
  and checked after). Only the converting administrator has a key at once: every other active
  account needs a new password (``users reset-password``), which seals theirs.
* ``rekey_database``: a new random database key; the database and its backups re-encrypted
  (``PRAGMA rekey``); the new key granted again to every active account and the recovery entry,
  so a copy of the old keyring opens nothing any more.
* ``recover_account``: the recovery key opens the database and sets a new password for a named
  account, after every password is forgotten.

The keyring is always written before the database depends on it: the new keyring of a rekey is
written beside the old one (``.keyring.next``) and takes its place once the database is rekeyed.
"""

from __future__ import annotations

import logging
import os
import secrets as random
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from legalaid.db import backup as files
from legalaid.db import crypto, keyring
from legalaid.db.casework import CaseworkCipher, casework_access, encrypt_existing_casework
from legalaid.db.session import create_engine_for
from legalaid.errors import AccessDenied, ValidationError
from legalaid.services.accounts import (
    Actor,
    KeyHolder,
    attach_keys,
    check_name,
    check_password,
    kdf_parameters,
)
from legalaid.services.roles import Role

if TYPE_CHECKING:
    from legalaid.context import AppContext
    from legalaid.services import Services
    from legalaid.services.opening import Opened

log = logging.getLogger(__name__)
NEXT_SUFFIX = ".next"


def _database(context: AppContext) -> Path:
    from legalaid.services.opening import database_file

    path = database_file(context)
    if path is None:
        raise ValidationError("--db", "the keyring belongs to an SQLite file, not a URL (on "
                              "PostgreSQL the server's accounts and TLS take its place)")
    return path


def pending_keyring(database: Path) -> Path:
    """Where a rekey writes the new keyring before the database takes the new key."""
    current = keyring.keyring_path(database)
    return current.with_name(current.name + NEXT_SUFFIX)


def makes_keyring_database(context: AppContext) -> bool:
    """Whether creating the first administrator creates a new database with a keyring: a new
    file (encrypted, as the settings ask by default)."""
    from legalaid.services.opening import database_file

    path = database_file(context)
    return (path is not None and context.settings.encrypt_new_databases
            and crypto.database_kind(path) is crypto.DatabaseKind.MISSING
            and not keyring.exists(path))


def create_keyring_database(context: AppContext, name: str, password: str) -> Opened:
    """A new encrypted database with its keyring and its first administrator, signed in and
    audited; ``recovery_code`` is the code to show once."""
    from legalaid.services.opening import (
        Opened,
        attach_audit_signer,
        open_case_database,
        refused_as_error,
    )
    from legalaid.services.signin import create_administrator

    path = _database(context)
    if not makes_keyring_database(context):
        raise ValidationError("database", f"{path} already exists")
    clean = check_name(name)
    check_password(password)
    created = keyring.create(clean, Role.ADMINISTRATOR.value, password, kdf_parameters())
    keyring.save(path, created.keyring)
    try:
        opened = refused_as_error(open_case_database(
            context, keyring.raw_key(created.secrets.database_key), check_integrity=False,
            daily_backup=False, casework=casework_access(created.secrets.casework_key)))
        services = opened.services
        try:
            attach_audit_signer(services, path, clean, created.secrets)  # signed from entry 1
            actor = create_administrator(services, clean, password)
            attach_keys(services.accounts, KeyHolder(path, clean, created.secrets))
        except BaseException:
            services.close()
            raise
    except BaseException:
        for leftover in (path, keyring.keyring_path(path)):
            leftover.unlink(missing_ok=True)
        crypto.remove_sidecars(path)
        raise
    log.info("new database created with a keyring")
    return Opened(services, True, created.secrets, actor, created.recovery_code)


@dataclass(frozen=True)
class Converted:
    """A database converted to a keyring."""

    backup: Path  # the verified backup taken first
    needs_password: list[str]  # active accounts without a key yet: give each a new password
    backups_rekeyed: int
    recovery_code: str = field(repr=False)


def convert_database(context: AppContext, name: str, password: str) -> Converted:
    """Give the database not yet converted its own random key and a keyring, in place, after a
    verified backup, as the administrator ``name`` (checked with ``password``)."""
    from legalaid.services.opening import open_case_database, refused_as_error
    from legalaid.services.signin import check_credentials

    path = _database(context)
    if keyring.exists(path):
        raise ValidationError("database", f"{path} already has a keyring")
    kind = crypto.database_kind(path)
    if kind is crypto.DatabaseKind.MISSING:
        raise ValidationError("database", f"{path} does not exist")
    old = context.database_passphrase(path, new=False) if kind is crypto.DatabaseKind.ENCRYPTED \
        else None
    raw = refused_as_error(open_case_database(context, old, daily_backup=False)).services
    try:
        actor = check_credentials(raw, name, password)
        if actor.role is not Role.ADMINISTRATOR:
            raise AccessDenied("only an administrator may convert the database")
        backup = raw.backups.create("before-keyring").path
        folder = raw.backups.folder
        others = [user.name for user in raw.accounts.users()
                  if user.active and keyring.fold(user.name) != keyring.fold(actor.name)]
        raw.audit.record(actor.name, "convert_keyring", "user_account", None, None,
                         "each account opens the database with its own key")
    finally:
        raw.close()
    expected = _settled_counts(path, old)
    created = keyring.create(actor.name, Role.ADMINISTRATOR.value, password, kdf_parameters())
    new = keyring.raw_key(created.secrets.database_key)
    keyring.save(path, created.keyring)  # the key is stored before the database depends on it
    try:
        if old is not None:
            crypto.rekey_file(path, old, new)
        else:
            crypto.encrypt_database(path, new)
        check = files.verify_file(path, new, expected)
        _seal_casework(path, new, created.secrets.casework_key)
    except BaseException:
        keyring.keyring_path(path).unlink(missing_ok=True)
        raise
    rekeyed = _convert_backups(folder, path, old, new, created.keyring)
    log.info("database converted to a keyring (%d tables checked)", len(check.counts))
    return Converted(backup, others, rekeyed, created.recovery_code)


def _seal_casework(path: Path, raw_key: str, casework_key: bytes | None) -> None:
    """Encrypt the casework written before the keyring under the new casework key."""
    if casework_key is None:  # the administrator always holds it; nothing to seal without one
        return
    engine = create_engine_for(str(path), raw_key)
    try:
        sealed = encrypt_existing_casework(engine, CaseworkCipher(casework_key))
    finally:
        engine.dispose()
    log.info("casework sealed on conversion (%d values)", sum(sealed.values()))


def _settled_counts(path: Path, passphrase: str | None) -> dict[str, int]:
    """Every table's rows, once the write-ahead log is folded into the file (nothing else has
    the database open during a conversion)."""
    connection = crypto.connect(path, passphrase)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return files.table_counts(connection)
    finally:
        connection.close()


def _convert_backups(folder: Path, database: Path, old: str | None, new: str,
                     ring: keyring.Keyring) -> int:
    """The backups of a converted database under its new key, each with the keyring beside
    it; a backup under an even older passphrase is left as it is."""
    done = 0
    for path in files.list_backups(folder, database):
        kind = crypto.database_kind(path)
        try:
            if kind is crypto.DatabaseKind.PLAIN:
                crypto.encrypt_database(path, new)
            elif old is not None:
                crypto.rekey_file(path, old, new)
            else:
                continue
        except ValidationError:
            continue
        files.resign_manifest(path, old, new)
        keyring.save_file(keyring.keyring_path(path), replace(ring, throttles={}))
        done += 1
    return done


def rekey_database(services: Services, actor: Actor, holder: KeyHolder | None) -> int:
    """A new random database key: the database and its backups re-encrypted, the key granted
    again to every active account and to the recovery entry (old grants open nothing). Only an
    administrator holding the keys (``holder``, as the unlock attached them); returns how many
    backups were rekeyed."""
    if holder is None:
        raise ValidationError("database", "has no keyring: run legalaid convert first")
    if actor.role is not Role.ADMINISTRATOR:
        raise AccessDenied("only an administrator may rekey the database")
    casework = holder.secrets.casework_key
    if casework is None:
        raise AccessDenied("only an account holding the casework key may rekey")
    active = {keyring.fold(user.name) for user in services.accounts.users() if user.active}

    def keep(entry: keyring.Entry) -> bool:
        return keyring.fold(entry.name) in active

    new_key = random.token_bytes(keyring.KEY_BYTES)
    old = keyring.raw_key(holder.secrets.database_key)
    new = keyring.raw_key(new_key)
    current = keyring.keyring_path(holder.database)
    pending = pending_keyring(holder.database)
    keyring.save_file(pending, keyring.rekey(keyring.load(holder.database), new_key, casework,
                                             keep))
    rekeyed = services.backups.change_passphrase(old, new)
    os.replace(pending, current)
    crypto.fsync_dir(current.parent)
    holder.secrets = replace(holder.secrets, database_key=new_key)  # the service holds it too
    for path in (info.path for info in services.backups.list()):
        carried = keyring.keyring_path(path)
        if carried.is_file() and crypto.database_kind(path) is crypto.DatabaseKind.ENCRYPTED:
            try:
                crypto.check_passphrase(path, new)
            except ValidationError:
                continue  # not rekeyed: its keyring still fits it
            keyring.save_file(carried, keyring.rekey(keyring.load_file(carried), new_key,
                                                     casework, keep))
    services.audit.record(actor.name, "rekey", "user_account", None, None,
                          "new database key; every active account's key granted again")
    log.info("database rekeyed; %d backups rekeyed", rekeyed)
    return rekeyed


def recover_account(context: AppContext, code: str, name: str, password: str) -> Actor:
    """Open the database with the recovery key and give the active account ``name`` the new
    ``password`` (a new key pair; its wait after failed sign-ins lifted); audited."""
    from legalaid.services.opening import keyring_file, open_case_database, refused_as_error

    path = keyring_file(context)
    if path is None:
        raise ValidationError("keyring", "this database has no keyring (legalaid convert)")
    check_password(password)
    shared = keyring.open_recovery(keyring.load(path), code)
    services = refused_as_error(open_case_database(
        context, keyring.raw_key(shared.database_key), daily_backup=False,
        casework=casework_access(shared.casework_key))).services
    try:
        account = next((user for user in services.accounts.users()
                        if keyring.fold(user.name) == keyring.fold(name)), None)
        if account is None or not account.active:
            raise ValidationError("name", f"there is no active user named {name.strip()}")
        attach_keys(services.accounts, KeyHolder(path, "", keyring.AccountSecrets(
            shared.database_key, shared.casework_key, b"", b"")))
        services.accounts.reset_password(account.name, password)
        keyring.clear_throttle(path, account.name)
        services.audit.record(account.name, "recover_password", "user_account", None, None,
                              "new password set with the recovery key")
    finally:
        services.close()
    log.info("an account was recovered with the recovery key")
    return Actor(account.name, account.role)
