"""Clients with everything in their file: inserting whole records (one or 100,000) and reading one.

Inserts use Core ``executemany`` in batches: one statement per table per batch, ids of clients and
cases come back through ``RETURNING`` in parameter order, so a 100,000-client import needs a few
hundred statements, not millions of ORM flushes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from legalaid.db.models import (
    ChangeLog,
    Client,
    ClientName,
    Document,
    Event,
    LegalCase,
    Note,
    Task,
    Trip,
    table,
)
from legalaid.db.repositories import values
from legalaid.domain.records import CaseRecord, ClientRecord
from legalaid.errors import NotFoundError

PROFILE_FIELDS = (
    "sex", "date_of_birth", "citizenship", "category", "languages", "phone", "safe_to_contact",
    "address", "iin", "lawyer",
)  # fmt: skip


def profile_values(record: ClientRecord) -> dict[str, Any]:
    """The client table's columns for a record (enums as their stored strings)."""
    return {
        "sex": None if record.sex is None else record.sex.value,
        "date_of_birth": record.date_of_birth,
        "citizenship": record.citizenship,
        "category": None if record.category is None else record.category.value,
        "languages": ",".join(record.languages),
        "phone": record.phone,
        "safe_to_contact": record.safe_to_contact,
        "address": record.address,
        "iin": record.iin,
        "lawyer": record.lawyer,
    }


def _insert_returning_ids(
    connection: Connection, table: Any, rows: list[dict[str, Any]]
) -> list[int]:
    """Insert rows and return their ids in input order.

    SQLite cannot promise the order of ``RETURNING`` rows of a multi-row insert, so SQLAlchemy
    would fall back to one statement per row; the writer holds the database's only write lock
    for the transaction, so it allocates the ids itself (a concurrent writer would fail on the
    primary key and roll the whole batch back, never mix rows). Other databases use RETURNING.
    """
    if not rows:
        return []
    if connection.dialect.name == "sqlite":
        start = int(connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())
        ids = list(range(start + 1, start + 1 + len(rows)))
        connection.execute(
            insert(table), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)]
        )
        return ids
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [row.id for row in connection.execute(statement, rows)]


def _executemany(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(table), rows)


def _insert_cases(connection: Connection, pairs: list[tuple[int, CaseRecord]]) -> None:
    case_rows = [{"client_id": client_id, **values.case_values(case)} for client_id, case in pairs]
    case_ids = _insert_returning_ids(connection, table(LegalCase), case_rows)
    task_rows = [
        {"client_id": client_id, "case_id": case_id, **values.task_values(task)}
        for (client_id, case), case_id in zip(pairs, case_ids, strict=True)
        for task in case.tasks
    ]
    _executemany(connection, table(Task), task_rows)


def insert_clients(
    connection: Connection, records: Sequence[ClientRecord], now: dt.datetime, by: str | None
) -> list[int]:
    """Insert complete client records (one batch); returns the new ids in input order."""
    client_rows = [
        {**profile_values(r), "created_at": now, "updated_at": now,
         "reporting_consent": r.reporting_consent}
        for r in records
    ]
    ids = _insert_returning_ids(connection, table(Client), client_rows)
    pairs = list(zip(ids, records, strict=True))
    _executemany(connection, table(ClientName), [
        values.name_values(cid, name, position)
        for cid, r in pairs for position, name in enumerate(r.names)
    ])  # fmt: skip
    _executemany(connection, table(Document), [
        {"client_id": cid, **values.document_values(d)} for cid, r in pairs for d in r.documents
    ])  # fmt: skip
    _executemany(connection, table(Trip), [
        {"client_id": cid, **values.trip_values(t)} for cid, r in pairs for t in r.trips
    ])  # fmt: skip
    _executemany(connection, table(Event), [
        {"client_id": cid, **values.event_values(e)} for cid, r in pairs for e in r.events
    ])  # fmt: skip
    _executemany(connection, table(Note), [
        {"client_id": cid, **values.note_values(n, now)} for cid, r in pairs for n in r.notes
    ])  # fmt: skip
    _insert_cases(connection, [(cid, case) for cid, r in pairs for case in r.cases])
    _executemany(connection, table(ChangeLog), [
        {"table_name": "client", "row_id": cid, "client_id": cid, "action": "create",
         "fields": "", "at": now, "by": by}
        for cid in ids
    ])  # fmt: skip
    return ids


def _live(table: Any, client_id: int) -> Any:
    return select(table).where(table.c.client_id == client_id, table.c.deleted_at.is_(None))


def _cases(connection: Connection, client_id: int) -> tuple[CaseRecord, ...]:
    task_rows = connection.execute(
        _live(table(Task), client_id).order_by(table(Task).c.due, table(Task).c.id)
    ).all()
    tasks_by_case: dict[int | None, list[Any]] = {}
    for row in task_rows:
        tasks_by_case.setdefault(row.case_id, []).append(values.task_from_row(row))
    case_table = table(LegalCase)
    rows = connection.execute(
        _live(case_table, client_id).order_by(case_table.c.opened, case_table.c.id)
    ).all()
    return tuple(values.case_from_row(row, tuple(tasks_by_case.get(row.id, []))) for row in rows)


def client_exists(connection: Connection, client_id: int, *, deleted: bool = False) -> bool:
    tbl = table(Client)
    condition = tbl.c.deleted_at.is_not(None) if deleted else tbl.c.deleted_at.is_(None)
    found = connection.execute(select(tbl.c.id).where(tbl.c.id == client_id, condition))
    return found.first() is not None


def load_client(connection: Connection, client_id: int) -> ClientRecord:
    """The whole file of a (not deleted) client, deleted items left out."""
    tbl = table(Client)
    row = connection.execute(
        select(tbl).where(tbl.c.id == client_id, tbl.c.deleted_at.is_(None))
    ).first()
    if row is None:
        raise NotFoundError(f"client {client_id} does not exist")
    names_table = table(ClientName)
    names = connection.execute(
        select(names_table).where(names_table.c.client_id == client_id)
        .order_by(names_table.c.position, names_table.c.id)
    ).all()  # fmt: skip
    doc, trip, event, note = (table(Document), table(Trip), table(Event), table(Note))
    return values.client_from_rows(
        row, names,
        documents=connection.execute(_live(doc, client_id).order_by(doc.c.valid_until, doc.c.id)),
        trips=connection.execute(_live(trip, client_id).order_by(trip.c.entry, trip.c.id)),
        events=connection.execute(_live(event, client_id).order_by(event.c.date, event.c.id)),
        notes=connection.execute(
            _live(note, client_id).order_by(note.c.created_at, note.c.id)),
        cases=_cases(connection, client_id),
    )


def replace_names(connection: Connection, client_id: int, names: Iterable[Any]) -> None:
    """Replace all spellings (the FTS index follows through its triggers)."""
    tbl = table(ClientName)
    connection.execute(tbl.delete().where(tbl.c.client_id == client_id))
    _executemany(connection, tbl, [
        values.name_values(client_id, name, position) for position, name in enumerate(names)
    ])  # fmt: skip


def touch_client(connection: Connection, client_id: int, now: dt.datetime) -> None:
    """Mark the client as changed (the list sorts by ``updated``)."""
    tbl = table(Client)
    connection.execute(update(tbl).where(tbl.c.id == client_id).values(updated_at=now))
