"""Clients with everything in their file: inserting whole records (one or 100,000) and reading one.

Inserts use Core ``executemany`` in batches: one statement per table per batch, ids of clients and
cases come back through ``RETURNING`` in parameter order, so a 100,000-client import needs a few
hundred statements, not millions of ORM flushes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from legalaid.db.casework import CASE_OUTCOME, NOTE_TEXT, CaseworkCipher, seal, unseal_text
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
    UserAccount,
    table,
)
from legalaid.db.repositories import values
from legalaid.domain.records import CaseRecord, ClientRecord
from legalaid.errors import NotFoundError

PROFILE_FIELDS = (
    "sex", "date_of_birth", "citizenship", "category", "languages", "phone", "safe_to_contact",
    "address", "iin", "lawyer", "interpreter",
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
        "interpreter": record.interpreter,
    }


def lawyer_accounts(connection: Connection) -> list[tuple[int, str]]:
    """The accounts with the lawyer role (active or not), as (id, name), by name."""
    rows = connection.execute(select(UserAccount.id, UserAccount.name)
                              .where(UserAccount.role == "lawyer").order_by(UserAccount.name))
    return [(row.id, row.name) for row in rows]


def _lawyer_key(name: str) -> str:
    return name.strip().casefold()


def link_lawyers(connection: Connection, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The client rows with ``lawyer_id``: the account of the lawyer whose name ``lawyer`` is
    (without regard to case or surrounding spaces; the account's spelling is kept), or None
    for a name that is no lawyer's account (kept as typed)."""
    accounts = {_lawyer_key(name): (account_id, name)
                for account_id, name in lawyer_accounts(connection)}
    linked = []
    for row in rows:
        typed = row.get("lawyer")
        account = accounts.get(_lawyer_key(typed)) if typed else None
        linked.append({**row, "lawyer_id": None} if account is None
                      else {**row, "lawyer_id": account[0], "lawyer": account[1]})
    return linked


Sealer = Callable[[int, dict[str, Any]], dict[str, Any]]


def _reserve_ids(connection: Connection, table: Any, count: int) -> list[int]:
    """Ids for ``count`` new rows, before they are inserted. SQLite: the writer holds the
    database's only write lock for the transaction, so it allocates them itself (a concurrent
    writer would fail on the primary key and roll the whole batch back, never mix rows);
    PostgreSQL: from the column's sequence."""
    if connection.dialect.name == "sqlite":
        start = int(connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())
        return list(range(start + 1, start + 1 + count))
    sequence = func.pg_get_serial_sequence(table.name, "id")
    rows = connection.execute(select(func.nextval(sequence)).select_from(
        func.generate_series(1, count)))
    return [int(row[0]) for row in rows]


def _insert_returning_ids(
    connection: Connection, table: Any, rows: list[dict[str, Any]], sealer: Sealer | None = None,
) -> list[int]:
    """Insert rows and return their ids in input order; ``sealer(id, row)`` seals a row's
    casework under its id before it is written.

    SQLite cannot promise the order of ``RETURNING`` rows of a multi-row insert, so SQLAlchemy
    would fall back to one statement per row: the ids are reserved first (``_reserve_ids``), as
    they are for rows whose sealed values need their id. Otherwise RETURNING.
    """
    if not rows:
        return []
    if connection.dialect.name == "sqlite" or sealer is not None:
        ids = _reserve_ids(connection, table, len(rows))
        seal_row = sealer or (lambda _id, row: row)
        connection.execute(insert(table), [
            {**seal_row(i, row), "id": i} for row, i in zip(rows, ids, strict=True)])
        return ids
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [row.id for row in connection.execute(statement, rows)]


def _sealer(cipher: CaseworkCipher | None, column: Any) -> Sealer | None:
    """Seals ``column`` of a row under its id (None without a cipher: rows stay as given)."""
    if cipher is None:
        return None

    def sealed(row_id: int, row: dict[str, Any]) -> dict[str, Any]:
        return {**row, column.column: seal(cipher, column, row_id, row[column.column])}

    return sealed


