"""Indexed reads behind the Today and Calendar pages: counts and short lists from the status
snapshots, the documents' end dates and the open tasks, optionally for one lawyer's clients.

Every query starts from an indexed column (``status_snapshot.status``/``days_remaining``/
``next_deadline``, ``document.valid_until``, ``task.due``) so that counts at 100,000 clients stay
in milliseconds; nothing here evaluates the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, func, select

from legalaid.db.models import Client, Document, StatusSnapshotRow, Task, table
from legalaid.db.repositories import values
from legalaid.domain.enums import Status
from legalaid.domain.records import TaskRecord

client = table(Client)
snapshot = table(StatusSnapshotRow)
document = table(Document)
task = table(Task)

LAWFUL_NOW = (Status.LAWFUL.value, Status.AT_RISK.value)


@dataclass(frozen=True)
class DatedRow:
    """One dated item of one client, before the client's name is looked up."""

    client_id: int
    due: dt.date
    title: str  # document type, snapshot deadline title or task title
    kind: str  # "overstay", "at_risk", "expiry", "rule" or "task"
    item_id: int | None = None  # document or task id
    days: int | None = None  # days left (at risk) or overstay days


def _scoped(statement: Select[Any], lawyer: str | None, joined: bool = False) -> Select[Any]:
    """Live clients only, and only this lawyer's when one is given."""
    if not joined:
        statement = statement.join(client, client.c.id == statement.selected_columns[0])
    statement = statement.where(client.c.deleted_at.is_(None))
    if lawyer is not None:
        statement = statement.where(client.c.lawyer == lawyer)
    return statement


def lawyers(connection: Connection) -> list[str]:
    """The distinct lawyer names on live clients (the "my clients" filter offers them)."""
    statement = (select(client.c.lawyer).distinct()
                 .where(client.c.lawyer.is_not(None), client.c.deleted_at.is_(None))
                 .order_by(client.c.lawyer))
    return [str(name) for name in connection.execute(statement).scalars() if name]


def status_counts(connection: Connection, lawyer: str | None) -> dict[str, int]:
    statement = _scoped(select(snapshot.c.client_id, snapshot.c.status, func.count()), lawyer)
    statement = statement.group_by(snapshot.c.status)
    return {status: count for _, status, count in connection.execute(statement).all()}


def category_counts(connection: Connection, lawyer: str | None) -> dict[str | None, int]:
    statement = select(client.c.category, func.count()).where(client.c.deleted_at.is_(None))
    if lawyer is not None:
        statement = statement.where(client.c.lawyer == lawyer)
    statement = statement.group_by(client.c.category)
    return {category: count for category, count in connection.execute(statement).all()}


def _at_risk_filter(threshold: int) -> Any:
    # The threshold may have changed since the snapshot: days_remaining decides, not the label.
    return and_(snapshot.c.status.in_(LAWFUL_NOW), snapshot.c.days_remaining <= threshold,
                snapshot.c.days_remaining >= 0)


def count_overstay(connection: Connection, lawyer: str | None) -> int:
    statement = _scoped(select(snapshot.c.client_id), lawyer).where(
        snapshot.c.status == Status.OVERSTAY.value)
    return int(connection.execute(select(func.count()).select_from(statement.subquery()))
               .scalar_one())


def count_at_risk(connection: Connection, lawyer: str | None, threshold: int) -> int:
    statement = _scoped(select(snapshot.c.client_id), lawyer).where(_at_risk_filter(threshold))
    return int(connection.execute(select(func.count()).select_from(statement.subquery()))
               .scalar_one())


def expiring_counts(connection: Connection, lawyer: str | None, today: dt.date,
                    horizons: Sequence[int]) -> dict[int, int]:
    """How many documents end within each horizon (days from today, today included)."""
    if not horizons:
        return {}
    columns = [func.sum(func.iif(document.c.valid_until <= today + dt.timedelta(days=h), 1, 0))
               for h in horizons]
    statement = _scoped(select(document.c.client_id, *columns), lawyer).where(
        document.c.deleted_at.is_(None), document.c.valid_until >= today,
        document.c.valid_until <= today + dt.timedelta(days=max(horizons)))
    row = connection.execute(statement).one()
    return {h: int(row[index + 1] or 0) for index, h in enumerate(horizons)}


def count_next_deadlines(connection: Connection, lawyer: str | None, first: dt.date,
                         last: dt.date) -> int:
    """Clients whose next rule deadline (snapshot) falls in [first, last]."""
    statement = _scoped(select(snapshot.c.client_id), lawyer).where(
        snapshot.c.next_deadline >= first, snapshot.c.next_deadline <= last)
    return int(connection.execute(select(func.count()).select_from(statement.subquery()))
               .scalar_one())


def _open_tasks(lawyer: str | None) -> Select[Any]:
    statement = select(task.c.client_id, task.c.due, task.c.title, task.c.id)
    return _scoped(statement, lawyer).where(task.c.done.is_(None), task.c.deleted_at.is_(None))


def count_tasks(connection: Connection, lawyer: str | None, first: dt.date | None,
                last: dt.date) -> int:
    """Open tasks due in [first, last] (no lower bound when ``first`` is None)."""
    statement = _open_tasks(lawyer).where(task.c.due <= last)
    if first is not None:
        statement = statement.where(task.c.due >= first)
    return int(connection.execute(select(func.count()).select_from(statement.subquery()))
               .scalar_one())


