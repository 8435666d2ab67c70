"""The audit trail: appending hash-chained entries, reading them back with filters, and walking
the chain to find the first entry that was altered, removed or inserted out of order.

Each entry's hash is sha256 of the previous entry's hash followed by a canonical JSON of its own
columns, so changing any column of any entry (or deleting one) breaks every later link.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select

from legalaid.db.models import AuditEntry, table

GENESIS = "0" * 64
VERIFY_BATCH = 5000


@dataclass(frozen=True)
class AuditRow:
    """One entry as stored."""

    id: int
    at: dt.datetime
    user: str | None
    action: str
    table_name: str | None
    record_id: int | None
    client_id: int | None
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields mean "any"."""

    user: str | None = None
    action: str | None = None
    client_id: int | None = None
    first: dt.date | None = None
    last: dt.date | None = None


_COLUMNS = (
    AuditEntry.id, AuditEntry.at, AuditEntry.user, AuditEntry.action, AuditEntry.table_name,
    AuditEntry.record_id, AuditEntry.client_id, AuditEntry.detail, AuditEntry.prev_hash,
    AuditEntry.hash,
)


def _row(row: Any) -> AuditRow:
    return AuditRow(*row)


def entry_hash(prev_hash: str, entry_id: int, at: dt.datetime, user: str | None, action: str,
               table_name: str | None, record_id: int | None, client_id: int | None,
               detail: str) -> str:
    """The chained hash of one entry (its id is part of it, so entries cannot be reordered)."""
    canonical = json.dumps(
        [entry_id, at.isoformat(timespec="microseconds"), user, action, table_name, record_id,
         client_id, detail],
        ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def _last(connection: Connection) -> tuple[int, str]:
    row = connection.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def append(connection: Connection, at: dt.datetime, user: str | None, action: str,
           table_name: str | None, record_id: int | None, client_id: int | None,
           detail: str) -> int:
    """Add one entry at the end of the chain; returns its id."""
    last_id, prev_hash = _last(connection)
    entry_id = last_id + 1
    digest = entry_hash(prev_hash, entry_id, at, user, action, table_name, record_id, client_id,
                        detail)
    connection.execute(insert(table(AuditEntry)).values(
        id=entry_id, at=at, user=user, action=action, table_name=table_name,
        record_id=record_id, client_id=client_id, detail=detail, prev_hash=prev_hash,
        hash=digest))
    return entry_id


def _filtered(query: Any, wanted: AuditFilter) -> Any:
    if wanted.user:
        query = query.where(AuditEntry.user == wanted.user)
    if wanted.action:
        query = query.where(AuditEntry.action == wanted.action)
    if wanted.client_id is not None:
        query = query.where(AuditEntry.client_id == wanted.client_id)
    if wanted.first is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(wanted.first, dt.time()))
    if wanted.last is not None:
        end = dt.datetime.combine(wanted.last + dt.timedelta(days=1), dt.time())
        query = query.where(AuditEntry.at < end)
    return query


def entries(connection: Connection, wanted: AuditFilter, limit: int) -> list[AuditRow]:
    """Matching entries, newest first."""
    query = _filtered(select(*_COLUMNS), wanted).order_by(AuditEntry.id.desc()).limit(limit)
    return [_row(row) for row in connection.execute(query)]


def users_and_actions(connection: Connection) -> tuple[list[str], list[str]]:
    """The distinct users and actions in the trail (for the viewer's filters)."""
    users = connection.execute(
        select(AuditEntry.user).where(AuditEntry.user.is_not(None)).distinct()).scalars()
    actions = connection.execute(select(AuditEntry.action).distinct()).scalars()
    return sorted(str(u) for u in users), sorted(str(a) for a in actions)


def _all_in_order(connection: Connection) -> Iterator[AuditRow]:
    after = -1
    while True:
        batch = [_row(row) for row in connection.execute(
            select(*_COLUMNS).where(AuditEntry.id > after).order_by(AuditEntry.id)
            .limit(VERIFY_BATCH))]
        yield from batch
        if len(batch) < VERIFY_BATCH:
            return
        after = batch[-1].id


def first_broken(connection: Connection) -> tuple[int, int | None]:
    """(entries checked, id of the first entry whose link or hash is wrong, or None)."""
    prev_hash, expected_id, count = GENESIS, 1, 0
    for row in _all_in_order(connection):
        count += 1
        digest = entry_hash(row.prev_hash, row.id, row.at, row.user, row.action, row.table_name,
                            row.record_id, row.client_id, row.detail)
        if row.id != expected_id or row.prev_hash != prev_hash or row.hash != digest:
            return count, row.id
        prev_hash, expected_id = row.hash, row.id + 1
    return count, None
