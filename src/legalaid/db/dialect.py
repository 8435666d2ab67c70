"""Statements that SQLite and PostgreSQL spell differently, for the repositories."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection


def insert_ignoring_existing(connection: Connection, target: Any, key: str) -> Any:
    """``INSERT ... ON CONFLICT (key) DO NOTHING`` into ``target`` in the engine's dialect: a
    row that another transaction inserted first (or is inserting: PostgreSQL waits for it) is
    left as it is (with ``RETURNING``, the statement then returns no row)."""
    from sqlalchemy.dialects import postgresql, sqlite

    if connection.dialect.name == "postgresql":
        return postgresql.insert(target).on_conflict_do_nothing(index_elements=[key])
    return sqlite.insert(target).on_conflict_do_nothing(index_elements=[key])
