"""User accounts: reading and writing the ``user_account`` table, and which lawyer a client is
assigned to (the per-client part of the access policy)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from legalaid.db.models import Client, UserAccount, table
from legalaid.db.repositories.items import ITEM_MODELS


@dataclass(frozen=True)
class AccountRow:
    id: int
    name: str
    role: str
    password_hash: str
    active: bool
    failed_logins: int
    retry_after: dt.datetime | None
    created_at: dt.datetime


_COLUMNS = (
    UserAccount.id, UserAccount.name, UserAccount.role, UserAccount.password_hash,
    UserAccount.active, UserAccount.failed_logins, UserAccount.retry_after, UserAccount.created_at,
)


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
        name=name, role=role, password_hash=password_hash, active=True, failed_logins=0,
        retry_after=None, created_at=now))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def update_account(connection: Connection, account_id: int, **values: Any) -> None:
    connection.execute(
        update(table(UserAccount)).where(UserAccount.id == account_id).values(**values))


def assigned_lawyer(connection: Connection, client_id: int) -> str | None:
    """The lawyer named on the client's file (None also when there is no such client)."""
    return connection.execute(select(Client.lawyer).where(Client.id == client_id)).scalar()


def owner_of(connection: Connection, kind: str, item_id: int) -> int | None:
    """The client an item (``document``, ``trip``, …) belongs to, or None if there is none."""
    model: Any = ITEM_MODELS[kind]
    return connection.execute(select(model.client_id).where(model.id == item_id)).scalar()
