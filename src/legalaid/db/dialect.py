"""Statements that SQLite and PostgreSQL spell differently, for the repositories."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    any_,
    bindparam,
    func,
    select,
    text,
    update,
)

from legalaid.db.models import Client, table


def insert_ignoring_existing(connection: Connection, target: Any, key: str) -> Any:
    """``INSERT ... ON CONFLICT (key) DO NOTHING`` into ``target`` in the engine's dialect: a
    row that another transaction inserted first (or is inserting: PostgreSQL waits for it) is
    left as it is (with ``RETURNING``, the statement then returns no row)."""
    from sqlalchemy.dialects import postgresql, sqlite

    if connection.dialect.name == "postgresql":
        return postgresql.insert(target).on_conflict_do_nothing(index_elements=[key])
    return sqlite.insert(target).on_conflict_do_nothing(index_elements=[key])


def one_of(connection: Connection, column: Any, ids: Sequence[int]) -> ColumnElement[bool]:
    """``column IN (ids)`` bound as one parameter, whatever the number of ids: an ``IN`` of a
    search's 500 ids, one parameter each, took longer to render and to parse at every keystroke
    than the query took to run (an array on PostgreSQL, a JSON array read by ``json_each`` on
    SQLite)."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY

        ids_array = bindparam("ids", list(ids), type_=ARRAY(Integer), unique=True)
        return column == any_(ids_array)  # type: ignore[no-any-return]
    values = func.json_each(bindparam("ids", json.dumps(list(ids)), unique=True))
    return column.in_(select(values.table_valued("value").c.value))  # type: ignore[no-any-return]


def hold_rows(connection: Connection, target: Any, ids: Sequence[int]) -> None:
    """Hold the rows of ``target`` (a table with ``id`` and ``version``) until the transaction
    ends, so that whoever comes next waits and then reads them as this transaction left them.
    PostgreSQL locks them ``FOR UPDATE``, in id order, so that two holders of the same rows wait
    instead of deadlocking; the lock also makes a row that refers to them (a paper added to a
    held client) wait. SQLite has no row locks: a write that changes nothing takes the
    database's write lock."""
    if connection.dialect.name == "sqlite":
        take_write_lock(connection, target)
        return
    connection.execute(select(target.c.id).where(target.c.id.in_(sorted(set(ids))))
                       .order_by(target.c.id).with_for_update())


def take_write_lock(connection: Connection, target: Any) -> None:
    """SQLite: the database's write lock for the rest of the transaction, through an update of
    ``target`` (a table with ``id`` and ``version``) that matches no row."""
    connection.execute(update(target).where(target.c.id.is_(None))
                       .values(version=target.c.version))


def hold_keys(connection: Connection, space: int, keys: Sequence[str]) -> None:
    """Hold each of ``keys`` (within the lock space ``space``) until the transaction ends: on
    PostgreSQL advisory locks, taken in one statement in the order of their hashes (so that two
    holders of overlapping keys wait instead of deadlocking); on SQLite the write lock."""
    if connection.dialect.name == "sqlite":
        take_write_lock(connection, table(Client))
        return
    if keys:
        connection.execute(text(
            "SELECT count(pg_advisory_xact_lock(:space, key)) FROM "
            "(SELECT DISTINCT hashtext(word) AS key FROM unnest(CAST(:keys AS text[])) AS word "
            "ORDER BY 1) AS sorted"), {"space": space, "keys": list(keys)})
