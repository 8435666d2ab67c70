"""Reading many clients at once for batch letters: a few ``IN`` queries per group of clients
instead of a connection and seven queries per client.

Only what a letter can print is read (names, profile, documents, trips, cases without their
tasks, and the stored status snapshot); notes and events never appear in a letter.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from legalaid.db.models import (
    Client,
    ClientName,
    Document,
    LegalCase,
    StatusSnapshotRow,
    Trip,
    table,
)
from legalaid.db.repositories import values
from legalaid.domain.enums import Status
from legalaid.domain.records import ClientRecord, StatusSnapshot


def _grouped(connection: Connection, item_table: Any, ids: Sequence[int],
             *order: Any) -> dict[int, list[Any]]:
    statement = select(item_table).where(item_table.c.client_id.in_(ids))
    if "deleted_at" in item_table.c:
        statement = statement.where(item_table.c.deleted_at.is_(None))
    grouped: dict[int, list[Any]] = {}
    for row in connection.execute(statement.order_by(item_table.c.client_id, *order)):
        grouped.setdefault(row.client_id, []).append(row)
    return grouped


def clients_for_letters(connection: Connection, ids: Sequence[int]) -> dict[int, ClientRecord]:
    """The (not deleted) clients among ``ids`` by id; a missing id is simply absent."""
    if not ids:
        return {}
    tbl = table(Client)
    rows = connection.execute(
        select(tbl).where(tbl.c.id.in_(ids), tbl.c.deleted_at.is_(None))
    ).all()
    name_tbl, doc, trip, case = table(ClientName), table(Document), table(Trip), table(LegalCase)
    names = _grouped(connection, name_tbl, ids, name_tbl.c.position, name_tbl.c.id)
    documents = _grouped(connection, doc, ids, doc.c.valid_until, doc.c.id)
    trips = _grouped(connection, trip, ids, trip.c.entry, trip.c.id)
    cases = _grouped(connection, case, ids, case.c.opened, case.c.id)
    return {
        row.id: values.client_from_rows(
            row, names.get(row.id, ()), documents=documents.get(row.id, ()),
            trips=trips.get(row.id, ()),
            cases=tuple(values.case_from_row(r, ()) for r in cases.get(row.id, ())),
        )
        for row in rows
    }


def snapshots_for_letters(connection: Connection,
                          ids: Sequence[int]) -> dict[int, StatusSnapshot]:
    """The stored status snapshots of ``ids`` (clients never evaluated are absent)."""
    if not ids:
        return {}
    snapshot = table(StatusSnapshotRow)
    rows = connection.execute(select(snapshot).where(snapshot.c.client_id.in_(ids)))
    return {
        row.client_id: StatusSnapshot(
            client_id=row.client_id, status=Status(row.status), as_of=row.as_of,
            regime=row.regime, last_lawful_day=row.last_lawful_day,
            days_remaining=row.days_remaining, overstay_days=row.overstay_days,
            next_deadline=row.next_deadline, next_deadline_title=row.next_deadline_title,
        )
        for row in rows
    }
