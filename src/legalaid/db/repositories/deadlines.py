"""Reads for the deadline lists: open manual tasks in a period and clients' primary names, of
every client or of one lawyer's clients."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, select

from legalaid.db.models import Client, ClientName, Task, table

task = table(Task)
client = table(Client)
client_name = table(ClientName)


@dataclass(frozen=True)
class TaskDue:
    client_id: int
    task_id: int
    title: str
    due: dt.date
    source_rule: str | None


def open_tasks_between(connection: Connection, first: dt.date, last: dt.date,
                       lawyer: str | None = None) -> list[TaskDue]:
    """Tasks not done and not deleted, due in [first, last], of clients not deleted (and of
    this lawyer's clients only, when one is given)."""
    statement = (
        select(task.c.client_id, task.c.id, task.c.title, task.c.due, task.c.source_rule)
        .join(client, client.c.id == task.c.client_id)
        .where(task.c.done.is_(None), task.c.deleted_at.is_(None), client.c.deleted_at.is_(None),
               task.c.due >= first, task.c.due <= last)
        .order_by(task.c.due, task.c.client_id)
    )  # fmt: skip
    if lawyer is not None:
        statement = statement.where(client.c.lawyer == lawyer)
    return [TaskDue(*row) for row in connection.execute(statement).all()]


def live_client_ids_of(connection: Connection, lawyer: str) -> list[int]:
    """The ids of this lawyer's clients not deleted, in id order (``ix_client_lawyer``)."""
    statement = (select(client.c.id)
                 .where(client.c.lawyer == lawyer, client.c.deleted_at.is_(None))
                 .order_by(client.c.id))
    return [int(client_id) for client_id in connection.execute(statement).scalars()]


def primary_names(connection: Connection, client_ids: Sequence[int]) -> dict[int, str]:
    """"Family Given Patronymic" of each client's first spelling."""
    names: dict[int, str] = {}
    ids = sorted(set(client_ids))
    for start in range(0, len(ids), 500):
        statement = (
            select(client_name.c.client_id, client_name.c.family, client_name.c.given,
                   client_name.c.patronymic)
            .where(client_name.c.client_id.in_(ids[start : start + 500]),
                   client_name.c.position == 0)
        )  # fmt: skip
        for client_id, family, given, patronymic in connection.execute(statement).all():
            names[client_id] = " ".join(part for part in (family, given, patronymic) if part)
    return names
