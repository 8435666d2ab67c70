"""The audit trail as a service: recording acts, reading them with filters, verifying the chain.

Entries name the user, the act, the table and record id and the client id, never names or other
personal data. The guard (``access.py``) records views, changes, exports, prints and refusals;
sign-ins and locks are recorded by whoever performs them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine

from legalaid.db.repositories import audit as audit_db
from legalaid.db.repositories.audit import AuditFilter, AuditRow
from legalaid.services.declarations import guarded
from legalaid.services.unit_of_work import reading, writing

__all__ = ["AuditFilter", "AuditRow", "AuditService", "Verification"]
MAX_DETAIL = 200


@dataclass(frozen=True)
class Verification:
    """What ``verify`` found: how many entries, and the first broken one (None if all hold)."""

    entries: int
    first_broken: int | None

    @property
    def ok(self) -> bool:
        return self.first_broken is None


class AuditService:
    """Append-only, hash-chained record of who did what to which record."""

    def __init__(self, engine: Engine,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._engine = engine
        self._clock = clock

    @guarded("audit.record")
    def record(self, user: str | None, action: str, table_name: str | None = None,
               record_id: int | None = None, client_id: int | None = None,
               detail: str = "") -> int:
        """Append one entry; returns its id."""
        with writing(self._engine) as connection:
            return audit_db.append(connection, self._clock(), user, action, table_name,
                                   record_id, client_id, detail[:MAX_DETAIL])

    @guarded("audit.record_many")
    def record_many(self, user: str | None, action: str, table_name: str | None,
                    records: Sequence[tuple[int | None, int | None]], detail: str = "") -> None:
        """One entry per (record id, client id), appended in one transaction (a batch of new
        clients costs one commit, not one per client)."""
        with writing(self._engine) as connection:
            at = self._clock()
            for record_id, client_id in records:
                audit_db.append(connection, at, user, action, table_name, record_id, client_id,
                                detail[:MAX_DETAIL])

    @guarded("audit.entries")
    def entries(self, wanted: AuditFilter | None = None, limit: int = 1000) -> list[AuditRow]:
        """Matching entries, newest first."""
        with reading(self._engine) as connection:
            wanted = wanted or AuditFilter()
            return audit_db.entries(connection, wanted, max(1, min(limit, 100_000)))

    @guarded("audit.filter_values")
    def filter_values(self) -> tuple[list[str], list[str]]:
        """The users and the actions that occur in the trail."""
        with reading(self._engine) as connection:
            return audit_db.users_and_actions(connection)

    @guarded("audit.verify")
    def verify(self) -> Verification:
        """Walk the whole chain; the first entry whose link or hash does not hold is reported."""
        with reading(self._engine) as connection:
            count, broken = audit_db.first_broken(connection)
        return Verification(count, broken)
