"""Facts for the rules engine, read with Core, and the stored status snapshots.

Two ways in: ``load_facts`` for a handful of clients by id (after an edit), and the bulk functions
at the end (``facts_between``, ``write_range``) that refresh every client in id ranges.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from legalaid.db.models import (
    Client,
    ClientDeadline,
    Document,
    Event,
    StatusSnapshotRow,
    Trip,
    table,
)
from legalaid.db.repositories import values
from legalaid.domain.enums import Category, DocumentType, EventType, Status
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


def store_snapshots(connection: Connection, snapshots: Sequence[StatusSnapshot],
                    pack: int | None = None) -> None:
    """Replace the stored snapshots of these clients (given by rules pack ``pack``)."""
    if not snapshots:
        return
    ids = [item.client_id for item in snapshots]
    connection.execute(delete(snapshot).where(snapshot.c.client_id.in_(ids)))
    connection.execute(insert(snapshot), [_snapshot_values(s, pack) for s in snapshots])


def snapshot_pack(connection: Connection, client_id: int) -> int | None:
    """The rules pack (``rule_pack.id``) behind a client's stored snapshot."""
    return connection.execute(select(snapshot.c.rule_pack)
                              .where(snapshot.c.client_id == client_id)).scalar()


def verdict_keys(connection: Connection) -> dict[int, tuple[str, str | None]]:
    """Every stored snapshot's status and last lawful day (ISO), by client: what a change of
    rules is measured by."""
    rows = connection.execute(select(snapshot.c.client_id, snapshot.c.status,
                                     _as_text(snapshot.c.last_lawful_day))).all()
    return {row[0]: (row[1], _text(row[2])) for row in rows}


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


# --- Bulk refresh: every client in id ranges, a few big queries, only changed snapshots written.

SnapshotKey = tuple[str, str | None, str | None, int | None, int, str | None, str | None]
_DOCUMENT_TYPES = {member.value: member for member in DocumentType}
_EVENT_TYPES = {member.value: member for member in EventType}
_CATEGORIES = {member.value: member for member in Category}


def _text(value: Any) -> str | None:
    return value if value is None or isinstance(value, str) else value.isoformat()


def _as_text(column: Any) -> Any:
    return type_coerce(column, String)


def client_ids_needing_refresh(connection: Connection, as_of: dt.date) -> list[int]:
    """Live clients without a snapshot or with one computed before ``as_of``, by id."""
    statement = (
        select(client.c.id)
        .outerjoin(snapshot, snapshot.c.client_id == client.c.id)
        .where(client.c.deleted_at.is_(None),
               or_(snapshot.c.client_id.is_(None), snapshot.c.as_of < as_of))
        .order_by(client.c.id)
    )  # fmt: skip
    return list(connection.execute(statement).scalars())


def live_citizenships(connection: Connection) -> list[str]:
    """Every citizenship of a live client, each once, as stored (not normalised)."""
    statement = select(client.c.citizenship).distinct().where(
        client.c.deleted_at.is_(None), client.c.citizenship.is_not(None))
    return list(connection.execute(statement).scalars())


def facts_between(connection: Connection, first_id: int, last_id: int,
                  citizenships: Collection[str] | None = None) -> list[ClientFacts]:
    """Facts of every live client with ``first_id <= id <= last_id`` (only those whose stored
    citizenship is one of ``citizenships`` when given): four queries, only the columns the rules
    engine reads, rows grouped by client in one pass. Trips come sorted by entry and events by
    date (as ``rules.Facts`` holds them)."""
    doc_t, trip_t, event_t = table(Document), table(Trip), table(Event)
    only = None if citizenships is None else client.c.citizenship.in_(sorted(citizenships))
    text = connection.dialect.name == "sqlite"
    # SQLite keeps dates as ISO text: reading the text and parsing it here costs a tenth of
    # the generic date processing. Other backends hand over dates.
    when = _as_text if text else _same
    parse: Any = dt.date.fromisoformat if text else _same
    documents: dict[int, list[DocumentRecord]] = {}
    trips: dict[int, list[TripRecord]] = {}
    events: dict[int, list[EventRecord]] = {}
    kinds = _DOCUMENT_TYPES
    for owner, kind, begin, end, item_id in _between(
            connection, only, doc_t, first_id, last_id, doc_t.c.id, doc_t.c.type,
            when(doc_t.c.valid_from), when(doc_t.c.valid_until), doc_t.c.id):
        documents.setdefault(owner, []).append(DocumentRecord(
            kinds[kind], None, None, begin and parse(begin), end and parse(end), item_id))
    for owner, entry, end, irregular, notified, item_id in _between(
            connection, only, trip_t, first_id, last_id, trip_t.c.entry, when(trip_t.c.entry),
            when(trip_t.c.exit), trip_t.c.irregular_entry, when(trip_t.c.host_notified),
            trip_t.c.id):
        trips.setdefault(owner, []).append(TripRecord(
            parse(entry), end and parse(end), None, bool(irregular),
            notified and parse(notified), item_id))
    for owner, kind, date, item_id in _between(
            connection, only, event_t, first_id, last_id, event_t.c.date, event_t.c.type,
            when(event_t.c.date), event_t.c.id):
        events.setdefault(owner, []).append(EventRecord(_EVENT_TYPES[kind], parse(date),
                                                        item_id))
    rows = connection.execute(
        select(client.c.id, client.c.citizenship, client.c.category)
        .where(client.c.id.between(first_id, last_id), client.c.deleted_at.is_(None),
               *(() if only is None else (only,)))
        .order_by(client.c.id)
    ).all()  # fmt: skip
    categories = _CATEGORIES
    return [
        ClientFacts(owner, citizenship, None if category is None else categories[category],
                    tuple(documents.get(owner, ())), tuple(trips.get(owner, ())),
                    tuple(events.get(owner, ())))
        for owner, citizenship, category in rows
    ]


