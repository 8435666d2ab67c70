"""Every rule-derived deadline of each client, stored beside the status snapshot.

The status refresh evaluates each client anyway; it hands the engine's deadlines to
``replace_deadlines`` in the same transaction, so that the Today page and the calendar list all
of them (not only each client's next one) without evaluating the rules again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Protocol

from sqlalchemy import Connection, delete, insert

from legalaid.db.models import ClientDeadline, table

deadline = table(ClientDeadline)
ID_BATCH = 500  # ids per DELETE (SQLite allows 32,766 bound variables; keep statements small)


class DeadlineLike(Protocol):
    """What the rules engine's ``Deadline`` offers (the database layer does not import it)."""

    @property
    def rule(self) -> str: ...
    @property
    def document(self) -> object | None: ...
    @property
    def due(self) -> dt.date: ...
    @property
    def title(self) -> str: ...


def replace_deadlines(connection: Connection,
                      evaluated: Iterable[tuple[int, Sequence[DeadlineLike]]]) -> None:
    """Replace the stored deadlines of these clients (pairs of client id and its deadlines)."""
    items = list(evaluated)
    ids = [client_id for client_id, _ in items]
    for start in range(0, len(ids), ID_BATCH):
        connection.execute(delete(deadline).where(
            deadline.c.client_id.in_(ids[start:start + ID_BATCH])))
    rows = [{"client_id": client_id, "due": item.due, "rule": item.rule,
             "document": None if item.document is None else str(item.document),
             "title": item.title}
            for client_id, deadlines in items for item in deadlines]
    if rows:
        connection.execute(insert(deadline), rows)
