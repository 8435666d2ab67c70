"""Indexed reads behind the Today and Calendar pages: counts and short lists from the status
snapshots, the stored rule deadlines, the documents' end dates and the open tasks, optionally for
one lawyer's clients.

Every count reads one index and nothing else (``status_snapshot.status``, the partial indexes of
live documents and open tasks, ``client_deadline.due``). Deleted clients are left out with one
``NOT IN`` over the few deleted ids (a partial index finds them) instead of a join per row;
"my clients" is an ``IN`` over the lawyer's live clients. Nothing here evaluates the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, select

from legalaid.db.models import Client, ClientDeadline, Document, StatusSnapshotRow, Task, table
from legalaid.db.repositories import values
from legalaid.domain.enums import Status
from legalaid.domain.records import TaskRecord

client = table(Client)
snapshot = table(StatusSnapshotRow)
document = table(Document)
task = table(Task)
deadline = table(ClientDeadline)

LAWFUL_NOW = (Status.LAWFUL.value, Status.AT_RISK.value)
NOT_LAWFUL_NOW = tuple(status.value for status in Status if status.value not in LAWFUL_NOW)


@dataclass(frozen=True)
class DatedRow:
    """One dated item of one client, before the client's name is looked up."""

    client_id: int
    due: dt.date
    title: str  # document type, deadline title or task title
    kind: str  # "overstay", "at_risk", "expiry", "rule" or "task"
    item_id: int | None = None  # document or task id
    days: int | None = None  # days left (at risk) or overstay days
    rule: str | None = None  # the rule of a stored deadline
    document: str | None = None  # the document type a stored deadline is about


def _scope(client_id: Any, lawyer: str | None) -> ColumnElement[bool]:
    """Live clients only, and only this lawyer's when one is given."""
    if lawyer is not None:
        mine = select(client.c.id).where(client.c.lawyer == lawyer, client.c.deleted_at.is_(None))
        return client_id.in_(mine)  # type: ignore[no-any-return]
    deleted = select(client.c.id).where(client.c.deleted_at.is_not(None))
    return client_id.not_in(deleted)  # type: ignore[no-any-return]


def _live_documents() -> ColumnElement[bool]:
    return document.c.deleted_at.is_(None)  # matches the partial index ix_document_live_end


def _open_tasks() -> ColumnElement[bool]:
    return and_(task.c.done.is_(None), task.c.deleted_at.is_(None))  # ix_task_open_due


def _count(connection: Connection, *where: ColumnElement[bool]) -> int:
    return int(connection.execute(select(func.count()).where(*where)).scalar_one())


def _live_counts(connection: Connection, column: Any, lawyer: str | None = None) -> dict[Any, int]:
    """Live clients per value of ``column``: every client (one pass over the column's index)
    minus the few deleted ones (read through the partial index of deleted clients), or the
    lawyer's live clients."""
    if lawyer is not None:
        statement = (select(column, func.count())
                     .where(client.c.lawyer == lawyer, client.c.deleted_at.is_(None))
                     .group_by(column))
        return {value: int(count) for value, count in connection.execute(statement).all()}
    statement = select(column, func.count()).group_by(column)
    counts = {value: int(count) for value, count in connection.execute(statement).all()}
    # No GROUP BY here: with one, SQLite walks the column's index and reads every client.
    deleted = select(column).where(client.c.deleted_at.is_not(None))
    for value in connection.execute(deleted).scalars():
        counts[value] -= 1
    return {value: count for value, count in counts.items() if count}


def lawyers(connection: Connection) -> list[str]:
    """The distinct lawyer names on live clients (the "my clients" filter offers them)."""
    return sorted(str(name) for name in _live_counts(connection, client.c.lawyer) if name)


def status_counts(connection: Connection, lawyer: str | None) -> dict[str, int]:
    statement = (select(snapshot.c.status, func.count())
                 .where(_scope(snapshot.c.client_id, lawyer)).group_by(snapshot.c.status))
    return {status: int(count) for status, count in connection.execute(statement).all()}


