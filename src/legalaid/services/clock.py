"""The clock that stamps what orders events: the database server's on PostgreSQL, this
computer's on SQLite (``db.session.database_now``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Engine

from legalaid.db import session
from legalaid.services.unit_of_work import reading


def database_clock(engine: Engine) -> Callable[[], dt.datetime]:
    """A clock reading the time of ``engine``'s database (inside ``together``, in its
    transaction; on SQLite without reaching the database)."""

    def now() -> dt.datetime:
        if engine.dialect.name != "postgresql":
            return session.desktop_now()
        with reading(engine) as connection:
            return session.database_now(connection)

    return now
