"""User accounts: reading and writing the ``user_account`` table, the failed sign-ins per user
name (``signin_throttle``), and which lawyer a client is assigned to (the per-client part of the
access policy).

Failed sign-ins are counted under the write lock: ``hold_throttle`` writes the name's row first,
which takes the database's write lock (SQLite) or the row's lock (PostgreSQL) until the sign-in's
transaction ends, so parallel attempts at one name are checked and counted one after another."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from legalaid.db.models import (
    Attachment,
    Client,
    Letter,
    Referral,
    SignInThrottle,
    UserAccount,
    table,
)
from legalaid.db.repositories.items import ITEM_MODELS


@dataclass(frozen=True)
class AccountRow:
    id: int
    name: str
    role: str
    password_hash: str
    active: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class ThrottleRow:
    failures: int
    retry_after: dt.datetime | None


_COLUMNS = (
    UserAccount.id, UserAccount.name, UserAccount.role, UserAccount.password_hash,
    UserAccount.active, UserAccount.created_at,
)
throttle = table(SignInThrottle)


def count_accounts(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(UserAccount)).scalar_one())


def find_account(connection: Connection, name: str) -> AccountRow | None:
    """The account of that name, compared without regard to case."""
    row = connection.execute(
        select(*_COLUMNS).where(func.lower(UserAccount.name) == name.strip().lower())
    ).first()
    return AccountRow(*row) if row is not None else None


def all_accounts(connection: Connection) -> list[AccountRow]:
    rows = connection.execute(select(*_COLUMNS).order_by(UserAccount.name))
    return [AccountRow(*row) for row in rows]


def insert_account(connection: Connection, name: str, role: str, password_hash: str,
                   now: dt.datetime) -> int:
    result = connection.execute(insert(table(UserAccount)).values(
        name=name, role=role, password_hash=password_hash, active=True, created_at=now))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def update_account(connection: Connection, account_id: int, **values: Any) -> None:
    connection.execute(
        update(table(UserAccount)).where(UserAccount.id == account_id).values(**values))


def lock_accounts(connection: Connection) -> None:
    """Take the write lock (SQLite) and the administrators' row locks (PostgreSQL) before an
    account is read for a change, so two changes of administrators run one after the other."""
    connection.execute(update(table(UserAccount)).where(UserAccount.id == -1)
                       .values(active=UserAccount.active))
    connection.execute(select(UserAccount.id)
                       .where(UserAccount.role == "administrator").with_for_update()).all()


def count_active_administrators(connection: Connection) -> int:
    return int(connection.execute(
        select(func.count()).select_from(UserAccount)
        .where(UserAccount.role == "administrator", UserAccount.active.is_(True))).scalar_one())


# -- failed sign-ins per name ----------------------------------------------------------------------
def throttle_key(name: str) -> str:
    """The key of a user name's failed sign-ins: a hash, so that names typed by mistake (or
    passwords typed into the name field) are not stored; case and width do not matter."""
    normalised = unicodedata.normalize("NFKC", name.strip()).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def hold_throttle(connection: Connection, key: str) -> ThrottleRow:
    """The name's failed sign-ins, read after taking the write lock (a row is made if none)."""
    locked = connection.execute(  # a write first: the lock is held before the count is read
        update(throttle).where(throttle.c.name_hash == key)
        .values(failures=throttle.c.failures))
    if locked.rowcount == 0:
        try:
            with connection.begin_nested():
                connection.execute(insert(throttle).values(name_hash=key, failures=0,
                                                           retry_after=None))
        except IntegrityError:
            pass  # PostgreSQL: another sign-in made the row just now; it is locked below
    row = connection.execute(select(throttle.c.failures, throttle.c.retry_after)
                             .where(throttle.c.name_hash == key).with_for_update()).one()
    return ThrottleRow(int(row.failures), row.retry_after)


def count_failure(connection: Connection, key: str, retry_after: dt.datetime) -> None:
    """One more failed sign-in, counted by the database (never a value read earlier)."""
    connection.execute(update(throttle).where(throttle.c.name_hash == key)
                       .values(failures=throttle.c.failures + 1, retry_after=retry_after))


def clear_failures(connection: Connection, key: str) -> None:
    connection.execute(update(throttle).where(throttle.c.name_hash == key)
                       .values(failures=0, retry_after=None))


def assigned_lawyer(connection: Connection, client_id: int) -> str | None:
    """The lawyer named on the client's file (None also when there is no such client)."""
    return connection.execute(select(Client.lawyer).where(Client.id == client_id)).scalar()


OWNED_KINDS: dict[str, Any] = {**ITEM_MODELS, "letter": Letter, "attachment": Attachment,
                               "referral": Referral}


def owner_of(connection: Connection, kind: str, item_id: int) -> int | None:
    """The client an item (``document``, ``trip``, ``letter`` …) belongs to, or None if there is
    none."""
    model: Any = OWNED_KINDS[kind]
    return connection.execute(select(model.client_id).where(model.id == item_id)).scalar()
