"""Engines and sessions for the case database.

An SQLite path or any SQLAlchemy URL becomes an engine. SQLite connections are tuned on connect
(write-ahead log, full fsync, foreign keys, a busy timeout for a second process, a 64 MiB page
cache, temporary tables and sorts in memory so no decrypted page reaches a temp file); these
PRAGMAs live here and nowhere else. With a passphrase the file is opened through SQLCipher
(``sqlite+pysqlcipher``); each pooled connection derives the key once and is kept.

A PostgreSQL engine tests a pooled connection before handing it out (``pool_pre_ping``), so the
first operation after a server restart or a dropped connection reconnects instead of failing;
connecting gives up after ``CONNECT_TIMEOUT`` seconds and a statement after
``STATEMENT_TIMEOUT_MS``. A server that cannot be reached is ``ServerUnreachable``: one sentence
naming HOST:PORT (a command's exit 2, the desktop's error dialog), never a driver's traceback.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from legalaid.errors import ServerUnreachable

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
    "PRAGMA cache_size=-32768",  # 32 MB per connection: scans of encrypted pages stay fast
    "PRAGMA temp_store=MEMORY",
)


@dataclass
class _Key:
    """The passphrase an encrypted engine's new connections use (changed by a rekey)."""

    initial: str
    current: str


_KEYS: weakref.WeakKeyDictionary[Engine, _Key] = weakref.WeakKeyDictionary()


# What ``--db`` may name besides a file: SQLite (an encrypted file is given by its path and
# opened with the passphrase, never by a sqlite+pysqlcipher URL) and PostgreSQL.
SUPPORTED_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg",
                     "postgresql+psycopg2")


CONNECT_TIMEOUT = 10  # seconds to wait for the server to answer a new connection
STATEMENT_TIMEOUT_MS = 120_000  # no statement of the app runs this long; a stuck one is stopped


def _is_url(target: str) -> bool:
    return "://" in target


def _checked_url(target: str) -> URL:
    """The URL of ``--db`` if LegalAid can open it; else ValidationError naming ``--db``."""
    from legalaid.errors import ValidationError

    try:
        url = make_url(target)
    except ArgumentError:
        raise ValidationError("--db", "not a database URL (expected a file path, "
                              "sqlite:///FILE or postgresql://…)") from None
    if url.drivername not in SUPPORTED_DRIVERS:
        raise ValidationError("--db", f"{url.drivername}:// is not supported (expected a file "
                              "path, sqlite:///FILE or postgresql://…; an encrypted file is "
                              "given by its path)")
    try:
        url.get_dialect().import_dbapi()
    except (ImportError, NoSuchModuleError):
        raise ValidationError("--db", f"{url.drivername}:// needs a database driver that is not "
                              "installed (for PostgreSQL: psycopg)") from None
    return url


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def create_engine_for(target: str, passphrase: str | None = None) -> Engine:
    """An engine for an SQLite file path or an SQLAlchemy URL (the parent directory is created).

    With ``passphrase`` the file is opened (or created) encrypted with SQLCipher; a wrong
    passphrase raises ValidationError("passphrase", "wrong passphrase for FILE").
    """
    if _is_url(target):
        if passphrase is not None:
            raise ValueError("a passphrase goes with a file path, not a URL")
        url = _checked_url(target)
    else:
        path = Path(target).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        if passphrase is not None:
            return _encrypted_engine(path, passphrase)
        url = make_url(f"sqlite:///{path}")
    # LIFO: the desktop app mostly needs one connection at a time; handing back the most recent
    # keeps one warm page cache instead of filling a cache per pooled connection (memory).
    if url.get_backend_name() == "postgresql":
        return _server_engine(url)
    engine = create_engine(url, pool_use_lifo=True)
    event.listen(engine, "connect", _tune_sqlite)
    return engine


