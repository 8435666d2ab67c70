"""Accounts: creating users, signing in with slower retries after failures, and managing roles.

Passwords are stored only as argon2id hashes. After each failed sign-in the account must wait
twice as long as after the previous one (1 s, 2 s, 4 s … up to 15 minutes) before the password is
even checked; the wait is stored with the account, so restarting the program does not reset it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine

from legalaid.db.repositories import accounts as accounts_db
from legalaid.errors import AccessDenied, ValidationError
from legalaid.services.roles import Role

MIN_PASSWORD = 8
MAX_DELAY_SECONDS = 15 * 60


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


class LoginThrottled(AccessDenied):
    """Too soon after a failed sign-in; ``seconds`` to wait."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"too many failed sign-ins: try again in {seconds} s")
        self.seconds = seconds


def retry_delay(failures: int) -> int:
    """Seconds to wait after ``failures`` consecutive failed sign-ins."""
    return 0 if failures <= 0 else min(2 ** (failures - 1), MAX_DELAY_SECONDS)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", f"must have at least {MIN_PASSWORD} characters")


def _check_name(name: str) -> str:
    clean = name.strip()
    if not clean or len(clean) > 100 or any(ch.isspace() for ch in clean):
        raise ValidationError("name", "must be one word of 1 to 100 characters")
    return clean


class AccountService:
    """Users, passwords and sign-in; the guard decides who may call what."""

    def __init__(self, engine: Engine,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._engine = engine
        self._clock = clock
        self._hasher = PasswordHasher()  # argon2id with the library's RFC 9106 defaults

    def has_accounts(self) -> bool:
        with self._engine.connect() as connection:
            return accounts_db.count_accounts(connection) > 0

    def create_first_administrator(self, name: str, password: str) -> Actor:
        """On a database without accounts, create the administrator; refused once one exists."""
        if self.has_accounts():
            raise AccessDenied("an administrator already exists; sign in instead")
        self.add_user(name, Role.ADMINISTRATOR, password)
        return Actor(_check_name(name), Role.ADMINISTRATOR)

    def add_user(self, name: str, role: Role, password: str) -> None:
        clean = _check_name(name)
        check_password(password)
        with self._engine.begin() as connection:
            if accounts_db.find_account(connection, clean) is not None:
                raise ValidationError("name", f"a user named {clean} already exists")
            accounts_db.insert_account(connection, clean, role.value,
                                       self._hasher.hash(password), self._clock())

    def authenticate(self, name: str, password: str) -> Actor:
        """The signed-in actor; ``AccessDenied`` (or ``LoginThrottled``) otherwise."""
        now = self._clock()
        with self._engine.begin() as connection:  # a failure's wait is committed, then raised
            account = accounts_db.find_account(connection, name)
            if account is None or not account.active:
                raise AccessDenied("unknown user or wrong password")
            if account.retry_after is not None and now < account.retry_after:
                wait = (account.retry_after - now).total_seconds()
                raise LoginThrottled(max(1, int(wait + 0.999)))
            accepted = self._verify(account.password_hash, password)
            if not accepted:
                failures = account.failed_logins + 1
                accounts_db.update_account(
                    connection, account.id, failed_logins=failures,
                    retry_after=now + dt.timedelta(seconds=retry_delay(failures)))
            elif account.failed_logins or account.retry_after is not None:
                accounts_db.update_account(connection, account.id, failed_logins=0,
                                           retry_after=None)
        if not accepted:
            raise AccessDenied("unknown user or wrong password")
        return Actor(account.name, Role(account.role))

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def users(self) -> list[UserRow]:
        with self._engine.connect() as connection:
            return [UserRow(row.name, Role(row.role), row.active, row.created_at)
                    for row in accounts_db.all_accounts(connection)]

    def _existing(self, name: str) -> accounts_db.AccountRow:
        with self._engine.connect() as connection:
            account = accounts_db.find_account(connection, name)
        if account is None:
            raise ValidationError("name", f"there is no user named {name.strip()}")
        return account

    def set_role(self, name: str, role: Role) -> None:
        account = self._existing(name)
        with self._engine.begin() as connection:
            accounts_db.update_account(connection, account.id, role=role.value)

    def reset_password(self, name: str, password: str) -> None:
        """A new password (also lifts the wait after failed sign-ins)."""
        check_password(password)
        account = self._existing(name)
        with self._engine.begin() as connection:
            accounts_db.update_account(connection, account.id,
                                       password_hash=self._hasher.hash(password),
                                       failed_logins=0, retry_after=None)

    def set_active(self, name: str, active: bool) -> None:
        account = self._existing(name)
        with self._engine.begin() as connection:
            accounts_db.update_account(connection, account.id, active=active)