def _same(value: Any) -> Any:
    return value


def _between(connection: Connection, only: Any, item_table: Any, first_id: int, last_id: int,
             order: Any, *columns: Any) -> Sequence[Any]:
    statement = (
        select(item_table.c.client_id, *columns)
        .where(item_table.c.client_id.between(first_id, last_id),
               item_table.c.deleted_at.is_(None))
        .order_by(item_table.c.client_id, order, item_table.c.id)
    )  # fmt: skip
    if only is not None:  # the items of the clients of those citizenships only
        statement = statement.join(client, client.c.id == item_table.c.client_id).where(only)
    return connection.execute(statement).all()


def snapshot_keys_between(connection: Connection, first_id: int,
                          last_id: int) -> dict[int, SnapshotKey]:
    """The stored snapshots of a range, as comparable keys (see ``snapshot_key``)."""
    statement = select(
        snapshot.c.client_id, snapshot.c.status, snapshot.c.regime,
        _as_text(snapshot.c.last_lawful_day), snapshot.c.days_remaining,
        snapshot.c.overstay_days, _as_text(snapshot.c.next_deadline),
        snapshot.c.next_deadline_title,
    ).where(snapshot.c.client_id.between(first_id, last_id))
    rows = connection.execute(statement).all()
    if connection.dialect.name == "sqlite":  # dates are ISO text already
        return {row[0]: row[1:] for row in rows}
    return {
        row[0]: (row[1], row[2], _text(row[3]), row[4], row[5], _text(row[6]), row[7])
        for row in rows
    }


def deadlines_between(connection: Connection, first_id: int,
                      last_id: int) -> dict[int, tuple[tuple[Any, ...], ...]]:
    """The stored deadlines of a range per client, each as (rule, document, due, title) in the
    order the engine gave them: equal to the engine's ``Deadline`` tuples when unchanged."""
    stored = table(ClientDeadline)
    parse: Any = dt.date.fromisoformat if connection.dialect.name == "sqlite" else _same
    due = _as_text(stored.c.due) if connection.dialect.name == "sqlite" else stored.c.due
    grouped: dict[int, list[tuple[Any, ...]]] = {}
    for owner, rule, document, when, title in connection.execute(
            select(stored.c.client_id, stored.c.rule, stored.c.document, due, stored.c.title)
            .where(stored.c.client_id.between(first_id, last_id))
            .order_by(stored.c.client_id, stored.c.id)).all():
        grouped.setdefault(owner, []).append((rule, document, parse(when), title))
    return {owner: tuple(items) for owner, items in grouped.items()}


def deadline_signatures_between(connection: Connection, first_id: int,
                                last_id: int) -> dict[int, str] | None:
    """Each client's stored deadlines as one text (see ``deadline_signature``), built by the
    database (``group_concat`` on SQLite, ``string_agg`` on PostgreSQL); None where the backend
    has neither (compare ``deadlines_between``)."""
    if connection.dialect.name == "postgresql":
        return _postgresql_signatures(connection, first_id, last_id)
    if connection.dialect.name != "sqlite":
        return None
    stored = table(ClientDeadline)
    unit, record = literal(_UNIT), literal(_RECORD)
    ordered = (
        select(stored.c.client_id, (
            stored.c.rule + unit + func.coalesce(stored.c.document, "") + unit
            + _as_text(stored.c.due) + unit + stored.c.title).label("line"))
        .where(stored.c.client_id.between(first_id, last_id))
        .order_by(stored.c.client_id, stored.c.id)
        .subquery()
    )  # fmt: skip
    statement = select(ordered.c.client_id, func.group_concat(ordered.c.line, record)) \
        .group_by(ordered.c.client_id)
    return dict(connection.execute(statement).all())


