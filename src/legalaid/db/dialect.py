"""Statements that SQLite and PostgreSQL spell differently, for the repositories."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, any_, bindparam, func, select


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
