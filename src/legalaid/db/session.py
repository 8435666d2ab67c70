"""Engines and sessions for the case database.

An SQLite path or any SQLAlchemy URL becomes an engine. SQLite connections are tuned on connect
(write-ahead log, full fsync, foreign keys, a busy timeout for a second process, a 64 MiB page
cache); these PRAGMAs live here and nowhere else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
    "PRAGMA cache_size=-65536",
)


def _is_url(target: str) -> bool:
    return "://" in target


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def create_engine_for(target: str) -> Engine:
    """An engine for an SQLite file path or an SQLAlchemy URL (the parent directory is created)."""
    if _is_url(target):
        url = make_url(target)
    else:
        path = Path(target).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        url = make_url(f"sqlite:///{path}")
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _tune_sqlite)
    return engine


def sqlite_file(engine: Engine) -> Path | None:
    """The database file of an SQLite engine, or None (another backend, or in memory)."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values readable after commit (services return plain copies)."""
    return sessionmaker(engine, expire_on_commit=False)
