"""Every rule-derived deadline of each client, stored beside the status snapshot.

The status refresh evaluates each client anyway; it hands the engine's deadlines to
``replace_deadlines`` in the same transaction, so that the Today page and the calendar list all
of them (not only each client's next one) without evaluating the rules again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Protocol

from sqlalchemy import Connection, delete, insert, select, update

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
                      evaluated: Iterable[tuple[int, Sequence[DeadlineLike]]],
                      pack: int | None = None) -> None:
    """Replace the stored deadlines of these clients (pairs of client id and its deadlines),
    set by rules pack ``pack``."""
    items = list(evaluated)
    ids = [client_id for client_id, _ in items]
    for start in range(0, len(ids), ID_BATCH):
        connection.execute(delete(deadline).where(
            deadline.c.client_id.in_(ids[start:start + ID_BATCH])))
    rows = [{"client_id": client_id, "due": item.due, "rule": item.rule,
             "document": None if item.document is None else str(item.document),
             "title": item.title, "rule_pack": pack}
            for client_id, deadlines in items for item in deadlines]
    if rows:
        connection.execute(insert(deadline), rows)


def name_pack(connection: Connection, first_id: int, last_id: int, pack: int | None) -> None:
    """Name rules pack ``pack`` behind the stored deadlines of a range of clients that it left
    as they were (one statement; nothing to write on an ordinary day)."""
    connection.execute(update(deadline).where(
        deadline.c.client_id.between(first_id, last_id),
        deadline.c.rule_pack.is_distinct_from(pack)).values(rule_pack=pack))


def deadline_packs(connection: Connection, client_id: int) -> list[int | None]:
    """The rules pack behind each stored deadline of a client."""
    return list(connection.execute(select(deadline.c.rule_pack)
                                   .where(deadline.c.client_id == client_id)).scalars())
