"""Editing one client's profile and the items of the file (documents, trips, events, cases, tasks,
notes, family links): add, update, soft delete and restore, each recorded in the change log.

Updates go through the ORM so that the ``version`` column guards against lost updates: every save
runs its UPDATE, whatever it changed (even nothing, even within the second of the last one), so
the version is checked and bumped each time. The UPDATE is flushed at once, before anything else
the save writes: a second desktop saving the same row waits for the first one's row lock, then
finds the version moved. A stale version surfaces as ``StaleDataError`` (the services turn it
into ``ConflictError``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from legalaid.db.casework import (
    CASE_OUTCOME,
    NOTE_TEXT,
    CaseworkCipher,
    CaseworkColumn,
    seal,
    unseal_text,
)
from legalaid.db.models import (
    Base,
    ChangeLog,
    Client,
    Document,
    Event,
    FamilyLink,
    LegalCase,
    Note,
    Task,
    Trip,
)
from legalaid.errors import ConflictError, NotFoundError

ITEM_MODELS: dict[str, type[Base]] = {
    "document": Document,
    "trip": Trip,
    "event": Event,
    "case": LegalCase,
    "task": Task,
    "note": Note,
    "family_link": FamilyLink,
}


# The casework column of each kind of item that has one (sealed under the casework key).
SEALED: dict[str, CaseworkColumn] = {"note": NOTE_TEXT, "case": CASE_OUTCOME}


@dataclass(frozen=True)
class DeletedRow:
    kind: str
    item_id: int
    deleted_at: dt.datetime
    values: dict[str, Any]


def log_change(
    session: Session, table: str, row_id: int, client_id: int | None, action: str,
    fields: list[str], now: dt.datetime, by: str | None,
) -> None:  # fmt: skip
    """Record who changed which fields (names only, never values of personal data)."""
    session.add(ChangeLog(
        table_name=table, row_id=row_id, client_id=client_id, action=action,
        fields=",".join(sorted(fields)), at=now, by=by,
    ))  # fmt: skip


def _model(kind: str) -> type[Base]:
    try:
        return ITEM_MODELS[kind]
    except KeyError:
        raise NotFoundError(f"unknown kind of item: {kind}") from None


def get_client(session: Session, client_id: int, *, deleted: bool = False,
               hold: bool = False) -> Client:
    """``hold``: keep the client from being merged away or binned until the transaction ends
    (PostgreSQL's ``FOR KEY SHARE``, which waits for a merge that holds the file and then
    reads it as the merge left it; SQLite's writers take turns anyway)."""
    client = (session.get(Client, client_id, populate_existing=True,
                          with_for_update={"read": True, "key_share": True})
              if hold else session.get(Client, client_id))
    if client is None or (client.deleted_at is not None) != deleted:
        state = "deleted " if deleted else ""
        raise NotFoundError(f"{state}client {client_id} does not exist")
    return client


def _check_version(row: Any, expected: int | None, what: str) -> None:
    if expected is not None and row.version != expected:
        raise ConflictError(f"{what} was changed by someone else; reload it and try again")


def saved(session: Session, row: Any, column: str) -> None:
    """Run the row's UPDATE now, changed or not (``column`` is written even if unchanged), so
    that its version is checked against the one read and bumped; ``StaleDataError`` if another
    session moved it meanwhile. The row stays locked until the transaction ends."""
    flag_modified(row, column)
    session.flush()


def apply_changes(row: Any, new_values: dict[str, Any]) -> list[str]:
    """Set the columns that differ; returns their names."""
    changed = [key for key, value in new_values.items() if getattr(row, key) != value]
    for key in changed:
        setattr(row, key, new_values[key])
    return changed


def update_profile(
    session: Session, client_id: int, new_values: dict[str, Any], expected_version: int | None,
    now: dt.datetime,
) -> list[str]:  # fmt: skip
    client = get_client(session, client_id)
    _check_version(client, expected_version, f"client {client_id}")
    changed = apply_changes(client, new_values)
    client.updated_at = now
    saved(session, client, "updated_at")  # first: the client's row guards its name spellings
    return changed


def client_version(session: Session, client_id: int) -> int:
    return get_client(session, client_id).version


def add_item(session: Session, kind: str, client_id: int, new_values: dict[str, Any],
             cipher: CaseworkCipher | None = None) -> int:
    """Insert an item; its casework (a note's text, a case's outcome) sealed under ``cipher``."""
    get_client(session, client_id, hold=True)
    column = SEALED.get(kind) if cipher is not None else None
    plain = new_values.get(column.column) if column is not None else None
    if column is not None and plain is not None:
        # The row id is part of the sealed value: insert a placeholder (the INSERT takes the
        # write lock), then seal under the new id in the same transaction, the version kept.
        new_values = {**new_values, column.column: ""}
    row: Any = _model(kind)(client_id=client_id, **new_values)
    session.add(row)
    session.flush()
    if column is not None and plain is not None:
        table: Any = _model(kind).__table__
        session.execute(update(table).where(table.c.id == row.id).values(
            {column.column: seal(cipher, column, int(row.id), plain)}))
        session.expire(row, [column.column])
    return int(row.id)


def get_item(session: Session, kind: str, item_id: int, *, deleted: bool = False) -> Any:
    row: Any = session.get(_model(kind), item_id)
    if row is None or (row.deleted_at is not None) != deleted:
        state = "deleted " if deleted else ""
        raise NotFoundError(f"{state}{kind.replace('_', ' ')} {item_id} does not exist")
    return row


def update_item(
    session: Session, kind: str, item_id: int, new_values: dict[str, Any],
    expected_version: int | None = None, cipher: CaseworkCipher | None = None,
) -> tuple[int, list[str]]:  # fmt: skip
    """Returns the owning client's id and the changed column names (a casework column is
    compared as its plain text, and saved sealed under ``cipher``)."""
    row = get_item(session, kind, item_id)
    _check_version(row, expected_version, f"{kind.replace('_', ' ')} {item_id}")
    column = SEALED.get(kind)
    if column is None or column.column not in new_values:
        changed = apply_changes(row, new_values)
    else:
        name = column.column
        plain = new_values[name]
        before = unseal_text(cipher, column, item_id, getattr(row, name))
        changed = apply_changes(row, {key: value for key, value in new_values.items()
                                      if key != name})
        if before != plain:
            setattr(row, name, seal(cipher, column, item_id, plain))
            changed.append(name)
    saved(session, row, "deleted_at")
    return int(row.client_id), changed


def set_deleted(session: Session, kind: str, item_id: int, deleted_at: dt.datetime | None) -> int:
    """Soft-delete (a time) or restore (None) an item; returns the owning client's id."""
    row = get_item(session, kind, item_id, deleted=deleted_at is None)
    row.deleted_at = deleted_at
    return int(row.client_id)


def deleted_rows(session: Session, client_id: int,
                 cipher: CaseworkCipher | None = None) -> list[DeletedRow]:
    """The client's bin: deleted items, newest first (casework opened with ``cipher``)."""
    found: list[DeletedRow] = []
    for kind, model in ITEM_MODELS.items():
        table: Any = model.__table__
        statement = select(table).where(
            table.c.client_id == client_id, table.c.deleted_at.is_not(None)
        )
        column = SEALED.get(kind)
        for row in session.execute(statement).mappings():
            values = dict(row)
            if column is not None:
                values[column.column] = unseal_text(cipher, column, row["id"],
                                                    values[column.column])
            found.append(DeletedRow(kind, row["id"], row["deleted_at"], values))
    return sorted(found, key=lambda item: (item.deleted_at, item.item_id), reverse=True)


def history_rows(session: Session, client_id: int) -> list[ChangeLog]:
    statement = (
        select(ChangeLog).where(ChangeLog.client_id == client_id)
        .order_by(ChangeLog.at.desc(), ChangeLog.id.desc())
    )  # fmt: skip
    return list(session.scalars(statement))


def family_links(session: Session, client_id: int) -> list[FamilyLink]:
    statement = (
        select(FamilyLink)
        .where(FamilyLink.client_id == client_id, FamilyLink.deleted_at.is_(None))
        .order_by(FamilyLink.id)
    )  # fmt: skip
    return list(session.scalars(statement))