def _executemany(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(table), rows)


def _insert_cases(connection: Connection, pairs: list[tuple[int, CaseRecord]],
                  cipher: CaseworkCipher | None) -> None:
    case_rows = [{"client_id": client_id, **values.case_values(case)} for client_id, case in pairs]
    case_ids = _insert_returning_ids(connection, table(LegalCase), case_rows,
                                     _sealer(cipher, CASE_OUTCOME))
    task_rows = [
        {"client_id": client_id, "case_id": case_id, **values.task_values(task)}
        for (client_id, case), case_id in zip(pairs, case_ids, strict=True)
        for task in case.tasks
    ]
    _executemany(connection, table(Task), task_rows)


def insert_clients(
    connection: Connection, records: Sequence[ClientRecord], now: dt.datetime, by: str | None,
    cipher: CaseworkCipher | None = None,
) -> list[int]:
    """Insert complete client records (one batch), their casework sealed under ``cipher``;
    returns the new ids in input order."""
    client_rows = [
        {**profile_values(r), "created_at": now, "updated_at": now,
         "reporting_consent": r.reporting_consent}
        for r in records
    ]
    ids = _insert_returning_ids(connection, table(Client), link_lawyers(connection, client_rows))
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
    note_rows = [
        {"client_id": cid, **values.note_values(n, now)} for cid, r in pairs for n in r.notes
    ]
    if cipher is None:
        _executemany(connection, table(Note), note_rows)
    else:
        _insert_returning_ids(connection, table(Note), note_rows, _sealer(cipher, NOTE_TEXT))
    _insert_cases(connection, [(cid, case) for cid, r in pairs for case in r.cases], cipher)
    _executemany(connection, table(ChangeLog), [
        {"table_name": "client", "row_id": cid, "client_id": cid, "action": "create",
         "fields": "", "at": now, "by": by}
        for cid in ids
    ])  # fmt: skip
    return ids


def _live(table: Any, client_id: int) -> Any:
    return select(table).where(table.c.client_id == client_id, table.c.deleted_at.is_(None))


def _cases(connection: Connection, client_id: int,
           cipher: CaseworkCipher | None) -> tuple[CaseRecord, ...]:
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
    return tuple(dataclasses.replace(
        values.case_from_row(row, tuple(tasks_by_case.get(row.id, []))),
        outcome=unseal_text(cipher, CASE_OUTCOME, row.id, row.outcome)) for row in rows)


def client_exists(connection: Connection, client_id: int, *, deleted: bool = False) -> bool:
    tbl = table(Client)
    condition = tbl.c.deleted_at.is_not(None) if deleted else tbl.c.deleted_at.is_(None)
    found = connection.execute(select(tbl.c.id).where(tbl.c.id == client_id, condition))
    return found.first() is not None


def load_client(connection: Connection, client_id: int,
                cipher: CaseworkCipher | None = None) -> ClientRecord:
    """The whole file of a (not deleted) client, deleted items left out; casework opened with
    ``cipher`` (without one, sealed casework reads as ``casework.LOCKED``)."""
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
    record = values.client_from_rows(
        row, names,
        documents=connection.execute(_live(doc, client_id).order_by(doc.c.valid_until, doc.c.id)),
        trips=connection.execute(_live(trip, client_id).order_by(trip.c.entry, trip.c.id)),
        events=connection.execute(_live(event, client_id).order_by(event.c.date, event.c.id)),
        notes=connection.execute(
            _live(note, client_id).order_by(note.c.created_at, note.c.id)),
        cases=_cases(connection, client_id, cipher),
    )
    notes = tuple(dataclasses.replace(n, text=unseal_text(cipher, NOTE_TEXT, n.id or 0, n.text))
                  for n in record.notes)
    return dataclasses.replace(record, notes=notes)


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