def category_counts(connection: Connection, lawyer: str | None) -> dict[str | None, int]:
    return _live_counts(connection, client.c.category, lawyer)


def _at_risk_filter(threshold: int) -> ColumnElement[bool]:
    # The threshold may have changed since the snapshot: days_remaining decides, not the label.
    # "Not any other status" rather than "lawful or at risk": SQLite, without statistics, would
    # read every lawful client through the status index; this way the (days_remaining, status)
    # index answers from the few days in range.
    return and_(snapshot.c.days_remaining <= threshold, snapshot.c.days_remaining >= 0,
                snapshot.c.status.not_in(NOT_LAWFUL_NOW))


def count_at_risk(connection: Connection, lawyer: str | None, threshold: int) -> int:
    return _count(connection, _at_risk_filter(threshold), _scope(snapshot.c.client_id, lawyer))


def expiring_counts(connection: Connection, lawyer: str | None, today: dt.date,
                    horizons: Sequence[int]) -> dict[int, int]:
    """How many documents end within each horizon (days from today, today included)."""
    if not horizons:
        return {}
    statement = (select(document.c.valid_until, func.count())
                 .where(_live_documents(), document.c.valid_until >= today,
                        document.c.valid_until <= today + dt.timedelta(days=max(horizons)),
                        _scope(document.c.client_id, lawyer))
                 .group_by(document.c.valid_until))
    per_day = connection.execute(statement).all()
    return {h: sum(int(n) for day, n in per_day if day <= today + dt.timedelta(days=h))
            for h in horizons}


def count_deadlines(connection: Connection, lawyer: str | None, first: dt.date,
                    last: dt.date) -> int:
    """Stored rule deadlines (every one, not only the next) falling in [first, last]."""
    return _count(connection, deadline.c.due >= first, deadline.c.due <= last,
                  _scope(deadline.c.client_id, lawyer))


def count_tasks(connection: Connection, lawyer: str | None, first: dt.date | None,
                last: dt.date) -> int:
    """Open tasks due in [first, last] (no lower bound when ``first`` is None)."""
    where = [_open_tasks(), task.c.due <= last, _scope(task.c.client_id, lawyer)]
    if first is not None:
        where.append(task.c.due >= first)
    return _count(connection, *where)


# -- short lists ---------------------------------------------------------------------------------
def overstay_rows(connection: Connection, lawyer: str | None, limit: int) -> list[DatedRow]:
    statement = (select(snapshot.c.client_id, snapshot.c.last_lawful_day, snapshot.c.regime,
                        snapshot.c.overstay_days)
                 .where(snapshot.c.status == Status.OVERSTAY.value,
                        _scope(snapshot.c.client_id, lawyer))
                 .order_by(snapshot.c.overstay_days.desc(), snapshot.c.client_id).limit(limit))
    return [DatedRow(cid, day or dt.date.min, regime or "", "overstay", None, days)
            for cid, day, regime, days in connection.execute(statement).all()]


def at_risk_rows(connection: Connection, lawyer: str | None, threshold: int,
                 limit: int) -> list[DatedRow]:
    statement = (select(snapshot.c.client_id, snapshot.c.last_lawful_day, snapshot.c.regime,
                        snapshot.c.days_remaining)
                 .where(_at_risk_filter(threshold), _scope(snapshot.c.client_id, lawyer))
                 .order_by(snapshot.c.days_remaining, snapshot.c.client_id).limit(limit))
    return [DatedRow(cid, day or dt.date.min, regime or "", "at_risk", None, days)
            for cid, day, regime, days in connection.execute(statement).all()]


def expiring_rows(connection: Connection, lawyer: str | None, first: dt.date, last: dt.date,
                  limit: int | None) -> list[DatedRow]:
    statement = (select(document.c.client_id, document.c.valid_until, document.c.type,
                        document.c.id)
                 .where(_live_documents(), document.c.valid_until >= first,
                        document.c.valid_until <= last, _scope(document.c.client_id, lawyer))
                 .order_by(document.c.valid_until, document.c.client_id).limit(limit))
    return [DatedRow(cid, day, doc_type, "expiry", doc_id)
            for cid, day, doc_type, doc_id in connection.execute(statement).all()]


