"""Moving everything of one client's file into another's (a merge) and back (its undo).

The mover is a list of ``(table, column)`` pairs: every row of a listed table whose column names
the other client is re-pointed at the kept one. A table the models do not know (yet) is skipped,
so a new kind of item joins merges by adding one line to ``MOVED``. Rows keep their ids, so what
is sealed under the casework key (bound to the row id) stays readable, and the name index
(keyed by the name row's id) needs no rebuilding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, update

from legalaid.db.dialect import hold_rows
from legalaid.db.models import (
    Base,
    Client,
    ClientDeadline,
    ClientName,
    Document,
    Event,
    FamilyLink,
    StatusSnapshotRow,
    Trip,
    table,
)
from legalaid.db.repositories import values
from legalaid.db.repositories.clients import link_lawyers
from legalaid.domain.records import ClientRecord
from legalaid.errors import NotFoundError

# Every table (and column) that ties a row to a client's file, in the order they are moved.
MOVED: tuple[tuple[str, str], ...] = (
    ("client_name", "client_id"),
    ("document", "client_id"),
    ("trip", "client_id"),
    ("event", "client_id"),
    ("legal_case", "client_id"),
    ("task", "client_id"),
    ("note", "client_id"),
    ("consent", "client_id"),
    ("referral", "client_id"),
    ("family_link", "client_id"),
    ("family_link", "other_client_id"),
    ("letter", "client_id"),
    ("case_party", "client_id"),
    ("attachment", "client_id"),
    ("import_fingerprint", "client_id"),
    ("change_log", "client_id"),
)

# Profile fields a merge reconciles (the client table's columns the user sees).
PROFILE_FIELDS: tuple[str, ...] = (
    "sex", "date_of_birth", "citizenship", "category", "languages", "phone", "safe_to_contact",
    "address", "iin", "lawyer", "reporting_consent", "interpreter",
)


@dataclass(frozen=True)
class Moved:
    """What a merge changed, precisely enough to put it back."""

    keep: int
    other: int
    rows: dict[tuple[str, str], tuple[Any, ...]]  # primary keys per (table, column)
    name_positions: dict[int, int]  # name row id -> its position in the other file
    profile_before: dict[str, Any]  # the kept file's profile fields before the merge
    unlinked: tuple[int, ...] = ()  # family links between the two, put in the bin
    counts: dict[str, int] = field(default_factory=dict)


def _table(name: str) -> Table | None:
    found = Base.metadata.tables.get(name)
    return found


def _present() -> list[tuple[Table, str]]:
    return [(tbl, column) for name, column in MOVED if (tbl := _table(name)) is not None]


def profile(connection: Connection, client_id: int) -> dict[str, Any] | None:
    """The profile fields of a live (not deleted) client, or None."""
    tbl = table(Client)
    row = connection.execute(
        select(*(tbl.c[name] for name in PROFILE_FIELDS), tbl.c.merged_into)
        .where(tbl.c.id == client_id, tbl.c.deleted_at.is_(None))).first()
    if row is None or row.merged_into is not None:
        return None
    return {name: getattr(row, name) for name in PROFILE_FIELDS}


def hold_files(connection: Connection, *client_ids: int) -> None:
    """Hold the clients' rows until the transaction ends, before anything of theirs is read: a
    second merge of the same files (or of the pair crossed) waits, then reads them as the first
    left them, and so does a paper being added to either (see ``items.get_client``)."""
    hold_rows(connection, table(Client), client_ids)


def item_counts(connection: Connection, client_id: int) -> dict[str, int]:
    """How many rows of each moved table belong to the client (what a merge would move)."""
    counts: dict[str, int] = {}
    for tbl, column in _present():
        if tbl.name == "change_log":
            continue
        count = connection.execute(
            select(func.count()).select_from(tbl).where(tbl.c[column] == client_id)).scalar()
        key = tbl.name if column == "client_id" else f"{tbl.name}.{column}"
        counts[key] = counts.get(key, 0) + int(count or 0)
    return counts


def _key(tbl: Table) -> Any:
    """The table's (single-column) primary key: ``id``, or a digest."""
    return next(iter(tbl.primary_key.columns))


def _bump(tbl: Table) -> dict[str, Any]:
    return {"version": tbl.c.version + 1} if "version" in tbl.c else {}


def move_items(connection: Connection, keep: int, other: int, profile_after: Mapping[str, Any],
               now: dt.datetime) -> Moved:
    """Re-point every row of ``other`` at ``keep``, its spellings after the kept ones, and set
    the kept profile to ``profile_after``; ``other`` is left empty, marked merged and binned."""
    before = profile(connection, keep) or {}
    names = table(ClientName)
    last = connection.execute(select(func.max(names.c.position))
                              .where(names.c.client_id == keep)).scalar()
    positions = {int(name_id): int(position) for name_id, position in connection.execute(
        select(names.c.id, names.c.position).where(names.c.client_id == other))}
    moved: dict[tuple[str, str], tuple[Any, ...]] = {}
    counts: dict[str, int] = {}
    for tbl, column in _present():
        ids = tuple(connection.execute(
            select(_key(tbl)).where(tbl.c[column] == other)).scalars())
        if not ids:
            continue
        connection.execute(update(tbl).where(tbl.c[column] == other)
                           .values({column: keep, **_bump(tbl)}))
        moved[(tbl.name, column)] = ids
        if tbl.name != "change_log":
            counts[tbl.name] = counts.get(tbl.name, 0) + len(ids)
    start = (last if last is not None else -1) + 1
    for offset, name_id in enumerate(sorted(positions, key=lambda i: (positions[i], i))):
        connection.execute(update(names).where(names.c.id == name_id)
                           .values(position=start + offset))
    links = table(FamilyLink)
    unlinked = tuple(connection.execute(select(links.c.id).where(
        links.c.client_id == keep, links.c.other_client_id == keep,
        links.c.deleted_at.is_(None))).scalars())
    if unlinked:  # a link between the two files would now point at itself
        connection.execute(update(links).where(links.c.id.in_(unlinked))
                           .values(deleted_at=now, version=links.c.version + 1))
    clients = table(Client)
    changed = {name: value for name, value in profile_after.items() if before.get(name) != value}
    if "lawyer" in changed:  # the lawyer taken from the other file: linked to their account
        changed = link_lawyers(connection, [changed])[0]
    connection.execute(update(clients).where(clients.c.id == keep)
                       .values(**changed, updated_at=now, version=clients.c.version + 1))
    connection.execute(update(clients).where(clients.c.id == other)
                       .values(merged_into=keep, deleted_at=now, updated_at=now,
                               version=clients.c.version + 1))
    for derived in (table(StatusSnapshotRow), table(ClientDeadline)):
        connection.execute(derived.delete().where(derived.c.client_id == other))
    return Moved(keep, other, moved, positions, before, unlinked, counts)


