"""The transaction boundary: one unit of work per service call, committed or rolled back whole.

A stale ``version`` (someone else saved the same row first) becomes ``ConflictError``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from legalaid.errors import ConflictError


@contextmanager
def unit_of_work(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work is committed when the block ends normally, else rolled back."""
    session = sessions()
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
