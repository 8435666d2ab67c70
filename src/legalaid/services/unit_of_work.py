"""The transaction boundary, and the one way services reach the database.

- ``reading(engine)``: a connection for reads.
- ``writing(engine)``: a connection in a transaction, committed when the block ends normally,
  else rolled back.
- ``unit_of_work(sessions)``: the same for ORM work; a stale ``version`` (someone else saved the
  same row first) becomes ``ConflictError``.
- ``together(engine)``: every ``reading``, ``writing`` and ``unit_of_work`` inside the block (in
  this thread) joins one transaction, committed once when the block ends and rolled back whole
  when it raises. The access guard runs a change and its audit entry this way, so that no crash
  keeps one without the other; a service groups changes that belong together the same way.

Services never call ``engine.connect()``, ``engine.begin()`` or make sessions themselves: a
block that did would stay out of the shared transaction (and, on SQLite, wait for its lock).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from legalaid.db.session import connect_to_read
from legalaid.errors import ConflictError


@dataclass
class _Shared:
    """The transaction of a ``together`` block, begun when the block first reaches the data."""

    engine: Engine
    connection: Connection | None = None

    def joined(self) -> Connection:
        if self.connection is None:
            self.connection = self.engine.connect()
            self.connection.begin()
        return self.connection


_shared: ContextVar[_Shared | None] = ContextVar("legalaid_shared_transaction", default=None)


def _shared_on(engine: object) -> _Shared | None:
    shared = _shared.get()
    return shared if shared is not None and shared.engine is engine else None


@contextmanager
def together(engine: Engine) -> Iterator[None]:
    """One transaction for everything the block does through this module (see above)."""
    if _shared_on(engine) is not None:  # already inside one: the outer block commits
        yield
        return
    shared = _Shared(engine)
    token = _shared.set(shared)
    try:
        yield
        if shared.connection is not None:
            shared.connection.commit()
    except BaseException:
        if shared.connection is not None:
            shared.connection.rollback()
        raise
    finally:
        _shared.reset(token)
        if shared.connection is not None:
            shared.connection.close()


def reading(engine: Engine) -> AbstractContextManager[Connection]:
    """A connection to read with (the shared transaction's, inside ``together``)."""
    return _connection(engine, lambda: connect_to_read(engine))


def writing(engine: Engine) -> AbstractContextManager[Connection]:
    """A connection whose work is committed when the block ends normally, else rolled back."""
    return _connection(engine, engine.begin)


@contextmanager
def _connection(engine: Engine, own: Callable[[], AbstractContextManager[Connection]],
                ) -> Iterator[Connection]:
    """The shared transaction's connection inside ``together``, else one of its ``own``."""
    shared = _shared_on(engine)
    if shared is not None:
        yield shared.joined()
        return
    with own() as connection:
        yield connection


@contextmanager
def unit_of_work(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work is committed when the block ends normally, else rolled back."""
    shared = _shared_on(sessions.kw.get("bind"))
    # Inside ``together`` the session works in the shared transaction: its commit only
    # flushes, its rollback undoes the whole block (which then raises).
    session = sessions() if shared is None else sessions(
        bind=shared.joined(), join_transaction_mode="rollback_only")
    try:
        yield session
        session.commit()
    except StaleDataError:
        session.rollback()
        raise ConflictError(
            "the record was changed by someone else; reload it and try again"
        ) from None
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