def _server_engine(url: URL) -> Engine:
    """A PostgreSQL engine: connections tested before use, timeouts, unreachable in a sentence."""
    engine = create_engine(url, pool_use_lifo=True, pool_pre_ping=True, connect_args={
        "connect_timeout": CONNECT_TIMEOUT,
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
    })
    where = f"{url.host or 'localhost'}:{url.port or 5432}"

    def unreachable(context: ExceptionContext) -> None:
        if context.is_pre_ping:
            return  # the pool replaces the connection itself
        if context.is_disconnect or (context.connection is None and isinstance(
                context.sqlalchemy_exception, OperationalError)):
            raise ServerUnreachable(f"the database server at {where} is unreachable; check "
                                    "that it is running and that this computer can reach it"
                                    ) from context.original_exception

    event.listen(engine, "handle_error", unreachable)
    return engine


def _encrypted_engine(path: Path, passphrase: str) -> Engine:
    from legalaid.db import crypto

    driver = crypto.quiet_driver()
    url = URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path))
    # A queue of kept connections instead of the dialect's per-thread ones: worker threads
    # share them, so the key is derived once per pooled connection, not once per thread.
    engine = create_engine(url, module=driver, poolclass=QueuePool, pool_use_lifo=True,
                           connect_args={"check_same_thread": False})
    key = _Key(passphrase, passphrase)
    _KEYS[engine] = key

    def rekeyed(dbapi_connection: Any, _record: Any) -> None:
        # The dialect keys with the URL's passphrase; after a rekey the new one replaces it
        # (SQLCipher derives the key lazily, on the first read).
        if key.current != key.initial:
            dbapi_connection.execute(f"PRAGMA key = {crypto.sql_string(key.current)}")

    event.listen(engine, "connect", rekeyed)
    event.listen(engine, "connect", _tune_sqlite)
    try:
        engine.connect().close()  # derive the key now and keep the connection in the pool
    except DatabaseError as error:
        engine.dispose()
        raise crypto.wrong_passphrase(path) from error
    return engine


def engine_passphrase(engine: Engine) -> str | None:
    """The passphrase an encrypted engine opens its file with; None for a plaintext one."""
    key = _KEYS.get(engine)
    return key.current if key is not None else None


def rekey_engine(engine: Engine, new_passphrase: str) -> None:
    """Change the passphrase of an encrypted engine's database while the engine stays usable."""
    from legalaid.db import crypto
    from legalaid.passphrase import check_new_passphrase

    key = _KEYS.get(engine)
    if key is None:
        raise ValueError("the database is not encrypted")
    check_new_passphrase(new_passphrase)
    with engine.connect() as connection:
        dbapi = connection.connection.driver_connection
        assert dbapi is not None
        dbapi.execute(f"PRAGMA rekey = {crypto.sql_string(new_passphrase)}")
        dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        key.current = new_passphrase
    engine.dispose()  # connections keyed with the old passphrase are closed


def sqlite_file(engine: Engine) -> Path | None:
    """The database file of an SQLite engine, or None (another backend, or in memory)."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def desktop_now() -> dt.datetime:
    """This computer's clock, as local time."""
    return dt.datetime.now()


def database_now(connection: Connection) -> dt.datetime:
    """The time that orders what is recorded (audit entries, changes, letters): on PostgreSQL
    the server's clock at this instant, so that desktops whose clocks drift cannot reorder
    history; on SQLite, where the database is this computer's, its clock. Local time, naive,
    as every stored timestamp is."""
    if connection.dialect.name != "postgresql":
        return desktop_now()
    moment: dt.datetime = connection.execute(text("SELECT clock_timestamp()")).scalar_one()
    return moment.astimezone().replace(tzinfo=None)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values readable after commit (services return plain copies)."""
    return sessionmaker(engine, expire_on_commit=False)


def connect_to_read(engine: Engine) -> Connection:
    """A connection for reads only. On PostgreSQL each statement runs on its own (autocommit):
    at the server's READ COMMITTED every statement sees what was committed before it began,
    inside a transaction or not, and a search saves the BEGIN and ROLLBACK round trips."""
    connection = engine.connect()
    if engine.dialect.name != "sqlite":
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
    return connection