# -- short lists ---------------------------------------------------------------------------------
def overstay_rows(connection: Connection, lawyer: str | None, limit: int) -> list[DatedRow]:
    statement = _scoped(select(snapshot.c.client_id, snapshot.c.last_lawful_day,
                               snapshot.c.regime, snapshot.c.overstay_days), lawyer)
    statement = statement.where(snapshot.c.status == Status.OVERSTAY.value).order_by(
        snapshot.c.overstay_days.desc(), snapshot.c.client_id).limit(limit)
    return [DatedRow(cid, day or dt.date.min, regime or "", "overstay", None, days)
            for cid, day, regime, days in connection.execute(statement).all()]


def at_risk_rows(connection: Connection, lawyer: str | None, threshold: int,
                 limit: int) -> list[DatedRow]:
    statement = _scoped(select(snapshot.c.client_id, snapshot.c.last_lawful_day,
                               snapshot.c.regime, snapshot.c.days_remaining), lawyer)
    statement = statement.where(_at_risk_filter(threshold)).order_by(
        snapshot.c.days_remaining, snapshot.c.client_id).limit(limit)
    return [DatedRow(cid, day or dt.date.min, regime or "", "at_risk", None, days)
            for cid, day, regime, days in connection.execute(statement).all()]


def expiring_rows(connection: Connection, lawyer: str | None, first: dt.date, last: dt.date,
                  limit: int | None) -> list[DatedRow]:
    statement = _scoped(select(document.c.client_id, document.c.valid_until, document.c.type,
                               document.c.id), lawyer)
    statement = statement.where(
        document.c.deleted_at.is_(None), document.c.valid_until >= first,
        document.c.valid_until <= last).order_by(document.c.valid_until, document.c.client_id)
    if limit is not None:
        statement = statement.limit(limit)
    return [DatedRow(cid, day, doc_type, "expiry", doc_id)
            for cid, day, doc_type, doc_id in connection.execute(statement).all()]


def next_deadline_rows(connection: Connection, lawyer: str | None, first: dt.date,
                       last: dt.date, limit: int | None) -> list[DatedRow]:
    statement = _scoped(select(snapshot.c.client_id, snapshot.c.next_deadline,
                               snapshot.c.next_deadline_title), lawyer)
    statement = statement.where(snapshot.c.next_deadline >= first,
                                snapshot.c.next_deadline <= last).order_by(
        snapshot.c.next_deadline, snapshot.c.client_id)
    if limit is not None:
        statement = statement.limit(limit)
    return [DatedRow(cid, day, title or "", "rule")
            for cid, day, title in connection.execute(statement).all()]


def task_rows(connection: Connection, lawyer: str | None, first: dt.date | None, last: dt.date,
              limit: int | None, client_id: int | None = None) -> list[DatedRow]:
    statement = _open_tasks(lawyer).where(task.c.due <= last)
    if first is not None:
        statement = statement.where(task.c.due >= first)
    if client_id is not None:
        statement = statement.where(task.c.client_id == client_id)
    statement = statement.order_by(task.c.due, task.c.client_id, task.c.id)
    if limit is not None:
        statement = statement.limit(limit)
    return [DatedRow(cid, day, title, "task", task_id)
            for cid, day, title, task_id in connection.execute(statement).all()]


# -- calendar ------------------------------------------------------------------------------------
def day_counts(connection: Connection, lawyer: str | None, first: dt.date,
               last: dt.date) -> dict[tuple[dt.date, str], int]:
    """(day, kind) -> how many items, for a month grid: expiries, next rule deadlines, tasks."""
    counts: dict[tuple[dt.date, str], int] = {}
    queries = (
        ("expiry", document.c.valid_until, _scoped(select(document.c.client_id), lawyer)
         .where(document.c.deleted_at.is_(None))),
        ("rule", snapshot.c.next_deadline, _scoped(select(snapshot.c.client_id), lawyer)),
        ("task", task.c.due, _open_tasks(lawyer)),
    )
    for kind, column, base in queries:
        statement = (base.with_only_columns(column, func.count(), maintain_column_froms=True)
                     .where(column >= first, column <= last).group_by(column))
        for day, count in connection.execute(statement).all():
            counts[(day, kind)] = int(count)
    return counts


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
    statement = _scoped(select(document.c.client_id), lawyer).where(
        document.c.deleted_at.is_(None), document.c.valid_until >= first,
        document.c.valid_until <= last)
    return int(connection.execute(select(func.count()).select_from(statement.subquery()))
               .scalar_one())


def count_overstay_began(connection: Connection, lawyer: str | None, first: dt.date,
                         last: dt.date) -> int:
    """Clients overstaying whose first day of overstay lies in [first, last]."""
    statement = _scoped(select(snapshot.c.client_id), lawyer).where(
        snapshot.c.status == Status.OVERSTAY.value,
        snapshot.c.last_lawful_day >= first - dt.timedelta(days=1),
        snapshot.c.last_lawful_day <= last - dt.timedelta(days=1))
    return int(connection.execute(select(func.count()).select_from(statement.subquery()))
               .scalar_one())
