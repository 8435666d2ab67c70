"""The audit trail: appending hash-chained entries, reading them back with filters, and reading
the chain in order for ``services/audit.py`` to check (signatures, links, head).

Each entry's hash is sha256 of the previous entry's hash followed by a canonical JSON of its own
columns, so changing any column of any entry (or deleting one) breaks every later link. The head
of the chain (entry count, newest id and hash) is also kept in ``audit_head``, written in the same
transaction, so removing the newest entries (which leaves a shorter chain whose links all hold) is
detected as well. Appends are serialised: the first statement of ``append`` writes the head row,
which takes the database's write lock (SQLite) or the row lock (PostgreSQL) before the chain's end
is read, so two processes appending at once cannot both link to the same entry.

A signed entry (see ``services/audit.py`` and docs/AUDIT.md) is signed over its canonical bytes,
which include its id and the previous hash; its chained hash then covers those bytes, the
signature and the signer's public key (``signed_hash``). An unsigned entry keeps the original
hash (``entry_hash``), so trails recorded before signing still verify.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from legalaid.db.dialect import insert_ignoring_existing
from legalaid.db.models import AuditEntry, AuditHead, table
from legalaid.db.session import database_now

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
    signature: str | None = None
    public_key: str | None = None

    def canonical(self) -> bytes:
        return canonical(self.prev_hash, self.id, self.at, self.user, self.action,
                         self.table_name, self.record_id, self.client_id, self.detail)

    def content(self) -> tuple[Any, ...]:
        """What the entry says, without its place in the chain (to find it elsewhere)."""
        return (self.at, self.user, self.action, self.table_name, self.record_id,
                self.client_id, self.detail)

    def expected_hash(self) -> str:
        if self.signature is None and self.public_key is None:
            return entry_hash(self.prev_hash, self.id, self.at, self.user, self.action,
                              self.table_name, self.record_id, self.client_id, self.detail)
        return signed_hash(self.canonical(), self.signature or "", self.public_key or "")


# Signs an entry's canonical bytes: (signature hex, public key hex).
Signer = Callable[[bytes], tuple[str, str]]


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields mean "any"."""

    user: str | None = None
    action: str | None = None
    client_id: int | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    before_id: int | None = None  # only entries older than this one (paging back in time)


_COLUMNS = (
    AuditEntry.id, AuditEntry.at, AuditEntry.user, AuditEntry.action, AuditEntry.table_name,
    AuditEntry.record_id, AuditEntry.client_id, AuditEntry.detail, AuditEntry.prev_hash,
    AuditEntry.hash, AuditEntry.signature, AuditEntry.public_key,
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


def canonical(prev_hash: str, entry_id: int, at: dt.datetime, user: str | None, action: str,
              table_name: str | None, record_id: int | None, client_id: int | None,
              detail: str) -> bytes:
    """The bytes a signature covers: the entry's columns, its id and the previous hash."""
    return json.dumps(
        ["LegalAid audit 1", entry_id, prev_hash, at.isoformat(timespec="microseconds"), user,
         action, table_name, record_id, client_id, detail],
        ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def signed_hash(canonical_bytes: bytes, signature: str, public_key: str) -> str:
    """The chained hash of a signed entry: its canonical bytes, signature and key."""
    return hashlib.sha256(canonical_bytes + b"\x00" + signature.encode("ascii") + b"\x00"
                          + public_key.encode("ascii")).hexdigest()


def _last(connection: Connection) -> tuple[int, str]:
    row = connection.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def _lock_head(connection: Connection) -> int:
    """Write-lock the head row before anything is read; the chain's entry count."""
    locked = connection.execute(
        update(table(AuditHead)).where(AuditHead.id == 1)
        .values(entries=AuditHead.entries).returning(AuditHead.entries)).scalar()
    if locked is not None:
        return int(locked)
    # A database made before the head existed, or whose head was removed: start it from the
    # chain as it stands (verify compares the two from here on). Desktops doing so at the same
    # instant: one inserts, the others wait for it and then lock the row it made.
    count = int(connection.execute(select(func.count()).select_from(AuditEntry)).scalar() or 0)
    last_id, last_hash = _last(connection)
    start = insert_ignoring_existing(connection, table(AuditHead), "id").values(
        id=1, entries=count, last_id=last_id, hash=last_hash).returning(AuditHead.id)
    made = connection.execute(start).first() is not None  # (a driver's rowcount may be -1)
    return count if made else _lock_head(connection)


def head(connection: Connection) -> tuple[int, int, str] | None:
    """(entries, newest id, newest hash) as the head row records them."""
    row = connection.execute(
        select(AuditHead.entries, AuditHead.last_id, AuditHead.hash).where(AuditHead.id == 1)
    ).first()
    return None if row is None else (int(row[0]), int(row[1]), str(row[2]))


def signed_from(connection: Connection) -> int | None:
    """The first entry recorded with a signature, as the head records it."""
    value = connection.execute(
        select(AuditHead.signed_from).where(AuditHead.id == 1)).scalar()
    return None if value is None else int(value)


def append(connection: Connection, at: dt.datetime | None, user: str | None, action: str,
           table_name: str | None, record_id: int | None, client_id: int | None,
           detail: str, sign: Signer | None = None) -> int:
    """Add one entry at the end of the chain (and move the head); returns its id. With
    ``sign``, the entry is signed and the head notes the first signed entry. Without ``at``
    the entry is stamped with the database's time (the server's on PostgreSQL) once the head is
    locked, so entries' times follow their order in the chain."""
    count = _lock_head(connection)
    if at is None:
        at = database_now(connection)
    last_id, prev_hash = _last(connection)
    entry_id = last_id + 1
    signature = public_key = None
    if sign is None:
        digest = entry_hash(prev_hash, entry_id, at, user, action, table_name, record_id,
                            client_id, detail)
    else:
        body = canonical(prev_hash, entry_id, at, user, action, table_name, record_id,
                         client_id, detail)
        signature, public_key = sign(body)
        digest = signed_hash(body, signature, public_key)
    connection.execute(insert(table(AuditEntry)).values(
        id=entry_id, at=at, user=user, action=action, table_name=table_name,
        record_id=record_id, client_id=client_id, detail=detail, prev_hash=prev_hash,
        hash=digest, signature=signature, public_key=public_key))
    moved: dict[str, Any] = {"entries": count + 1, "last_id": entry_id, "hash": digest}
    if sign is not None and signed_from(connection) is None:
        moved["signed_from"] = entry_id
    connection.execute(update(table(AuditHead)).where(AuditHead.id == 1).values(**moved))
    return entry_id


def _filtered(query: Any, wanted: AuditFilter) -> Any:
    if wanted.user:
        query = query.where(AuditEntry.user == wanted.user)
    if wanted.action:
        query = query.where(AuditEntry.action == wanted.action)
    if wanted.client_id is not None:
        query = query.where(AuditEntry.client_id == wanted.client_id)
    if wanted.before_id is not None:
        query = query.where(AuditEntry.id < wanted.before_id)
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


def all_in_order(connection: Connection) -> Iterator[AuditRow]:
    after = -1
    while True:
        batch = [_row(row) for row in connection.execute(
            select(*_COLUMNS).where(AuditEntry.id > after).order_by(AuditEntry.id)
            .limit(VERIFY_BATCH))]
        yield from batch
        if len(batch) < VERIFY_BATCH:
            return
        after = batch[-1].id
