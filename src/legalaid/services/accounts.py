"""Accounts: creating users, signing in with slower retries after failures, and managing roles.

Passwords are stored only as argon2id hashes. After each failed sign-in the user name must wait
twice as long as after the previous one (1 s, 2 s, 4 s … up to 15 minutes) before the password is
even checked. The wait is stored in the database per user name, for names without an account too
(with the same checks and the same argon2 work), so restarting the program does not reset it and
neither the wait nor the time taken tells which names exist. Each attempt is checked and counted
under the write lock, so parallel attempts cannot share one wait.

Who may change whom: only administrators create, appoint, re-password, deactivate or demote
administrators; nobody changes their own role or deactivates themselves; the last active
administrator stays one (checked in the transaction that would change it).

On a database with a keyring (``db/keyring.py``) the keyring follows every change, made with the
keys of the account signed in (``attach_keys``): a new user is granted the database key (and the
casework key, unless intake) under their password; a new password seals their entry again; a
role change grants or withdraws the casework key; a deactivated user's entry is deleted, so their
password no longer opens the database (activating them again needs a new password). The keyring
is written inside the change's transaction: if it cannot be written, the change is rolled back.
Sign-in on such a database is the keyring's unlock (``signed_in`` then checks the account).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine

from legalaid.db import keyring
from legalaid.db.repositories import accounts as accounts_db
from legalaid.errors import AccessDenied, ValidationError
from legalaid.services.declarations import guarded
from legalaid.services.roles import Role
from legalaid.services.unit_of_work import reading, writing

MIN_PASSWORD = 8
MAX_DELAY_SECONDS = 15 * 60
# The hash of a random password nobody knows: names without an account are checked against it, so
# that a sign-in takes as long whether the name exists or not.
NO_ACCOUNT_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$WdNRVYaWUul1tjOfL7/T6Q$"
                   "4rawZNxrqNvl6nZC51lqsjnTPOO3Z7hUeWU5kGIZhP8")


@dataclass(frozen=True)
class Actor:
    """Who is using the services: the signed-in user and the role that decides what they may do."""

    name: str
    role: Role


@dataclass(frozen=True)
class UserRow:
    """A user as the Settings page lists them (no hash)."""

    name: str
    role: Role
    active: bool
    created_at: dt.datetime


@dataclass
class KeyHolder:
    """The keys of the account signed in on a keyring database, and where its keyring is (one
    object, shared by the accounts service and the run that opened it: a rekey updates it)."""

    database: Path
    name: str
    secrets: keyring.AccountSecrets


def kdf_parameters() -> keyring.KdfParameters:
    """The Argon2id cost of new keyring entries: the password hasher's (RFC 9106's second
    recommendation: 3 passes, 64 MiB, 4 lanes), so one setting governs both."""
    hasher = PasswordHasher()
    return keyring.KdfParameters(hasher.time_cost, hasher.memory_cost, hasher.parallelism)


# Too soon after a failed sign-in; ``seconds`` to wait (the keyring's unlock and the accounts
# table's sign-in say it alike).
LoginThrottled = keyring.LoginThrottled


def retry_delay(failures: int) -> int:
    """Seconds to wait after ``failures`` consecutive failed sign-ins."""
    return 0 if failures <= 0 else min(2 ** (failures - 1), MAX_DELAY_SECONDS)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", f"must have at least {MIN_PASSWORD} characters")


def check_name(name: str) -> str:
    """The name as stored: one word of 1 to 100 characters (ValidationError otherwise)."""
    return _check_name(name)


def _check_name(name: str) -> str:
    clean = name.strip()
    if not clean or len(clean) > 100 or any(ch.isspace() for ch in clean):
        raise ValidationError("name", "must be one word of 1 to 100 characters")
    return clean


def attach_keys(service: AccountService, holder: KeyHolder) -> None:
    """The keyring changes follow the user changes of ``service``, made with ``holder``'s keys
    (only the opening code attaches them, on the unguarded service)."""
    service._keys = holder


def keys_of(service: AccountService) -> KeyHolder | None:
    return service._keys


def signed_in(service: AccountService, name: str) -> Actor:
    """The account whose keyring entry was just unlocked, if it may still sign in (active, in
    the accounts table): its actor. The password was checked by the unlock."""
    with reading(service._engine) as connection:
        account = accounts_db.find_account(connection, name)
    if account is None or not account.active:
        raise AccessDenied("unknown user or wrong password")
    return Actor(account.name, Role(account.role))


class AccountService:
    """Users, passwords and sign-in. The guard decides who may call what and passes the signed-in
    actor as ``by``; the rules about administrators are checked here, with the change."""

    def __init__(self, engine: Engine,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._engine = engine
        self._clock = clock
        self._hasher = PasswordHasher()  # argon2id with the library's RFC 9106 defaults
        self._keys: KeyHolder | None = None

    def _seal(self, name: str, role: Role, password: str, keep_pair: bool) -> None:
        """Seal ``name``'s entry under ``password`` with the signed-in account's keys (their
        own key pair kept when ``keep_pair``, else a new one)."""
        holder = self._keys
        if holder is None:
            return
        ring = keyring.load(holder.database)
        mine = holder.secrets
        old = ring.entry(name)
        pair = ((mine.signing_key, mine.public_key) if keep_pair
                and keyring.fold(name) == keyring.fold(holder.name) else None)
        if role.value in keyring.CASEWORK_ROLES and mine.casework_key is None:
            raise AccessDenied("only an account holding the casework key may give it")
        account = keyring.secrets_for(role.value, mine.database_key, mine.casework_key, pair)
        sealed = keyring.seal_account(ring, name, role.value, password, account,
                                      old.kdf if old is not None and keep_pair
                                      else kdf_parameters())
        keyring.save(holder.database, sealed)
        keyring.clear_throttle(holder.database, name)  # a new password lifts the wait

    @guarded("accounts.has_accounts")
    def has_accounts(self) -> bool:
        with reading(self._engine) as connection:
            return accounts_db.count_accounts(connection) > 0

    @guarded("accounts.create_first_administrator")
    def create_first_administrator(self, name: str, password: str) -> Actor:
        """On a database without accounts, create the administrator; refused once one exists."""
        if self.has_accounts():
            raise AccessDenied("an administrator already exists; sign in instead")
        self.add_user(name, Role.ADMINISTRATOR, password)
        return Actor(_check_name(name), Role.ADMINISTRATOR)

    @guarded("accounts.add_user")
    def add_user(self, name: str, role: Role, password: str, by: Actor | None = None) -> None:
        clean = _check_name(name)
        check_password(password)
        if role is Role.ADMINISTRATOR:
            _only_administrators(by, "create administrators")
        with writing(self._engine) as connection:
            if accounts_db.find_account(connection, clean) is not None:
                raise ValidationError("name", f"a user named {clean} already exists")
            accounts_db.insert_account(connection, clean, role.value,
                                       self._hasher.hash(password), self._clock())
            self._seal(clean, role, password, keep_pair=False)

    @guarded("accounts.authenticate")
    def authenticate(self, name: str, password: str) -> Actor:
        """The signed-in actor; ``AccessDenied`` (or ``LoginThrottled``) otherwise."""
        now = self._clock()
        key = accounts_db.throttle_key(name)
        with writing(self._engine) as connection:  # a failure's wait is committed, then raised
            # The write lock is held from here through the password check, so a parallel
            # attempt at the same name waits, then sees this one's failure and its wait.
            throttle = accounts_db.hold_throttle(connection, key)
            if throttle.retry_after is not None and now < throttle.retry_after:
                outcome: Actor | LoginThrottled | None = LoginThrottled(
                    max(1, int((throttle.retry_after - now).total_seconds() + 0.999)))
            else:
                outcome = self._check(connection, name, password)
                if outcome is None:
                    delay = dt.timedelta(seconds=retry_delay(throttle.failures + 1))
                    accounts_db.count_failure(connection, key, now + delay)
                elif throttle.failures or throttle.retry_after is not None:
                    accounts_db.clear_failures(connection, key)
        if isinstance(outcome, Actor):
            return outcome
        raise outcome or AccessDenied("unknown user or wrong password")

    def _check(self, connection: Connection, name: str, password: str) -> Actor | None:
        """The actor when the name has an active account with this password; the same argon2
        work is done when it has none."""
        account = accounts_db.find_account(connection, name)
        usable = account is not None and account.active
        stored = account.password_hash if account is not None and usable else NO_ACCOUNT_HASH
        if not self._verify(stored, password) or account is None or not usable:
            return None
        return Actor(account.name, Role(account.role))

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    @guarded("accounts.users")
    def users(self) -> list[UserRow]:
        with reading(self._engine) as connection:
            return [UserRow(row.name, Role(row.role), row.active, row.created_at)
                    for row in accounts_db.all_accounts(connection)]

    @guarded("accounts.set_role")
    def set_role(self, name: str, role: Role, by: Actor | None = None) -> None:
        with writing(self._engine) as connection:
            account = self._changeable(connection, name, by, "change roles of")
            if role is Role.ADMINISTRATOR:
                _only_administrators(by, "appoint administrators")
            _not_oneself(account, by, "change your own role")
            accounts_db.update_account(connection, account.id, role=role.value)
            _administrator_remains(connection, account)
            self._regrant(account.name, role)

    @guarded("accounts.reset_password")
    def reset_password(self, name: str, password: str, by: Actor | None = None) -> None:
        """A new password (also lifts the wait after failed sign-ins)."""
        check_password(password)
        with writing(self._engine) as connection:
            account = self._changeable(connection, name, by, "set passwords of")
            accounts_db.update_account(connection, account.id,
                                       password_hash=self._hasher.hash(password))
            accounts_db.clear_failures(connection, accounts_db.throttle_key(account.name))
            if account.active:
                self._seal(account.name, Role(account.role), password, keep_pair=True)

    @guarded("accounts.set_active")
    def set_active(self, name: str, active: bool, by: Actor | None = None) -> None:
        with writing(self._engine) as connection:
            account = self._changeable(connection, name, by, "deactivate or activate")
            if not active:
                _not_oneself(account, by, "deactivate yourself")
            accounts_db.update_account(connection, account.id, active=active)
            _administrator_remains(connection, account)
            if not active:
                self._drop(account.name)

    def _regrant(self, name: str, role: Role) -> None:
        holder = self._keys
        if holder is None:
            return
        ring = keyring.load(holder.database)
        if ring.entry(name) is None:
            return  # no key yet (deactivated, or not converted): a new password seals one
        mine = holder.secrets
        if role.value in keyring.CASEWORK_ROLES and mine.casework_key is None:
            raise AccessDenied("only an account holding the casework key may give it")
        keyring.save(holder.database, keyring.regrant(ring, name, role.value,
                                                      mine.database_key, mine.casework_key))

    def _drop(self, name: str) -> None:
        holder = self._keys
        if holder is not None:
            keyring.save(holder.database, keyring.load(holder.database).without_account(name))

    @staticmethod
    def _changeable(connection: Connection, name: str, by: Actor | None,
                    what: str) -> accounts_db.AccountRow:
        """The account to change; refused when it is an administrator's and ``by`` is not one.
        The write (``update_account``) follows in the same transaction."""
        accounts_db.lock_accounts(connection)  # the check below and the write stay together
        account = accounts_db.find_account(connection, name)
        if account is None:
            raise ValidationError("name", f"there is no user named {name.strip()}")
        if account.role == Role.ADMINISTRATOR.value:
            _only_administrators(by, f"{what} administrators")
        return account


def _only_administrators(by: Actor | None, what: str) -> None:
    """``by`` None is the program itself (first start), which the guard never passes on."""
    if by is not None and by.role is not Role.ADMINISTRATOR:
        raise AccessDenied(f"only an administrator may {what}")


def _not_oneself(account: accounts_db.AccountRow, by: Actor | None, what: str) -> None:
    if by is not None and account.name.lower() == by.name.strip().lower():
        raise AccessDenied(f"you cannot {what}; ask another administrator")


def _administrator_remains(connection: Connection, changed: accounts_db.AccountRow) -> None:
    """Checked after changing an administrator, inside the change's transaction (the write lock
    is held): raising rolls it back, so two administrators demoting each other at once cannot
    both succeed."""
    if changed.role == Role.ADMINISTRATOR.value and changed.active \
            and accounts_db.count_active_administrators(connection) == 0:
        raise AccessDenied("this is the last active administrator: appoint another first")