def move_back(connection: Connection, moved: Moved, now: dt.datetime) -> None:
    """Undo ``move_items``: the rows it moved go back, the kept profile is restored and the
    other file leaves the Bin (rows added to the kept file since stay where they are)."""
    for (name, column), ids in moved.rows.items():
        tbl = _table(name)
        if tbl is None:
            continue
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            connection.execute(update(tbl).where(_key(tbl).in_(part), tbl.c[column] == moved.keep)
                               .values({column: moved.other, **_bump(tbl)}))
    names = table(ClientName)
    for name_id, position in moved.name_positions.items():
        connection.execute(update(names).where(names.c.id == name_id).values(position=position))
    links = table(FamilyLink)
    if moved.unlinked:
        connection.execute(update(links).where(links.c.id.in_(moved.unlinked))
                           .values(deleted_at=None, version=links.c.version + 1))
    clients = table(Client)
    connection.execute(update(clients).where(clients.c.id == moved.keep)
                       .values(**link_lawyers(connection, [moved.profile_before])[0],
                               updated_at=now,
                               version=clients.c.version + 1))
    connection.execute(update(clients).where(clients.c.id == moved.other)
                       .values(merged_into=None, deleted_at=None, updated_at=now,
                               version=clients.c.version + 1))


def merged_into(connection: Connection, client_id: int) -> int | None:
    tbl = table(Client)
    return connection.execute(select(tbl.c.merged_into).where(tbl.c.id == client_id)).scalar()


def _document_key(kind: str, number: str | None) -> tuple[str, str]:
    return kind, "".join(ch for ch in (number or "").upper() if ch.isalnum())


def _spelling(family: str, given: str, patronymic: str | None, script: str) -> tuple[str, ...]:
    return family.casefold(), given.casefold(), (patronymic or "").casefold(), script


def add_to_file(connection: Connection, client_id: int, record: ClientRecord) -> dict[str, int]:
    """Add the spellings, documents, trips and events of ``record`` that the live client's file
    lacks (a spelling as written, case aside, a document by type and number, a trip by its entry
    date, an event by type and date); returns how many of each kind were added."""
    clients = table(Client)
    if connection.execute(select(clients.c.id).where(
            clients.c.id == client_id, clients.c.deleted_at.is_(None))).first() is None:
        raise NotFoundError(f"client {client_id} does not exist")
    names, documents, trips, events = table(ClientName), table(Document), table(Trip), \
        table(Event)
    spelled = {_spelling(row.family, row.given, row.patronymic, row.script)
               for row in connection.execute(select(
                   names.c.family, names.c.given, names.c.patronymic, names.c.script)
                   .where(names.c.client_id == client_id))}
    last = connection.execute(select(func.max(names.c.position))
                              .where(names.c.client_id == client_id)).scalar()
    position = (last if last is not None else -1) + 1
    new_names = []
    for name in record.names:
        spelling = _spelling(name.family, name.given, name.patronymic, name.script.value)
        if spelling not in spelled:
            spelled.add(spelling)
            new_names.append(values.name_values(client_id, name, position))
            position += 1
    held = {_document_key(row.type, row.number) for row in connection.execute(
        select(documents.c.type, documents.c.number).where(
            documents.c.client_id == client_id, documents.c.deleted_at.is_(None)))}
    new_documents = [{"client_id": client_id, **values.document_values(document)}
                     for document in record.documents
                     if _document_key(document.type.value, document.number) not in held]
    entries = set(connection.execute(select(trips.c.entry).where(
        trips.c.client_id == client_id, trips.c.deleted_at.is_(None))).scalars())
    new_trips = [{"client_id": client_id, **values.trip_values(trip)}
                 for trip in record.trips if trip.entry not in entries]
    seen = {(kind, day) for kind, day in connection.execute(select(events.c.type, events.c.date)
            .where(events.c.client_id == client_id, events.c.deleted_at.is_(None)))}
    new_events = [{"client_id": client_id, **values.event_values(event)}
                  for event in record.events if (event.type.value, event.date) not in seen]
    added: dict[str, int] = {}
    for kind, tbl, rows in (("names", names, new_names), ("documents", documents, new_documents),
                            ("trips", trips, new_trips), ("events", events, new_events)):
        if rows:
            connection.execute(insert(tbl), rows)
            added[kind] = len(rows)
    return added