_UNIT, _RECORD = "\x1f", "\x1e"  # ASCII unit and record separators: never in a title


def _postgresql_signatures(connection: Connection, first_id: int, last_id: int) -> dict[int, str]:
    from sqlalchemy import String, cast
    from sqlalchemy.dialects.postgresql import aggregate_order_by

    stored = table(ClientDeadline)
    unit = literal(_UNIT)
    line = (stored.c.rule + unit + func.coalesce(stored.c.document, "") + unit
            + cast(stored.c.due, String) + unit + stored.c.title)
    statement = (select(stored.c.client_id,
                        func.string_agg(line, aggregate_order_by(literal(_RECORD), stored.c.id)))
                 .where(stored.c.client_id.between(first_id, last_id))
                 .group_by(stored.c.client_id))
    return {client_id: signature for client_id, signature in connection.execute(statement)}


def deadline_signature(deadlines: Sequence[Any]) -> str:
    """The engine's deadlines (rule, document, due, title) in the form of
    ``deadline_signatures_between``; no deadlines give ""."""
    unit = _UNIT
    return _RECORD.join(
        f"{d.rule}{unit}{'' if d.document is None else d.document}{unit}{d.due.isoformat()}"
        f"{unit}{d.title}" for d in deadlines)


def snapshot_key(item: StatusSnapshot) -> SnapshotKey:
    """Everything of a snapshot but its date, in stored form: equal keys need no write."""
    return (item.status.value, item.regime, _text(item.last_lawful_day), item.days_remaining,
            item.overstay_days, _text(item.next_deadline), item.next_deadline_title)


def write_range(connection: Connection, first_id: int, last_id: int, as_of: dt.date,
                changed: Sequence[StatusSnapshot], pack: int | None = None) -> None:
    """Date every stored snapshot of the range ``as_of`` and name rules pack ``pack`` behind it
    (one statement), and write the changed ones (one executemany, an upsert where the backend
    has one)."""
    connection.execute(
        update(snapshot)
        .where(snapshot.c.client_id.between(first_id, last_id),
               or_(snapshot.c.as_of != as_of, snapshot.c.rule_pack.is_distinct_from(pack)))
        .values(as_of=as_of, rule_pack=pack)
    )  # fmt: skip
    if not changed:
        return
    dialect = connection.dialect.name
    if dialect not in ("sqlite", "postgresql"):
        store_snapshots(connection, changed, pack)
        return
    module = sqlite if dialect == "sqlite" else postgresql
    statement = module.insert(snapshot)
    excluded = statement.excluded
    statement = statement.on_conflict_do_update(
        index_elements=[snapshot.c.client_id],
        set_={name: excluded[name] for name in _SNAPSHOT_FIELDS if name != "client_id"})
    connection.execute(statement, [_snapshot_values(item, pack) for item in changed])


def update_counts(connection: Connection, rows: Sequence[tuple[int, int | None, int]]) -> None:
    """Set days remaining and overstay days of snapshots otherwise unchanged (client id, days
    remaining, overstay days): on a new day that is what changes for most clients."""
    if not rows:
        return
    if connection.dialect.name == "sqlite":  # half the cost of the compiled statement below
        connection.exec_driver_sql(
            "UPDATE status_snapshot SET days_remaining = ?, overstay_days = ? "
            "WHERE client_id = ?", [(remaining, over, owner) for owner, remaining, over in rows])
        return
    statement = (
        update(snapshot)
        .where(snapshot.c.client_id == bindparam("owner"))
        .values(days_remaining=bindparam("remaining"), overstay_days=bindparam("over"))
    )  # fmt: skip
    connection.execute(statement, [{"owner": owner, "remaining": remaining, "over": over}
                                   for owner, remaining, over in rows])


_SNAPSHOT_FIELDS = ("client_id", "status", "as_of", "regime", "last_lawful_day", "days_remaining",
                    "overstay_days", "next_deadline", "next_deadline_title", "rule_pack")


def _snapshot_values(s: StatusSnapshot, pack: int | None) -> dict[str, Any]:
    return {"rule_pack": pack,
        "client_id": s.client_id, "status": s.status.value, "as_of": s.as_of,
        "regime": s.regime, "last_lawful_day": s.last_lawful_day,
        "days_remaining": s.days_remaining, "overstay_days": s.overstay_days,
        "next_deadline": s.next_deadline, "next_deadline_title": s.next_deadline_title,
    }  # fmt: skip
