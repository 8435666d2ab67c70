"""Facts for the rules engine, read in batches with Core, and the stored status snapshots."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from legalaid.db.models import Client, Document, Event, StatusSnapshotRow, Trip, table
from legalaid.db.repositories import values
from legalaid.domain.enums import Category, Status
from legalaid.domain.records import DocumentRecord, EventRecord, StatusSnapshot, TripRecord

client = table(Client)
snapshot = table(StatusSnapshotRow)


@dataclass(frozen=True)
class ClientFacts:
    """What the rules engine needs about one client (deleted items left out)."""

    client_id: int
    citizenship: str | None
    category: Category | None
    documents: tuple[DocumentRecord, ...]
    trips: tuple[TripRecord, ...]
    events: tuple[EventRecord, ...]


def live_client_ids(connection: Connection) -> list[int]:
    statement = select(client.c.id).where(client.c.deleted_at.is_(None)).order_by(client.c.id)
    return list(connection.execute(statement).scalars())


def _grouped(
    connection: Connection, table: Any, ids: Sequence[int], order: Any
) -> dict[int, list[Any]]:
    statement = (
        select(table).where(table.c.client_id.in_(ids), table.c.deleted_at.is_(None))
        .order_by(table.c.client_id, order)
    )  # fmt: skip
    grouped: dict[int, list[Any]] = {}
    for row in connection.execute(statement):
        grouped.setdefault(row.client_id, []).append(row)
    return grouped


def load_facts(connection: Connection, ids: Sequence[int]) -> list[ClientFacts]:
    """Facts for a batch of clients (keep batches under SQLite's variable limit, e.g. 500)."""
    doc_t, trip_t, event_t = table(Document), table(Trip), table(Event)
    documents = _grouped(connection, doc_t, ids, doc_t.c.id)
    trips = _grouped(connection, trip_t, ids, trip_t.c.entry)
    events = _grouped(connection, event_t, ids, event_t.c.date)
    rows = connection.execute(
        select(client.c.id, client.c.citizenship, client.c.category)
        .where(client.c.id.in_(ids), client.c.deleted_at.is_(None))
        .order_by(client.c.id)
    )  # fmt: skip
    return [
        ClientFacts(
            client_id=row.id,
            citizenship=row.citizenship,
            category=None if row.category is None else Category(row.category),
            documents=tuple(values.document_from_row(r) for r in documents.get(row.id, [])),
            trips=tuple(values.trip_from_row(r) for r in trips.get(row.id, [])),
            events=tuple(values.event_from_row(r) for r in events.get(row.id, [])),
        )
        for row in rows
    ]


def store_snapshots(connection: Connection, snapshots: Sequence[StatusSnapshot]) -> None:
    """Replace the stored snapshots of these clients."""
    if not snapshots:
        return
    ids = [item.client_id for item in snapshots]
    connection.execute(delete(snapshot).where(snapshot.c.client_id.in_(ids)))
    connection.execute(insert(snapshot), [
        {
            "client_id": s.client_id, "status": s.status.value, "as_of": s.as_of,
            "regime": s.regime, "last_lawful_day": s.last_lawful_day,
            "days_remaining": s.days_remaining, "overstay_days": s.overstay_days,
            "next_deadline": s.next_deadline, "next_deadline_title": s.next_deadline_title,
        }
        for s in snapshots
    ])  # fmt: skip


def read_snapshot(connection: Connection, client_id: int) -> StatusSnapshot | None:
    row = connection.execute(select(snapshot).where(snapshot.c.client_id == client_id)).first()
    if row is None:
        return None
    return StatusSnapshot(
        client_id=row.client_id, status=Status(row.status), as_of=row.as_of, regime=row.regime,
        last_lawful_day=row.last_lawful_day, days_remaining=row.days_remaining,
        overstay_days=row.overstay_days, next_deadline=row.next_deadline,
        next_deadline_title=row.next_deadline_title,
    )  # fmt: skip