def deadline_rows(connection: Connection, lawyer: str | None, first: dt.date, last: dt.date,
                  limit: int | None) -> list[DatedRow]:
    """Stored rule deadlines in [first, last], soonest first; a document's end is an "expiry"."""
    statement = (select(deadline.c.client_id, deadline.c.due, deadline.c.title,
                        deadline.c.document, deadline.c.rule)
                 .where(deadline.c.due >= first, deadline.c.due <= last,
                        _scope(deadline.c.client_id, lawyer))
                 .order_by(deadline.c.due, deadline.c.client_id, deadline.c.id).limit(limit))
    return [DatedRow(cid, day, title, "rule" if doc is None else "expiry", rule=rule,
                     document=doc)
            for cid, day, title, doc, rule in connection.execute(statement).all()]


def task_rows(connection: Connection, lawyer: str | None, first: dt.date | None, last: dt.date,
              limit: int | None, client_id: int | None = None) -> list[DatedRow]:
    where = [_open_tasks(), task.c.due <= last, _scope(task.c.client_id, lawyer)]
    if first is not None:
        where.append(task.c.due >= first)
    if client_id is not None:
        where.append(task.c.client_id == client_id)
    statement = (select(task.c.client_id, task.c.due, task.c.title, task.c.id).where(*where)
                 .order_by(task.c.due, task.c.client_id, task.c.id).limit(limit))
    return [DatedRow(cid, day, title, "task", task_id)
            for cid, day, title, task_id in connection.execute(statement).all()]


# -- calendar ------------------------------------------------------------------------------------
def deadline_day_counts(connection: Connection, lawyer: str | None, first: dt.date,
                        last: dt.date) -> dict[tuple[dt.date, str], int]:
    """(day, rule) -> how many stored deadlines (the caller tells expiries from the rest)."""
    statement = (select(deadline.c.due, deadline.c.rule, func.count())
                 .where(deadline.c.due >= first, deadline.c.due <= last,
                        _scope(deadline.c.client_id, lawyer))
                 .group_by(deadline.c.due, deadline.c.rule))
    return {(day, rule): int(n) for day, rule, n in connection.execute(statement).all()}


def task_day_counts(connection: Connection, lawyer: str | None, first: dt.date,
                    last: dt.date) -> dict[dt.date, int]:
    statement = (select(task.c.due, func.count())
                 .where(_open_tasks(), task.c.due >= first, task.c.due <= last,
                        _scope(task.c.client_id, lawyer))
                 .group_by(task.c.due))
    return {day: int(n) for day, n in connection.execute(statement).all()}


# -- tasks ---------------------------------------------------------------------------------------
def open_task(connection: Connection, task_id: int) -> tuple[int, TaskRecord, int] | None:
    """The owner, the task and its version, or None when the task is missing or deleted."""
    statement = select(task).where(task.c.id == task_id, task.c.deleted_at.is_(None))
    row = connection.execute(statement).first()
    if row is None:
        return None
    return int(row.client_id), values.task_from_row(row), int(row.version)


# -- reminders -----------------------------------------------------------------------------------
def count_documents_ending(connection: Connection, lawyer: str | None, first: dt.date,
                           last: dt.date) -> int:
    return _count(connection, _live_documents(), document.c.valid_until >= first,
                  document.c.valid_until <= last, _scope(document.c.client_id, lawyer))


def count_overstay_began(connection: Connection, lawyer: str | None, first: dt.date,
                         last: dt.date) -> int:
    """Clients overstaying whose first day of overstay lies in [first, last]."""
    return _count(connection, snapshot.c.status == Status.OVERSTAY.value,
                  snapshot.c.last_lawful_day >= first - dt.timedelta(days=1),
                  snapshot.c.last_lawful_day <= last - dt.timedelta(days=1),
                  _scope(snapshot.c.client_id, lawyer))
